"""A specimen opened in its own tab: its pages, zoomable, with the facts about the document."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from docexam.core.errors import DocexamError
from docexam.core.images import Image, read_image
from docexam.core.model import Specimen, text_for
from docexam.ui import words
from docexam.ui.viewer.page_view import PageView


def to_qimage(image: Image) -> QImage:
    """BGR (or grey) numpy array -> QImage owning a copy of the pixels."""
    if image.ndim == 2:
        height, width = image.shape
        return QImage(image.data, width, height, width, QImage.Format.Format_Grayscale8).copy()
    rgb = np.ascontiguousarray(image[:, :, ::-1])
    height, width, _ = rgb.shape
    return QImage(rgb.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


class SpecimenTab(QWidget):
    def __init__(self, specimen: Specimen, lang: str = "en") -> None:
        super().__init__()
        self.specimen = specimen
        self._lang = lang
        self.view = PageView()
        self.pages = QComboBox()
        self.pages.setObjectName("pages")
        for page in specimen.pages:
            self.pages.addItem(text_for(page.name, lang), page.id)
        self.pages.currentIndexChanged.connect(self._show_page)
        doc = specimen.document
        facts = QLabel(
            f"<b>{text_for(specimen.title, lang)}</b> · {words.doc_type(doc.type.value)} · "
            f"{doc.issuing_state} · {doc.series} · {words.status(doc.status.value)}"
        )
        self.message = QLabel()
        self.message.setObjectName("message")
        bar = QHBoxLayout()
        bar.addWidget(facts, 1)
        bar.addWidget(QLabel(self.tr("Page:")))
        bar.addWidget(self.pages)
        for text, tip, slot in (
            ("−", self.tr("Zoom out (-)"), self.view.zoom_out),
            ("+", self.tr("Zoom in (+)"), self.view.zoom_in),
            (self.tr("Fit"), self.tr("Fit the page in the window (0)"), self.view.fit),
            ("1:1", self.tr("One image pixel per screen pixel (1)"), self.view.actual_pixels),
        ):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        self._show_page()

    def _show_page(self) -> None:
        page = self.specimen.pages[max(self.pages.currentIndex(), 0)]
        try:
            image = read_image(self.specimen.path(page.visible))
        except DocexamError as exc:
            self.message.setText(str(exc))
            return
        self.message.setText("")
        self.view.set_image(to_qimage(image))
