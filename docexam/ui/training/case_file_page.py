"""The case file as a page of its own beside the document: what the traveller carries and says
(left), the interview within the booth's time (right) and, once answered, the debrief at the
head of the file (under the two faces, when the case compares them):
each indicator with where it shows in this case, the oddities the papers explain, and what a
specialist does next. The case's title and summary appear only there (exam secrecy)."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from docexam.core.cases.faces import ComparedFaces
from docexam.core.cases.indicators import BY_ID, QUESTIONS, SECONDS_PER_QUESTION
from docexam.core.cases.model import EARLIER, CaseFile
from docexam.core.domain.model import I18nText, text_for
from docexam.core.training.quiz import CaseExercise, Outcome, Score
from docexam.ui.training import wording
from docexam.ui.training.case_faces import FacePair

KINDS: dict[str, object] = {
    "passport": QT_TRANSLATE_NOOP("cases", "Passport"),
    "id_card": QT_TRANSLATE_NOOP("cases", "Identity card"),
    "residence_permit": QT_TRANSLATE_NOOP("cases", "Residence permit"),
    "work_permit": QT_TRANSLATE_NOOP("cases", "Work permit"),
    EARLIER: QT_TRANSLATE_NOOP("cases", "Earlier passport"),
    "invitation": QT_TRANSLATE_NOOP("cases", "Invitation"),
    "employment_contract": QT_TRANSLATE_NOOP("cases", "Employment contract"),
    "hotel_booking": QT_TRANSLATE_NOOP("cases", "Hotel booking"),
    "return_ticket": QT_TRANSLATE_NOOP("cases", "Return ticket"),
    "consent_letter": QT_TRANSLATE_NOOP("cases", "Consent letter"),
    "enrolment": QT_TRANSLATE_NOOP("cases", "Enrolment"),
    "residence_proof": QT_TRANSLATE_NOOP("cases", "Proof of residence"),
}
VISAS: dict[str, object] = {
    "tourist": QT_TRANSLATE_NOOP("cases", "tourist"),
    "business": QT_TRANSLATE_NOOP("cases", "business"),
    "work": QT_TRANSLATE_NOOP("cases", "work"),
    "study": QT_TRANSLATE_NOOP("cases", "study"),
    "family": QT_TRANSLATE_NOOP("cases", "family"),
}
HIT, MISS, FALSE = "#009e73", "#d55e00", "#cc79a7"


def _tr(text: object) -> str:
    return QCoreApplication.translate("cases", str(text))


def _scroll(widget: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(widget)
    return scroll


class CaseFilePage(QWidget):
    asked_changed = Signal()

    def __init__(
        self,
        exercise: CaseExercise,
        case: CaseFile | None,
        lang: str,
        faces: Callable[[], ComparedFaces] | None = None,
    ) -> None:
        """``faces`` draws the presented document's portrait and the person's earlier
        passport's, when the case names one and the document is one docexam drew (only then is
        the earlier face the person's)."""
        super().__init__()
        self.setObjectName("case_file_page")
        self.exercise, self.case, self.lang = exercise, case, lang
        self.asked: list[str] = []
        self.debrief = QLabel()
        self.debrief.setObjectName("case_debrief")
        self.debrief.setWordWrap(True)
        self.debrief.setTextFormat(Qt.TextFormat.RichText)
        self.debrief.setStyleSheet(
            "QLabel { background: #eef6f1; border-left: 4px solid #009e73; padding: 8px; }"
        )
        self.debrief.hide()
        self.file = QLabel(
            self._file_html()
            if case
            else escape(QCoreApplication.translate("cases", "The case file is missing."))
        )
        self.file.setObjectName("case_file")
        self.file.setWordWrap(True)
        self.file.setTextFormat(Qt.TextFormat.RichText)
        self.file.setAlignment(Qt.AlignmentFlag.AlignTop)
        # What the traveller says is read with the file; the questions, the action and the
        # note sit together on the right, in sight without scrolling at 1366x768.
        self.transcript = QLabel()
        self.transcript.setObjectName("case_transcript")
        self.transcript.setWordWrap(True)
        self.transcript.setTextFormat(Qt.TextFormat.RichText)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        # The faces head the file: under it they fell below the fold at 1366x768. The debrief
        # comes after them, which it speaks of: above, it pushed them out of sight.
        self.faces = self._face_pair(faces)
        if self.faces is not None:
            left_layout.addWidget(self.faces)
        left_layout.addWidget(self.debrief)
        left_layout.addWidget(self.file)
        left_layout.addWidget(self.transcript)
        left_layout.addStretch(1)
        right = QWidget()
        self.right = QVBoxLayout(right)
        self.right.setContentsMargins(0, 0, 0, 0)
        self.right.addWidget(self._interview_box())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.file_scroll = _scroll(left)
        layout.addWidget(self.file_scroll, 3)
        layout.addWidget(_scroll(right), 2)

    def _face_pair(self, draw: Callable[[], ComparedFaces] | None) -> FacePair | None:
        c = self.case
        earlier = next((d for d in c.documents if d.kind == EARLIER), None) if c else None
        if c is None or earlier is None or draw is None:
            return None
        return FacePair(c.main_document, earlier, draw)

    def stop(self) -> None:
        """Before the page goes: no drawing may outlive it."""
        if self.faces is not None:
            self.faces.stop()

    def _t(self, text: I18nText) -> str:
        return escape(text_for(text, self.lang)) if text else ""

    def _file_html(self) -> str:
        c = self.case
        assert c is not None
        p, trip = c.person, c.trip
        rows = [
            (
                QCoreApplication.translate("cases", "Where"),
                f"{self._t(c.port)}, {c.date.isoformat()}",
            ),
            (
                QCoreApplication.translate("cases", "Traveller"),
                escape(f"{p.surname}, {p.given_names} ({p.sex}, {p.birth_date})"),
            ),
            (QCoreApplication.translate("cases", "Nationality"), escape(p.nationality)),
            (QCoreApplication.translate("cases", "Stated purpose"), self._t(c.stated_purpose)),
        ]
        for d in c.documents:
            until = QCoreApplication.translate("cases", "valid until %1").replace(
                "%1", d.expiry.isoformat()
            )
            rows.append(
                (_tr(KINDS.get(d.kind, d.kind)), escape(f"{d.number}, {d.issuing_state}, {until}"))
            )
        if c.visa is not None:
            # The visa for this journey is electronic: the visa pages hold earlier ones only.
            v = c.visa
            rows.append(
                (
                    QCoreApplication.translate("cases", "e-Visa"),
                    escape(
                        f"{v.state} {_tr(VISAS.get(v.category, v.category))}, "
                        f"{v.valid_from} – {v.valid_until}"
                    ),
                )
            )
        back = (
            trip.return_date.isoformat()
            if trip.return_date
            else QCoreApplication.translate("cases", "one way")
        )
        ticket = (
            f"{trip.name_on_ticket}, {trip.flight} {trip.origin} → {trip.destination}, "
            f"{trip.arrival} / {back}"
        )
        rows += [
            (QCoreApplication.translate("cases", "Ticket"), escape(ticket)),
            (
                QCoreApplication.translate("cases", "Earlier trips (as stated)"),
                escape("; ".join(t.replace("..", " – ") for t in trip.history))
                or escape(QCoreApplication.translate("cases", "none")),
            ),
            (QCoreApplication.translate("cases", "Paid by"), self._t(trip.paid_by)),
            (QCoreApplication.translate("cases", "Money"), self._t(c.money)),
            (QCoreApplication.translate("cases", "Luggage"), self._t(c.luggage)),
        ]
        for paper in c.papers:
            what = _tr(KINDS.get(paper.kind, paper.kind))
            rows.append(
                (what, escape(f"{paper.name_on} / {paper.issuer}: ") + self._t(paper.details))
            )
        for m in c.companions:
            rows.append(
                (
                    QCoreApplication.translate("cases", "With"),
                    f"{self._t(m.relation)}: {self._t(m.description)}",
                )
            )
        for o in c.observations:
            rows.append((QCoreApplication.translate("cases", "You see"), self._t(o)))
        cells = "".join(
            f"<tr><td style='padding-right:10px'><b>{escape(k)}</b></td><td>{v}</td></tr>"
            for k, v in rows
        )
        head = escape(QCoreApplication.translate("cases", "Case file"))
        return f"<h3>{head}</h3><table cellspacing='4'>{cells}</table>"

    # -- the interview
    def _interview_box(self) -> QGroupBox:
        box = QGroupBox(QCoreApplication.translate("cases", "Interview"))
        lay = QVBoxLayout(box)
        self.clock = QLabel()
        self.clock.setObjectName("case_clock")
        self.clock.setStyleSheet("QLabel { font-weight: bold; }")
        lay.addWidget(self.clock)
        grid = QGridLayout()
        # Tight rows, so the action and the note under them fit at 1366x768, in Chinese too.
        grid.setVerticalSpacing(2)
        self.questions: dict[str, QPushButton] = {}
        for n, q in enumerate(QUESTIONS):
            button = QPushButton(text_for(q.text, self.lang))
            button.setObjectName(f"ask_{q.id}")
            button.setStyleSheet("QPushButton { text-align: left; padding: 3px 6px; }")
            button.clicked.connect(lambda _=False, qid=q.id: self.ask(qid))
            self.questions[q.id] = button
            grid.addWidget(button, n, 0)
        lay.addLayout(grid)
        self.show_interview()
        return box

    def seconds_left(self) -> float:
        return self.exercise.question_seconds - SECONDS_PER_QUESTION * len(self.asked)

    def ask(self, question: str) -> None:
        if question in self.asked or self.seconds_left() < SECONDS_PER_QUESTION:
            return
        self.asked.append(question)
        self.show_interview()
        self.asked_changed.emit()

    def show_interview(self, locked: bool = False) -> None:
        left = max(self.seconds_left(), 0.0)
        self.clock.setText(
            QCoreApplication.translate("cases", "Time left for questions: %1 s").replace(
                "%1", f"{left:.0f}"
            )
        )
        for qid, button in self.questions.items():
            button.setEnabled(not locked and qid not in self.asked and left >= SECONDS_PER_QUESTION)
        lines = []
        for qid in self.asked:
            q = next(x for x in QUESTIONS if x.id == qid)
            said = self.case.reply(qid) if self.case else None
            reply = (
                self._t(said)
                if said
                else escape(QCoreApplication.translate("cases", "(no answer)"))
            )
            lines.append(f"<p><b>{self._t(q.text)}</b><br>“{reply}”</p>")
        says = QCoreApplication.translate("cases", "What the traveller says")
        head = f"<h3>{escape(says)}</h3>" if lines else ""
        self.transcript.setText(head + "".join(lines))

    # -- the debrief, once answered
    def show_debrief(self, score: Score | None) -> None:
        if score is None or self.case is None:
            self.debrief.hide()
            return
        # Words first, outside the f-strings, so lupdate finds them.
        this_case = QCoreApplication.translate("cases", "This case")
        found_it = QCoreApplication.translate("cases", "you found it")
        missed_it = QCoreApplication.translate("cases", "you missed it")
        marked_it = QCoreApplication.translate("cases", "you marked it")
        here = QCoreApplication.translate("cases", "In this case:")
        absent = QCoreApplication.translate("cases", "Nothing in this case shows it.")
        odd = QCoreApplication.translate("cases", "Looked odd, but the papers explain it:")
        right = QCoreApplication.translate("cases", "Right action:")
        after = QCoreApplication.translate("cases", "Next:")
        truth = self.case.truth
        by_ref = {i.ref: i.outcome for i in score.items}
        out = [f"<h3>{escape(this_case)}: {self._t(self.case.title)}</h3>"]
        if truth.summary:
            out.append(f"<p>{self._t(truth.summary)}</p>")
        for ind in truth.indicators:
            found = by_ref.get(ind) is Outcome.HIT
            colour, mark = (HIT, "✓") if found else (MISS, "?")
            state = escape(found_it if found else missed_it)
            where = self._t(truth.evidence.get(ind, {}))
            out.append(
                f"<p><b style='color:{colour}'>{mark} {self._name(ind)}</b> ({state})"
                + (f"<br>{escape(here)} {where}" if where else "")
                + "</p>"
            )
        explained = {e.indicator: e.reason for e in truth.explained}
        false = [r for r, o in by_ref.items() if o is Outcome.FALSE_MARK]
        for ind in false:
            why = self._t(explained.get(ind, {})) or escape(absent)
            out.append(
                f"<p><b style='color:{FALSE}'>✕ {self._name(ind)}</b> "
                f"({escape(marked_it)})<br>{why}</p>"
            )
        rest = [i for i in explained if i not in false]
        if rest:
            out.append(f"<p><b>{escape(odd)}</b></p><ul>")
            out += [f"<li>{self._name(i)}: {self._t(explained[i])}</li>" for i in rest]
            out.append("</ul>")
        action = escape(wording.case_action(truth.action.value, self.lang))
        out.append(f"<p><b>{escape(right)}</b> {action}</p>")
        if truth.specialist:
            out.append(f"<p><b>{escape(after)}</b> {self._t(truth.specialist)}</p>")
        self.debrief.setText("".join(out))
        self.debrief.show()
        # Back to the head of the file, wherever the trainee had scrolled: the faces, then this.
        self.file_scroll.verticalScrollBar().setValue(0)

    def _name(self, ind: str) -> str:
        known = BY_ID.get(ind)
        return self._t(known.name) if known else escape(ind)
