"""The File menu's class entries: "Join a class…" for a workstation, "Class dashboard…" for the
instructor. Both need the class link the composition root gives the window (``class_link``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QMessageBox

from docexam.core.domain.errors import DocexamError
from docexam.core.library.library import Library
from docexam.store.class_port import ClassLink, SeatPort
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
        self.resumed: list[SeatPort] = []
        self.set_link(None)

    def set_link(self, link: ClassLink | None) -> None:
        self.link = link
        self.join_action.setEnabled(link is not None)
        self.dashboard_action.setEnabled(link is not None)
        self.reseat()

    def reseat(self) -> list[SeatPort]:
        """After a crash or a restart mid-session: the seats of class attempts left in
        progress, sending what waits in the outbox at once, without a new join. The start
        page's "Continue" then runs the attempt on its seat (``seat_for``)."""
        store = getattr(self.window, "store", None)  # None while the window is being built
        if self.link is None or store is None or self.resumed:
            return self.resumed
        try:
            self.resumed = list(self.link.reseat(store))
        except DocexamError as exc:  # the workstation's own file unreadable: said, not raised
            QMessageBox.warning(self.main, self.tr("Class session"), str(exc))
            return []
        for seat in self.resumed:
            seat.start_sending()
        return self.resumed

    def seat_for(self, local_attempt_id: int) -> SeatPort | None:
        return next((s for s in self.resumed if s.holds(local_attempt_id)), None)

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
        for seat in self.resumed:
            seat.stop_sending()
