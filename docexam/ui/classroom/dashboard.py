"""The instructor's live dashboard of a class session.

It polls the class server about every second, off the UI thread through the one worker helper
(a refresh of 30 trainees x 200 answers takes 40-290 ms: ``benchmarks/bench_class_dashboard.py``),
and never runs two polls at once: a slow server delays the next one instead of piling them up.
The figures come ready from ``Classroom.dashboard`` (SQL in the store, sums in the core); this
window only shows them. Double-clicking a trainee opens their attempt in the training review,
their marks over the truth, graded from the instructor's own copy of the pack.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from docexam.core.domain.model import text_for
from docexam.core.library.library import Library
from docexam.core.training.classroom import Dashboard
from docexam.core.training.quiz import QuizSession, SessionResult
from docexam.store.class_port import ClassLink
from docexam.store.records import ClassSession, SchoolClass
from docexam.ui.classroom import board_tables as tables
from docexam.ui.common.worker import Task, Worker

POLL_MS = 1000


class DashboardWindow(QWidget):
    def __init__(self, link: ClassLink, library: Library, lang: str = "en") -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.link, self.library, self.lang = link, library, lang
        self.setObjectName("class_dashboard")
        self.setWindowTitle(self.tr("Class dashboard"))
        self.resize(1280, 720)
        self.sessions: list[tuple[SchoolClass, ClassSession]] = []
        self.board: Dashboard | None = None
        self.polled_at: datetime | None = None
        self.poll_task: Task | None = None
        self.review_window: QWidget | None = None
        self.reports_note: QMessageBox | None = None
        self.worker = Worker(self, threads=2)  # a poll and a review may overlap

        self.server = QLineEdit(link.default_server())
        self.server.setObjectName("dashboard_server")
        self.server.editingFinished.connect(self.refresh_sessions)
        self.session_box = QComboBox()
        self.session_box.setObjectName("dashboard_session")
        self.session_box.setMinimumWidth(420)
        self.session_box.currentIndexChanged.connect(lambda _i: self.poll())
        self.reload_button = QPushButton(self.tr("Reload sessions"))
        self.reload_button.setObjectName("dashboard_reload")
        self.reload_button.clicked.connect(self.refresh_sessions)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Class server:")))
        top.addWidget(self.server, 1)
        top.addWidget(QLabel(self.tr("Session:")))
        top.addWidget(self.session_box, 2)
        top.addWidget(self.reload_button)
        self.reports_button = QPushButton(self.tr("Reports…"))
        self.reports_button.setObjectName("class_reports")
        self.reports_button.setToolTip(
            self.tr("The class's PDF reports, CSV, xAPI statements and certificates, into a folder")
        )
        self.reports_button.clicked.connect(self.ask_reports)
        top.addWidget(self.reports_button)
        self.close_button = QPushButton(self.tr("Close and grade"))
        self.close_button.setObjectName("class_close")
        self.close_button.setToolTip(
            self.tr(
                "End the session now and grade every attempt from its stored answers with the "
                "keys: the official scores, in place of the workstations' own"
            )
        )
        self.close_button.clicked.connect(self.ask_close)
        top.addWidget(self.close_button)
        self.summary = QLabel()
        self.summary.setObjectName("dashboard_summary")
        self.summary.setStyleSheet("font-size: 13pt;")

        self.trainees = tables.trainee_table()
        self.trainees.itemDoubleClicked.connect(self._review_row)
        self.heat = tables.heat_table()
        self.missed = tables.missed_table()
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(
            self._titled(self.tr("Mastery per objective (share of points won)"), self.heat)
        )
        right.addWidget(self._titled(self.tr("Items most missed"), self.missed))
        right.setSizes([420, 220])
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self._titled(self.tr("Trainees (double-click to review)"), self.trainees))
        split.addWidget(right)
        split.setSizes([560, 720])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)

    @staticmethod
    def _titled(title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(QLabel(f"<b>{title}</b>"))
        layout.addWidget(widget)
        return box

    # Sessions ---------------------------------------------------------------------------------
    def refresh_sessions(self) -> Task:
        server = self.server.text()
        task = self.worker.start(lambda _job: self.link.sessions(server))
        task.succeeded.connect(self._sessions_read)
        task.failed.connect(self._show_failure)
        return task

    def _sessions_read(self, found: list[tuple[SchoolClass, ClassSession]]) -> None:
        current = self.current_session()
        self.sessions = found
        self.session_box.blockSignals(True)
        self.session_box.clear()
        for group, session in found:
            title = text_for(session.title, self.lang) or session.set_key
            opens = session.opens_at.astimezone().strftime("%Y-%m-%d %H:%M")
            self.session_box.addItem(f"{group.name} · {session.code} · {title} · {opens}")
        chosen = next((i for i, (_, s) in enumerate(found) if current and s.id == current.id), 0)
        self.session_box.setCurrentIndex(chosen if found else -1)
        self.session_box.blockSignals(False)
        if not found:
            self.summary.setText(self.tr("No class session on this server yet."))
        self.poll()
        self.timer.start()

    def current_session(self) -> ClassSession | None:
        index = self.session_box.currentIndex()
        return self.sessions[index][1] if 0 <= index < len(self.sessions) else None

    # Polling ----------------------------------------------------------------------------------
    def poll(self) -> None:
        session = self.current_session()
        if session is None or (self.poll_task is not None and not self.poll_task.is_done()):
            return
        server, session_id = self.server.text(), session.id
        task = self.worker.start(lambda _job: self.link.dashboard(server, session_id))
        task.succeeded.connect(lambda board: self._show(session, board))
        task.failed.connect(self._show_failure)
        self.poll_task = task

    def _show(self, session: ClassSession, board: Dashboard) -> None:
        if self.current_session() is not session:
            return  # another session was chosen meanwhile
        self.board, self.polled_at = board, datetime.now()
        tables.fill_trainees(self.trainees, board, session.item_count)
        tables.fill_heat(self.heat, board)
        tables.fill_missed(self.missed, board)
        self.summary.setText(
            self.tr("%1 of %2 connected · %3 answers · updated %4")
            .replace("%1", str(board.connected))
            .replace("%2", str(len(board.lines)))
            .replace("%3", str(board.answers))
            .replace("%4", self.polled_at.strftime("%H:%M:%S"))
        )

    def _show_failure(self, message: str) -> None:
        self.summary.setText(self.tr("The class server did not answer: %1").replace("%1", message))

    # Review -----------------------------------------------------------------------------------
    def _review_row(self, item: QTableWidgetItem) -> None:
        self.review(item.row())

    def review(self, row: int) -> Task | None:
        """Open the attempt of the trainee on ``row`` in the training review."""
        from docexam.ui.classroom.review import open_review, rebuild

        session = self.current_session()
        name_item = self.trainees.item(row, 0)
        attempt_id = None if name_item is None else name_item.data(tables.ATTEMPT_ROLE)
        if session is None or name_item is None or attempt_id is None:
            return None
        server, library = self.server.text(), self.library
        task = self.worker.start(
            lambda _job: rebuild(self.link, server, session, int(attempt_id), library)
        )
        name = name_item.text()

        def show(built: tuple[QuizSession, SessionResult]) -> None:
            self.review_window = open_review(built[0], built[1], library, self.lang, name)

        task.succeeded.connect(show)
        task.failed.connect(
            lambda message: QMessageBox.information(self, self.tr("Review"), message)
        )
        return task

    # Closing ----------------------------------------------------------------------------------
    def ask_close(self) -> Task | None:
        session = self.current_session()
        if session is None:
            return None
        sure = QMessageBox.question(
            self,
            self.tr("Close and grade"),
            self.tr("End session %1 for everyone now and grade it?").replace("%1", session.code),
        )
        return self.close_and_grade() if sure == QMessageBox.StandardButton.Yes else None

    def close_and_grade(self) -> Task | None:
        session = self.current_session()
        if session is None:
            return None
        server, session_id = self.server.text(), session.id
        task = self.worker.start(lambda _job: self.link.close_session(server, session_id))
        task.succeeded.connect(lambda _closed: self.refresh_sessions())
        task.failed.connect(lambda message: QMessageBox.warning(self, self.tr("Close"), message))
        return task

    # Reports ----------------------------------------------------------------------------------
    def ask_reports(self) -> Task | None:
        session = self.current_session()
        if session is None:
            return None
        folder = QFileDialog.getExistingDirectory(self, self.tr("Write the class's reports into"))
        return self.write_reports(session.class_id, Path(folder)) if folder else None

    def write_reports(self, class_id: int, folder: Path) -> Task:
        from docexam.core.training.report_pdf import write_reports

        server = self.server.text()
        task = self.worker.start(
            lambda _job: write_reports(self.link.report(server, class_id), folder)
        )
        task.succeeded.connect(lambda done: self._reports_written(folder, *done))
        task.failed.connect(lambda message: QMessageBox.warning(self, self.tr("Reports"), message))
        return task

    def _reports_written(self, folder: Path, files: list[Path], refusals: list[str]) -> None:
        text = self.tr("%1 files written into %2.").replace("%1", str(len(files)))
        text = text.replace("%2", str(folder))
        if refusals:
            text += "\n\n" + self.tr("No certificate (no pass yet):") + "\n" + "\n".join(refusals)
        self.reports_note = QMessageBox(QMessageBox.Icon.Information, self.tr("Reports"), text)
        self.reports_note.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.timer.stop()
        self.worker.stop()
        super().closeEvent(event)
