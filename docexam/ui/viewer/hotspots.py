"""Feature regions drawn over the page: the hotspots a trainee hovers and clicks."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen, QPolygonF, QTransform
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsSceneHoverEvent

from docexam.core.domain.geometry import Ellipse, Polygon, Rect, Region
from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import Feature, text_for

# Okabe-Ito orange and blue: distinguishable with every common colour-vision deficiency.
RELEVANT = QColor("#e69f00")
OTHER = QColor("#56b4e9")


def region_path(region: Region, px_per_mm: float) -> QPainterPath:
    path = QPainterPath()
    if isinstance(region, Rect):
        path.addRect(QRectF(region.x, region.y, region.w, region.h))
    elif isinstance(region, Ellipse):
        path.addEllipse(QPointF(region.cx, region.cy), region.rx, region.ry)
    elif isinstance(region, Polygon):
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in region.points]))
        path.closeSubpath()
    return QTransform.fromScale(px_per_mm, px_per_mm).map(path)


class HotspotItem(QGraphicsPathItem):
    def __init__(self, feature: Feature, px_per_mm: float, lang: str) -> None:
        super().__init__(region_path(feature.region, px_per_mm))
        self.feature = feature
        self.setAcceptHoverEvents(True)
        self.setToolTip(text_for(feature.name, lang))
        # Smaller regions sit on top, so a click on a small feature inside a page-wide one (fibres,
        # substrate) finds the small one first.
        x0, y0, x1, y1 = feature.region.bounds()
        self.setZValue(10 + 1.0 / (1.0 + (x1 - x0) * (y1 - y0)))
        self._hover = False
        self._relevant = True
        self.restyle()

    def set_relevant(self, relevant: bool) -> None:
        self._relevant = relevant
        self.restyle()

    @property
    def relevant(self) -> bool:
        return self._relevant

    def restyle(self) -> None:
        colour = QColor(RELEVANT if self._relevant else OTHER)
        # Thin and translucent at rest, so many outlines do not bury the page; bold on hover.
        if not self._hover:
            colour.setAlpha(150)
        pen = QPen(colour, 2.5 if self._hover else 1.0)
        pen.setCosmetic(True)  # same width on screen at every zoom
        if not self._relevant:
            pen.setStyle(Qt.PenStyle.DashLine)
        self.setPen(pen)
        fill = QColor(colour)
        fill.setAlpha(60 if self._hover else 0)  # an outline only: the light effect stays visible
        self.setBrush(QBrush(fill))

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hover = True
        self.restyle()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hover = False
        self.restyle()
        super().hoverLeaveEvent(event)


def relevant_to(feature: Feature, light: LightSource) -> bool:
    return light in feature.lights
