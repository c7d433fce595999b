"""The answer controls for each exercise kind: marks, verdict, light. (MRZ: ``mrz_panel``.)

Every panel offers ``answer()`` (None while nothing is chosen), ``set_answer()`` (a resumed or
revisited answer), ``set_locked()`` (practice after feedback) and a ``changed`` signal.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import Status
from docexam.core.training.quiz import (
    Answer,
    AreaAnswer,
    LightAnswer,
    MrzAnswer,
    Verdict,
    VerdictAnswer,
)
from docexam.ui import words
from docexam.ui.training import wording
from docexam.ui.training.marks import MarkLayer


def is_empty(answer: Answer) -> bool:
    """No marks, no MRZ character: what an untouched panel gives, which is no answer yet."""
    if isinstance(answer, AreaAnswer):
        return not answer.marks
    return isinstance(answer, MrzAnswer) and not answer.positions and not answer.fields


class AnswerPanel(QWidget):
    changed = Signal()

    def answer(self) -> Answer | None:
        raise NotImplementedError

    def set_answer(self, answer: Answer) -> None:
        raise NotImplementedError

    def set_locked(self, locked: bool) -> None:
        self.setEnabled(not locked)


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class AreaPanel(AnswerPanel):
    def __init__(self, layer: MarkLayer) -> None:
        super().__init__()
        self.layer = layer
        self.mode = QPushButton(self.tr("Marking on (K)"))
        self.mode.setObjectName("marking_mode")
        self.mode.setCheckable(True)
        self.mode.setToolTip(self.tr("Off: drag the page to pan it. On: click or drag to mark."))
        self.mode.toggled.connect(self._toggle)
        self.count = QLabel()
        self.count.setObjectName("mark_count")
        clear = QPushButton(self.tr("Remove all marks"))
        clear.setObjectName("clear_marks")
        clear.clicked.connect(layer.clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            _wrapped(
                self.tr(
                    "Click a point, or drag a rectangle, on each place you find. Drag a mark "
                    "to move it; select it and press Delete to remove it. Space marks the "
                    "centre of the view."
                )
            )
        )
        layout.addWidget(self.mode)
        layout.addWidget(self.count)
        layout.addWidget(clear)
        layer.changed.connect(self._update)
        layer.changed.connect(self.changed)
        self.mode.setChecked(True)
        self._update()

    def _toggle(self, on: bool) -> None:
        self.layer.set_marking(on)
        self.mode.setText(self.tr("Marking on (K)") if on else self.tr("Marking off: panning (K)"))

    def _update(self) -> None:
        n = len(self.layer.items)
        self.count.setText(self.tr("%n mark(s)", "", n))

    def answer(self) -> Answer | None:
        return AreaAnswer(self.layer.marks())

    def set_answer(self, answer: Answer) -> None:
        if isinstance(answer, AreaAnswer):
            self.layer.set_marks(answer.marks)

    def set_locked(self, locked: bool) -> None:
        super().set_locked(locked)
        self.layer.set_locked(locked)
        if not locked:
            self.layer.set_marking(self.mode.isChecked())


class VerdictPanel(AnswerPanel):
    """Verdict class as radio buttons (keys 1-4), then the fraud type the class allows."""

    def __init__(self) -> None:
        super().__init__()
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("<b>Verdict</b>")))
        self.buttons: dict[Verdict, QRadioButton] = {}
        for n, v in enumerate(Verdict, start=1):
            button = QRadioButton(f"&{n}  {wording.verdict(v)}")
            button.setObjectName(f"verdict_{v.value}")
            self.group.addButton(button)
            self.buttons[v] = button
            layout.addWidget(button)
            shortcut = QShortcut(QKeySequence(str(n)), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda b=button: self._pick(b))
        layout.addWidget(QLabel(self.tr("<b>Fraud type</b>")))
        self.fraud = QComboBox()
        self.fraud.setObjectName("fraud_type")
        layout.addWidget(self.fraud)
        self.group.buttonToggled.connect(self._class_changed)
        self.fraud.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self._class_changed()

    def _pick(self, button: QRadioButton) -> None:
        if self.isEnabled() and self.isVisible():
            button.setChecked(True)

    def chosen(self) -> Verdict | None:
        return next((v for v, b in self.buttons.items() if b.isChecked()), None)

    def _class_changed(self, *_args: object) -> None:
        verdict = self.chosen()
        self.fraud.blockSignals(True)
        self.fraud.clear()
        if verdict is Verdict.GENUINE:
            self.fraud.addItem(self.tr("None: a genuine document, rightly held"), None)
        elif verdict is None:
            self.fraud.addItem(self.tr("Choose a verdict first"), None)
        else:
            self.fraud.addItem(self.tr("Choose the fraud type…"), None)
        for status in wording.fraud_types(verdict) if verdict else []:
            self.fraud.addItem(words.status(status.value), status.value)
        if verdict in (Verdict.COUNTERFEIT, Verdict.PSEUDO):
            self.fraud.setCurrentIndex(1)  # the class has a single fraud type
        self.fraud.setEnabled(verdict is not None)
        self.fraud.blockSignals(False)
        self.changed.emit()

    def answer(self) -> Answer | None:
        verdict = self.chosen()
        if verdict is None:
            return None
        data = self.fraud.currentData()
        return VerdictAnswer(verdict, Status(data) if data else None)

    def set_answer(self, answer: Answer) -> None:
        if not isinstance(answer, VerdictAnswer):
            return
        self.buttons[answer.verdict].setChecked(True)
        if answer.fraud_type is not None:
            index = self.fraud.findData(answer.fraud_type.value)
            self.fraud.setCurrentIndex(max(index, 0))


class LightPanel(AnswerPanel):
    """Tick every light that reveals the outlined feature; try them on the light bar first."""

    def __init__(self, options: tuple[LightSource, ...]) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            _wrapped(
                self.tr(
                    "The feature is outlined (dotted). Try the lights on the bar above, then "
                    "tick every light that reveals it."
                )
            )
        )
        self.boxes: dict[LightSource, QCheckBox] = {}
        for light in options:
            box = QCheckBox(words.light(light))
            box.setObjectName(f"pick_{light.value}")
            box.toggled.connect(lambda _on: self.changed.emit())
            self.boxes[light] = box
            layout.addWidget(box)

    def answer(self) -> Answer | None:
        picked = tuple(li for li, box in self.boxes.items() if box.isChecked())
        return LightAnswer(picked) if picked else None

    def set_answer(self, answer: Answer) -> None:
        if isinstance(answer, LightAnswer):
            for light, box in self.boxes.items():
                box.setChecked(light in answer.lights)
