"""The File menu's class entries: "Join a class…" for a workstation, "Class dashboard…" for the
instructor. Both need the class link the composition root gives the window (``class_link``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QMessageBox

from docexam.core.library.library import Library
from docexam.store.class_port import ClassLink
from docexam.store.port import TrainingStore

if TYPE_CHECKING:
    from docexam.ui.classroom.dashboard import DashboardWindow
    from docexam.ui.classroom.join_dialog import JoinDialog
    from docexam.ui.training.training_tab import TrainingTab


class ClassHost(Protocol):
    """What the menus need of the main window (which imports this module)."""

    store: TrainingStore | None
    exam_locked: bool
    library: Library
    lang: str

    def open_training(self) -> TrainingTab | None: ...


class ClassMenus(QObject):
    def __init__(self, window: QMainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.main = window
        self.window = cast(ClassHost, window)
        self.link: ClassLink | None = None
        self.join_action = QAction(self.tr("&Join a class…"), window)
        self.join_action.setObjectName("join_class")
        self.join_action.triggered.connect(self.ask_join)
        self.dashboard_action = QAction(self.tr("Class &dashboard…"), window)
        self.dashboard_action.setObjectName("class_dashboard")
        self.dashboard_action.triggered.connect(self.open_dashboard)
        menu.addAction(self.join_action)
        menu.addAction(self.dashboard_action)
        self.dialog: JoinDialog | None = None
        self.dashboard: DashboardWindow | None = None
        self.set_link(None)

    def set_link(self, link: ClassLink | None) -> None:
        self.link = link
        self.join_action.setEnabled(link is not None)
        self.dashboard_action.setEnabled(link is not None)

    def ask_join(self) -> JoinDialog | None:
        from docexam.ui.classroom.join_dialog import JoinDialog

        window = self.window
        if window.exam_locked:
            return None  # one exam at a time
        training = window.open_training() if window.store is not None else None
        trainee = training.start.trainee if training is not None else None
        if self.link is None or training is None or trainee is None:
            QMessageBox.information(
                self.main,
                self.tr("Join a class"),
                self.tr("Choose or create your trainee profile on the Training tab first."),
            )
            return None
        dialog = JoinDialog(self.link, training.store, trainee.name, window.lang, self.main)
        self.dialog = dialog

        def accepted(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and dialog.seat is not None:
                training.start_class(dialog.seat)

        dialog.finished.connect(accepted)
        dialog.open()
        return dialog

    def open_dashboard(self) -> DashboardWindow | None:
        from docexam.ui.classroom.dashboard import DashboardWindow

        if self.link is None or self.window.exam_locked:
            return None
        if self.dashboard is None:
            self.dashboard = DashboardWindow(self.link, self.window.library, self.window.lang)
        self.dashboard.show()
        self.dashboard.raise_()
        self.dashboard.refresh_sessions()
        return self.dashboard

    def close(self) -> None:
        if self.dashboard is not None:
            self.dashboard.close()
