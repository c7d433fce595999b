"""What the store hands out: plain frozen dataclasses, so the UI never touches SQLAlchemy."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

SOLUTION_SHOWN = "solution_shown"  # the key in an answer's feedback JSON


class AttemptStatus(StrEnum):
    IN_PROGRESS = "in_progress"
    FINISHED = "finished"
    ENDED = "ended"  # practice stopped before its last item: neither passed nor failed
    ABANDONED = "abandoned"


@dataclass(frozen=True)
class Trainee:
    id: int
    name: str
    service: str
    level: int  # 1 first line, 2 second line, 3 expert
    created_at: datetime


@dataclass(frozen=True)
class StoredSet:
    id: int
    pack_id: str
    set_key: str
    title: dict[str, str]
    mode: str
    time_limit_s: float | None
    pass_mark: float
    item_count: int
    content: dict[str, Any]  # the exercise set as JSON (``docexam.core.pack.exercise_file``)


@dataclass(frozen=True)
class Attempt:
    id: int
    trainee_id: int
    exercise_set_id: int
    pack_id: str
    set_key: str
    mode: str
    status: AttemptStatus
    started_at: datetime
    finished_at: datetime | None
    time_limit_s: float | None
    score: float | None
    max_score: float | None
    passed: bool | None
    item_count: int = 0  # the items of its set


@dataclass(frozen=True)
class StoredAnswer:
    id: int
    attempt_id: int
    item_index: int
    exercise_id: str
    objectives: tuple[str, ...]
    payload: dict[str, Any]
    score: float | None  # None: an exam answer not graded yet (the exam is not finished)
    max_score: float | None
    feedback: dict[str, Any] | None
    seconds: float
    answered_at: datetime

    @property
    def solution_shown(self) -> bool:
        """The trainee asked for the solution before answering: not an answer of theirs."""
        return bool((self.feedback or {}).get(SOLUTION_SHOWN))


@dataclass(frozen=True)
class Grade:
    """One item's grade, given to the store when an exam is finished."""

    score: float
    max_score: float
    feedback: dict[str, Any]


@dataclass(frozen=True)
class ResumableAttempt:
    """An attempt that was never finished, with everything needed to carry on."""

    attempt: Attempt
    exercise_set: StoredSet
    answers: tuple[StoredAnswer, ...]  # in the order given; the latest per item counts

    def latest_answers(self) -> dict[int, StoredAnswer]:
        latest: dict[int, StoredAnswer] = {}
        for answer in self.answers:
            latest[answer.item_index] = answer
        return latest


@dataclass(frozen=True)
class Mastery:
    trainee_id: int
    objective_id: str
    level: float  # 0..1
    answers: int
    earned: float
    possible: float
    updated_at: datetime


@dataclass(frozen=True)
class SchoolClass:
    """A course given to a group of trainees between two dates."""

    id: int
    name: str
    course: str
    starts_on: date
    ends_on: date
    trainee_ids: tuple[int, ...]


@dataclass(frozen=True)
class ClassSession:
    """An exercise set or exam given to a class, joined by its code."""

    id: int
    class_id: int
    class_name: str
    course: str
    exercise_set_id: int
    pack_id: str
    set_key: str
    title: dict[str, str]
    mode: str
    item_count: int
    pass_mark: float
    code: str
    opens_at: datetime
    closes_at: datetime | None
    server_now: datetime  # the server's clock when read: workstations share its time
