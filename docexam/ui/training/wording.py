"""How the quiz's codes are worded for trainees (verdicts, outcomes, reasons, kinds, MRZ fields).

Same pattern as ``docexam.ui.words`` (which words statuses and lights): strings marked with
QT_TRANSLATE_NOOP so lupdate finds them, translated when asked for.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from docexam.core.cases.indicators import ACTIONS, Action
from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import Status, text_for
from docexam.core.exercise.model import VERDICT_OF
from docexam.core.training.quiz import ExerciseKind, Mode, Outcome, Verdict, Why
from docexam.core.training.quiz.face_scoring import (
    AGREES,
    DIFFERS,
    HIDDEN,
    OTHER_PERSON,
    SAME_PERSON,
)
from docexam.core.training.quiz.first_line import Call, Decision
from docexam.core.training.quiz.scoring import CHIP_FAIL, CHIP_PASS, NO_STEP
from docexam.ui import words
from docexam.ui.viewer.chip_reader import step_title

_CONTEXT = "training"


def _tr(text: object) -> str:
    return QCoreApplication.translate(_CONTEXT, str(text or ""))


_VERDICTS = {
    Verdict.GENUINE: QT_TRANSLATE_NOOP("training", "Genuine"),
    Verdict.COUNTERFEIT: QT_TRANSLATE_NOOP("training", "Counterfeit"),
    Verdict.FORGERY: QT_TRANSLATE_NOOP("training", "Forgery"),
    Verdict.PSEUDO: QT_TRANSLATE_NOOP("training", "Pseudo document"),
}

_OUTCOMES = {
    Outcome.HIT: QT_TRANSLATE_NOOP("training", "Found"),
    Outcome.MISS: QT_TRANSLATE_NOOP("training", "Missed"),
    Outcome.FALSE_MARK: QT_TRANSLATE_NOOP("training", "False mark"),
    Outcome.DUPLICATE: QT_TRANSLATE_NOOP("training", "Marked twice"),
    Outcome.NEUTRAL: QT_TRANSLATE_NOOP("training", "Not asked"),
    Outcome.CORRECT: QT_TRANSLATE_NOOP("training", "Right"),
    Outcome.PARTIAL: QT_TRANSLATE_NOOP("training", "Partly right"),
    Outcome.WRONG: QT_TRANSLATE_NOOP("training", "Wrong"),
    Outcome.TIMEOUT: QT_TRANSLATE_NOOP("training", "Too slow"),
    Outcome.UNANSWERED: QT_TRANSLATE_NOOP("training", "No answer"),
}

_WHY: dict[str, object] = {
    Why.OUTSIDE_PAGE: QT_TRANSLATE_NOOP("training", "The mark is outside the page."),
    Why.OTHER_PAGE: QT_TRANSLATE_NOOP("training", "The mark is on a page this exercise skips."),
    Why.NO_FEATURE_HERE: QT_TRANSLATE_NOOP("training", "There is nothing to find here."),
    Why.NOT_ASKED: QT_TRANSLATE_NOOP(
        "training", "A genuine feature, but not one this question asks for: it costs nothing."
    ),
    Why.NOT_REVEALING: QT_TRANSLATE_NOOP("training", "This light does not reveal the feature."),
    Why.NO_FINDING_HERE: QT_TRANSLATE_NOOP("training", "Nothing is wrong at this place."),
    Why.WRONG_CLASS: QT_TRANSLATE_NOOP("training", "The verdict is wrong."),
    Why.WRONG_FRAUD_TYPE: QT_TRANSLATE_NOOP("training", "Right verdict, wrong fraud type."),
    Why.TOO_SLOW: QT_TRANSLATE_NOOP("training", "The time for this document ran out."),
    Why.WRONG_CHIP_VERDICT: QT_TRANSLATE_NOOP("training", "The chip's verdict is wrong."),
    Why.NOT_AN_INDICATOR: QT_TRANSLATE_NOOP(
        "training", "Not an indicator in this case: the facts explain it, or it is not there."
    ),
    Why.WRONG_ACTION: QT_TRANSLATE_NOOP("training", "Not the best action for this traveller."),
    Why.WRONG_STEP: QT_TRANSLATE_NOOP("training", "Not the step the reader fails."),
    Why.WRONG_PERSON: QT_TRANSLATE_NOOP("training", "Wrong: look at the stable features."),
    Why.WRONG_FEATURE: QT_TRANSLATE_NOOP("training", "Recorded the wrong way round."),
    Why.NOT_SHOWN: QT_TRANSLATE_NOOP(
        "training",
        "One of the photos does not show it (hair, a beard, glasses or a shadow cover it, or "
        "a bald head has no hairline): it cannot be compared.",
    ),
    Why.SHOWN: QT_TRANSLATE_NOOP("training", "Both photos show it: compare it."),
    Call.MISSED_FRAUD: QT_TRANSLATE_NOOP(
        "training", "Cleared, but this document is not genuine: it should have been referred."
    ),
    Call.NEEDLESS_REFERRAL: QT_TRANSLATE_NOOP(
        "training", "Referred, but the document is genuine: nothing on it calls for a referral."
    ),
    Call.NO_DECISION: QT_TRANSLATE_NOOP("training", "No decision before the time ran out."),
}

_DECISIONS = {
    Decision.CLEAR: QT_TRANSLATE_NOOP("training", "Clear"),
    Decision.REFER: QT_TRANSLATE_NOOP("training", "Refer to second line"),
}

_KINDS = {
    ExerciseKind.FIND_FEATURES: QT_TRANSLATE_NOOP("training", "Find the features"),
    ExerciseKind.MARK_ALTERATIONS: QT_TRANSLATE_NOOP("training", "Mark the alterations"),
    ExerciseKind.VERDICT: QT_TRANSLATE_NOOP("training", "Verdict"),
    ExerciseKind.WHICH_LIGHT: QT_TRANSLATE_NOOP("training", "Which light?"),
    ExerciseKind.MRZ_CHECK: QT_TRANSLATE_NOOP("training", "MRZ check"),
    ExerciseKind.DRILL: QT_TRANSLATE_NOOP("training", "First-line drill"),
    ExerciseKind.CHIP_CHECK: QT_TRANSLATE_NOOP("training", "Chip check"),
    ExerciseKind.FACE_COMPARE: QT_TRANSLATE_NOOP("training", "Face comparison"),
    ExerciseKind.CASE_FILE: QT_TRANSLATE_NOOP("training", "Traveller's case file"),
}

_CHIP = {
    CHIP_PASS: QT_TRANSLATE_NOOP("training", "The chip passes"),
    CHIP_FAIL: QT_TRANSLATE_NOOP("training", "The chip fails"),
    NO_STEP: QT_TRANSLATE_NOOP("training", "No step fails"),
    "verdict": QT_TRANSLATE_NOOP("training", "Chip verdict"),
    "step": QT_TRANSLATE_NOOP("training", "Step that fails"),
}

# A face item's feedback: its verdict and the FISWG features (``feature:<name>``).
_FACE = {
    SAME_PERSON: QT_TRANSLATE_NOOP("training", "Same person"),
    OTHER_PERSON: QT_TRANSLATE_NOOP("training", "Different person"),
    AGREES: QT_TRANSLATE_NOOP("training", "agree"),
    DIFFERS: QT_TRANSLATE_NOOP("training", "differ"),
    HIDDEN: QT_TRANSLATE_NOOP("training", "cannot compare"),
    "person": QT_TRANSLATE_NOOP("training", "Same person?"),
    "face_shape": QT_TRANSLATE_NOOP("training", "Face shape"),
    "hairline": QT_TRANSLATE_NOOP("training", "Hairline"),
    "forehead": QT_TRANSLATE_NOOP("training", "Forehead"),
    "eyebrows": QT_TRANSLATE_NOOP("training", "Eyebrows"),
    "eyes": QT_TRANSLATE_NOOP("training", "Eyes"),
    "nose": QT_TRANSLATE_NOOP("training", "Nose"),
    "ears": QT_TRANSLATE_NOOP("training", "Ears"),
    "mouth": QT_TRANSLATE_NOOP("training", "Mouth"),
    "chin": QT_TRANSLATE_NOOP("training", "Chin"),
    "marks": QT_TRANSLATE_NOOP("training", "Marks (moles, scars)"),
}

_MODES = {
    Mode.PRACTICE: QT_TRANSLATE_NOOP("training", "Practice"),
    Mode.EXAM: QT_TRANSLATE_NOOP("training", "Exam"),
}

_MRZ_FIELDS = {
    "document_code": QT_TRANSLATE_NOOP("training", "document code"),
    "issuing_state": QT_TRANSLATE_NOOP("training", "issuing state"),
    "name": QT_TRANSLATE_NOOP("training", "name"),
    "document_number": QT_TRANSLATE_NOOP("training", "document number"),
    "nationality": QT_TRANSLATE_NOOP("training", "nationality"),
    "birth_date": QT_TRANSLATE_NOOP("training", "date of birth"),
    "sex": QT_TRANSLATE_NOOP("training", "sex"),
    "expiry_date": QT_TRANSLATE_NOOP("training", "date of expiry"),
    "optional_data": QT_TRANSLATE_NOOP("training", "optional data"),
    "composite": QT_TRANSLATE_NOOP("training", "composite check digit"),
}


_SHORT_LIGHTS = {
    LightSource.VISIBLE: QT_TRANSLATE_NOOP("training", "White"),
    LightSource.OBLIQUE: QT_TRANSLATE_NOOP("training", "Oblique"),
    LightSource.TRANSMITTED: QT_TRANSLATE_NOOP("training", "Transm."),
    LightSource.COAXIAL: QT_TRANSLATE_NOOP("training", "Coaxial"),
    LightSource.UV365: QT_TRANSLATE_NOOP("training", "UV-A"),
    LightSource.UV254: QT_TRANSLATE_NOOP("training", "UV-C"),
    LightSource.IR: QT_TRANSLATE_NOOP("training", "IR"),
    LightSource.IR_LUMINESCENCE: QT_TRANSLATE_NOOP("training", "IR lum."),
    LightSource.ANTI_STOKES: QT_TRANSLATE_NOOP("training", "Anti-Stokes"),
    LightSource.TILT: QT_TRANSLATE_NOOP("training", "Tilt"),
}


def short_light(value: LightSource) -> str:
    return _tr(_SHORT_LIGHTS.get(value, value.value))


def verdict(value: Verdict) -> str:
    return _tr(_VERDICTS.get(value, value.value))


def outcome(value: str) -> str:
    try:
        return _tr(_OUTCOMES[Outcome(value)])
    except ValueError:
        return value


def why(code: str) -> str:
    return _tr(_WHY[code]) if code in _WHY else ""


def decision(value: Decision) -> str:
    return _tr(_DECISIONS[value])


def given(value: str) -> str:
    """A given answer in words: "clear", "refer/<fraud type>", "<verdict>/<fraud type>", or a
    chip item's "chip:pass", "chip:fail", "step:<step>", "step:none"."""
    if value in _CHIP:
        return _tr(_CHIP[value])
    if value in _FACE:
        return _tr(_FACE[value])
    if value.startswith("step:"):
        return step_title(value.removeprefix("step:"))
    head, _, fraud = value.partition("/")
    if head in set(Verdict):
        # The fraud type's name says its class too ("Forgery: photo substitution").
        return words.status(fraud) if fraud else verdict(Verdict(head))
    if head not in set(Decision):
        return value
    text = decision(Decision(head))
    if not fraud:
        return text
    return (
        _tr(QT_TRANSLATE_NOOP("training", "%1 (%2)"))
        .replace("%1", text)
        .replace("%2", words.status(fraud))
    )


