"""The first-line drill: documents one after another, a verdict on each before its time runs out.

The panel keeps its own clock per document (the drill is about seconds), asks the stage to show
each document in turn, and gives its answer once every document has a response. A document
whose time runs out gets an empty response, as at the booth: the queue does not wait.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout

from docexam.core.training.quiz import (
    Answer,
    DrillAnswer,
    DrillExercise,
    DrillResponse,
    SpecimenRef,
    VerdictAnswer,
)
from docexam.ui.training.answer_panels import AnswerPanel, VerdictPanel

TICK_MS = 100


class DrillPanel(AnswerPanel):
    show_document = Signal(object, int)  # SpecimenRef, its number (1-based)
    completed = Signal()

    def __init__(
        self, exercise: DrillExercise, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__()
        self.exercise, self.clock = exercise, clock
        self.responses: list[DrillResponse] = []
        self.started = 0.0
        self.running = False
        self.heading = QLabel()
        self.heading.setObjectName("drill_heading")
        self.countdown = QProgressBar()
        self.countdown.setObjectName("drill_countdown")
        self.countdown.setRange(0, int(exercise.seconds_per_item * 10))
        self.countdown.setFormat(self.tr("%v s left"))
        self.verdict = VerdictPanel()
        self.start_label = QLabel(
            self.tr("Press Enter (or Start) when ready: the clock runs per document.")
        )
        self.start_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.countdown)
        layout.addWidget(self.start_label)
        layout.addWidget(self.verdict)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.verdict.setEnabled(False)
        self._update_heading()

    @property
    def current(self) -> int:
        return len(self.responses)

    def start(self) -> None:
        if self.running or self.done():
            return
        self.running = True
        self.start_label.hide()
        self.verdict.setEnabled(True)
        self._show_current()
        self.timer.start()

    def _show_current(self) -> None:
        item = self.exercise.items[self.current]
        self.started = self.clock()
        self.verdict.group.setExclusive(False)
        for button in self.verdict.buttons.values():
            button.setChecked(False)
        self.verdict.group.setExclusive(True)
        self.verdict._class_changed()
        self._update_heading()
        ref: SpecimenRef = item.specimen
        self.show_document.emit(ref, self.current + 1)

    def _update_heading(self) -> None:
        total = len(self.exercise.items)
        shown = min(self.current + 1, total)
        self.heading.setText(
            self.tr("<b>Document %1 of %2</b> · %3 s each")
            .replace("%1", str(shown))
            .replace("%2", str(total))
            .replace("%3", f"{self.exercise.seconds_per_item:g}")
        )

    def seconds(self) -> float:
        return self.clock() - self.started

    def left(self) -> float:
        return max(0.0, self.exercise.seconds_per_item - self.seconds())

    def _tick(self) -> None:
        self.countdown.setValue(round(self.left() * 10))
        self.countdown.setFormat(self.tr("%1 s left").replace("%1", f"{self.left():.0f}"))
        if self.left() <= 0:
            self._respond(DrillResponse(None, None, self.seconds()))

    def decide(self) -> bool:
        """The verdict given now for the document on screen (Enter). False when none is chosen."""
        if not self.running:
            self.start()
            return True
        given = self.verdict.answer()
        if not isinstance(given, VerdictAnswer):
            return False
        self._respond(DrillResponse(given.verdict, given.fraud_type, self.seconds()))
        return True

    def _respond(self, response: DrillResponse) -> None:
        self.responses.append(response)
        if self.done():
            self.timer.stop()
            self.running = False
            self.verdict.setEnabled(False)
            self.completed.emit()
        else:
            self._show_current()
        self.changed.emit()

    def done(self) -> bool:
        return self.current >= len(self.exercise.items)

    def answer(self) -> Answer | None:
        return DrillAnswer(tuple(self.responses)) if self.done() else None

    def set_answer(self, answer: Answer) -> None:
        if isinstance(answer, DrillAnswer):
            self.responses = list(answer.responses)
            self._update_heading()

    def set_locked(self, locked: bool) -> None:
        if locked:
            self.timer.stop()
            self.running = False
        super().set_locked(locked)

    def stop(self) -> None:
        self.timer.stop()
