"""Exercise-set rows: finding one by pack and key, whether attempts use it, and storing one for
a role that may not read stored sets' items. Called inside the repository's transactions."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from docexam.store import convert
from docexam.store.db import StoreError
from docexam.store.models import AttemptRow, ExerciseSetRow
from docexam.store.records import StoredSet


def find(s: Session, pack_id: str, key: str) -> ExerciseSetRow | None:
    query = select(ExerciseSetRow).where(
        ExerciseSetRow.pack_id == pack_id, ExerciseSetRow.set_key == key
    )
    return s.scalar(query)


def used(s: Session, set_id: int) -> bool:
    first = s.scalar(select(AttemptRow.id).where(AttemptRow.exercise_set_id == set_id))
    return first is not None


def digest(content: Mapping[str, Any]) -> str:
    text = json.dumps(dict(content), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def add_unread(
    s: Session, pack_id: str, key: str, values: dict[str, Any], content: Mapping[str, Any]
) -> StoredSet:
    """Store a set for a role that may not read stored sets' items (a class trainee's): the
    server compares them (``docexam_class.same_content``), and a set with other items goes into
    a new row keyed by their digest; a stored set is never changed."""
    for candidate in (key, f"{key}@{digest(content)}"):
        row = find(s, pack_id, candidate)
        if row is None:
            row = ExerciseSetRow(pack_id=pack_id, set_key=candidate, **values)
            s.add(row)
            s.flush()
            return convert.stored_set(row)
        same = s.scalar(
            text("SELECT docexam_class.same_content(:id, CAST(:content AS json))"),
            {"id": row.id, "content": json.dumps(values["content"])},
        )
        if same:
            return convert.stored_set(row, values["content"])
    raise StoreError(f"exercise set {key!r}: stored twice with other items")
