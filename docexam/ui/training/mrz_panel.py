"""The MRZ of an exercise as clickable OCR-B-like characters: the selected ones are the answer.
The characters are those printed on the page the stage shows (``MrzExercise.lines``), so the
grid is only a way to point at them, never another MRZ to judge.

Check-digit task: each character is a position; select the wrong check digits (or the
characters they protect). VIZ task: a click selects the whole field, because the answer is the
field that disagrees with the visual zone. Nothing selected means "the MRZ is correct".
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QGridLayout, QLabel, QToolButton, QVBoxLayout

from docexam.core.mrz import MrzError, MrzFormat, Position
from docexam.core.mrz.formats import field_at
from docexam.core.mrz.parse import detect_format
from docexam.core.training.quiz import Answer, MrzAnswer, MrzExercise, MrzTask
from docexam.ui.training import wording
from docexam.ui.training.answer_panels import AnswerPanel

STYLE = (
    "QToolButton { font-family: monospace; font-size: 15px; padding: 0; margin: 0;"
    " border: 1px solid #c8c8c8; background: #fafafa; color: black; }"
    " QToolButton:checked { background: #0072b2; color: white; border: 2px solid #004f7c; }"
    " QToolButton:focus { border: 2px solid #e69f00; }"
)


class MrzPanel(AnswerPanel):
    def __init__(self, exercise: MrzExercise) -> None:
        super().__init__()
        self.exercise = exercise
        self.task = exercise.task
        try:
            self.format: MrzFormat | None = detect_format(exercise.lines)
        except MrzError:
            self.format = None
        self.cells: dict[Position, QToolButton] = {}
        grid = QGridLayout()
        grid.setSpacing(1)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPixelSize(15)
        for line_no, line in enumerate(exercise.lines, start=1):
            for col, char in enumerate(line, start=1):
                pos = Position(line_no, col)
                cell = QToolButton()
                cell.setText(char)
                cell.setFont(font)
                cell.setCheckable(True)
                cell.setFixedSize(17, 24)
                cell.setObjectName(f"mrz_{line_no}_{col}")
                cell.setToolTip(self._describe(pos))
                cell.setStyleSheet(STYLE)
                cell.toggled.connect(lambda on, p=pos: self._toggled(p, on))
                grid.addWidget(cell, line_no - 1, col - 1)
                self.cells[pos] = cell
        how = (
            self.tr("Click each wrong check digit. Nothing selected means the MRZ is correct.")
            if self.task is MrzTask.CHECK_DIGITS
            else self.tr(
                "Compare with the data page. Click any character of a field that disagrees "
                "with the visual zone (the whole field is selected)."
            )
        )
        hint = QLabel(how)
        hint.setWordWrap(True)
        self.selection = QLabel()
        self.selection.setObjectName("mrz_selection")
        self.selection.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint)
        layout.addLayout(grid)
        layout.addWidget(self.selection)
        self._busy = False
        self._update()

    def _field(self, pos: Position) -> str:
        if self.format is None:
            return ""
        try:
            return field_at(self.format, pos)
        except (KeyError, ValueError):
            return ""

    def _describe(self, pos: Position) -> str:
        field = self._field(pos)
        where = self.tr("line %1, position %2").replace("%1", str(pos.line))
        where = where.replace("%2", str(pos.column))
        return f"{where}: {wording.mrz_field(field)}" if field else where

    def _toggled(self, pos: Position, on: bool) -> None:
        if self._busy:
            return
        if self.task is MrzTask.VIZ and self._field(pos):
            field = self._field(pos)
            self._busy = True
            for p, cell in self.cells.items():
                if self._field(p) == field:
                    cell.setChecked(on)
            self._busy = False
        self._update()
        self.changed.emit()

    def selected(self) -> tuple[Position, ...]:
        return tuple(p for p, cell in self.cells.items() if cell.isChecked())

    def _update(self) -> None:
        picked = self.selected()
        if not picked:
            self.selection.setText(self.tr("Nothing selected: you say the MRZ is correct."))
            return
        if self.task is MrzTask.VIZ:
            names = sorted({wording.mrz_field(self._field(p)) for p in picked})
            self.selection.setText(self.tr("Selected fields: %1").replace("%1", ", ".join(names)))
        else:
            where = ", ".join(f"{p.line}:{p.column}" for p in picked)
            self.selection.setText(self.tr("Selected (line:position): %1").replace("%1", where))

    def answer(self) -> Answer | None:
        picked = self.selected()
        if self.task is MrzTask.VIZ:
            fields = tuple(sorted({f for f in (self._field(p) for p in picked) if f}))
            return MrzAnswer(fields=fields)
        return MrzAnswer(positions=picked)

    def set_answer(self, answer: Answer) -> None:
        if not isinstance(answer, MrzAnswer):
            return
        self._busy = True
        for pos, cell in self.cells.items():
            cell.setChecked(pos in answer.positions or self._field(pos) in answer.fields)
        self._busy = False
        self._update()
