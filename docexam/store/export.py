"""Results as flat rows for instructors' spreadsheets: one row per answer given."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from docexam.store import convert
from docexam.store.models import AnswerRow, AttemptRow, ExerciseSetRow, TraineeRow
from docexam.store.repository import Store

COLUMNS = (
    "trainee",
    "service",
    "level",
    "attempt",
    "pack",
    "exercise_set",
    "mode",
    "status",
    "started_at",
    "finished_at",
    "item",
    "exercise",
    "objectives",
    "score",
    "max_score",
    "seconds",
    "answered_at",
)


# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection): a trainee
# named "=HYPERLINK(...)" must reach the instructor's sheet as text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _as_text(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _secret(attempt: AttemptRow) -> bool:
    """An exam's per-item scores and objectives (which may name the fraud) stay unseen until it
    is submitted."""
    return attempt.mode == "exam" and attempt.finished_at is None


def answer_rows(store: Store) -> Iterator[dict[str, object]]:
    query = (
        select(AnswerRow, AttemptRow, ExerciseSetRow, TraineeRow)
        .join(AttemptRow, AnswerRow.attempt_id == AttemptRow.id)
        .join(ExerciseSetRow, AttemptRow.exercise_set_id == ExerciseSetRow.id)
        .join(TraineeRow, AttemptRow.trainee_id == TraineeRow.id)
        .order_by(TraineeRow.name, AttemptRow.id, AnswerRow.id)
    )
    with Session(store.engine) as s:
        for answer, attempt, exercise_set, trainee in s.execute(query):
            hidden = _secret(attempt)
            yield {
                "trainee": trainee.name,
                "service": trainee.service,
                "level": trainee.level,
                "attempt": attempt.id,
                "pack": exercise_set.pack_id,
                "exercise_set": exercise_set.set_key,
                "mode": attempt.mode,
                "status": attempt.status,
                "started_at": attempt.started_at.isoformat(),
                "finished_at": attempt.finished_at.isoformat() if attempt.finished_at else "",
                "item": answer.item_index + 1,
                "exercise": answer.exercise_id,
                "objectives": "" if hidden else " ".join(convert.objectives(answer.objectives)),
                "score": "" if hidden or answer.score is None else round(answer.score, 4),
                "max_score": ""
                if hidden or answer.max_score is None
                else round(answer.max_score, 4),
                "seconds": round(answer.seconds, 2),
                "answered_at": answer.answered_at.isoformat(),
            }


def write_csv(store: Store, out: TextIO) -> int:
    """Write every answer as CSV to ``out``; returns the number of rows."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    count = 0
    for row in answer_rows(store):
        writer.writerow({key: _as_text(value) for key, value in row.items()})
        count += 1
    return count
