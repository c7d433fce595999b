"""The answer to a case-file item: read the traveller's case file beside their document, ask
questions within the booth's time, mark the indicators, choose the action and write a note for
whoever takes over (kept for the instructor, not scored)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from docexam.core.cases.indicators import (
    ACTIONS,
    BY_ID,
    QUESTIONS,
    SECONDS_PER_QUESTION,
    Action,
)
from docexam.core.cases.model import CaseFile
from docexam.core.domain.model import I18nText, text_for
from docexam.core.training.quiz import Answer, CaseAnswer, CaseExercise
from docexam.ui.training.answer_panels import AnswerPanel

KINDS: dict[str, object] = {
    "passport": QT_TRANSLATE_NOOP("cases", "Passport"),
    "id_card": QT_TRANSLATE_NOOP("cases", "Identity card"),
    "residence_permit": QT_TRANSLATE_NOOP("cases", "Residence permit"),
    "work_permit": QT_TRANSLATE_NOOP("cases", "Work permit"),
    "invitation": QT_TRANSLATE_NOOP("cases", "Invitation"),
    "employment_contract": QT_TRANSLATE_NOOP("cases", "Employment contract"),
    "hotel_booking": QT_TRANSLATE_NOOP("cases", "Hotel booking"),
    "return_ticket": QT_TRANSLATE_NOOP("cases", "Return ticket"),
    "consent_letter": QT_TRANSLATE_NOOP("cases", "Consent letter"),
    "enrolment": QT_TRANSLATE_NOOP("cases", "Enrolment"),
    "residence_proof": QT_TRANSLATE_NOOP("cases", "Proof of residence"),
}


def _tr(text: object) -> str:
    return QCoreApplication.translate("cases", str(text))


class CasePanel(AnswerPanel):
    def __init__(self, exercise: CaseExercise, case: CaseFile | None, lang: str) -> None:
        super().__init__()
        self.exercise, self.case, self.lang = exercise, case, lang
        self.asked: list[str] = []
        body = QWidget()
        layout = QVBoxLayout(body)
        self.file = QLabel(
            self._file_html()
            if case
            else escape(QCoreApplication.translate("cases", "The case file is missing."))
        )
        self.file.setObjectName("case_file")
        self.file.setWordWrap(True)
        self.file.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.file)
        layout.addWidget(self._interview_box())
        layout.addWidget(self._indicator_box())
        layout.addWidget(self._action_box())
        layout.addWidget(
            QLabel("<b>" + escape(QCoreApplication.translate("cases", "Referral note")) + "</b>")
        )
        self.note = QPlainTextEdit()
        self.note.setObjectName("case_note")
        self.note.setPlaceholderText(
            QCoreApplication.translate(
                "cases", "What you saw and why you refer (kept for the instructor)"
            )
        )
        self.note.setMaximumHeight(90)
        self.note.textChanged.connect(self.changed.emit)
        layout.addWidget(self.note)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _t(self, text: I18nText) -> str:
        return escape(text_for(text, self.lang)) if text else ""

    # -- the case file
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
            rows.append(
                (
                    _tr(KINDS.get(d.kind, d.kind)),
                    escape(f"{d.number}, {d.issuing_state}, ")
                    + escape(
                        QCoreApplication.translate("cases", "valid until %1").replace(
                            "%1", d.expiry.isoformat()
                        )
                    ),
                )
            )
        if c.visa is not None:
            v = c.visa
            rows.append(
                (
                    QCoreApplication.translate("cases", "Visa"),
                    escape(f"{v.state} {v.category}, {v.valid_from} – {v.valid_until}"),
                )
            )
        back = (
            trip.return_date.isoformat()
            if trip.return_date
            else QCoreApplication.translate("cases", "one way")
        )
        rows += [
            (
                QCoreApplication.translate("cases", "Ticket"),
                escape(
                    f"{trip.name_on_ticket}, {trip.flight} {trip.origin} → "
                    f"{trip.destination}, {trip.arrival} / {back}"
                ),
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
        cells = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows)
        return f"<table cellspacing='3'>{cells}</table>"

    # -- the interview
    def _interview_box(self) -> QGroupBox:
        box = QGroupBox(QCoreApplication.translate("cases", "Interview"))
        lay = QVBoxLayout(box)
        self.clock = QLabel()
        self.clock.setObjectName("case_clock")
        lay.addWidget(self.clock)
        self.questions: dict[str, QPushButton] = {}
        for q in QUESTIONS:
            button = QPushButton(text_for(q.text, self.lang))
            button.setObjectName(f"ask_{q.id}")
            button.clicked.connect(lambda _=False, qid=q.id: self.ask(qid))
            self.questions[q.id] = button
            lay.addWidget(button)
        self.transcript = QLabel()
        self.transcript.setObjectName("case_transcript")
        self.transcript.setWordWrap(True)
        lay.addWidget(self.transcript)
        self._show_interview()
        return box

    def seconds_left(self) -> float:
        return self.exercise.question_seconds - SECONDS_PER_QUESTION * len(self.asked)

    def ask(self, question: str) -> None:
        if question in self.asked or self.seconds_left() < SECONDS_PER_QUESTION:
            return
        self.asked.append(question)
        self._show_interview()
        self.changed.emit()

    def _show_interview(self) -> None:
        left = max(self.seconds_left(), 0.0)
        self.clock.setText(
            QCoreApplication.translate("cases", "Time left for questions: %1 s").replace(
                "%1", f"{left:.0f}"
            )
        )
        for qid, button in self.questions.items():
            button.setEnabled(qid not in self.asked and left >= SECONDS_PER_QUESTION)
        lines = []
        for qid in self.asked:
            q = next(x for x in QUESTIONS if x.id == qid)
            said = self.case.reply(qid) if self.case else None
            reply = (
                self._t(said)
                if said
                else escape(QCoreApplication.translate("cases", "(no answer)"))
            )
            lines.append(f"<b>{self._t(q.text)}</b><br>“{reply}”")
        self.transcript.setText("<br>".join(lines))

    # -- indicators and action
    def _indicator_box(self) -> QGroupBox:
        box = QGroupBox(QCoreApplication.translate("cases", "Indicators you see"))
        lay = QVBoxLayout(box)
        self.indicators = QListWidget()
        self.indicators.setObjectName("case_indicators")
        for ind in self.exercise.options:
            known = BY_ID.get(ind)
            item = QListWidgetItem(text_for(known.name, self.lang) if known else ind)
            item.setData(Qt.ItemDataRole.UserRole, ind)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.indicators.addItem(item)
        self.indicators.setMinimumHeight(200)
        self.indicators.itemChanged.connect(lambda _i: self.changed.emit())
        lay.addWidget(self.indicators)
        return box

    def _action_box(self) -> QGroupBox:
        box = QGroupBox(QCoreApplication.translate("cases", "Action"))
        lay = QVBoxLayout(box)
        self.action_group = QButtonGroup(self)
        self.action_buttons: dict[str, QRadioButton] = {}
        for value in self.exercise.actions:
            name = ACTIONS.get(Action(value), {"en": value}) if value in set(Action) else {}
            button = QRadioButton(text_for(name, self.lang) if name else value)
            button.setObjectName(f"action_{value}")
            self.action_group.addButton(button)
            self.action_buttons[value] = button
            lay.addWidget(button)
        self.action_group.buttonToggled.connect(lambda *_a: self.changed.emit())
        return box

    def _marked(self) -> tuple[str, ...]:
        out = []
        for row in range(self.indicators.count()):
            item = self.indicators.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(out)

    def answer(self) -> Answer | None:
        action = next((v for v, b in self.action_buttons.items() if b.isChecked()), None)
        if action is None:
            return None
        return CaseAnswer(self._marked(), action, self.note.toPlainText(), tuple(self.asked))

    def set_answer(self, answer: Answer) -> None:
        if not isinstance(answer, CaseAnswer):
            return
        for row in range(self.indicators.count()):
            item = self.indicators.item(row)
            on = item.data(Qt.ItemDataRole.UserRole) in answer.indicators
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        if answer.action in self.action_buttons:
            self.action_buttons[answer.action].setChecked(True)
        self.note.setPlainText(answer.note)
        self.asked = list(answer.questions)
        self._show_interview()
