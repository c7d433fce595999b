"""Official results: a class session's attempts re-scored by the instructor's client.

A workstation grades itself (its pack holds the sealed keys), so a trainee running a client of
their own could send made-up scores. Those stay the provisional result on ``attempt``. At the
session's close the instructor's client, whose role reads the set with its keys, re-scores every
stored answer from its raw payload with the same scoring code the workstations run
(``QuizSession.resume(...).finish()``) and writes ``official_result``, which a trainee's role
may not write (``store/roles.py``). The dashboard, reports and certificates read it once there.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from docexam.core.exercise.errors import QuizError
from docexam.core.pack.exercise_file import set_from_json
from docexam.core.training.quiz import Answer, ExerciseSet, Mode, QuizSession, score
from docexam.core.training.quiz.answer_codec import answer_from_json
from docexam.store import convert
from docexam.store.db import WRITE_LOCK, StoreError
from docexam.store.models import (
    AnswerRow,
    AttemptRow,
    ClassSessionRow,
    ExerciseSetRow,
    OfficialResultRow,
    utcnow,
)
from docexam.store.repository import Store
from docexam.store.retry import transaction


class Grader:
    """The instructor's grading of a session's attempts (on the instructor's connection)."""

    def __init__(self, store: Store) -> None:
        self._sessions = sessionmaker(store.engine, expire_on_commit=False)
        self._writers = sessionmaker(
            store.engine.execution_options(**WRITE_LOCK), expire_on_commit=False
        )

    @transaction
    def grade_session(self, session_id: int) -> int:
        """Re-score every attempt of the session from its stored answers; the number graded.
        Run again, it re-scores (an attempt sent late by a workstation is graded then)."""
        with self._writers() as s, s.begin():
            session = s.get(ClassSessionRow, session_id)
            if session is None:
                raise StoreError(f"class session {session_id}: not found")
            set_row = s.get(ExerciseSetRow, session.exercise_set_id)
            assert set_row is not None  # a foreign key
            exercise_set = set_from_json(convert.stored_set(set_row).content)
            attempts = s.scalars(
                select(AttemptRow).where(AttemptRow.class_session_id == session_id)
            ).all()
            for attempt in attempts:
                answers = s.scalars(
                    select(AnswerRow)
                    .where(AnswerRow.attempt_id == attempt.id)
                    .order_by(AnswerRow.id)
                ).all()
                stored = _readable(exercise_set, answers)
                quiz = QuizSession.resume(exercise_set, stored, Mode(attempt.mode), elapsed_s=0.0)
                result = quiz.finish()
                passed = None if attempt.status == "ended" else result.passed
                _upsert(s, attempt.id, result.earned, result.maximum, passed)
            return len(attempts)

    def official(self, attempt_ids: Iterable[int]) -> dict[int, tuple[float, float, bool | None]]:
        """The official (score, max_score, passed) of those attempts that have one."""
        ids = list(attempt_ids)
        if not ids:
            return {}
        with self._sessions() as s:
            rows = s.scalars(
                select(OfficialResultRow).where(OfficialResultRow.attempt_id.in_(ids))
            ).all()
            return {r.attempt_id: (r.score, r.max_score, r.passed) for r in rows}


def _readable(
    exercise_set: ExerciseSet, answers: Iterable[AnswerRow]
) -> list[tuple[int, Answer, float]]:
    """The answers as the quiz takes them; one it cannot read or score (a payload a tampered
    client made up) counts as no answer, and does not keep the others from being graded."""
    found = []
    for row in answers:
        if not 0 <= row.item_index < len(exercise_set.exercises):
            continue
        try:
            answer = answer_from_json(row.payload)
            score(exercise_set.exercises[row.item_index], answer)
        except (QuizError, KeyError, TypeError, ValueError, AttributeError):
            continue
        found.append((row.item_index, answer, row.seconds))
    return found


def _upsert(s: Session, attempt_id: int, score: float, top: float, passed: bool | None) -> None:
    values = {
        "attempt_id": attempt_id,
        "score": score,
        "max_score": top,
        "passed": passed,
        "graded_at": utcnow(),
    }
    dialect = postgresql if s.get_bind().dialect.name == "postgresql" else sqlite
    stmt = dialect.insert(OfficialResultRow).values(**values)
    changed = {k: v for k, v in values.items() if k != "attempt_id"}
    s.execute(stmt.on_conflict_do_update(index_elements=["attempt_id"], set_=changed))
