"""One memory limit for everything the open pages keep, across tabs: least recently used first.

Each open page (the viewer's renderer of a tab, say) is a *holder*: it says how many bytes it
keeps and can give back what it does not need to show what is on screen. When the total goes over
the limit, holders give theirs back in the order they were last used, the one in use last.
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable
from typing import Protocol

DEFAULT_LIMIT = 1024 * 1024 * 1024  # twenty open tabs stay under 1.5 GB with Qt and Python


class Holder(Protocol):
    def held_bytes(self) -> int: ...

    def release(self) -> int:
        """Give back what is not needed on screen; return the bytes freed (0 when busy)."""
        ...


class MemoryBudget:
    def __init__(self, limit: int = DEFAULT_LIMIT) -> None:
        self.limit = limit
        self._lock = threading.Lock()
        self._holders: OrderedDict[int, weakref.ref[Holder]] = OrderedDict()

    def used(self, holder: Holder) -> None:
        """``holder`` was just used: it is the last to give memory back."""
        with self._lock:
            key = id(holder)
            self._holders.pop(key, None)
            self._holders[key] = weakref.ref(holder, self._gone(key))

    def _gone(self, key: int) -> Callable[[object], None]:
        return lambda _ref: self._forget(key)

    def forget(self, holder: Holder) -> None:
        self._forget(id(holder))

    def _forget(self, key: int) -> None:
        with self._lock:
            self._holders.pop(key, None)

    def held(self) -> int:
        return sum(h.held_bytes() for h in self._live())

    def trim(self) -> int:
        """Ask the least recently used holders to give back until the total is within the
        limit; the holder used last is asked last. Returns the bytes freed."""
        holders = self._live()
        total = sum(h.held_bytes() for h in holders)
        freed = 0
        for holder in holders:
            if total - freed <= self.limit:
                break
            freed += holder.release()
        return freed

    def _live(self) -> list[Holder]:
        with self._lock:
            refs = list(self._holders.values())
        return [h for h in (r() for r in refs) if h is not None]


BUDGET = MemoryBudget()  # the process's: every open page shares it
