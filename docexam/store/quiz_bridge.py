"""The quiz session and the store, joined: what the UI calls while a trainee works.

It needs only the Store's methods (:class:`docexam.store.port.TrainingStore`), not the
repository, so importing it brings in no SQLAlchemy.

stored = save_set(store, pack_id, exercise_set)
attempt = store.start_attempt(trainee.id, stored.id, mode)
record = session.submit(answer);  record_item(store, attempt.id, record)   # committed
finish(store, attempt.id, session.finish())
for r in store.unfinished_attempts(trainee.id): session = resume_session(r)
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime

from docexam.core.exercise.model import ExerciseSet
from docexam.core.pack.exercise_file import set_from_json, set_to_json
from docexam.core.training.quiz import ItemRecord, Mode, QuizSession, SessionResult
from docexam.core.training.quiz.answer_codec import answer_from_json, answer_to_json, score_to_json
from docexam.core.training.quiz.session import Clock
from docexam.store.port import TrainingStore as Store
from docexam.store.records import (
    Attempt,
    AttemptStatus,
    Grade,
    ResumableAttempt,
    StoredAnswer,
    StoredSet,
)

WallClock = Callable[[], datetime]


def wall_clock() -> datetime:
    """Now, for a timed exam's limit. Looked up at each call, so tests replace it to move the
    wall clock on while the app is closed."""
    return datetime.now(UTC)


def save_set(store: Store, pack_id: str, exercise_set: ExerciseSet) -> StoredSet:
    return store.save_exercise_set(pack_id, set_to_json(exercise_set))


def record_item(
    store: Store, attempt_id: int, record: ItemRecord, *, solution_shown: bool = False
) -> StoredAnswer:
    """Store one submitted answer with its score, feedback and time (committed on return)."""
    return store.record_answer(
        attempt_id,
        record.index,
        record.exercise.id,
        record.exercise.objectives,
        answer_to_json(record.answer),
        record.score.earned,
        record.score.maximum,
        score_to_json(record.score),
        record.seconds,
        solution_shown=solution_shown,
    )


def finish(store: Store, attempt_id: int, result: SessionResult, *, ended: bool = False) -> Attempt:
    """Close the attempt with its totals and each answered item's grade (an exam's answers were
    stored without one); ``ended``: a practice stopped before its last item, kept as ended
    (neither passed nor failed)."""
    grades = {
        i: Grade(s.earned, s.maximum, score_to_json(s))
        for i, s in enumerate(result.scores)
        if s is not None
    }
    if ended:
        return store.finish_attempt(
            attempt_id,
            score=result.earned,
            max_score=result.maximum,
            status=AttemptStatus.ENDED,
            grades=grades,
        )
    return store.finish_attempt(
        attempt_id,
        score=result.earned,
        max_score=result.maximum,
        passed=result.passed,
        grades=grades,
    )


def resume_session(
    resumable: ResumableAttempt, clock: Clock = time.monotonic, now: WallClock | None = None
) -> QuizSession:
    """A session rebuilt from an unfinished attempt: its set, mode and every stored answer.

    A timed exam's limit is wall-clock time from the attempt's start, closed app or not: the
    time left is the limit less the time since ``started_at`` (possibly none: then the session
    is expired and finishes with what was stored)."""
    exercise_set = set_from_json(resumable.exercise_set.content)
    answers = [(a.item_index, answer_from_json(a.payload), a.seconds) for a in resumable.answers]
    mode = Mode(resumable.attempt.mode)
    elapsed: float | None = None
    if mode is Mode.EXAM and exercise_set.time_limit_s is not None:
        elapsed = _since_start(resumable, now)
    return QuizSession.resume(exercise_set, answers, mode, clock=clock, elapsed_s=elapsed)


def time_left(resumable: ResumableAttempt, now: WallClock | None = None) -> float | None:
    """Seconds left of an unfinished timed exam (0 when its limit passed, perhaps while the app
    was closed); None for an untimed attempt."""
    limit = resumable.exercise_set.time_limit_s
    if Mode(resumable.attempt.mode) is not Mode.EXAM or limit is None:
        return None
    return max(0.0, limit - _since_start(resumable, now))


def _since_start(resumable: ResumableAttempt, now: WallClock | None) -> float:
    return max(0.0, ((now or wall_clock)() - resumable.attempt.started_at).total_seconds())
