"""ORM rows to the plain records of :mod:`docexam.store.records` (read inside a session), and
an exercise set's content sealed on its way in and unsealed on its way out."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from docexam.core.domain.sealed import PREFIX, SealError, seal, unseal
from docexam.core.training.mastery import Tally
from docexam.store.db import StoreError
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


# The exercises of a stored set carry every key (expected marks, statuses, MRZ findings): in the
# database they are sealed (``docexam.core.domain.sealed``), so a trainee opening the file
# during an exam reads the set's title and size but no answer. Only this module unseals them.
SEALED_EXERCISES = "sealed_exercises"


def seal_set(content: Mapping[str, Any]) -> dict[str, Any]:
    """The set's JSON as stored: everything but its exercises in the clear, those sealed."""
    out = {k: v for k, v in content.items() if k != "exercises"}
    out[SEALED_EXERCISES] = seal(content["exercises"])
    return out


def unseal_set(content: Mapping[str, Any]) -> dict[str, Any]:
    """The set's JSON as the quiz reads it (content stored before sealing passes unchanged)."""
    if SEALED_EXERCISES not in content:
        return dict(content)
    out = {k: v for k, v in content.items() if k != SEALED_EXERCISES}
    try:
        out["exercises"] = unseal(content[SEALED_EXERCISES])
    except (SealError, ValueError) as exc:
        raise StoreError(
            f"exercise set {content.get('id')!r}: its items are damaged ({exc})"
        ) from exc
    return out


def seal_objectives(objectives: Iterable[str]) -> list[str]:
    """An ungraded answer's objectives as stored: one sealed item (``L2.fraud.photo`` would
    say what a verdict item's answer is)."""
    return [seal(list(objectives))]


def objectives(stored: Iterable[str]) -> tuple[str, ...]:
    """The objectives of an answer as stored, sealed (ungraded) or not."""
    items = list(stored)
    if len(items) == 1 and items[0].startswith(PREFIX):
        try:
            return tuple(str(o) for o in unseal(items[0]))
        except (SealError, ValueError, TypeError) as exc:
            raise StoreError(f"an answer's objectives are damaged ({exc})") from exc
    return tuple(items)


def stored_set(row: ExerciseSetRow, content: Mapping[str, Any] | None = None) -> StoredSet:
    """The set as a record; ``content`` is the stored (sealed) JSON when it was not read
    through ``row`` (a class trainee's role reads it through ``docexam_class.set_content``)."""
    return StoredSet(
        row.id,
        row.pack_id,
        row.set_key,
        dict(row.title),
        row.mode,
        row.time_limit_s,
        row.pass_mark,
        row.item_count,
        unseal_set(row.content if content is None else content),
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
        objectives=objectives(row.objectives),
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
