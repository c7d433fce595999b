"""What scoring gives back: outcomes, the codes the UI words, a feedback item per thing asked or
marked, and the score of an item (shared by ``scoring`` and ``case_scoring``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import I18nText


class Outcome(StrEnum):
    HIT = "hit"
    MISS = "miss"
    FALSE_MARK = "false_mark"
    DUPLICATE = "duplicate"
    NEUTRAL = "neutral"  # a genuine feature the item does not ask for: no points, no cost
    CORRECT = "correct"
    PARTIAL = "partial"
    WRONG = "wrong"
    TIMEOUT = "timeout"
    UNANSWERED = "unanswered"


class Why(StrEnum):
    """Codes the UI words for false marks and wrong picks."""

    OUTSIDE_PAGE = "outside_page"
    OTHER_PAGE = "other_page"
    NO_FEATURE_HERE = "no_feature_here"
    NOT_ASKED = "not_asked"  # a genuine feature, but not one of those asked for
    NOT_REVEALING = "not_revealing"  # a light that does not show this feature
    NO_FINDING_HERE = "no_finding_here"
    WRONG_CLASS = "wrong_class"
    WRONG_FRAUD_TYPE = "wrong_fraud_type"
    TOO_SLOW = "too_slow"
    WRONG_CHIP_VERDICT = "wrong_chip_verdict"
    WRONG_STEP = "wrong_step"
    NOT_AN_INDICATOR = "not_an_indicator"  # a case file: not an indicator in this case
    WRONG_ACTION = "wrong_action"
    WRONG_PERSON = "wrong_person"  # a face item: same person or not, wrongly
    WRONG_FEATURE = "wrong_feature"
    NOT_SHOWN = "not_shown"  # a feature compared that one of the photos does not show
    SHOWN = "shown"  # a feature called not comparable that both photos show


@dataclass(frozen=True)
class FeedbackItem:
    outcome: Outcome
    points: float  # earned (positive) or lost (negative)
    ref: str = ""  # feature id, MRZ field, light or specimen key
    code: str = ""  # a Why value or an MRZ finding code
    page_id: str | None = None
    category: str = ""
    name: I18nText = field(default_factory=dict)
    lights: tuple[LightSource, ...] = ()
    reason: I18nText = field(default_factory=dict)
    expected: str = ""  # the right answer where it is a word (a status, a digit)
    given: str = ""
    seconds: float | None = None


@dataclass(frozen=True)
class Score:
    exercise_id: str
    earned: float
    maximum: float
    items: tuple[FeedbackItem, ...]
    seconds: float | None = None

    @property
    def fraction(self) -> float:
        return self.earned / self.maximum if self.maximum > 0 else 0.0

    @property
    def correct(self) -> bool:
        return self.maximum > 0 and self.earned >= self.maximum - 1e-9

    def of(self, outcome: Outcome) -> tuple[FeedbackItem, ...]:
        return tuple(i for i in self.items if i.outcome is outcome)


def bounded(value: float, maximum: float) -> float:
    return min(max(value, 0.0), maximum)
