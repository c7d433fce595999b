"""Exercises and exercise sets: what is asked, about which specimen, and the ground truth.

Every exercise names the curriculum objectives it trains and references specimens as
``pack_id/specimen_id`` (+ page). The expected answer travels with the exercise, so scoring is a
pure function of (exercise, answer) and needs neither the pack nor the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import ClassVar

from docexam.core.domain.geometry import Region
from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import I18nText, Status
from docexam.core.mrz import Position


class ExerciseKind(StrEnum):
    FIND_FEATURES = "find_features"
    MARK_ALTERATIONS = "mark_alterations"
    VERDICT = "verdict"
    WHICH_LIGHT = "which_light"
    MRZ_CHECK = "mrz_check"
    DRILL = "drill"
    CHIP_CHECK = "chip_check"
    FACE_COMPARE = "face_compare"
    CASE_FILE = "case_file"


class Mode(StrEnum):
    PRACTICE = "practice"  # feedback at once, with the explanation and the light that shows it
    EXAM = "exam"  # timer, no hints, answers revealed after submission


class Verdict(StrEnum):
    """The verdict class a trainee gives first; the fraud type (a Status) refines it."""

    GENUINE = "genuine"
    COUNTERFEIT = "counterfeit"
    FORGERY = "forgery"
    PSEUDO = "pseudo"


# Which verdict class each fraud type belongs to. Stolen blanks are genuine blanks personalised
# by criminals: a false document made from genuine material, so "forgery" (Interpol keeps it
# separate; the fraud type carries that). FOG and impostors: the document itself is genuine.
VERDICT_OF: dict[Status, Verdict] = {
    Status.GENUINE: Verdict.GENUINE,
    Status.COUNTERFEIT: Verdict.COUNTERFEIT,
    Status.PHOTO_SUBSTITUTION: Verdict.FORGERY,
    Status.PAGE_SUBSTITUTION: Verdict.FORGERY,
    Status.DATA_ALTERATION: Verdict.FORGERY,
    Status.COMBINED: Verdict.FORGERY,
    Status.VISA_STAMP_FRAUD: Verdict.FORGERY,
    Status.STOLEN_BLANK: Verdict.FORGERY,
    Status.PSEUDO: Verdict.PSEUDO,
    Status.FRAUDULENTLY_OBTAINED: Verdict.GENUINE,
    Status.IMPOSTOR: Verdict.GENUINE,
}


class MrzTask(StrEnum):
    CHECK_DIGITS = "check_digits"  # which check digit is wrong: answer positions
    VIZ = "viz"  # which field disagrees with the visual zone: answer field names


@dataclass(frozen=True)
class SpecimenRef:
    pack_id: str
    specimen_id: str
    page_id: str | None = None

    @property
    def key(self) -> str:
        """``pack/specimen`` or ``pack/specimen/page``: how exercises.json writes it."""
        parts = [self.pack_id, self.specimen_id] + ([self.page_id] if self.page_id else [])
        return "/".join(parts)

    @classmethod
    def parse(cls, key: str) -> SpecimenRef:
        parts = key.split("/")
        if len(parts) not in (2, 3) or not all(parts):
            raise ValueError(f"{key!r} is not pack_id/specimen_id[/page_id]")
        return cls(parts[0], parts[1], parts[2] if len(parts) == 3 else None)


@dataclass(frozen=True)
class PageSize:
    page_id: str
    width_mm: float
    height_mm: float

    def contains(self, x: float, y: float) -> bool:
        return 0.0 <= x <= self.width_mm and 0.0 <= y <= self.height_mm


@dataclass(frozen=True)
class ExpectedRegion:
    """One thing the trainee should mark: a security feature, or a sign of an alteration.

    A thing may be made of several regions (a watermark's light and dark tones, the fibres
    scattered over a page, the stain, ink and font of one rewritten field): ``parts`` then says
    where a mark finds it, and one mark on any part finds the whole thing once."""

    id: str  # the feature id on the page
    page_id: str
    region: Region  # its outline; where a mark finds it when it has no parts
    category: str
    name: I18nText
    lights: tuple[LightSource, ...] = ()  # the lights that reveal it
    reason: I18nText = field(default_factory=dict)  # why it matters, shown in feedback
    points: float = 1.0
    parts: tuple[Region, ...] = ()

    @property
    def areas(self) -> tuple[Region, ...]:
        """Where a mark finds it."""
        return self.parts or (self.region,)

    def contains(self, x: float, y: float) -> bool:
        return any(r.contains(x, y) for r in self.areas)


@dataclass(frozen=True)
class AreaExercise:
    """Find the security features, or mark the alterations, on one or more pages."""

    id: str
    objectives: tuple[str, ...]
    specimen: SpecimenRef
    pages: tuple[PageSize, ...]
    expected: tuple[ExpectedRegion, ...]
    kind: ExerciseKind = ExerciseKind.FIND_FEATURES
    light: LightSource = LightSource.VISIBLE  # the light the page opens under
    penalty: float = 0.5  # points lost per false mark
    prompt: I18nText = field(default_factory=dict)
    explanation: I18nText = field(default_factory=dict)
    # Genuine features the page shows that the item does not ask for: a mark on one is neither
    # found nor false (a real feature is never an error), and the prompt says what is asked.
    neutral: tuple[ExpectedRegion, ...] = ()
    level: int | None = None  # 1-3 from how its signs look (contrast, size); None: not graded

    @property
    def max_score(self) -> float:
        return sum(e.points for e in self.expected)

    @property
    def key_light(self) -> LightSource:
        """The light to look back at the expected marks under: the item's own when it reveals
        every one, else the light revealing the most (the item's own, then white, on a tie).
        A UV item reviewed under white light shows outlines round areas that look blank."""
        lit = [e for e in self.expected if e.lights]
        if all(self.light in e.lights for e in lit):
            return self.light
        order = [self.light, LightSource.VISIBLE, *LightSource]
        return max(order, key=lambda li: sum(li in e.lights for e in lit))


@dataclass(frozen=True)
class VerdictExercise:
    kind: ClassVar[ExerciseKind] = ExerciseKind.VERDICT
    id: str
    objectives: tuple[str, ...]
    specimen: SpecimenRef
    expected: Status
    prompt: I18nText = field(default_factory=dict)
    explanation: I18nText = field(default_factory=dict)


@dataclass(frozen=True)
class LightExercise:
    """Which light reveals this feature? ``feature.lights`` is the ground truth."""

    kind: ClassVar[ExerciseKind] = ExerciseKind.WHICH_LIGHT
    id: str
    objectives: tuple[str, ...]
    specimen: SpecimenRef
    feature: ExpectedRegion
    options: tuple[LightSource, ...]
    prompt: I18nText = field(default_factory=dict)
    explanation: I18nText = field(default_factory=dict)
    level: int | None = None  # 1-3 from how the feature looks under its lights


@dataclass(frozen=True)
class ExpectedFinding:
    """One MRZ finding the trainee should spot, as ``check_mrz`` reports it."""

    code: str  # a FindingCode value
    field: str
    positions: tuple[Position, ...]
    covers: tuple[Position, ...] = ()
    printed: str | None = None
    expected: str | None = None


@dataclass(frozen=True)
class MrzExercise:
    """``lines`` are the MRZ printed on the specimen's page (its recorded ``mrz``): the answer
    grid repeats them and the key is computed from them, so the document examined is the
    document scored. No expected finding means the right answer is "no error"."""

    kind: ClassVar[ExerciseKind] = ExerciseKind.MRZ_CHECK
    id: str
    objectives: tuple[str, ...]
    specimen: SpecimenRef
    task: MrzTask
    lines: tuple[str, ...]
    expected: tuple[ExpectedFinding, ...]
    penalty: float = 0.5
    prompt: I18nText = field(default_factory=dict)
    explanation: I18nText = field(default_factory=dict)


@dataclass(frozen=True)
class DrillItem:
    specimen: SpecimenRef
    expected: Status


@dataclass(frozen=True)
class DrillExercise:
    """First-line drill: documents one after another, ``seconds_per_item`` each, a verdict each."""

    kind: ClassVar[ExerciseKind] = ExerciseKind.DRILL
    id: str
    objectives: tuple[str, ...]
    items: tuple[DrillItem, ...]
    seconds_per_item: float = 10.0
    prompt: I18nText = field(default_factory=dict)
    explanation: I18nText = field(default_factory=dict)


@dataclass(frozen=True)
class ChipExercise:
    """Place the passport on the chip reader: does the chip pass, and which step fails?

    ``passes`` and ``failing_step`` are the truth (a genuine chip passes; a chip fraud fails the
    one step its record names); ``steps`` are the reader's steps, the choices for the failing
    one. Worth two points: the verdict, and the step ("none" when the chip passes)."""

    kind: ClassVar[ExerciseKind] = ExerciseKind.CHIP_CHECK
    id: str
    objectives: tuple[str, ...]
    specimen: SpecimenRef
    passes: bool
    failing_step: str | None
    steps: tuple[str, ...]
    prompt: I18nText = field(default_factory=dict)
    explanation: I18nText = field(default_factory=dict)


@dataclass(frozen=True)
class FaceExercise:
    """Is this the same person? The document's portrait (with its ghost image and, where there
    is a chip, DG2) against a photo of a person: the traveller at the booth (``against`` is
    ``live``: the holder or a look-alike impostor) or the portrait in an earlier document of
    the person named (``earlier``: a different face there is a fraudulently obtained document).

    The photo is drawn again from ``seed`` and ``difficulty``; ``same_person``,
    ``differing`` (the FISWG features that differ) and ``hidden`` (those one of the two photos
    does not show, which cannot be compared) are the truth. With ``features`` the trainee
    also records agree/differ/cannot compare per feature (the morphological comparison);
    without, it is the quick check, with ``seconds`` to answer."""

    kind: ClassVar[ExerciseKind] = ExerciseKind.FACE_COMPARE
    id: str
    objectives: tuple[str, ...]
    specimen: SpecimenRef
    against: str  # "live" | "earlier"
    seed: int
    difficulty: float
    same_person: bool
    differing: tuple[str, ...]
    features: tuple[str, ...] = ()
    seconds: float | None = None
    prompt: I18nText = field(default_factory=dict)
    explanation: I18nText = field(default_factory=dict)
    hidden: tuple[str, ...] = ()


@dataclass(frozen=True)
class CaseExercise:
    """A traveller's case file (``docexam.core.cases``): mark the indicators, choose the action,
    write a referral note. ``case`` is ``pack_id/case_id``; ``specimen`` the document the
    traveller presents. The key travels with the item: ``indicators`` (none for a genuine
    traveller) and ``action``, half credit for an ``acceptable`` one; ``options`` are the
    indicators offered, ``actions`` the actions; the interview has ``question_seconds``."""

    kind: ClassVar[ExerciseKind] = ExerciseKind.CASE_FILE
    id: str
    objectives: tuple[str, ...]
    specimen: SpecimenRef
    case: str
    indicators: tuple[str, ...]
    action: str
    acceptable: tuple[str, ...]
    options: tuple[str, ...]
    actions: tuple[str, ...]
    question_seconds: float = 75.0
    penalty: float = 0.5  # points lost per false indicator
    prompt: I18nText = field(default_factory=dict)
    explanation: I18nText = field(default_factory=dict)


Exercise = (
    AreaExercise
    | VerdictExercise
    | LightExercise
    | MrzExercise
    | DrillExercise
    | ChipExercise
    | FaceExercise
    | CaseExercise
)


def specimen_refs(exercise: Exercise) -> tuple[SpecimenRef, ...]:
    if isinstance(exercise, DrillExercise):
        return tuple(item.specimen for item in exercise.items)
    return (exercise.specimen,)


@dataclass(frozen=True)
class Asked:
    """What an instructor asked of an authored set: its specimens and exercise kinds, kept even
    where the specimens give no exercise of a kind (an MRZ check of a specimen with no MRZ), so
    the gap can be reported rather than forgotten."""

    specimen_ids: tuple[str, ...]
    kinds: tuple[ExerciseKind, ...]


@dataclass(frozen=True)
class ExerciseSet:
    id: str
    title: I18nText
    exercises: tuple[Exercise, ...]
    mode: Mode = Mode.PRACTICE
    time_limit_s: float | None = None  # exam mode: the whole set
    pass_mark: float = 0.6  # fraction of the maximum score
    description: I18nText = field(default_factory=dict)
    asked: Asked | None = None  # authored sets: what the instructor chose

    def objectives(self) -> set[str]:
        return {o for e in self.exercises for o in e.objectives}

    def specimens(self) -> set[tuple[str, str]]:
        """(pack_id, specimen_id) of every specimen the set uses."""
        return {(r.pack_id, r.specimen_id) for e in self.exercises for r in specimen_refs(e)}
