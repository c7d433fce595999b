"""Case-file items: one per traveller's case file in a pack's ``cases.json``.

The key is the case's truth (its indicators and the right action); the objectives are the
profiling objectives in scope whose topic (the last part of their id) the case's family trains:
``smuggling``, ``victims`` (trafficking for labour or sexual exploitation) or ``documents``. A
genuine traveller trains them all: telling the innocent from the suspect is half the skill.
"""

from __future__ import annotations

import contextlib

from docexam.core.cases.codec import CaseError, read_cases
from docexam.core.cases.indicators import INDICATORS, SECONDS_PER_QUESTION, Action, Family
from docexam.core.cases.model import CaseFile
from docexam.core.domain.ids import opaque_id
from docexam.core.domain.model import I18nText, Pack
from docexam.core.exercise.model import CaseExercise, SpecimenRef

TOPICS: dict[str, tuple[Family, ...]] = {
    "smuggling": (Family.NONE, Family.SMUGGLING),
    "victims": (Family.NONE, Family.TRAFFICKING_LABOUR, Family.TRAFFICKING_SEXUAL),
    "documents": (Family.NONE, Family.DOCUMENT_FRAUD),
}
# A first-line officer has a minute or so at the booth: five of the ten questions.
FIRST_LINE_QUESTIONS, SECOND_LINE_QUESTIONS = 5, 10
PROMPT: I18nText = {
    "en": "Read the case file and ask your questions. Mark the indicators you see, choose the "
    "action, and write a short note for the officer who takes over.",
    "zh-Hans": "阅读案卷并提问。标出您发现的指标，选择处置措施，并为接手的人员写一段简短的说明。",
}


def _cases(pack: Pack) -> list[CaseFile]:
    with contextlib.suppress(CaseError):  # a spoilt file must not stop every set
        return read_cases(pack.root)
    return []


def case_exercise(
    pack_id: str, case: CaseFile, objectives: tuple[str, ...], levels: set[int]
) -> CaseExercise | None:
    ref = case.main_document.specimen
    fitting = tuple(
        o for o in objectives if case.truth.family in TOPICS.get(o.rsplit(".", 1)[-1], ())
    )
    if ref is None or not fitting:
        return None
    questions = FIRST_LINE_QUESTIONS if min(levels, default=1) <= 1 else SECOND_LINE_QUESTIONS
    return CaseExercise(
        opaque_id("ex", "case", pack_id, case.id),
        fitting,
        SpecimenRef.parse(ref),
        f"{pack_id}/{case.id}",
        case.truth.indicators,
        case.truth.action.value,
        tuple(a.value for a in case.truth.acceptable),
        tuple(i.id for i in INDICATORS),
        tuple(a.value for a in Action),
        questions * SECONDS_PER_QUESTION,
        prompt=PROMPT,
        explanation=case.truth.summary,
    )


def case_exercises(pack: Pack, objectives: tuple[str, ...], levels: set[int]) -> list[CaseExercise]:
    if not objectives:
        return []
    out = [case_exercise(pack.id, c, objectives, levels) for c in _cases(pack)]
    return [e for e in out if e is not None]
