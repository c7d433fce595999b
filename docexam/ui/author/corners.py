"""Manual registration: drag four labelled handles onto the page corners as they appear in the
capture. OK refuses a mirrored, folded or degenerate outline (the core check) with its reason."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from docexam.core.authoring.corners import CornerFault, Corners, corner_fault

HANDLE_PX = 14


def corner_names() -> tuple[str, str, str, str]:
    return (
        QCoreApplication.translate("CornerDialog", "top left"),
        QCoreApplication.translate("CornerDialog", "top right"),
        QCoreApplication.translate("CornerDialog", "bottom right"),
        QCoreApplication.translate("CornerDialog", "bottom left"),
    )


def fault_text(fault: CornerFault) -> str:
    texts = {
        CornerFault.MIRRORED: QCoreApplication.translate(
            "CornerDialog",
            "The corners run the wrong way round: the capture would be mirrored. Put each "
            "handle on the page corner it is named after.",
        ),
        CornerFault.CROSSING: QCoreApplication.translate(
            "CornerDialog", "Two edges of the outline cross: the capture would be folded over."
        ),
        CornerFault.CONCAVE: QCoreApplication.translate(
            "CornerDialog", "One corner lies inside the others: a flat page cannot look like that."
        ),
        CornerFault.TOO_SMALL: QCoreApplication.translate(
            "CornerDialog", "The corners enclose almost nothing: drag each onto its page corner."
        ),
    }
    return texts[fault]


class CornerHandle(QGraphicsEllipseItem):
    def __init__(self, dialog: CornerDialog, name: str = "") -> None:
        half = HANDLE_PX / 2
        super().__init__(QRectF(-half, -half, HANDLE_PX, HANDLE_PX))
        self.dialog = dialog
        flags = QGraphicsItem.GraphicsItemFlag
        self.setFlags(
            flags.ItemIsMovable | flags.ItemIgnoresTransformations | flags.ItemSendsGeometryChanges
        )
        self.setBrush(QBrush(QColor("#e69f00")))
        self.setPen(QPen(QColor("#000000"), 1))
        self.setZValue(10)
        self.setCursor(Qt.CursorShape.SizeAllCursor)
        self.setToolTip(name)
        # The name beside the handle, on a light box so it reads over any capture.
        self.label = QGraphicsSimpleTextItem(name, self)
        self.label.setBrush(QBrush(QColor("#000000")))
        self.label.setPos(half + 2, half)
        box = self.label.boundingRect().adjusted(-2, -1, 2, 1).translated(half + 2, half)
        self.backdrop = QGraphicsPathItem(self)
        path = QPainterPath()
        path.addRoundedRect(box, 3, 3)
        self.backdrop.setPath(path)
        self.backdrop.setBrush(QBrush(QColor(255, 236, 179, 220)))
        self.backdrop.setPen(QPen(Qt.PenStyle.NoPen))
        self.label.setZValue(1)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            self.dialog.update_outline()
        return super().itemChange(change, value)


class CornerDialog(QDialog):
    """Shows the capture; the handles start where automatic registration put the page corners."""

    def __init__(self, capture: QPixmap, corners: Corners, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct registration by the corners"))
        self.resize(1000, 760)
        scene = QGraphicsScene(self)
        scene.addPixmap(capture)
        self.outline = QGraphicsPathItem()
        pen = QPen(QColor("#e69f00"), 2)
        pen.setCosmetic(True)
        self.outline.setPen(pen)
        scene.addItem(self.outline)
        self.handles: list[CornerHandle] = []
        self.capture_size = (capture.width(), capture.height())
        for (x, y), name in zip(corners, corner_names(), strict=True):
            handle = CornerHandle(self, name)
            handle.setPos(x, y)
            scene.addItem(handle)
            self.handles.append(handle)
        self.view = QGraphicsView(scene)
        self.view.setBackgroundBrush(QColor("#5a5a5a"))
        help_text = QLabel(
            self.tr(
                "Drag the four handles onto the corners of the page in this capture: top left, "
                "top right, bottom right, bottom left. The capture is then stretched onto the scan."
            )
        )
        help_text.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(help_text)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.update_outline()
        self._add_precision_tools(capture, layout)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.view.fitInView(
            self.view.scene().itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio
        )

    def update_outline(self) -> None:
        if len(getattr(self, "handles", [])) != 4:
            return
        path = QPainterPath()
        path.addPolygon(QPolygonF([h.pos() for h in self.handles] + [self.handles[0].pos()]))
        self.outline.setPath(path)

    def problem(self) -> CornerFault | None:
        return corner_fault(self.corners(), self.capture_size)

    def try_accept(self) -> None:
        """OK: accept a sane outline; say what is wrong with any other and stay open."""
        fault = self.problem()
        if fault is None:
            self.accept()
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.windowTitle(), fault_text(fault), parent=self
        )
        box.setObjectName("corner-problem")
        box.open()
        self.last_problem = box

    def corners(self) -> Corners:
        return tuple((h.pos().x(), h.pos().y()) for h in self.handles)

    def set_corner(self, index: int, point: tuple[float, float]) -> None:
        self.handles[index].setPos(QPointF(*point))

    # -- precision: a magnifier while dragging, numbers for each corner --------------------------

    def _add_precision_tools(self, capture: QPixmap, layout: QVBoxLayout) -> None:
        self.magnifier = Magnifier(capture, self.view.viewport())
        self._dragged: CornerHandle | None = None
        self.view.viewport().installEventFilter(self)
        self.spins: list[tuple[QDoubleSpinBox, QDoubleSpinBox]] = []
        row = QHBoxLayout()
        names = (
            self.tr("Top left"),
            self.tr("Top right"),
            self.tr("Bottom right"),
            self.tr("Bottom left"),
        )
        reach = 2 * max(capture.width(), capture.height(), 1)  # a corner may lie off the capture
        for index, name in enumerate(names):
            row.addWidget(QLabel(name))
            pair = []
            for axis in ("x", "y"):
                spin = QDoubleSpinBox()
                spin.setObjectName(f"corner_{index}_{axis}")
                spin.setRange(-reach, reach)
                spin.setDecimals(1)
                spin.setSuffix(" px")
                spin.setToolTip(
                    self.tr("%1 corner, %2 in capture pixels (drag the handle, or type)")
                    .replace("%1", name)
                    .replace("%2", axis)
                )
                spin.valueChanged.connect(lambda _v, i=index: self._typed(i))
                row.addWidget(spin)
                pair.append(spin)
            self.spins.append((pair[0], pair[1]))
            row.addSpacing(8)
        row.addStretch(1)
        layout.insertLayout(layout.count() - 1, row)  # above OK / Cancel
        self.view.scene().changed.connect(lambda _rects: self._show_numbers())
        self._show_numbers()

    def _show_numbers(self) -> None:
        for handle, (sx, sy) in zip(self.handles, self.spins, strict=True):
            for spin, value in ((sx, handle.pos().x()), (sy, handle.pos().y())):
                if abs(spin.value() - value) > 0.05 and not spin.hasFocus():
                    spin.blockSignals(True)
                    spin.setValue(value)
                    spin.blockSignals(False)

    def _typed(self, index: int) -> None:
        sx, sy = self.spins[index]
        self.set_corner(index, (sx.value(), sy.value()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Shows the magnifier at the cursor while a corner handle is dragged."""
        if watched is self.view.viewport() and isinstance(event, QMouseEvent):
            pos = event.position().toPoint()
            if event.type() == QEvent.Type.MouseButtonPress:
                item = self.view.itemAt(pos)
                self._dragged = item if isinstance(item, CornerHandle) else None
            if self._dragged is not None and event.type() in (
                QEvent.Type.MouseButtonPress,
                QEvent.Type.MouseMove,
            ):
                self.magnifier.show_at(self.view.mapToScene(pos), pos)
            elif event.type() == QEvent.Type.MouseButtonRelease:
                self._dragged = None
                self.magnifier.hide()
        return super().eventFilter(watched, event)


