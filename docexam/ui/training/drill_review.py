"""The review of a first-line drill: every document again, as it was shown, with the decision
given, the right one, and what should have made the trainee refer it.

What should have made the trainee refer a document is what the first line sees: the signs of
its forgery record under white light or at a glance (``first_line``). When the record holds
none, the signs the second line finds are named instead, so the trainee learns why the
document is not genuine even if the booth could not have told.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from docexam.core.domain.errors import DocexamError
from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import Specimen, Status, text_for
from docexam.core.library.library import Library
from docexam.core.training.quiz import DrillAnswer, DrillExercise, DrillResponse, Outcome, Score
from docexam.core.training.quiz.first_line import (
    CHIP_READER,
    Decision,
    decision_of,
    first_line_signs,
)
from docexam.core.training.quiz.fraud_truth import FraudRecord
from docexam.ui import words
from docexam.ui.training import wording
from docexam.ui.training.overlay import FALSE, HIT, MISS

THUMB_WIDTH = 240


def thumbnail(specimen: Specimen, width: int = THUMB_WIDTH) -> QPixmap:
    """The first page under white light, as the drill showed it, scaled down while read."""
    page = specimen.pages[0]
    reader = QImageReader(str(specimen.path(page.visible)))
    size = reader.size()
    if size.isValid() and size.width() > 0:
        reader.setScaledSize(QSize(width, round(size.height() * width / size.width())))
    return QPixmap.fromImage(reader.read())


class DrillReview(QScrollArea):
    def __init__(
        self,
        exercise: DrillExercise,
        answer: DrillAnswer | None,
        score: Score | None,
        library: Library,
        lang: str = "en",
    ) -> None:
        super().__init__()
        self.setObjectName("drill_review")
        self.lang = lang
        self.setWidgetResizable(True)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        self.rows: list[QWidget] = []
        self.thumbs: list[QLabel] = []
        self.texts: list[QLabel] = []
        responses = answer.responses if answer is not None else ()
        for i, item in enumerate(exercise.items):
            given = responses[i] if i < len(responses) else None
            outcome = score.items[i].outcome if score is not None else Outcome.UNANSWERED
            code = score.items[i].code if score is not None else ""
            try:
                specimen: Specimen | None = library.load_specimen(
                    item.specimen.pack_id, item.specimen.specimen_id
                )
            except DocexamError:
                specimen = None  # the text still says what was right; no picture to show
            row = self._row(i + 1, item.expected, given, outcome, code, specimen)
            layout.addWidget(row)
            self.rows.append(row)
        layout.addStretch(1)
        self.setWidget(inner)

    def _row(
        self,
        number: int,
        expected: Status,
        given: DrillResponse | None,
        outcome: Outcome,
        code: str,
        specimen: Specimen | None,
    ) -> QWidget:
        row = QFrame()
        row.setObjectName(f"drill_document_{number}")
        row.setFrameShape(QFrame.Shape.StyledPanel)
        picture = QLabel()
        picture.setObjectName("drill_thumbnail")
        picture.setFixedWidth(THUMB_WIDTH)
        picture.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        pixmap = QPixmap()
        if specimen is not None:
            try:
                pixmap = thumbnail(specimen)
            except (DocexamError, OSError, ValueError):
                pixmap = QPixmap()
        if pixmap.isNull():
            picture.setText(self.tr("(no image)"))
        else:
            picture.setPixmap(pixmap)
        text = QLabel(self._html(number, expected, given, outcome, code, specimen))
        text.setObjectName("drill_review_text")
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout = QHBoxLayout(row)
        layout.addWidget(picture)
        layout.addWidget(text, 1)
        self.thumbs.append(picture)
        self.texts.append(text)
        return row

    def _html(
        self,
        number: int,
        expected: Status,
        given: DrillResponse | None,
        outcome: Outcome,
        code: str,
        specimen: Specimen | None,
    ) -> str:
        right = outcome is Outcome.CORRECT
        mark, colour = ("✓", HIT) if right else ("✕", FALSE) if given else ("⏱", MISS)
        title = self.tr("Document %1").replace("%1", str(number))
        parts = [
            f"<h3>{escape(title)} — <span style='color:{colour.name()}'>{mark} "
            f"{escape(wording.outcome(outcome.value))}</span></h3>"
        ]
        decision = decision_of(given)
        if decision is None:
            yours = self.tr("No decision: the time ran out.")
        else:
            yours = wording.decision(decision)
            if given is not None and given.fraud_type is not None:
                yours += wording.aside(words.status(given.fraud_type.value))
            yours += " · " + self.tr("%1 s").replace("%1", f"{given.seconds:.1f}" if given else "")
        refer = expected is not Status.GENUINE
        should = (
            self.tr("Refer to second line: %1").replace("%1", words.status(expected.value))
            if refer
            else self.tr("Clear: a genuine document")
        )
        parts.append(escape(self.tr("Your decision: %1").replace("%1", yours)) + "<br>")
        parts.append(escape(self.tr("Right decision: %1").replace("%1", should)))
        if code and wording.why(code):
            parts.append("<br><i>" + escape(wording.why(code)) + "</i>")
        if refer:
            parts.append(self._signs(specimen, decision is not Decision.REFER))
        return "".join(parts)

    def _signs(self, specimen: Specimen | None, missed: bool) -> str:
        seen, unseen = first_line_signs(specimen) if specimen is not None else ([], [])
        if seen:
            head = (
                self.tr("What should have made you refer it:")
                if missed
                else self.tr("What shows at the first line:")
            )
            return f"<p><b>{escape(head)}</b></p>" + self._list(seen)
        if unseen:
            head = self.tr("Nothing shows at a glance under white light; the second line finds:")
            return f"<p><b>{escape(head)}</b></p>" + self._list(unseen)
        notes = text_for(specimen.notes, self.lang) if specimen is not None else ""
        none = self.tr("No signs are recorded for this document.")
        return f"<p>{escape(notes or none)}</p>"

    def _list(self, records: list[FraudRecord]) -> str:
        items = []
        for r in records:
            lights = wording.listing(words.light(li) for li in r.lights if li in LightSource)
            # Brackets as the language writes them: "（…）" in Chinese.
            where = f" <small>{escape(wording.aside(lights).strip())}</small>" if lights else ""
            reason = escape(text_for(r.reason, self.lang)) if r.reason else ""
            colon = escape(self.tr(": "))  # "：" in Chinese
            name = escape(text_for(r.name, self.lang))
            if CHIP_READER in r.tools:  # what the booth's reader shows: a reason to refer
                name = escape(self.tr("Chip: FAIL")) + " — " + name
            items.append(f"<li><b>{name}</b>{where}{colon}{reason}</li>")
        return "<ul>" + "".join(items) + "</ul>"
