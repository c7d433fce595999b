"""One transaction per store method, retried when the database was only busy, and errors in words.

A class of thirty workstations meets races a single trainee never does: two seats inserting the
same exercise set at once (one gets a unique-constraint violation, and the row it wanted now
exists), a SQLite lock held past the busy timeout, a PostgreSQL serialization failure or deadlock.
Each of these rolled back, so running the method again is safe and usually succeeds. Anything else,
or a race that persists, becomes a StoreError worded for a person: no raw database error reaches
the UI.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError, SQLAlchemyError

from docexam.store.db import StoreError

ATTEMPTS = 5
BACKOFF_S = 0.05  # doubled after each try: 0.05, 0.1, 0.2, 0.4 s
_BUSY = ("database is locked", "database is busy", "deadlock", "could not serialize")

P = ParamSpec("P")
R = TypeVar("R")
S = TypeVar("S")


def _transient(exc: SQLAlchemyError) -> bool:
    if isinstance(exc, IntegrityError):
        return True  # a concurrent insert won; the retry finds its row
    return isinstance(exc, OperationalError) and any(w in str(exc).lower() for w in _BUSY)


def in_words(exc: SQLAlchemyError) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
    if isinstance(exc, OperationalError) and any(w in text.lower() for w in _BUSY):
        return "the results database stayed busy (another workstation is writing); try again"
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return "the connection to the results database was lost; try again"
    if isinstance(exc, OperationalError):
        return f"the results database cannot be reached ({text})"
    if isinstance(exc, IntegrityError):
        return f"the results database refused a conflicting change ({text})"
    return f"the results database failed ({text})"


def transaction(method: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R]:
    """Run ``method`` (one transaction) again after a transient failure; StoreError otherwise."""

    @functools.wraps(method)
    def run(self: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
        delay = BACKOFF_S
        for attempt in range(1, ATTEMPTS + 1):
            try:
                return method(self, *args, **kwargs)
            except SQLAlchemyError as exc:
                if attempt < ATTEMPTS and _transient(exc):
                    time.sleep(delay)
                    delay *= 2
                    continue
                what = method.__name__.replace("_", " ")
                raise StoreError(f"{what}: {in_words(exc)}") from exc
        raise AssertionError("unreachable")  # the loop returns or raises

    return run
