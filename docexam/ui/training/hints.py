"""Practice help on request: a hint (the light that reveals the signs, where to look) and the
blank answer "Show solution" records when the trainee gave none.

A hint never names the answer itself: for a find-the-features item it names the revealing light
and the kinds of feature to look at, for a which-light item the feature to watch, for MRZ and
verdict items the check to make.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from docexam.core.domain.lights import LightSource
from docexam.core.domain.taxonomy import category_name
from docexam.core.training.quiz import (
    Answer,
    AreaAnswer,
    AreaExercise,
    Exercise,
    LightAnswer,
    LightExercise,
    MrzAnswer,
    MrzExercise,
    MrzTask,
)
from docexam.ui import words
from docexam.ui.training import wording


@dataclass(frozen=True)
class Hint:
    text: str
    light: LightSource | None = None  # switched to, on the page of the first sign
    page_id: str | None = None


def hint_for(exercise: Exercise, lang: str = "en") -> Hint | None:
    """The hint for a practice item; None for the drill, which is about speed."""
    if isinstance(exercise, AreaExercise):
        lights = Counter(
            li for e in exercise.expected for li in e.lights if li is not LightSource.VISIBLE
        )
        kinds = sorted(
            {wording.in_sentence(category_name(e.category, lang), lang) for e in exercise.expected}
        )
        where = QCoreApplication.translate("hints", "Look at: %1.").replace(
            "%1", wording.listing(kinds)
        )
        if not lights:
            return Hint(where)
        light = lights.most_common(1)[0][0]
        page = exercise.expected[0].page_id if exercise.expected else None
        shows = QCoreApplication.translate("hints", "Hint: %1 shows them.").replace(
            "%1", words.light(light)
        )
        # Two sentences: a space between them in English, none in Chinese.
        text = QCoreApplication.translate("hints", "%1 %2").replace("%1", shows)
        return Hint(text.replace("%2", where), light, page)
    if isinstance(exercise, LightExercise):
        feature = wording.in_sentence(category_name(exercise.feature.category, lang), lang)
        return Hint(
            QCoreApplication.translate(
                "hints", "Hint: watch the %1 while you switch from one light to the next."
            ).replace("%1", feature)
        )
    if isinstance(exercise, MrzExercise):
        if exercise.task is MrzTask.VIZ:
            return Hint(
                QCoreApplication.translate(
                    "hints", "Hint: read each MRZ field and find it on the data page."
                )
            )
        return Hint(
            QCoreApplication.translate(
                "hints", "Hint: recompute each check digit (weights 7, 3, 1; < counts 0, A is 10)."
            )
        )
    if exercise.kind.value == "verdict":
        return Hint(
            QCoreApplication.translate(
                "hints",
                "Hint: compare it with a genuine one (C), then check the substrate under UV "
                "and the watermark in transmitted light.",
            )
        )
    return None


def blank_answer(exercise: Exercise) -> Answer | None:
    """What "Show solution" records when nothing was answered: an answer that finds nothing.
    None where there is no such answer (a verdict, the drill): the solution comes with a
    choice made."""
    if isinstance(exercise, AreaExercise):
        return AreaAnswer()
    if isinstance(exercise, LightExercise):
        return LightAnswer()
    if isinstance(exercise, MrzExercise):
        return MrzAnswer()
    return None
