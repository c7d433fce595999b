"""The first-line drill: documents one after another, clear or refer each before its time runs out.

As at the booth, the decision is "clear, or refer to the second line", in seconds: two big
buttons (keys 1 or C, 2 or R), a fraud type only if the trainee wants to name one. The panel
keeps its own clock per document, asks the stage to show each document in turn, and gives its
answer once every document has a response. A document whose time runs out gets "no decision"
and the next one comes: the queue does not wait. The bar shows the time running down to zero.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from docexam.core.domain.model import Status
from docexam.core.training.quiz import (
    Answer,
    DrillAnswer,
    DrillExercise,
    DrillResponse,
    SpecimenRef,
)
from docexam.core.training.quiz.first_line import NOT_ON_THE_DOCUMENT, Decision, response
from docexam.ui import words
from docexam.ui.training.answer_panels import AnswerPanel

TICK_MS = 100
KEYS = {
    Qt.Key.Key_1: Decision.CLEAR,
    Qt.Key.Key_C: Decision.CLEAR,
    Qt.Key.Key_2: Decision.REFER,
    Qt.Key.Key_R: Decision.REFER,
}
BIG = "QPushButton { font-size: 17px; font-weight: bold; min-height: 52px; }"


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
        self.countdown.setRange(0, self._tenths(exercise.seconds_per_item))
        self.notice = QLabel()
        self.notice.setObjectName("drill_notice")
        self.notice.setWordWrap(True)
        self.start_label = QLabel(
            self.tr(
                "Press Enter (or Start) when ready: the clock runs per document. Then clear "
                "each document (1 or C) or refer it to the second line (2 or R)."
            )
        )
        self.start_label.setWordWrap(True)
        self.clear_button = QPushButton(self.tr("Clear (1 / C)"))
        self.clear_button.setObjectName("drill_clear")
        self.refer_button = QPushButton(self.tr("Refer to second line (2 / R)"))
        self.refer_button.setObjectName("drill_refer")
        for button, decision in (
            (self.clear_button, Decision.CLEAR),
            (self.refer_button, Decision.REFER),
        ):
            button.setStyleSheet(BIG)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Enter must not click the last one
            button.clicked.connect(lambda _=False, d=decision: self.choose(d))
        self.fraud = QComboBox()
        self.fraud.setObjectName("drill_fraud_type")
        self.fraud.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.fraud.addItem(self.tr("Not named"), None)
        for status in Status:
            if status is not Status.GENUINE and status not in NOT_ON_THE_DOCUMENT:
                self.fraud.addItem(words.status(status.value), status.value)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.refer_button)
        controls = QWidget()
        controls_layout = QVBoxLayout(controls)
        controls_layout.setContentsMargins(0, 0, 0, 0)
        controls_layout.addLayout(buttons)
        controls_layout.addWidget(QLabel(self.tr("Fraud type, if you refer (optional):")))
        controls_layout.addWidget(self.fraud)
        self.controls = controls
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.countdown)
        layout.addWidget(self.start_label)
        layout.addWidget(controls)
        layout.addWidget(self.notice)
        layout.addStretch(1)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.controls.setEnabled(False)
        self._show_time(exercise.seconds_per_item)
        self._update_heading()

    @staticmethod
    def _tenths(seconds: float) -> int:
        return round(seconds * 10)

    @property
    def current(self) -> int:
        return len(self.responses)

    def start(self) -> None:
        if self.running or self.done():
            return
        self.running = True
        self.start_label.hide()
        self.controls.setEnabled(True)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._show_current()
        self.timer.start()

    def _show_current(self) -> None:
        item = self.exercise.items[self.current]
        self.started = self.clock()
        self.fraud.setCurrentIndex(0)
        self._show_time(self.exercise.seconds_per_item)
        self._update_heading()
        ref: SpecimenRef = item.specimen
        self.show_document.emit(ref, self.current + 1)

    def _update_heading(self) -> None:
        total = len(self.exercise.items)
        if self.done():
            self.heading.setText(
                self.tr("<b>Drill finished</b> · %1 documents").replace("%1", str(total))
            )
            return
        self.heading.setText(
            self.tr("<b>Document %1 of %2</b> · %3 s each")
            .replace("%1", str(self.current + 1))
            .replace("%2", str(total))
            .replace("%3", f"{self.exercise.seconds_per_item:g}")
        )

    def _show_time(self, left: float) -> None:
        self.countdown.setValue(self._tenths(left))
        # Whole seconds rounded up: "0 s" shows only when the time is really up.
        self.countdown.setFormat(self.tr("%1 s left").replace("%1", str(math.ceil(left - 1e-9))))

    def seconds(self) -> float:
        return self.clock() - self.started

    def left(self) -> float:
        return max(0.0, self.exercise.seconds_per_item - self.seconds())

    def _tick(self) -> None:
        left = self.left()
        self._show_time(left)
        if left <= 0:
            number = self.current + 1
            self.notice.setText(
                self.tr("Time ran out on document %1: no decision.").replace("%1", str(number))
            )
            self._respond(DrillResponse(None, None, self.seconds()))

    def choose(self, decision: Decision) -> None:
        """Clear or refer the document on screen, now."""
        if not self.running:
            return
        data = self.fraud.currentData()
        fraud = Status(data) if data and decision is Decision.REFER else None
        self.notice.setText("")
        self._respond(response(decision, fraud, self.seconds()))

    def decide(self) -> bool:
        """Enter: starts the drill. While it runs the decision is a key or a button; Enter
        only reminds which."""
        if not self.running:
            self.start()
            return True
        if not self.done():
            self.notice.setText(self.tr("Clear: key 1 or C. Refer to the second line: key 2 or R."))
        return True

    def _respond(self, given: DrillResponse) -> None:
        self.responses.append(given)
        if self.done():
            self._finish()
        else:
            self._show_current()
        self.changed.emit()

    def _finish(self) -> None:
        self._stop()
        self.controls.setEnabled(False)
        self.countdown.setValue(0)
        self.countdown.setFormat(self.tr("Drill finished"))
        self._update_heading()
        self.completed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The decision keys, wherever the focus is in this window while the clock runs (the
        page's own "C" key compares with a reference; in a drill, it clears)."""
        if (
            self.running
            and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QWidget)
            and watched.window() is self.window()
            and self.isVisible()
        ):
            decision = KEYS.get(Qt.Key(event.key()))
            plain = not (
                event.modifiers()
                & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier)
            )
            if decision is not None and plain:
                event.accept()
                if event.type() == QEvent.Type.KeyPress and not event.isAutoRepeat():
                    self.choose(decision)
                return True
        return super().eventFilter(watched, event)

    def done(self) -> bool:
        return self.current >= len(self.exercise.items)

    def answer(self) -> Answer | None:
        return DrillAnswer(tuple(self.responses)) if self.done() else None

    def set_answer(self, answer: Answer) -> None:
        if isinstance(answer, DrillAnswer):
            self.responses = list(answer.responses)
            self._update_heading()
            if self.done():
                self.countdown.setValue(0)
                self.countdown.setFormat(self.tr("Drill finished"))

    def set_locked(self, locked: bool) -> None:
        if locked:
            self._stop()
        super().set_locked(locked)

    def _stop(self) -> None:
        self.timer.stop()
        self.running = False
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def stop(self) -> None:
        self._stop()
