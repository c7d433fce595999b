"""A least-recently-used cache bounded by the bytes it holds, not by its number of entries."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

V = TypeVar("V")


class ByteLRU(Generic[V]):
    def __init__(self, max_bytes: int, size_of: Callable[[V], int]) -> None:
        self.max_bytes = max_bytes
        self._size_of = size_of
        self._items: OrderedDict[Hashable, tuple[V, int]] = OrderedDict()
        self._bytes = 0

    def get(self, key: Hashable) -> V | None:
        item = self._items.get(key)
        if item is None:
            return None
        self._items.move_to_end(key)
        return item[0]

    def put(self, key: Hashable, value: V) -> None:
        size = self._size_of(value)
        self.discard(key)
        if size > self.max_bytes:  # would evict everything and still not fit
            return
        while self._items and self._bytes + size > self.max_bytes:
            _, (_, old) = self._items.popitem(last=False)
            self._bytes -= old
        self._items[key] = (value, size)
        self._bytes += size

    def discard(self, key: Hashable) -> None:
        item = self._items.pop(key, None)
        if item is not None:
            self._bytes -= item[1]

    def values(self) -> list[V]:
        return [value for value, _ in list(self._items.values())]

    def clear(self) -> None:
        self._items.clear()
        self._bytes = 0

    @property
    def nbytes(self) -> int:
        return self._bytes

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: Hashable) -> bool:
        return key in self._items
