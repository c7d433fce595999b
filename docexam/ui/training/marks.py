"""The trainee's marks over a page: click for a point, drag for a rectangle, move, delete.

A layer over the viewer's ``PageView`` without changing it: an event filter on its viewport
takes the mouse while marking mode is on (the view's hand-drag is switched off meanwhile), and
the marks are ordinary items in the view's scene, in page pixels. Answers leave as core
``Mark`` objects in page millimetres. Keyboard: Space marks the centre of the view (pan with
the arrows first), arrows move the selected mark, Delete removes it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QMouseEvent, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsView,
)

from docexam.core.domain.geometry import Rect
from docexam.core.training.quiz import Mark, Point
from docexam.ui.viewer.page_view import PageView

MARK = QColor("#0072b2")  # Okabe-Ito blue: the trainee's own marks
SELECTED = QColor("#f0e442")  # Okabe-Ito yellow
CLICK_PX = 5  # a press and release closer than this (screen pixels) is a click, not a drag
POINT_RADIUS = 8.0  # screen pixels
NUDGE_MM = 1.0


def _pen(colour: QColor, width: float, dashed: bool = False) -> QPen:
    pen = QPen(colour, width)
    pen.setCosmetic(True)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


class PointMark(QGraphicsPathItem):
    """A ring with a cross hair, the same size on screen at every zoom."""

    def __init__(self, page_id: str, x: float, y: float) -> None:
        path = QPainterPath()
        r = POINT_RADIUS
        path.addEllipse(QPointF(0, 0), r, r)
        # Cross hairs outside the ring, leaving the marked spot itself visible.
        for x0, y0, x1, y1 in (
            (-r - 4, 0.0, -3.0, 0.0),
            (3.0, 0.0, r + 4, 0.0),
            (0.0, -r - 4, 0.0, -3.0),
            (0.0, 3.0, 0.0, r + 4),
        ):
            path.moveTo(x0, y0)
            path.lineTo(x1, y1)
        super().__init__(path)
        self.page_id = page_id
        self.setPos(x, y)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        _interactive(self)

    def restyle(self) -> None:
        colour = SELECTED if self.isSelected() else MARK
        self.setPen(_pen(colour, 3.0))
        fill = QColor(colour)
        fill.setAlpha(70)
        self.setBrush(QBrush(fill))


class RectMark(QGraphicsRectItem):
    def __init__(self, page_id: str, rect: QRectF) -> None:
        super().__init__(QRectF(0, 0, rect.width(), rect.height()))
        self.page_id = page_id
        self.setPos(rect.topLeft())
        _interactive(self)

    def restyle(self) -> None:
        colour = SELECTED if self.isSelected() else MARK
        self.setPen(_pen(colour, 3.0 if self.isSelected() else 2.0))
        fill = QColor(MARK)
        fill.setAlpha(45)
        self.setBrush(QBrush(fill))


MarkItem = PointMark | RectMark


def _interactive(item: PointMark | RectMark) -> None:
    item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
    item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
    item.setZValue(50)  # above the page, the hotspots and any review overlay
    item.setToolTip(
        QCoreApplication.translate("MarkLayer", "Your mark: drag to move, Delete to remove")
    )
    item.restyle()


class MarkLayer(QObject):
    changed = Signal()

    def __init__(self, view: PageView, px_per_mm: dict[str, float], page_id: str) -> None:
        super().__init__(view)
        self.view, self.px_per_mm, self.page_id = view, px_per_mm, page_id
        self.items: list[MarkItem] = []
        self.marking = False
        self.locked = False
        self._press: QPointF | None = None
        self._press_view: QPointF | None = None
        self._rubber: QGraphicsRectItem | None = None
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)
        view.scene().selectionChanged.connect(self._selection_changed)

    # -- state -----------------------------------------------------------------------------------

    def set_marking(self, on: bool) -> None:
        self.marking = on and not self.locked
        self.view.setDragMode(
            QGraphicsView.DragMode.NoDrag if self.marking else QGraphicsView.DragMode.ScrollHandDrag
        )
        cursor = Qt.CursorShape.CrossCursor if self.marking else Qt.CursorShape.OpenHandCursor
        self.view.viewport().setCursor(cursor)

    def set_locked(self, locked: bool) -> None:
        self.locked = locked
        for item in self.items:
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, not locked)
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, not locked)
        if locked:
            self.set_marking(False)

    def set_page(self, page_id: str) -> None:
        self.page_id = page_id
        for item in self.items:
            item.setVisible(item.page_id == page_id)

    def clear(self) -> None:
        for item in self.items:
            self.view.scene().removeItem(item)
        self.items = []
        self.changed.emit()

    def detach(self) -> None:
        self.view.viewport().removeEventFilter(self)
        self.view.removeEventFilter(self)
        self.clear()

    # -- marks in and out, in page millimetres ---------------------------------------------------

    def marks(self) -> tuple[Mark, ...]:
        out = []
        for item in self.items:
            scale = self.px_per_mm[item.page_id]
            if isinstance(item, PointMark):
                shape: Point | Rect = Point(item.x() / scale, item.y() / scale)
            else:
                r = item.rect().translated(item.pos())
                shape = Rect(r.x() / scale, r.y() / scale, r.width() / scale, r.height() / scale)
            out.append(Mark(item.page_id, shape))
        return tuple(out)

    def set_marks(self, marks: tuple[Mark, ...]) -> None:
        self.clear()
        for mark in marks:
            scale = self.px_per_mm.get(mark.page_id)
            if scale is None:
                continue
            if isinstance(mark.shape, Point):
                self._add(PointMark(mark.page_id, mark.shape.x * scale, mark.shape.y * scale))
            else:
                x0, y0, x1, y1 = mark.shape.bounds()
                rect = QRectF(x0 * scale, y0 * scale, (x1 - x0) * scale, (y1 - y0) * scale)
                self._add(RectMark(mark.page_id, rect))
        self.set_page(self.page_id)
        self.set_locked(self.locked)

    def _add(self, item: MarkItem) -> None:
        self.view.scene().addItem(item)
        self.items.append(item)
        self.changed.emit()

    def add_point(self, scene: QPointF) -> PointMark:
        item = PointMark(self.page_id, scene.x(), scene.y())
        self._add(item)
        return item

    def delete_selected(self) -> int:
        doomed = [i for i in self.items if i.isSelected()]
        for item in doomed:
            self.view.scene().removeItem(item)
            self.items.remove(item)
        if doomed:
            self.changed.emit()
        return len(doomed)

    def _selection_changed(self) -> None:
        for item in self.items:
            item.restyle()

    # -- mouse and keys --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.locked:
            return False
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._key(event)
        if watched is not self.view.viewport() or not self.marking:
            return False
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:
            assert isinstance(event, QMouseEvent)
            if event.button() != Qt.MouseButton.LeftButton:
                return False
            # The press is taken from the view, so give it focus as a click would: Delete,
            # the arrows and Enter then act on the marks.
            self.view.setFocus(Qt.FocusReason.MouseFocusReason)
            under = self.view.itemAt(event.position().toPoint())
            if isinstance(under, PointMark | RectMark):
                return False  # the scene selects and moves the mark
            self.view.scene().clearSelection()
            self._press_view = event.position()
            self._press = self.view.mapToScene(event.position().toPoint())
            return True
        if kind == QEvent.Type.MouseMove and self._press is not None:
            assert isinstance(event, QMouseEvent)
            self._drag_to(self.view.mapToScene(event.position().toPoint()))
            return False  # the loupe still follows
        if kind == QEvent.Type.MouseButtonRelease and self._press is not None:
            assert isinstance(event, QMouseEvent) and self._press_view is not None
            moved = (event.position() - self._press_view).manhattanLength()
            end = self.view.mapToScene(event.position().toPoint())
            self._finish(end, moved >= CLICK_PX)
            return True
        return False

    def _drag_to(self, scene: QPointF) -> None:
        assert self._press is not None
        rect = QRectF(self._press, scene).normalized()
        if self._rubber is None:
            self._rubber = QGraphicsRectItem()
            self._rubber.setPen(_pen(MARK, 1.5, dashed=True))
            self._rubber.setZValue(60)
            self.view.scene().addItem(self._rubber)
        self._rubber.setRect(rect)

    def _finish(self, end: QPointF, dragged: bool) -> None:
        assert self._press is not None
        if self._rubber is not None:
            self.view.scene().removeItem(self._rubber)
            self._rubber = None
        if dragged:
            self._add(RectMark(self.page_id, QRectF(self._press, end).normalized()))
        else:
            self.add_point(self._press)
        self._press = self._press_view = None

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            return self.delete_selected() > 0
        if key == Qt.Key.Key_Space and self.marking:
            centre = self.view.mapToScene(self.view.viewport().rect().center())
            self.view.scene().clearSelection()
            self.add_point(centre).setSelected(True)
            return True
        steps = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        selected = [i for i in self.items if i.isSelected()]
        if key in steps and selected:
            dx, dy = steps[Qt.Key(key)]
            fast = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            step = NUDGE_MM * (5 if fast else 1) * self.px_per_mm[self.page_id]
            for item in selected:
                item.moveBy(dx * step, dy * step)
            self.changed.emit()
            return True
        return False
