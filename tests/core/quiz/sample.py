"""Small hand-made exercises for the quiz tests (a TD3 data page, 125 x 88 mm)."""

from __future__ import annotations

from docexam.core.domain.geometry import Ellipse, Rect
from docexam.core.domain.lights import LightSource as L
from docexam.core.domain.model import Status
from docexam.core.mrz import Position
from docexam.core.training.quiz import (
    AreaExercise,
    DrillExercise,
    DrillItem,
    ExerciseSet,
    ExpectedFinding,
    ExpectedRegion,
    LightExercise,
    Mode,
    MrzExercise,
    MrzTask,
    PageSize,
    SpecimenRef,
    VerdictExercise,
)
from docexam.core.training.quiz.prompts import LIGHT_NAMES

REF = SpecimenRef("utopia-basic", "uto-td3-eriksson", "data")
GUILLOCHE = ExpectedRegion(
    "guilloche",
    "data",
    Ellipse(95, 30, 22, 22),
    "printing.guilloche",
    {"en": "Guilloche"},
    (L.VISIBLE, L.UV365),
    {"en": "Fine line rosette"},
    1.0,
)
NUMBER = ExpectedRegion(
    "number",
    "data",
    Rect(91, 15, 24, 5),
    "numbering.document_number",
    {"en": "Document number"},
    (L.UV365,),
    {},
    2.0,
)
PORTRAIT = ExpectedRegion(
    "portrait",
    "data",
    Rect(6, 14, 32, 42),
    "personalisation.portrait",
    {"en": "Portrait"},
    (L.VISIBLE, L.IR),
)
AREA = AreaExercise(
    "find-1",
    ("L1.printing.guilloche",),
    REF,
    (PageSize("data", 125, 88),),
    (GUILLOCHE, NUMBER, PORTRAIT),
    penalty=0.5,
)
VERDICT = VerdictExercise("v-1", ("L2.fraud.photo",), REF, Status.PHOTO_SUBSTITUTION)
LIGHT = LightExercise("l-1", ("L1.uv.inks",), REF, NUMBER, (L.VISIBLE, L.UV365, L.IR))
MRZ = MrzExercise(
    "m-1",
    ("L1.mrz.check_digits",),
    REF,
    MrzTask.CHECK_DIGITS,
    (
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L898902C36UTO7408132F1204159ZE184226B<<<<<10",
    ),
    (
        ExpectedFinding(
            "CHECK_DIGIT_MISMATCH",
            "birth_date",
            (Position(2, 20),),
            tuple(Position(2, c) for c in range(14, 20)),
            "2",
            "5",
        ),
        ExpectedFinding("CHECK_DIGIT_MISMATCH", "composite", (Position(2, 44),), (), "0", "3"),
    ),
)
DRILL = DrillExercise(
    "d-1",
    ("L1.drill",),
    (
        DrillItem(REF, Status.GENUINE),
        DrillItem(REF, Status.COUNTERFEIT),
        DrillItem(REF, Status.IMPOSTOR),
    ),
    seconds_per_item=8.0,
)


def exercise_set(mode: Mode = Mode.PRACTICE, time_limit_s: float | None = None) -> ExerciseSet:
    return ExerciseSet(
        "set-1",
        {"en": "Sample", "zh-Hans": "样例"},
        (AREA, VERDICT, LIGHT, MRZ, DRILL),
        mode,
        time_limit_s,
        0.6,
    )


def asked_light(ex: AreaExercise) -> L:
    """The light a generated find item asks about, read from its question as a trainee does
    (ids are opaque, so they no longer say it)."""
    named = [
        light for light, (en, _) in LIGHT_NAMES.items() if f"that {en} reveals" in ex.prompt["en"]
    ]
    assert len(named) == 1, ex.prompt
    return named[0]
