"""The answer to a case-file item: mark the indicators, choose the action and write a note
for whoever takes over (kept for the instructor, not scored)."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from docexam.core.cases.faces import ComparedFaces
from docexam.core.cases.indicators import BY_ID
from docexam.core.cases.model import CaseFile
from docexam.core.domain.model import text_for
from docexam.core.training.quiz import Answer, CaseAnswer, CaseExercise, Score
from docexam.ui.training import wording
from docexam.ui.training.answer_panels import AnswerPanel
from docexam.ui.training.case_file_page import CaseFilePage


class CasePanel(AnswerPanel):
    """The answer beside the page; ``page`` is the case file and interview, which the exercise
    page shows in place of the document (the document a click away)."""

    def __init__(
        self,
        exercise: CaseExercise,
        case: CaseFile | None,
        lang: str,
        faces: Callable[[], ComparedFaces] | None = None,
    ) -> None:
        super().__init__()
        self.exercise, self.case, self.lang = exercise, case, lang
        self.page = CaseFilePage(exercise, case, lang, faces)
        self.page.asked_changed.connect(self.changed.emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._indicator_box(), 1)
        # The action and the note go on the case file's page, under the questions.
        self.answer_box = QWidget()
        answer_layout = QVBoxLayout(self.answer_box)
        answer_layout.setContentsMargins(0, 0, 0, 0)
        answer_layout.addWidget(self._action_box())
        note_label = QLabel(
            "<b>" + escape(QCoreApplication.translate("cases", "Referral note")) + "</b>"
        )
        answer_layout.addWidget(note_label)
        self.note = QPlainTextEdit()
        self.note.setObjectName("case_note")
        self.note.setPlaceholderText(
            QCoreApplication.translate(
                "cases", "What you saw and why you refer (kept for the instructor)"
            )
        )
        self.note.setFixedHeight(54)
        self.note.textChanged.connect(self.changed.emit)
        answer_layout.addWidget(self.note)
        self.page.right.addWidget(self.answer_box)
        self.page.right.addStretch(1)

    @property
    def asked(self) -> list[str]:
        return self.page.asked

    def ask(self, question: str) -> None:
        self.page.ask(question)

    def seconds_left(self) -> float:
        return self.page.seconds_left()

    def set_locked(self, locked: bool) -> None:
        super().set_locked(locked)
        self.answer_box.setEnabled(not locked)
        self.page.show_interview(locked)  # the file stays readable, the questions are over

    def show_score(self, score: Score | None) -> None:
        self.page.show_debrief(score)

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
        # Long names wrap rather than hide behind a sideways scroll bar.
        self.indicators.setWordWrap(True)
        self.indicators.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.indicators.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.indicators.setMinimumHeight(260)
        self.indicators.itemChanged.connect(lambda _i: self.changed.emit())
        lay.addWidget(self.indicators)
        return box

    def _action_box(self) -> QGroupBox:
        box = QGroupBox(QCoreApplication.translate("cases", "Action"))
        lay = QVBoxLayout(box)
        lay.setSpacing(2)  # with the questions' tight rows, the note fits under them at 1366x768
        self.action_group = QButtonGroup(self)
        self.action_buttons: dict[str, QRadioButton] = {}
        for value in self.exercise.actions:
            button = QRadioButton(wording.case_action(value, self.lang))
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
        self.page.asked[:] = answer.questions
        self.page.show_interview()
