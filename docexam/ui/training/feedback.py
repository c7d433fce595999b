"""Feedback on one answer: the score, each sign explained, and "Show me" under its light.

Used right after an answer in practice and for every item of the review after an exam.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import Status, text_for
from docexam.core.domain.taxonomy import category_name
from docexam.core.training.quiz import (
    AreaExercise,
    CaseExercise,
    ChipExercise,
    DrillExercise,
    Exercise,
    FaceExercise,
    FeedbackItem,
    MrzExercise,
    Outcome,
    Score,
    VerdictExercise,
)
from docexam.ui import words
from docexam.ui.training import wording
from docexam.ui.training.overlay import ASKED, FALSE, HIT, MISS, Counts

SYMBOL = {
    Outcome.HIT: ("✓", HIT),
    Outcome.CORRECT: ("✓", HIT),
    Outcome.PARTIAL: ("◐", MISS),
    Outcome.MISS: ("?", MISS),
    Outcome.FALSE_MARK: ("✕", FALSE),
    Outcome.WRONG: ("✕", FALSE),
    Outcome.TIMEOUT: ("⏱", FALSE),
    Outcome.UNANSWERED: ("–", MISS),
    Outcome.DUPLICATE: ("=", ASKED),
    Outcome.NEUTRAL: ("○", ASKED),
}


class FeedbackPanel(QWidget):
    show_light = Signal(object, object)  # LightSource, page id (or None)

    def __init__(self, lang: str = "en") -> None:
        super().__init__()
        self.lang = lang
        self.body = QLabel()
        self.body.setObjectName("feedback_body")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop)
        # The "Show me" buttons above the text, outside its scroll area: under a long list of
        # signs they were below the fold, and the page then looked blank where the signs are.
        self.buttons = QVBoxLayout()
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.body)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.buttons)
        layout.addWidget(scroll, 1)
        self.counts = Counts(0, 0, 0)
        self.show_buttons: list[QPushButton] = []

    def clear(self) -> None:
        self.body.setText("")
        for button in self.show_buttons:
            # Out of the layout at once: the panel's height must not count them until the
            # deferred delete runs.
            button.hide()
            self.buttons.removeWidget(button)
            button.deleteLater()
        self.show_buttons = []

    def _t(self, text: dict[str, str]) -> str:
        return escape(text_for(text, self.lang)) if text else ""

    def show_score(self, exercise: Exercise, score: Score) -> None:
        self.clear()
        self.counts = Counts.of(score)
        good = score.correct
        head_colour = HIT if good else (MISS if score.earned > 0 else FALSE)
        head = self.tr("%1 of %2 points").replace("%1", f"{score.earned:g}")
        head = head.replace("%2", f"{score.maximum:g}")
        mark = "✓" if good else ("◐" if score.earned > 0 else "✕")
        parts = [
            f"<h2 style='color:{head_colour.name()}'>{mark} {escape(head)}</h2>",
        ]
        if any(i.outcome in (Outcome.HIT, Outcome.MISS, Outcome.FALSE_MARK) for i in score.items):
            c = self.counts
            # Words first, outside the f-strings, so lupdate finds them.
            found, missed, false = self.tr("found"), self.tr("missed"), self.tr("false marks")
            green, orange = self.tr("solid green"), self.tr("dashed orange")
            cross = self.tr("purple cross")
            if isinstance(exercise, CaseExercise):  # nothing drawn: the words of a case
                false = self.tr("marked, not in this case")
                green = orange = cross = ""
            parts.append(
                "<p>"
                + f"<span style='color:{HIT.name()}'>✓ {escape(found)}: {c.hits}"
                + f"{_aside(green)}</span><br>"
                + f"<span style='color:{MISS.name()}'>? {escape(missed)}: {c.misses}"
                + f"{_aside(orange)}</span><br>"
                + f"<span style='color:{FALSE.name()}'>✕ {escape(false)}: "
                + f"{c.false_marks}{_aside(cross)}</span></p>"
            )
        lights: dict[LightSource, str | None] = {}
        if isinstance(exercise, AreaExercise):  # the light the key's marks show under first
            lights[exercise.key_light] = None
        for number, item in enumerate(score.items, start=1):
            parts.append(self._item_html(exercise, item, number))
            for light in item.lights:
                lights.setdefault(light, item.page_id)
        if set(lights) <= {LightSource.VISIBLE}:
            lights = {}  # white light only: the page opens under it, nothing to switch to
        if exercise.explanation:
            parts.append(f"<p><i>{self._t(exercise.explanation)}</i></p>")
        self.body.setText("".join(parts))
        for light, page_id in lights.items():
            button = QPushButton(self.tr("Show me under %1").replace("%1", words.light(light)))
            button.setObjectName(f"show_me_{light.value}")
            button.clicked.connect(lambda _=False, li=light, p=page_id: self.show_light.emit(li, p))
            self.buttons.addWidget(button)
            self.show_buttons.append(button)

    def _item_html(self, exercise: Exercise, item: FeedbackItem, number: int) -> str:
        symbol, colour = SYMBOL.get(item.outcome, ("•", ASKED))
        title = escape(wording.outcome(item.outcome.value))
        what = self._t(item.name)
        if isinstance(exercise, DrillExercise | VerdictExercise):
            # Their ref is the specimen's id: no word for a trainee.
            what = escape(self.tr("Document %1").replace("%1", str(number)))
            what = what if isinstance(exercise, DrillExercise) else ""
        elif isinstance(exercise, ChipExercise):
            what = escape(wording.chip_part(item.ref))
        elif isinstance(exercise, FaceExercise):
            what = escape(wording.face_part(item.ref))
        elif not what and isinstance(exercise, MrzExercise) and item.ref:
            what = escape(wording.mrz_field(item.ref) if ":" not in item.ref else item.ref)
        elif not what and item.ref and item.outcome is not Outcome.FALSE_MARK:
            what = escape(words.light(LightSource(item.ref)) if _is_light(item.ref) else item.ref)
        lines = [f"<b style='color:{colour.name()}'>{symbol} {title}</b> {what}"]
        if item.category:
            lines.append(f"<small>{escape(category_name(item.category, self.lang))}</small>")
        if item.code and wording.why(item.code):
            lines.append(escape(wording.why(item.code)))
        if item.expected and item.outcome is not Outcome.CORRECT:
            expected = words.status(item.expected) if _is_status(item.expected) else item.expected
            if isinstance(exercise, ChipExercise | FaceExercise):
                expected = wording.given(item.expected)
            if isinstance(exercise, CaseExercise):
                expected = wording.case_action(item.expected, self.lang)
            if isinstance(exercise, DrillExercise):
                refer = item.expected != Status.GENUINE
                expected = wording.given(f"refer/{item.expected}" if refer else "clear")
            lines.append(escape(self.tr("Right answer: %1").replace("%1", expected)))
        if item.given and item.outcome in (Outcome.WRONG, Outcome.PARTIAL):
            given = wording.given(item.given)
            if isinstance(exercise, CaseExercise):
                given = wording.case_action(item.given, self.lang)
            lines.append(escape(self.tr("Your answer: %1").replace("%1", given)))
        if item.reason:
            lines.append(self._t(item.reason))
        if item.lights:
            names = wording.listing(words.light(li) for li in item.lights)
            lines.append(escape(self.tr("Revealed by: %1").replace("%1", names)))
        if item.seconds is not None:
            lines.append(escape(self.tr("%1 s").replace("%1", f"{item.seconds:.1f}")))
        return "<p>" + "<br>".join(lines) + "</p>"


def _aside(text: str) -> str:
    return escape(wording.aside(text)) if text else ""


def _is_light(value: str) -> bool:
    return value in {li.value for li in LightSource}


def _is_status(value: str) -> bool:
    return value in {s.value for s in Status}
