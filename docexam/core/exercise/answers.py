"""What a trainee answers, one type per exercise kind (plain data, JSON via ``codec``)."""

from __future__ import annotations

from dataclasses import dataclass

from docexam.core.domain.geometry import Ellipse, Polygon, Rect
from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import Status
from docexam.core.exercise.model import Verdict
from docexam.core.mrz import Position


@dataclass(frozen=True)
class Point:
    x: float
    y: float


Shape = Point | Rect | Ellipse | Polygon


@dataclass(frozen=True)
class Mark:
    """A click (a point) or a drawn region on a page, in page millimetres."""

    page_id: str
    shape: Shape

    def anchor(self) -> tuple[float, float]:
        """Where the mark counts: the point itself, or the centre of a drawn region's bounds.

        The centre, not the overlap, so one huge rectangle over the page cannot collect every
        feature: a drawn region hits the feature its middle lies in, as a click would."""
        if isinstance(self.shape, Point):
            return (self.shape.x, self.shape.y)
        x0, y0, x1, y1 = self.shape.bounds()
        return ((x0 + x1) / 2.0, (y0 + y1) / 2.0)


@dataclass(frozen=True)
class AreaAnswer:
    marks: tuple[Mark, ...] = ()


@dataclass(frozen=True)
class VerdictAnswer:
    verdict: Verdict
    fraud_type: Status | None = None


@dataclass(frozen=True)
class LightAnswer:
    lights: tuple[LightSource, ...] = ()


@dataclass(frozen=True)
class MrzAnswer:
    positions: tuple[Position, ...] = ()  # check-digit task
    fields: tuple[str, ...] = ()  # VIZ task: field names such as "birth_date"


@dataclass(frozen=True)
class DrillResponse:
    verdict: Verdict | None  # None: no verdict before the time ran out
    fraud_type: Status | None = None
    seconds: float = 0.0


@dataclass(frozen=True)
class DrillAnswer:
    responses: tuple[DrillResponse, ...] = ()


@dataclass(frozen=True)
class ChipAnswer:
    passes: bool
    failing_step: str | None = None  # None: "no step fails"


@dataclass(frozen=True)
class FaceAnswer:
    same_person: bool | None
    differs: tuple[str, ...] = ()  # features recorded as different
    agrees: tuple[str, ...] = ()  # features recorded as the same
    hidden: tuple[str, ...] = ()  # recorded as not shown in a photo (the rest: not recorded)


@dataclass(frozen=True)
class CaseAnswer:
    """The indicators marked on a case file, the action chosen, the referral note (kept for the
    instructor, not scored) and the interview questions asked, in order."""

    indicators: tuple[str, ...] = ()
    action: str | None = None
    note: str = ""
    questions: tuple[str, ...] = ()


Answer = (
    AreaAnswer
    | VerdictAnswer
    | LightAnswer
    | MrzAnswer
    | DrillAnswer
    | ChipAnswer
    | FaceAnswer
    | CaseAnswer
)
