"""The presented document's portrait beside the earlier passport's, on the case page: the one
comparison a fraudulently obtained document turns on, side by side and at one size, so the
trainee need not go back and forth between the document and the file."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMargins, QSize, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from docexam.core.cases.faces import ComparedFaces
from docexam.core.cases.model import HeldDocument
from docexam.ui.common.worker import Worker
from docexam.ui.training.face_panel import photo_pixmap

# Both faces are shown in one frame size: the earlier portrait's shape (training PHOTO_SIZE's,
# 7 : 9), small enough that the pair and the top of the file are in sight at 1366x768.
FRAME = QSize(140, 180)
DRAWN = (210, 270)  # the pair is drawn at a print's size: the frame is smaller still
PRESENTED: dict[str, object] = {
    "passport": QT_TRANSLATE_NOOP("cases", "Presented passport"),
    "id_card": QT_TRANSLATE_NOOP("cases", "Presented identity card"),
    "residence_permit": QT_TRANSLATE_NOOP("cases", "Presented residence permit"),
    "work_permit": QT_TRANSLATE_NOOP("cases", "Presented work permit"),
}
OTHER = QT_TRANSLATE_NOOP("cases", "Presented document")
EARLIER = QT_TRANSLATE_NOOP("cases", "Earlier passport")


def _caption(which: object, number: str) -> QLabel:
    """The document over its face, its number on a line of its own (the pair stays narrow)."""
    title = escape(QCoreApplication.translate("cases", str(which)))
    no = escape(QCoreApplication.translate("cases", "no. %1").replace("%1", number))
    label = QLabel(f"<b>{title}</b><br>{no}")
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    return label


def _frame(name: str) -> QLabel:
    label = QLabel(QCoreApplication.translate("cases", "Drawing the portrait…"))
    label.setObjectName(name)
    label.setFixedSize(FRAME)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setStyleSheet("QLabel { background: #ffffff; border: 1px solid #b0b0b0; }")
    return label


class FacePair(QWidget):
    """Two framed portraits with their documents' numbers; ``draw`` runs off the UI thread (the
    earlier face is drawn, not read, a tenth of a second or more)."""

    def __init__(
        self, presented: HeldDocument, earlier: HeldDocument, draw: Callable[[], ComparedFaces]
    ) -> None:
        """``presented``/``earlier``: the case's documents, for the captions."""
        super().__init__()
        self.setObjectName("case_faces")
        self.presented = _frame("case_presented_photo")
        self.earlier = _frame("case_earlier_photo")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        grid.addWidget(_caption(PRESENTED.get(presented.kind, OTHER), presented.number), 0, 0)
        grid.addWidget(_caption(EARLIER, earlier.number), 0, 1)
        grid.addWidget(self.presented, 1, 0, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self.earlier, 1, 1, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(2, 1)
        self.worker = Worker(self)
        task = self.worker.start(lambda _job: draw())
        task.succeeded.connect(self._show)
        task.failed.connect(self._failed)

    def _show(self, faces: ComparedFaces) -> None:
        self._put(self.earlier, faces.earlier)
        if faces.presented is None:
            self.presented.setText(
                QCoreApplication.translate(
                    "cases", "This document's portrait cannot be read: look at it on the document."
                )
            )
            return
        self._put(self.presented, faces.presented)

    @staticmethod
    def _put(label: QLabel, photo: np.ndarray) -> None:
        inside = FRAME.shrunkBy(QMargins(1, 1, 1, 1))  # within the frame's border
        label.setPixmap(
            photo_pixmap(photo).scaled(
                inside,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def _failed(self, message: str, _exc: object) -> None:
        text = QCoreApplication.translate("cases", "The portrait could not be drawn: %1")
        for label in (self.presented, self.earlier):
            label.setText(text.replace("%1", message))

    def stop(self) -> None:
        self.worker.stop()
