"""Persistence of trainees, attempts and results (SQLAlchemy 2 + Alembic; no Qt).

The UI calls :func:`open_store` and the :class:`Store` methods; it receives the plain records of
:mod:`docexam.store.records` and never sees SQLAlchemy. See ``docs/store.md``.
"""

from docexam.store.db import StoreError, database_url, upgrade
from docexam.store.records import (
    Attempt,
    AttemptStatus,
    Mastery,
    ResumableAttempt,
    StoredAnswer,
    StoredSet,
    Trainee,
)
from docexam.store.repository import Store, open_store

__all__ = [
    "Attempt",
    "AttemptStatus",
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
