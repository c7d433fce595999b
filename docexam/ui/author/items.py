"""What the authoring canvas draws: a feature's outline and the handles of the selected one."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsRectItem

from docexam.core.domain.model import Feature, text_for
from docexam.ui.viewer.hotspots import region_path

# Okabe-Ito: readable for common colour-vision deficiencies, and unlike any print colour.
OUTLINE = QColor("#0072b2")
OUTLINE_ON_DARK = QColor("#56b4e9")  # Okabe-Ito sky blue: stands out on UV violet and IR grey
SELECTED = QColor("#e69f00")
HANDLE_PX = 9


class ShapeItem(QGraphicsPathItem):
    def __init__(self, feature: Feature, px_per_mm: float, lang: str) -> None:
        super().__init__()
        self.px_per_mm, self.lang = px_per_mm, lang
        self.selected = False
        self.on_dark = False
        self.setZValue(10)
        self.set_feature(feature)

    def set_feature(self, feature: Feature) -> None:
        self.feature = feature
        self.setPath(region_path(feature.region, self.px_per_mm))
        self.setToolTip(text_for(feature.name, self.lang))
        self.restyle()

    def set_selected(self, selected: bool) -> None:
        self.selected = selected
        self.setZValue(20 if selected else 10)
        self.restyle()

    def set_on_dark(self, on_dark: bool) -> None:
        if on_dark != self.on_dark:
            self.on_dark = on_dark
            self.restyle()

    def restyle(self) -> None:
        colour = SELECTED if self.selected else OUTLINE_ON_DARK if self.on_dark else OUTLINE
        pen = QPen(colour, 2.5 if self.selected else 1.5)
        pen.setCosmetic(True)
        self.setPen(pen)
        fill = QColor(colour)
        # Over a capture only the outline: stacked fills would wash out what the capture shows.
        fill.setAlpha(45 if self.selected else 0 if self.on_dark else 18)
        self.setBrush(QBrush(fill))


class HandleItem(QGraphicsRectItem):
    """A square of fixed screen size at one draggable point of the selected region."""

    def __init__(self, index: int, chosen: bool = False) -> None:
        half = HANDLE_PX / 2
        super().__init__(QRectF(-half, -half, HANDLE_PX, HANDLE_PX))
        self.index = index
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(30)
        pen = QPen(QColor("#1a1a1a"), 1)
        pen.setCosmetic(True)
        self.setPen(pen)
        # The chosen vertex (Delete removes it) is filled like the selected outline.
        self.setBrush(QBrush(SELECTED if chosen else QColor("#ffffff")))
        self.setCursor(Qt.CursorShape.SizeAllCursor)
