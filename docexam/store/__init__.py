"""Persistence of trainees, attempts and results (SQLAlchemy 2 + Alembic; no Qt).

The UI calls :func:`open_store` and the :class:`Store` methods; it receives the plain records of
:mod:`docexam.store.records` and never sees SQLAlchemy. See ``docs/store.md``.

The records are imported at once; the repository and the database code are imported on first
use (PEP 562), so code that only needs the records, the Protocol or the quiz bridge (the
training screens, the core's tests) loads neither SQLAlchemy nor Alembic.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from docexam.store.records import (
    Attempt,
    AttemptStatus,
    Grade,
    Mastery,
    ResumableAttempt,
    StoredAnswer,
    StoredSet,
    Trainee,
)

if TYPE_CHECKING:
    from docexam.store.db import StoreError, upgrade
    from docexam.store.location import database_url
    from docexam.store.repository import Store, open_store

_LAZY = {
    "StoreError": "docexam.store.db",
    "database_url": "docexam.store.location",
    "upgrade": "docexam.store.db",
    "Store": "docexam.store.repository",
    "open_store": "docexam.store.repository",
}

if not TYPE_CHECKING:  # hidden from mypy, so a misspelt name is still an error there

    def __getattr__(name: str) -> Any:
        if name not in _LAZY:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value  # later look-ups skip this function
        return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "Attempt",
    "AttemptStatus",
    "Grade",
    "Mastery",
    "ResumableAttempt",
    "Store",
    "StoreError",
    "StoredAnswer",
    "StoredSet",
    "Trainee",
    "database_url",
    "open_store",
    "upgrade",
]
