"""The authoring canvas: the page image with its features, and the tools that draw and edit them.

Every edit goes through the editor's undo stack as an operation on the draft; the items are only
a picture of the draft and are refreshed from it, so undo, redo and autosave always agree with
what is on screen. A drag pushes an operation at every mouse move with one merge key, so the
drag is live on screen and still one undo step.
"""

from __future__ import annotations

from dataclasses import replace
from enum import StrEnum

from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsPixmapItem, QGraphicsScene, QGraphicsView

from docexam.core.authoring import Change, UpdateFeature
from docexam.core.authoring.shapes import (
    ellipse_from_corners,
    handles,
    nearest_edge,
    rect_from_corners,
    translated,
    with_handle,
    with_vertex_added,
    with_vertex_removed,
)
from docexam.core.domain.geometry import Polygon, Region
from docexam.core.domain.model import Feature, Page
from docexam.ui.author import words
from docexam.ui.author.editor import Editor
from docexam.ui.author.items import HandleItem, ShapeItem
from docexam.ui.viewer.hotspots import region_path

CLOSE_PX = 10  # a click this close (on screen) to the first vertex closes a polygon
NUDGE_MM, BIG_NUDGE_MM = 0.1, 1.0
DARK_OUTLINE_FROM = 0.5  # capture opacity from which outlines are drawn light


class Tool(StrEnum):
    SELECT = "select"
    RECT = "rect"
    ELLIPSE = "ellipse"
    POLYGON = "polygon"


