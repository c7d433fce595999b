"""The face item's photo at the camera's own size: the panel shows it at 200 px beside the
verdict, where a nose's or a mouth's width is a few pixels; a feature-by-feature study needs it
as large as it was taken (Z, or a click on the photo)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class PhotoDialog(QDialog):
    def __init__(self, parent: QWidget, title: str, pixmap: QPixmap) -> None:
        super().__init__(parent)
        self.setObjectName("face_photo_dialog")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.image = QLabel()
        self.image.setObjectName("face_photo_large")
        self.image.setPixmap(pixmap)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.image)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
