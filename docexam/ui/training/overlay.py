"""The truth drawn over the trainee's page after an answer: hits, misses and false marks.

Each outcome differs in shape as well as colour (Okabe-Ito colours, safe for every common
colour-vision deficiency): a hit is the feature outlined solid bluish-green with a check mark,
a miss is the feature outlined dashed orange with a question mark, a false mark is a
reddish-purple cross where the mark was. A which-light exercise outlines its feature in
vermillion, dotted, so the trainee knows what the question is about.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

from docexam.core.domain.geometry import Region
from docexam.core.training.quiz import AreaExercise, Outcome, Score
from docexam.ui.viewer.hotspots import region_path

HIT = QColor("#009e73")  # bluish green
MISS = QColor("#e69f00")  # orange
FALSE = QColor("#cc79a7")  # reddish purple
ASKED = QColor("#d55e00")  # vermillion
CROSS_PX = 11.0


@dataclass(frozen=True)
class Counts:
    hits: int
    misses: int
    false_marks: int

    @classmethod
    def of(cls, score: Score | None) -> Counts:
        if score is None:
            return cls(0, 0, 0)
        return cls(
            len(score.of(Outcome.HIT)),
            len(score.of(Outcome.MISS)),
            len(score.of(Outcome.FALSE_MARK)),
        )


def _pen(colour: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(colour, width)
    pen.setCosmetic(True)
    pen.setStyle(style)
    return pen


def _glyph(text: str, colour: QColor, x: float, y: float) -> QGraphicsSimpleTextItem:
    item = QGraphicsSimpleTextItem(text)
    font = QFont()
    font.setPixelSize(22)
    font.setBold(True)
    item.setFont(font)
    item.setBrush(QBrush(colour))
    item.setPen(_pen(QColor("white"), 1.0))  # a halo keeps it readable on any page
    item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
    rect = item.boundingRect()
    item.setPos(x, y)
    item.setTransformOriginPoint(rect.center())
    item.setData(0, "glyph")
    # Centre the glyph on its point whatever the zoom (the item ignores the view's scale).
    item.setTransform(item.transform().translate(-rect.width() / 2, -rect.height() / 2))
    return item


class Overlay:
    """Items added to one page's scene; ``clear`` takes them all away again."""

    def __init__(self, scene: QGraphicsScene, px_per_mm: float) -> None:
        self.scene, self.px_per_mm = scene, px_per_mm
        self.items: list[QGraphicsItem] = []
        self.kinds: list[Outcome | str] = []

    def _add(self, item: QGraphicsItem, kind: Outcome | str) -> None:
        item.setZValue(40)
        self.scene.addItem(item)
        self.items.append(item)
        self.kinds.append(kind)

    def sign(self, areas: tuple[Region, ...], outcome: Outcome) -> None:
        """Every part of one thing to find outlined, its glyph once (on the first part)."""
        for i, region in enumerate(areas):
            self.region(region, outcome, glyph=i == 0)

    def region(self, region: Region, outcome: Outcome, glyph: bool = True) -> None:
        styles = {
            Outcome.HIT: (HIT, Qt.PenStyle.SolidLine, "✓", 2.5),
            Outcome.MISS: (MISS, Qt.PenStyle.DashLine, "?", 3.0),
        }
        colour, style, text, width = styles[outcome]
        item = QGraphicsPathItem(region_path(region, self.px_per_mm))
        item.setPen(_pen(colour, width, style))
        # The further parts of one thing are not counted again.
        self._add(item, outcome if glyph else "part")
        if not glyph:
            return
        x0, y0, x1, y1 = region.bounds()
        s = self.px_per_mm
        # A hit's check sits in the corner: the trainee's own mark is usually in the middle.
        # A miss has no mark, so its question mark takes the middle.
        if outcome is Outcome.HIT:
            at = (x0 * s + 10, y0 * s + 10)
        else:
            at = ((x0 + x1) / 2 * s, (y0 + y1) / 2 * s)
        self._add(_glyph(text, colour, *at), "glyph")

    def false_mark(self, x_mm: float, y_mm: float) -> None:
        path = QPainterPath()
        r = CROSS_PX
        path.moveTo(-r, -r)
        path.lineTo(r, r)
        path.moveTo(-r, r)
        path.lineTo(r, -r)
        item = QGraphicsPathItem(path)
        item.setPen(_pen(FALSE, 4.0))
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        item.setPos(QPointF(x_mm * self.px_per_mm, y_mm * self.px_per_mm))
        self._add(item, Outcome.FALSE_MARK)

    def asked(self, region: Region) -> None:
        item = QGraphicsPathItem(region_path(region, self.px_per_mm))
        item.setPen(_pen(ASKED, 3.0, Qt.PenStyle.DotLine))
        self._add(item, "asked")

    def clear(self) -> None:
        for item in self.items:
            if item.scene() is self.scene:
                self.scene.removeItem(item)
        self.items, self.kinds = [], []

    def count(self, kind: Outcome) -> int:
        return self.kinds.count(kind)


def draw_area_score(overlay: Overlay, ex: AreaExercise, score: Score, page_id: str) -> None:
    """Hits and misses outlined on their regions, false marks crossed where they were made."""
    by_id = {e.id: e for e in ex.expected}
    for item in score.items:
        if item.page_id != page_id:
            continue
        if item.outcome in (Outcome.HIT, Outcome.MISS) and item.ref in by_id:
            overlay.sign(by_id[item.ref].areas, item.outcome)
        elif item.outcome is Outcome.FALSE_MARK and item.given:
            x, y = (float(v) for v in item.given.split(","))
            overlay.false_mark(x, y)
