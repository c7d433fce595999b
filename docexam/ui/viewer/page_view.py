"""A zoomable, pannable view of one page with its hotspots, in full-resolution page pixels."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsPixmapItem, QGraphicsScene, QGraphicsView, QWidget

from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import Page
from docexam.ui.viewer.hotspots import HotspotItem, relevant_to
from docexam.ui.viewer.state import MAX_ZOOM, MIN_ZOOM

STEP = 1.25
PAN_STEP = 60


class PageView(QGraphicsView):
    zoom_changed = Signal(float)
    feature_clicked = Signal(object)  # Feature
    painted = Signal()
    mouse_moved = Signal(QPoint)  # viewport position, for the loupe

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self._item = QGraphicsPixmapItem()
        self._item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self._item)
        # While a control is dragged, only the visible part is re-rendered and laid over the page.
        self._preview = QGraphicsPixmapItem()
        self._preview.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._preview.setZValue(1)
        self.scene().addItem(self._preview)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setBackgroundBrush(Qt.GlobalColor.darkGray)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._fit = True
        self._press: QPoint | None = None
        self.hotspots: list[HotspotItem] = []
        self._overlay = True
        self._show_all = False
        self._light = LightSource.VISIBLE
        self.page_px: tuple[int, int] = (0, 0)

    # -- content -----------------------------------------------------------------------------

    def set_pixmap(self, pixmap: QPixmap, page_px: tuple[int, int]) -> None:
        """Show ``pixmap`` stretched over the full-resolution page (it may be a smaller preview)."""
        self._item.setPixmap(pixmap)
        self._item.setScale(page_px[0] / max(pixmap.width(), 1))
        if page_px != self.page_px:
            self.page_px = page_px
            self.scene().setSceneRect(0, 0, page_px[0], page_px[1])
            if self._fit:
                self.fit()

    def pixmap(self) -> QPixmap:
        return self._item.pixmap()

    def set_preview(self, pixmap: QPixmap, x: float, y: float, scale: float) -> None:
        self._preview.setPixmap(pixmap)
        self._preview.setPos(x, y)
        self._preview.setScale(1.0 / scale)
        self._preview.show()

    def clear_preview(self) -> None:
        self._preview.hide()

    def visible_page_rect(self) -> tuple[float, float, float, float]:
        """The part of the page in view, in full-resolution page pixels: x, y, w, h."""
        rect = self.mapToScene(self.viewport().rect()).boundingRect()
        rect = rect.intersected(self.sceneRect())
        return (rect.x(), rect.y(), rect.width(), rect.height())

    def set_page(self, page: Page, px_per_mm: float, lang: str) -> None:
        for item in self.hotspots:
            self.scene().removeItem(item)
        # A forged specimen's own additions and imitations are no security feature to study.
        genuine = [f for f in page.features if f.genuine]
        self.hotspots = [HotspotItem(f, px_per_mm, lang) for f in genuine]
        for item in self.hotspots:
            self.scene().addItem(item)
        self._restyle_hotspots()

    def set_overlay(self, shown: bool) -> None:
        self._overlay = shown
        self._restyle_hotspots()

    def set_show_all(self, show_all: bool) -> None:
        """Also outline features the current light does not reveal (dashed)."""
        self._show_all = show_all
        self._restyle_hotspots()

    def set_light(self, light: LightSource) -> None:
        self._light = light
        self._restyle_hotspots()

    def _restyle_hotspots(self) -> None:
        for item in self.hotspots:
            relevant = relevant_to(item.feature, self._light)
            item.set_relevant(relevant)
            item.setVisible(self._overlay and (relevant or self._show_all))

    # -- zoom --------------------------------------------------------------------------------

    def zoom(self) -> float:
        return float(self.transform().m11())

    @property
    def fitted(self) -> bool:
        """The zoom follows the window, fitting the page in it."""
        return self._fit

    def set_zoom(self, factor: float) -> None:
        factor = min(MAX_ZOOM, max(MIN_ZOOM, factor))
        self._fit = False
        self.resetTransform()
        self.scale(factor, factor)
        self.zoom_changed.emit(factor)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / STEP)

    def actual_pixels(self) -> None:
        self.set_zoom(1.0)

    def true_size(self, image_dpi: float) -> None:
        """Paper millimetres at their real size on this screen."""
        screen = self.screen()
        screen_dpi = screen.physicalDotsPerInch() if screen is not None else 96.0
        self.set_zoom(screen_dpi / image_dpi)

    def fit(self) -> None:
        self._fit = True
        if self.page_px[0] > 0:
            self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self.zoom_changed.emit(self.zoom())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.set_zoom(self.zoom() * (STEP**steps))
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        bars = {
            Qt.Key.Key_Left: (self.horizontalScrollBar(), -PAN_STEP),
            Qt.Key.Key_Right: (self.horizontalScrollBar(), PAN_STEP),
            Qt.Key.Key_Up: (self.verticalScrollBar(), -PAN_STEP),
            Qt.Key.Key_Down: (self.verticalScrollBar(), PAN_STEP),
        }
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif key == Qt.Key.Key_0:
            self.fit()
        elif key == Qt.Key.Key_1:
            self.actual_pixels()
        elif key in bars:
            bar, step = bars[Qt.Key(key)]
            bar.setValue(bar.value() + step)
        else:
            super().keyPressEvent(event)

    # -- clicks on hotspots (a click, not the end of a drag) -------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.mouse_moved.emit(event.position().toPoint())
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        pos = event.position().toPoint()
        if self._press is not None and (pos - self._press).manhattanLength() < 4:
            for item in self.items(pos):
                if isinstance(item, HotspotItem) and item.isVisible():
                    self.feature_clicked.emit(item.feature)
                    break
        self._press = None

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit()