class AuthorCanvas(QGraphicsView):
    shape_drawn = Signal(object)  # Region in page mm
    position_mm = Signal(float, float)

    def __init__(self, editor: Editor, lang: str = "en") -> None:
        super().__init__()
        self.editor, self.lang = editor, lang
        self.setScene(QGraphicsScene(self))
        self.setObjectName("author_canvas")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(QColor("#5a5a5a"))
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Scroll bars that came and went with the zoom changed the viewport's size, which refit
        # the page, which toggled them back: an endless resize loop at some window sizes.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._image = QGraphicsPixmapItem()
        self._image.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self._image)
        # A registered capture (UV, IR...) over the white scan: same grid, so the same scale.
        self._overlay = QGraphicsPixmapItem()
        self._overlay.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._overlay.setZValue(1)
        self.scene().addItem(self._overlay)
        self._rubber = QGraphicsPathItem()
        pen = QPen(QColor("#d55e00"), 1.5, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self._rubber.setPen(pen)
        self._rubber.setZValue(40)
        self.scene().addItem(self._rubber)
        self.items_by_id: dict[str, ShapeItem] = {}
        self.handles: list[HandleItem] = []
        self.page: Page | None = None
        self.px_per_mm = 1.0
        self.tool = Tool.SELECT
        self._auto_fit = True
        self._drag: tuple[str, int, QPointF, Feature] | None = None  # kind, handle, start, before
        self._pan: QPoint | None = None
        self._start: QPointF | None = None  # rect / ellipse being drawn
        self.polygon: list[tuple[float, float]] = []  # vertices placed so far (mm)
        self.vertex: int | None = None  # the chosen vertex of the selected polygon (Delete)
        self.hidden: set[str] = set()  # features hidden from the canvas (a view, not an edit)
        editor.changed.connect(self._changed)
        editor.selection_changed.connect(lambda _: self._selection_changed())

    # -- content ---------------------------------------------------------------------------------

    def set_page(self, page: Page | None, pixmap: QPixmap | None, px_per_mm: float) -> None:
        self.page, self.px_per_mm = page, px_per_mm
        self._image.setPixmap(pixmap if pixmap is not None else QPixmap())
        if pixmap is not None and page is not None:
            self._image.setScale(page.size_mm[0] * px_per_mm / max(pixmap.width(), 1))
            w, h = page.size_mm[0] * px_per_mm, page.size_mm[1] * px_per_mm
            # A margin around the page, so a region can be drawn across its edge and fixed.
            self.scene().setSceneRect(-0.1 * w, -0.1 * h, 1.2 * w, 1.2 * h)
        self.cancel_drawing()
        self._rebuild()
        self.fit()

    def set_overlay(self, pixmap: QPixmap | None, opacity: float = 1.0) -> None:
        """Show ``pixmap`` (a capture registered to the white scan) over it at ``opacity``;
        None shows the white scan alone."""
        if pixmap is None or pixmap.isNull() or self.page is None:
            self._overlay.setPixmap(QPixmap())
            self._overlay.hide()
            self.set_overlay_opacity(0.0)
            return
        self._overlay.setPixmap(pixmap)
        self._overlay.setScale(self.page.size_mm[0] * self.px_per_mm / max(pixmap.width(), 1))
        self._overlay.show()
        self.set_overlay_opacity(opacity)

    def set_overlay_opacity(self, opacity: float) -> None:
        self._overlay.setOpacity(opacity)
        # Over a mostly shown capture (dark UV, grey IR) the outlines turn light to stay visible.
        on_dark = self._overlay.isVisible() and opacity >= DARK_OUTLINE_FROM
        for item in self.items_by_id.values():
            item.set_on_dark(on_dark)

    def overlay_opacity(self) -> float | None:
        """The shown capture's opacity, or None when only the white scan is shown."""
        return self._overlay.opacity() if self._overlay.isVisible() else None

    def _rebuild(self) -> None:
        for item in self.items_by_id.values():
            self.scene().removeItem(item)
        self.items_by_id = {}
        if self.page is not None:
            for feature in self.page.features:
                self._add_item(feature)
        self._restyle()

    def _add_item(self, feature: Feature) -> None:
        item = ShapeItem(feature, self.px_per_mm, self.lang)
        item.setVisible(feature.id not in self.hidden)
        on_dark = self._overlay.isVisible() and self._overlay.opacity() >= DARK_OUTLINE_FROM
        item.set_on_dark(on_dark)
        self.items_by_id[feature.id] = item
        self.scene().addItem(item)

    def set_hidden(self, feature_id: str, hidden: bool) -> None:
        """Hide a feature from the canvas while others are drawn under it; the pack keeps it."""
        (self.hidden.add if hidden else self.hidden.discard)(feature_id)
        item = self.items_by_id.get(feature_id)
        if item is not None:
            item.setVisible(not hidden)
        if hidden and self.editor.feature_id == feature_id:
            self.editor.select(None)

    def _selection_changed(self) -> None:
        self.vertex = None
        self._restyle()

    def _changed(self, change: Change) -> None:
        ed = self.editor
        if change.specimen_id != ed.specimen_id or ed.page_id is None or ed.specimen_id is None:
            return
        try:
            self.page = ed.doc.page(ed.specimen_id, ed.page_id)
        except KeyError:
            self.page = None
        if change.kind != "feature" or change.page_id != ed.page_id or change.feature_id is None:
            self._rebuild()  # another page, or the draw order changed
            return
        fid = change.feature_id or ""
        feature = next((f for f in self.page.features if f.id == fid), None) if self.page else None
        item = self.items_by_id.get(fid)
        if feature is None and item is not None:
            self.scene().removeItem(self.items_by_id.pop(fid))
            if ed.feature_id == fid:
                ed.select(None)
        elif feature is not None and item is None:
            self._add_item(feature)
        elif feature is not None and item is not None:
            item.set_feature(feature)
        self._restyle()

    def _restyle(self) -> None:
        selected = self.editor.feature_id
        for fid, item in self.items_by_id.items():
            item.set_selected(fid == selected)
        for handle in self.handles:
            self.scene().removeItem(handle)
        self.handles = []
        current = self.items_by_id.get(selected or "")
        if current is not None:
            if self.vertex is not None and self.vertex >= len(handles(current.feature.region)):
                self.vertex = None
            for i, (x, y) in enumerate(handles(current.feature.region)):
                handle = HandleItem(i, chosen=i == self.vertex)
                handle.setPos(x * self.px_per_mm, y * self.px_per_mm)
                self.scene().addItem(handle)
                self.handles.append(handle)

    # -- tools -----------------------------------------------------------------------------------

    def set_tool(self, tool: Tool) -> None:
        self.cancel_drawing()
        self.tool = tool
        cursor = Qt.CursorShape.ArrowCursor if tool is Tool.SELECT else Qt.CursorShape.CrossCursor
        self.viewport().setCursor(cursor)

    def cancel_drawing(self) -> None:
        self.polygon = []
        self._start = None
        self._rubber.hide()

    def to_mm(self, pos: QPoint | QPointF) -> tuple[float, float]:
        scene = self.mapToScene(pos.toPoint() if isinstance(pos, QPointF) else pos)
        return (round(scene.x() / self.px_per_mm, 2), round(scene.y() / self.px_per_mm, 2))

    def to_view(self, mm: tuple[float, float]) -> QPoint:
        return self.mapFromScene(QPointF(mm[0] * self.px_per_mm, mm[1] * self.px_per_mm))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._auto_fit:
            self.fit()

    def zoom_by(self, factor: float) -> None:
        self._auto_fit = False  # the instructor chose a zoom: keep it when the window resizes
        self.scale(factor, factor)

    def fit(self) -> None:
        self._auto_fit = True
        if self.page is not None:
            w, h = self.page.size_mm[0] * self.px_per_mm, self.page.size_mm[1] * self.px_per_mm
            self.fitInView(
                -0.02 * w, -0.02 * h, 1.04 * w, 1.04 * h, Qt.AspectRatioMode.KeepAspectRatio
            )

    def _show_rubber(self, region: Region | None, extra: tuple[float, float] | None = None) -> None:
        if region is None:
            self._rubber.hide()
            return
        path = region_path(region, self.px_per_mm)
        if extra is not None and isinstance(region, Polygon):
            # While placing vertices: an open outline plus a segment to the pointer.
            pts = (*region.points, extra)
            path = region_path(Polygon(tuple(pts)), self.px_per_mm)
        self._rubber.setPath(path)
        self._rubber.show()

    def finish_polygon(self) -> None:
        if len(self.polygon) >= 3:
            region = Polygon(tuple(self.polygon))
            self.cancel_drawing()
            self.shape_drawn.emit(region)

    # -- mouse -----------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if event.button() == Qt.MouseButton.MiddleButton or self.page is None:
            self._pan = pos
            return
        if event.button() != Qt.MouseButton.LeftButton:
            return
        mm = self.to_mm(pos)
        if self.tool is Tool.POLYGON:
            first = self.to_view(self.polygon[0]) if len(self.polygon) >= 3 else None
            if first is not None and (first - pos).manhattanLength() <= CLOSE_PX:
                self.finish_polygon()
                return
            self.polygon.append(mm)
            self._show_rubber(Polygon(tuple(self.polygon)), mm)
        elif self.tool in (Tool.RECT, Tool.ELLIPSE):
            self._start = QPointF(*mm)
        else:
            self._press_select(pos, mm)

    def _press_select(self, pos: QPoint, mm: tuple[float, float]) -> None:
        ed = self.editor
        for item in self.items(pos):
            if isinstance(item, HandleItem) and ed.feature_id in self.items_by_id:
                before = self.items_by_id[ed.feature_id].feature
                self._drag = ("handle", item.index, QPointF(*mm), before)
                if isinstance(before.region, Polygon):
                    self.vertex = item.index  # Delete now removes this vertex
                    self._restyle()
                ed.break_merge()
                return
        shapes = [i for i in self.items(pos) if isinstance(i, ShapeItem) and i.isVisible()]
        if shapes:
            # The selected one first, else the smallest: nested features stay pickable.
            shapes.sort(
                key=lambda i: (not i.selected, i.boundingRect().width() * i.boundingRect().height())
            )
            ed.select(shapes[0].feature.id)
            if self.vertex is not None:  # a click on the body: Delete means the feature again
                self.vertex = None
                self._restyle()
            self._drag = ("move", -1, QPointF(*mm), shapes[0].feature)
            ed.break_merge()
            return
        ed.select(None)
        self._pan = pos

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        mm = self.to_mm(pos)
        self.position_mm.emit(*mm)
        if self._pan is not None:
            delta = pos - self._pan
            self._pan = pos
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
        elif self._drag is not None:
            self._drag_to(mm)
        elif self._start is not None:
            make = rect_from_corners if self.tool is Tool.RECT else ellipse_from_corners
            self._show_rubber(make((self._start.x(), self._start.y()), mm))
        elif self.polygon:
            self._show_rubber(Polygon(tuple(self.polygon)), mm)

    def _drag_to(self, mm: tuple[float, float]) -> None:
        assert self._drag is not None
        kind, index, start, before = self._drag
        ed = self.editor
        if ed.specimen_id is None or ed.page_id is None:
            return
        if kind == "move":
            dx, dy = mm[0] - start.x(), mm[1] - start.y()
            region = translated(before.region, round(dx, 2), round(dy, 2))
            label = self.tr("Move %1").replace("%1", words.shape(region))
        else:
            region = with_handle(before.region, index, mm)
            label = (
                self.tr("Move vertex")
                if isinstance(region, Polygon)
                else self.tr("Resize %1").replace("%1", words.shape(region))
            )
        if region != before.region:
            op = UpdateFeature(ed.specimen_id, ed.page_id, replace(before, region=region))
            ed.push(op, label, (before.id, kind, index))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._start is not None:
            mm = self.to_mm(event.position().toPoint())
            make = rect_from_corners if self.tool is Tool.RECT else ellipse_from_corners
            region = make((self._start.x(), self._start.y()), mm)
            self.cancel_drawing()
            if region is not None:
                self.shape_drawn.emit(region)
        if self._drag is not None:
            self.editor.break_merge()
        self._drag = None
        self._pan = None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.tool is Tool.POLYGON:
            self.finish_polygon()
        elif not self.add_vertex_at(event.position().toPoint()):
            super().mouseDoubleClickEvent(event)

    def add_vertex_at(self, pos: QPoint) -> bool:
        """A double-click on an edge of the selected polygon adds a vertex there."""
        ed = self.editor
        item = self.items_by_id.get(ed.feature_id or "")
        if item is None or ed.specimen_id is None or ed.page_id is None:
            return False
        region = item.feature.region
        if not isinstance(region, Polygon):
            return False
        mm = self.to_mm(pos)
        edge, distance = nearest_edge(region, mm)
        if distance * self.px_per_mm * self.transform().m11() > CLOSE_PX:
            return False
        self._drag = None  # the first click of the double-click started a drag
        feature = replace(item.feature, region=with_vertex_added(region, edge, mm))
        ed.push(UpdateFeature(ed.specimen_id, ed.page_id, feature), self.tr("Add vertex"))
        self.vertex = edge + 1
        self._restyle()
        return True

    def remove_vertex(self) -> bool:
        """Remove the chosen vertex of the selected polygon (kept at three); True if one was."""
        ed = self.editor
        item = self.items_by_id.get(ed.feature_id or "")
        if item is None or self.vertex is None or ed.specimen_id is None or ed.page_id is None:
            return False
        region = item.feature.region
        if not isinstance(region, Polygon):
            return False
        smaller = with_vertex_removed(region, self.vertex)
        if smaller is None:
            return True  # a triangle keeps its vertices: Delete must not remove the feature
        feature = replace(item.feature, region=smaller)
        self.vertex = None
        ed.push(UpdateFeature(ed.specimen_id, ed.page_id, feature), self.tr("Remove vertex"))
        return True

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(1.25**steps)
        event.accept()

    # -- keys ------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            if self.polygon or self._start is not None:
                self.cancel_drawing()
            else:
                self.editor.select(None)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.polygon:
            self.finish_polygon()
        elif key == Qt.Key.Key_Backspace and self.polygon:
            self.polygon.pop()
            self._show_rubber(Polygon(tuple(self.polygon)) if self.polygon else None)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._nudge(key, event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1.25)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(0.8)
        elif key == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)

    def _nudge(self, key: int, big: object) -> None:
        ed = self.editor
        item = self.items_by_id.get(ed.feature_id or "")
        if item is None or ed.specimen_id is None or ed.page_id is None:
            return
        step = BIG_NUDGE_MM if big else NUDGE_MM
        dx = {Qt.Key.Key_Left: -step, Qt.Key.Key_Right: step}.get(Qt.Key(key), 0.0)
        dy = {Qt.Key.Key_Up: -step, Qt.Key.Key_Down: step}.get(Qt.Key(key), 0.0)
        feature = item.feature
        region = translated(feature.region, dx, dy)
        label = self.tr("Move %1").replace("%1", words.shape(region))
        # Nudges in a row merge into one step, like a drag.
        ed.push(
            UpdateFeature(ed.specimen_id, ed.page_id, replace(feature, region=region)),
            label,
            (feature.id, "nudge"),
        )
