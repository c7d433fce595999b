"""The Store's methods as a Protocol: what the quiz bridge and the UI call.

Kept apart from the repository so code that only calls a store (the UI's training screens, the
quiz bridge) needs no SQLAlchemy import; ``docexam.store.Store`` satisfies it, which mypy checks
in ``repository.py``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, Protocol

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
        *,
        solution_shown: bool = False,
    ) -> StoredAnswer: ...
    def finish_attempt(
        self,
        attempt_id: int,
        *,
        score: float | None = None,
        max_score: float | None = None,
        passed: bool | None = None,
        grades: Mapping[int, Grade] | None = None,
        status: AttemptStatus = AttemptStatus.FINISHED,
    ) -> Attempt: ...
    def unfinished_attempts(self, trainee_id: int | None = None) -> list[ResumableAttempt]: ...
    def attempt_history(self, trainee_id: int) -> list[Attempt]: ...
    def answers(self, attempt_id: int) -> list[StoredAnswer]: ...
    def answered_exercises(self, trainee_id: int) -> frozenset[str]: ...
    def mastery(self, trainee_id: int) -> list[Mastery]: ...
