"""Creating a local trainee profile (name, service, level), and the set-building worker."""

from __future__ import annotations

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from docexam.core.domain.errors import DocexamError
from docexam.core.library.library import Library
from docexam.core.training.curriculum import Curriculum
from docexam.core.training.plans import Plan, build_set


class ProfileDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New trainee profile"))
        self.name = QLineEdit()
        self.name.setObjectName("profile_name")
        self.name.setPlaceholderText(self.tr("e.g. Anna Eriksson"))
        self.service = QLineEdit()
        self.service.setObjectName("profile_service")
        self.service.setPlaceholderText(self.tr("e.g. Border police, airport"))
        self.level = QComboBox()
        self.level.setObjectName("profile_level")
        for value, text in (
            (1, self.tr("1 · First line (booth)")),
            (2, self.tr("2 · Second line (document officer)")),
            (3, self.tr("3 · Expert (forensic examiner)")),
        ):
            self.level.addItem(text, value)
        note = QLabel(self.tr("The profile stays on this workstation, with your results."))
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create profile"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._check)
        form = QFormLayout(self)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Service:"), self.service)
        form.addRow(self.tr("Level:"), self.level)
        form.addRow(note)
        form.addRow(self.buttons)
        self._check()

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()))

    def values(self) -> tuple[str, str, int]:
        return self.name.text().strip(), self.service.text().strip(), int(self.level.currentData())


class SetBuilder(QThread):
    """Builds an exercise set off the UI thread: reading every pack of a large library and
    generating from it takes too long to freeze the window for."""

    built = Signal(str, object)  # pack id, ExerciseSet
    failed = Signal(str)

    def __init__(self, plan: Plan, library: Library, curriculum: Curriculum) -> None:
        super().__init__()
        self.plan, self.library, self.curriculum = plan, library, curriculum

    def run(self) -> None:
        try:
            pack_id, exercise_set = build_set(self.plan, self.library, self.curriculum)
        except (DocexamError, OSError) as exc:
            self.failed.emit(str(exc))
            return
        except Exception as exc:  # the start screen must not wait forever
            self.failed.emit(f"unexpected error ({type(exc).__name__}: {exc})")
            return
        self.built.emit(pack_id, exercise_set)
