"""The answer to a chip item: open the reader, place the passport on it, then say whether the
chip passes and, if not, which of the reader's steps fails."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from docexam.core.training.quiz import Answer, ChipAnswer, ChipExercise
from docexam.ui.training.answer_panels import AnswerPanel
from docexam.ui.viewer.chip_reader import step_title


class ChipPanel(AnswerPanel):
    def __init__(self, exercise: ChipExercise, open_reader: Callable[[], None] | None) -> None:
        super().__init__()
        how = QLabel(
            self.tr(
                "Open the chip reader (R), place the passport on it and read what each step "
                "shows. Then give the chip's verdict and, if it fails, the step that fails."
            )
        )
        how.setWordWrap(True)
        self.reader = QPushButton(self.tr("Chip reader… (R)"))
        self.reader.setObjectName("open_chip_reader")
        self.reader.setEnabled(open_reader is not None)
        if open_reader is not None:
            self.reader.clicked.connect(lambda _=False: open_reader())
        self.group = QButtonGroup(self)
        self.passes = QRadioButton(self.tr("The chip passes every check"))
        self.passes.setObjectName("chip_pass")
        self.fails = QRadioButton(self.tr("The chip fails"))
        self.fails.setObjectName("chip_fail")
        for button in (self.passes, self.fails):
            self.group.addButton(button)
        self.step = QComboBox()
        self.step.setObjectName("chip_step")
        self.step.addItem(self.tr("Choose the step that fails…"), None)
        for step in exercise.steps:
            self.step.addItem(step_title(step), step)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(how)
        layout.addWidget(self.reader)
        layout.addWidget(QLabel(self.tr("<b>Chip verdict</b>")))
        layout.addWidget(self.passes)
        layout.addWidget(self.fails)
        layout.addWidget(QLabel(self.tr("<b>Step that fails</b>")))
        layout.addWidget(self.step)
        self.group.buttonToggled.connect(self._verdict_changed)
        self.step.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self._verdict_changed()

    def _verdict_changed(self, *_args: object) -> None:
        self.step.setEnabled(self.fails.isChecked())
        if not self.fails.isChecked():
            self.step.setCurrentIndex(0)
        self.changed.emit()

    def answer(self) -> Answer | None:
        if self.passes.isChecked():
            return ChipAnswer(True, None)
        if self.fails.isChecked():
            return ChipAnswer(False, self.step.currentData())
        return None

    def set_answer(self, answer: Answer) -> None:
        if not isinstance(answer, ChipAnswer):
            return
        (self.passes if answer.passes else self.fails).setChecked(True)
        if answer.failing_step is not None:
            self.step.setCurrentIndex(max(self.step.findData(answer.failing_step), 0))
