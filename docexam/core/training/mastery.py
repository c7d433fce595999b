"""How a trainee's answers move their mastery of an objective (no Qt, no SQL).

The store keeps one :class:`Tally` per trainee and objective and persists what :func:`fold`
computes; which answers count, and when, is decided here too. The screens read the levels
through :func:`weak_points` and :data:`MASTERED`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol, TypeVar

from docexam.core.exercise.model import Mode

# Weight of the newest answer in an objective's level (an exponential moving average): recent
# work counts more, so mastery recovers after practice and fades after mistakes.
WEIGHT = 0.3
MASTERED = 0.8  # a module whose mean level reaches this needs no more practice for now
WEAK = 0.6  # an objective below this level is a weak point
WEAK_LIMIT = 5  # weak points offered at once: enough for one practice set


@dataclass(frozen=True)
class Tally:
    """One trainee's record on one objective."""

    level: float = 0.0  # 0..1
    answers: int = 0
    earned: float = 0.0
    possible: float = 0.0


def fold(tally: Tally, earned: float, possible: float) -> Tally:
    """The tally after one more answer scoring ``earned`` of ``possible``."""
    fraction = earned / possible if possible > 0 else 0.0
    level = fraction if tally.answers == 0 else tally.level + WEIGHT * (fraction - tally.level)
    return Tally(level, tally.answers + 1, tally.earned + earned, tally.possible + possible)


def counts_when_answered(mode: str, first_for_item: bool, *, solution_shown: bool = False) -> bool:
    """Practice counts the first answer to an item at once: the feedback shown after it gives
    the answer away, so later answers to the item are not honest ones. An item whose solution
    was asked for is the key's answer, not the trainee's: it never counts."""
    return mode == Mode.PRACTICE and first_for_item and not solution_shown


def graded_when_answered(mode: str) -> bool:
    """Only practice keeps an answer's score and feedback as it is given. An exam answer is kept
    without them until the attempt is finished: a trainee who can read the results database
    (it is a file on the workstation) must not learn from it which answers are right, nor
    change them until they are."""
    return mode == Mode.PRACTICE


def counts_when_finished(mode: str, finished: bool) -> bool:
    """Exams count the last answer per item once, when the attempt is finished (answers may
    change until then); an abandoned exam counts nothing."""
    return mode != Mode.PRACTICE and finished


class Level(Protocol):
    """What the screens know of a stored mastery: any record with these fields fits."""

    @property
    def objective_id(self) -> str: ...
    @property
    def level(self) -> float: ...
    @property
    def answers(self) -> int: ...


L = TypeVar("L", bound=Level)


def weak_points(
    levels: Iterable[L], *, limit: int = WEAK_LIMIT, threshold: float = WEAK
) -> list[L]:
    """The objectives below ``threshold``, weakest first (more answers first on a tie: the
    weakness is surer)."""
    weak = [m for m in levels if m.level < threshold]
    weak.sort(key=lambda m: (m.level, -m.answers, m.objective_id))
    return weak[:limit]
