"""ORM rows to the plain records of :mod:`docexam.store.records` (read inside a session)."""

from __future__ import annotations

from docexam.core.training.mastery import Tally
from docexam.store.models import AnswerRow, AttemptRow, ExerciseSetRow, MasteryRow, TraineeRow
from docexam.store.records import (
    Attempt,
    AttemptStatus,
    Mastery,
    StoredAnswer,
    StoredSet,
    Trainee,
)


def trainee(row: TraineeRow) -> Trainee:
    return Trainee(row.id, row.name, row.service, row.level, row.created_at)


def stored_set(row: ExerciseSetRow) -> StoredSet:
    return StoredSet(
        row.id,
        row.pack_id,
        row.set_key,
        dict(row.title),
        row.mode,
        row.time_limit_s,
        row.pass_mark,
        row.item_count,
        dict(row.content),
    )


def attempt(row: AttemptRow, exercise_set: ExerciseSetRow) -> Attempt:
    return Attempt(
        id=row.id,
        trainee_id=row.trainee_id,
        exercise_set_id=row.exercise_set_id,
        pack_id=exercise_set.pack_id,
        set_key=exercise_set.set_key,
        mode=row.mode,
        status=AttemptStatus(row.status),
        started_at=row.started_at,
        finished_at=row.finished_at,
        time_limit_s=row.time_limit_s,
        score=row.score,
        max_score=row.max_score,
        passed=row.passed,
        item_count=exercise_set.item_count,
    )


def answer(row: AnswerRow) -> StoredAnswer:
    return StoredAnswer(
        id=row.id,
        attempt_id=row.attempt_id,
        item_index=row.item_index,
        exercise_id=row.exercise_id,
        objectives=tuple(row.objectives),
        payload=dict(row.payload),
        score=row.score,
        max_score=row.max_score,
        feedback=None if row.feedback is None else dict(row.feedback),
        seconds=row.seconds,
        answered_at=row.answered_at,
    )


def mastery(row: MasteryRow) -> Mastery:
    return Mastery(
        row.trainee_id,
        row.objective_id,
        row.level,
        row.answers,
        row.earned,
        row.possible,
        row.updated_at,
    )


def tally(row: MasteryRow) -> Tally:
    return Tally(row.level, row.answers, row.earned, row.possible)