class Magnifier(QLabel):
    """The capture around a point, enlarged, with a cross on the point: a corner placed to the
    pixel though the whole capture is shown small."""

    SIZE = 160  # pixels on screen
    ZOOM = 4.0

    def __init__(self, capture: QPixmap, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("magnifier")
        self.capture = capture
        self.setFixedSize(self.SIZE, self.SIZE)
        self.setStyleSheet("border: 2px solid #e69f00;")
        self.hide()

    def show_at(self, scene_point: QPointF, cursor: QPoint) -> None:
        self.setPixmap(self.render_around(scene_point))
        # Beside the cursor, never under it; flipped near the right or bottom edge.
        parent = self.parentWidget()
        x, y = cursor.x() + 24, cursor.y() + 24
        if parent is not None:
            if x + self.SIZE > parent.width():
                x = cursor.x() - 24 - self.SIZE
            if y + self.SIZE > parent.height():
                y = cursor.y() - 24 - self.SIZE
        self.move(x, y)
        self.show()
        self.raise_()

    def render_around(self, point: QPointF) -> QPixmap:
        side = self.SIZE / self.ZOOM
        source = QRectF(point.x() - side / 2, point.y() - side / 2, side, side)
        out = QPixmap(self.SIZE, self.SIZE)
        out.fill(QColor("#5a5a5a"))  # beyond the capture's edge
        painter = QPainter(out)
        painter.drawPixmap(QRectF(0, 0, self.SIZE, self.SIZE), self.capture, source)
        pen = QPen(QColor("#e69f00"), 1)
        painter.setPen(pen)
        middle = self.SIZE / 2
        painter.drawLine(QPointF(middle, 0), QPointF(middle, middle - 6))
        painter.drawLine(QPointF(middle, middle + 6), QPointF(middle, self.SIZE))
        painter.drawLine(QPointF(0, middle), QPointF(middle - 6, middle))
        painter.drawLine(QPointF(middle + 6, middle), QPointF(self.SIZE, middle))
        painter.end()
        return out
