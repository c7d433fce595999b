"""The bar above an exercise: practice or exam, where the trainee is, the clock, moving on."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from docexam.core.training.quiz import Mode
from docexam.ui.training import wording


def clock_text(seconds: float) -> str:
    whole = max(0, round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def keys_label() -> QLabel:
    label = QLabel(
        QCoreApplication.translate(
            "ExerciseBar",
            "<small><b>Keys</b>: Enter submit · N / P next / previous · K marking on/off · "
            "Delete remove mark · C compare · W O B X U I A T lights · M loupe · "
            "Ctrl+Enter finish</small>",
        )
    )
    label.setWordWrap(True)
    return label


class ExerciseBar(QWidget):
    def __init__(self, mode: Mode) -> None:
        super().__init__()
        exam = mode is Mode.EXAM
        self.mode_badge = QLabel(wording.mode(mode))
        self.mode_badge.setObjectName("mode_badge")
        # Vermillion for an exam, bluish green for practice, white text: readable for everyone.
        colour = "#d55e00" if exam else "#009e73"
        self.mode_badge.setStyleSheet(
            f"QLabel {{ background: {colour}; color: white; padding: 3px 10px;"
            " border-radius: 4px; font-weight: bold; }"
        )
        self.where = QLabel()
        self.where.setObjectName("where")
        self.timer_label = QLabel()
        self.timer_label.setObjectName("timer")
        self.timer_label.setStyleSheet("QLabel { font-size: 16px; font-weight: bold; }")
        self.prev_button = QPushButton(self.tr("◀ Previous (P)"))
        self.prev_button.setObjectName("previous")
        self.next_button = QPushButton(self.tr("Next (N) ▶"))
        self.next_button.setObjectName("next")
        self.finish_button = QPushButton(self.tr("Finish exam") if exam else self.tr("End"))
        self.finish_button.setObjectName("finish")
        self.finish_button.setToolTip(self.tr("Ctrl+Enter"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.mode_badge)
        layout.addWidget(self.where)
        layout.addStretch(1)
        layout.addWidget(self.timer_label)
        for button in (self.prev_button, self.next_button, self.finish_button):
            layout.addWidget(button)