def chip_part(ref: str) -> str:
    """ "Chip verdict" or "Step that fails": what a chip item's feedback line is about."""
    return _tr(_CHIP.get(ref, ref))


def face_part(ref: str) -> str:
    """What a face item's feedback line is about: the verdict, or a feature ("Nose")."""
    key = ref.removeprefix("feature:")
    return _tr(_FACE.get(key, key))


def kind(value: ExerciseKind) -> str:
    return _tr(_KINDS.get(value, value.value))


def mode(value: Mode | str) -> str:
    try:
        return _tr(_MODES[Mode(value)])
    except ValueError:
        return str(value)


def mrz_field(name: str) -> str:
    base = name.removesuffix("_check")
    text = _tr(_MRZ_FIELDS.get(base, base.replace("_", " ")))
    if name.endswith("_check") and base != "composite":
        return QCoreApplication.translate(_CONTEXT, "check digit of the %1").replace("%1", text)
    return text


def fraud_types(verdict_class: Verdict) -> list[Status]:
    """The fraud types a verdict class can take, in the core's order. A genuine document may
    still be misused (fraudulently obtained, impostor); plain "genuine" is the empty choice."""
    return [s for s, v in VERDICT_OF.items() if v is verdict_class and s is not Status.GENUINE]


def listing(names: Iterable[str]) -> str:
    """Names in a row, separated as the interface language does ("a, b" / "a、b")."""
    return QCoreApplication.translate("training", ", ", "between the names of a list").join(names)


def in_sentence(name: str, lang: str) -> str:
    """A name as it reads inside an English sentence ("Security thread" -> "security thread"),
    leaving abbreviations ("UV-dull substrate", "MLI / CLI") and other languages alone."""
    if lang.startswith("en") and name[1:2].islower():
        return name[:1].lower() + name[1:]
    return name


def aside(text: str) -> str:
    """A remark in brackets after a word: " (…)" in English, "（…）" in Chinese."""
    return QCoreApplication.translate("training", " (%1)", "a remark in brackets").replace(
        "%1", text
    )


def case_action(value: str, lang: str) -> str:
    """A case item's action in the trainee's language (the core's catalogue words it)."""
    name = ACTIONS.get(Action(value)) if value in set(Action) else None
    return text_for(name, lang) if name else value
