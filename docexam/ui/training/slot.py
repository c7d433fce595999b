"""The Training tab before its first showing: a title and nothing else.

The Training tab's screens import the curriculum, the planner and the quiz (0.2-0.4 s), which a
trainee who starts at the library does not wait for: the window puts this slot beside the
library and builds the real tab when the slot is first brought to the front.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from docexam.core.exercise.model import Mode
from docexam.ui.tabs import Examination, TabMenus

if TYPE_CHECKING:
    from docexam.ui.training.port import TrainingStore


class TrainingSlot(QWidget):
    def __init__(self) -> None:
        super().__init__()
        # Seen only when the tab is brought to the front before the results store has opened.
        note = QLabel(QCoreApplication.translate("MainWindow", "Opening your results…"))
        note.setObjectName("opening_results")
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self).addWidget(note)

    def tab_title(self) -> str:
        return QCoreApplication.translate("TrainingTab", "Training")  # the real tab's title

    def closable(self) -> bool:
        return False

    def tab_menus(self) -> TabMenus:
        return TabMenus()

    def examination(self) -> Examination | None:
        return None

    def close_panes(self) -> None:
        return None


def exam_may_be_unfinished(store: TrainingStore) -> bool:
    """True when some trainee left an exam unfinished: only then must the Training tab be built
    at once (it alone knows whose exam and whether its time is up). One small query."""
    return any(a.exercise_set.mode == Mode.EXAM.value for a in store.unfinished_attempts())
