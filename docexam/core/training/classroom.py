"""A class session's rules and its dashboard's figures (no Qt, no SQL).

The store reads the facts (who sits where, every answer of the session) and persists sessions;
what a class code looks like, whether a session is open, who counts as connected and how the
answers add up to the instructor's dashboard are decided here, in one place.
"""

from __future__ import annotations

import colorsys
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

# No 0/O, 1/I/L: a code is read off a projector and typed in by thirty people.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6
# A workstation signs in every few seconds (``HEARTBEAT_S``); missing three in a row is gone.
HEARTBEAT_S = 3.0
CONNECTED_WITHIN = timedelta(seconds=3 * HEARTBEAT_S)
MOST_MISSED = 5


class SessionState(StrEnum):
    WAITING = "waiting"  # joined, before the common start
    OPEN = "open"
    CLOSED = "closed"


def new_code() -> str:
    """A random class code, e.g. ``K7M-4QX``."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return format_code(raw)


def format_code(raw: str) -> str:
    half = len(raw) // 2
    return f"{raw[:half]}-{raw[half:]}"


def normalise_code(typed: str) -> str:
    """What a trainee typed, as the stored code: case, spaces and dashes do not matter."""
    raw = "".join(ch for ch in typed.upper() if ch.isalnum())
    return format_code(raw)


def state(opens_at: datetime, closes_at: datetime | None, now: datetime) -> SessionState:
    if now < opens_at:
        return SessionState.WAITING
    if closes_at is not None and now >= closes_at:
        return SessionState.CLOSED
    return SessionState.OPEN


def closing_time(opens_at: datetime, time_limit_s: float | None) -> datetime | None:
    """When a session closes by itself: its set's time limit after the common start."""
    return None if time_limit_s is None else opens_at + timedelta(seconds=time_limit_s)


def heat(fraction: float) -> tuple[float, float, float]:
    """RGB (0-1) from red (0) through amber to green (1), for the dashboard and the PDF
    reports alike: readable at a glance from the back of a room."""
    r, g, b = colorsys.hsv_to_rgb(max(0.0, min(1.0, fraction)) / 3, 0.6, 0.92)
    return r, g, b


# The dashboard ------------------------------------------------------------------------------
@dataclass(frozen=True)
class SeatFact:
    """One trainee of the class as the store found them for a session."""

    trainee_id: int
    name: str
    last_seen_at: datetime | None  # None: never joined
    item_index: int | None  # the item on their screen
    attempt_id: int | None
    status: str | None  # the attempt's status
    score: float | None  # the attempt's, once finished
    max_score: float | None
    passed: bool | None
    # The instructor's re-scoring at the close (``store/official.py``) replaced the
    # workstation's own, provisional, grade.
    official: bool = False


@dataclass(frozen=True)
class AnswerFact:
    trainee_id: int
    answer_id: int
    item_index: int
    exercise_id: str
    objectives: tuple[str, ...]
    score: float | None  # None: an exam answer, graded when its attempt is finished
    max_score: float | None


@dataclass(frozen=True)
class TraineeLine:
    trainee_id: int
    name: str
    connected: bool
    item_index: int | None
    answered: int  # items with an answer
    score: float | None  # graded so far (practice: as answered; exam: at the finish)
    max_score: float | None
    status: str | None
    passed: bool | None
    attempt_id: int | None
    official: bool = False  # False: the workstation's own grade, provisional


@dataclass(frozen=True)
class MissedItem:
    item_index: int
    exercise_id: str
    missed: float  # 0..1, the share of the points lost by those graded on it
    graded: int  # how many trainees' answers are graded


@dataclass(frozen=True)
class Dashboard:
    lines: tuple[TraineeLine, ...]
    objectives: tuple[str, ...]
    heat: dict[tuple[int, str], float] = field(default_factory=dict)  # (trainee, objective)
    class_heat: dict[str, float] = field(default_factory=dict)  # objective -> class fraction
    most_missed: tuple[MissedItem, ...] = ()
    answers: int = 0  # answers stored, every resend and revision included

    @property
    def connected(self) -> int:
        return sum(1 for line in self.lines if line.connected)


def summarise(seats: Sequence[SeatFact], answers: Iterable[AnswerFact], now: datetime) -> Dashboard:
    """The dashboard of a session: the latest answer per trainee and item counts."""
    all_answers = list(answers)
    latest: dict[tuple[int, int], AnswerFact] = {}
    for answer in sorted(all_answers, key=lambda a: a.answer_id):
        latest[(answer.trainee_id, answer.item_index)] = answer
    graded = [a for a in latest.values() if a.score is not None and a.max_score]

    lines = []
    for seat in seats:
        mine = [a for (t, _), a in latest.items() if t == seat.trainee_id]
        marked = [a for a in mine if a.score is not None]
        finished = seat.score is not None
        lines.append(
            TraineeLine(
                trainee_id=seat.trainee_id,
                name=seat.name,
                connected=seat.last_seen_at is not None
                and now - seat.last_seen_at <= CONNECTED_WITHIN,
                item_index=seat.item_index,
                answered=len(mine),
                score=seat.score
                if finished
                else (sum(a.score or 0.0 for a in marked) if marked else None),
                max_score=seat.max_score
                if finished
                else (sum(a.max_score or 0.0 for a in marked) if marked else None),
                status=seat.status,
                passed=seat.passed,
                attempt_id=seat.attempt_id,
                official=seat.official,
            )
        )

    earned: dict[tuple[int, str], float] = {}
    possible: dict[tuple[int, str], float] = {}
    class_earned: dict[str, float] = {}
    class_possible: dict[str, float] = {}
    for a in graded:
        for objective in a.objectives:
            key = (a.trainee_id, objective)
            earned[key] = earned.get(key, 0.0) + (a.score or 0.0)
            possible[key] = possible.get(key, 0.0) + (a.max_score or 0.0)
            class_earned[objective] = class_earned.get(objective, 0.0) + (a.score or 0.0)
            class_possible[objective] = class_possible.get(objective, 0.0) + (a.max_score or 0.0)
    heat = {key: earned[key] / possible[key] for key in possible if possible[key] > 0}
    class_heat = {
        o: class_earned[o] / class_possible[o] for o in class_possible if class_possible[o] > 0
    }

    by_item: dict[int, list[AnswerFact]] = {}
    for a in graded:
        by_item.setdefault(a.item_index, []).append(a)
    missed = [
        MissedItem(
            index,
            group[0].exercise_id,
            1.0 - sum(a.score or 0.0 for a in group) / sum(a.max_score or 0.0 for a in group),
            len(group),
        )
        for index, group in by_item.items()
    ]
    missed = [m for m in missed if m.missed > 0]
    missed.sort(key=lambda m: (-m.missed, -m.graded, m.item_index))
    return Dashboard(
        lines=tuple(sorted(lines, key=lambda line: (line.name, line.trainee_id))),
        objectives=tuple(sorted(class_possible)),
        heat=heat,
        class_heat=class_heat,
        most_missed=tuple(missed[:MOST_MISSED]),
        answers=len(all_answers),
    )
