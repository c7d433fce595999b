"""Join a class: type the code the instructor shows, then wait for the common start.

The server is asked off the UI thread (it may be across the classroom network, or gone); a
refusal is shown in the dialog in plain words and the trainee may type again. Once seated, a
countdown to the session's opening runs on the server's clock (the offset is taken when
joining), so every workstation starts together; at zero the dialog accepts and the training
tab runs the set.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from docexam.core.domain.model import text_for
from docexam.store.class_port import ClassLink, SeatPort
from docexam.store.port import TrainingStore
from docexam.ui.common.worker import Worker


def countdown(seconds: float) -> str:
    whole = max(0, int(seconds + 0.999))
    return f"{whole // 60}:{whole % 60:02d}"


class JoinDialog(QDialog):
    def __init__(
        self,
        link: ClassLink,
        local: TrainingStore,
        trainee_name: str,
        lang: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.link, self.local, self.trainee_name, self.lang = link, local, trainee_name, lang
        self.seat: SeatPort | None = None
        self._offset = timedelta(0)  # the server's clock less this workstation's
        self.setWindowTitle(self.tr("Join a class"))
        self.setMinimumWidth(460)
        self.server = QLineEdit(link.default_server())
        self.server.setObjectName("class_server")
        self.server.setPlaceholderText("postgresql+psycopg://login@server/class_db")
        self.code = QLineEdit()
        self.code.setObjectName("class_code")
        self.code.setPlaceholderText("K7M-4QX")
        form = QFormLayout()
        form.addRow(self.tr("Trainee:"), QLabel(trainee_name))
        form.addRow(self.tr("Class server:"), self.server)
        form.addRow(self.tr("Class code:"), self.code)
        self.message = QLabel()
        self.message.setObjectName("join_message")
        self.message.setWordWrap(True)
        self.clock = QLabel()
        self.clock.setObjectName("join_countdown")
        self.clock.setStyleSheet("font-size: 20pt; font-weight: bold;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.join_button = QPushButton(self.tr("Join"))
        self.join_button.setObjectName("join_button")
        self.join_button.setDefault(True)
        buttons.addButton(self.join_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.join_button.clicked.connect(self.join)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.clock)
        layout.addWidget(buttons)
        self.worker = Worker(self)
        self.ticker = QTimer(self)
        self.ticker.setInterval(250)
        self.ticker.timeout.connect(self._tick)

    def join(self) -> None:
        server, code, name = self.server.text(), self.code.text(), self.trainee_name
        self.join_button.setEnabled(False)
        self.message.setText(self.tr("Looking for the session…"))
        task = self.worker.start(lambda _job: self.link.join(self.local, server, code, name))
        task.succeeded.connect(self._seated)
        task.failed.connect(self._refused)

    def _refused(self, message: str) -> None:
        self.join_button.setEnabled(True)
        self.message.setText(self.tr("Could not join: %1").replace("%1", message))
        self.code.setFocus()
        self.code.selectAll()

    def _seated(self, seat: SeatPort) -> None:
        self.seat = seat
        session = seat.session
        self._offset = session.server_now - datetime.now(UTC)
        self.server.setEnabled(False)
        self.code.setEnabled(False)
        self.join_button.hide()
        title = text_for(session.title, self.lang) or session.set_key
        self.message.setText(
            self.tr("Seated in %1, class %2. The set starts for everyone together; keep this open.")
            .replace("%1", f"<b>{title}</b>")
            .replace("%2", session.class_name)
        )
        # Started before the first tick: a session already open accepts at once and stops it
        # (started after, it would accept again a second later and start a second attempt).
        self.ticker.start()
        self._tick()

    def seconds_to_start(self) -> float:
        assert self.seat is not None
        server_now = datetime.now(UTC) + self._offset
        return (self.seat.session.opens_at - server_now).total_seconds()

    def _tick(self) -> None:
        left = self.seconds_to_start()
        if left <= 0:
            self.ticker.stop()
            self.accept()
            return
        self.clock.setText(self.tr("Starts in %1").replace("%1", countdown(left)))

    def reject(self) -> None:
        self.ticker.stop()
        self.worker.stop()
        super().reject()

    def done(self, result: int) -> None:
        self.worker.stop()
        super().done(result)
