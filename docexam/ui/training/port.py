"""The results store as the training screens see it, and the quiz <-> store bridge.

Why not ``docexam.store.quiz_bridge``: the import-linter contract "The UI never writes SQL"
forbids docexam.ui from importing SQLAlchemy even indirectly, and ``docexam.store`` (package and
bridge alike) imports the repository, which imports SQLAlchemy. So the UI describes the Store
methods it calls as a Protocol, takes the plain records from ``docexam.store.records`` (pure
dataclasses), and joins session and store with the core codec, exactly as the bridge does.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, Protocol

from docexam.core.quiz import ItemRecord, Mode, QuizSession, SessionResult
from docexam.core.quiz.codec import (
    answer_from_json,
    answer_to_json,
    score_to_json,
    set_from_json,
    set_to_json,
)
from docexam.core.quiz.model import ExerciseSet
from docexam.core.quiz.session import Clock
from docexam.store.records import (
    Attempt,
    Mastery,
    ResumableAttempt,
    StoredAnswer,
    StoredSet,
    Trainee,
)


class TrainingStore(Protocol):
    """The methods of ``docexam.store.Store`` the training screens use."""

    def create_trainee(self, name: str, service: str = "", level: int = 1) -> Trainee: ...
    def list_trainees(self) -> list[Trainee]: ...
    def trainee(self, trainee_id: int) -> Trainee: ...
    def save_exercise_set(self, pack_id: str, content: Mapping[str, Any]) -> StoredSet: ...
    def start_attempt(
        self, trainee_id: int, exercise_set_id: int, mode: str | None = None
    ) -> Attempt: ...
    def record_answer(
        self,
        attempt_id: int,
        item_index: int,
        exercise_id: str,
        objectives: Sequence[str],
        payload: Mapping[str, Any],
        score: float,
        max_score: float,
        feedback: Mapping[str, Any],
        seconds: float,
        answered_at: datetime | None = None,
    ) -> StoredAnswer: ...
    def finish_attempt(
        self,
        attempt_id: int,
        *,
        score: float | None = None,
        max_score: float | None = None,
        passed: bool | None = None,
    ) -> Attempt: ...
    def unfinished_attempts(self, trainee_id: int | None = None) -> list[ResumableAttempt]: ...
    def attempt_history(self, trainee_id: int) -> list[Attempt]: ...
    def answers(self, attempt_id: int) -> list[StoredAnswer]: ...
    def mastery(self, trainee_id: int) -> list[Mastery]: ...
    def weak_points(
        self, trainee_id: int, *, limit: int = 5, threshold: float = 0.6
    ) -> list[Mastery]: ...


def save_set(store: TrainingStore, pack_id: str, exercise_set: ExerciseSet) -> StoredSet:
    return store.save_exercise_set(pack_id, set_to_json(exercise_set))


def record_item(store: TrainingStore, attempt_id: int, record: ItemRecord) -> StoredAnswer:
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
    )


def finish(store: TrainingStore, attempt_id: int, result: SessionResult) -> Attempt:
    return store.finish_attempt(
        attempt_id, score=result.earned, max_score=result.maximum, passed=result.passed
    )


def resume_session(resumable: ResumableAttempt, clock: Clock = time.monotonic) -> QuizSession:
    """A session rebuilt from an unfinished attempt: its set, mode and every stored answer."""
    exercise_set = set_from_json(resumable.exercise_set.content)
    answers = [(a.item_index, answer_from_json(a.payload), a.seconds) for a in resumable.answers]
    return QuizSession.resume(exercise_set, answers, Mode(resumable.attempt.mode), clock=clock)
