"""Manual registration: drag four handles onto the page corners as they appear in the capture."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen, QPixmap, QPolygonF, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from docexam.core.authoring.registration import Corners

HANDLE_PX = 14


class CornerHandle(QGraphicsEllipseItem):
    def __init__(self, dialog: CornerDialog) -> None:
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
        for x, y in corners:
            handle = CornerHandle(self)
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
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(help_text)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.update_outline()

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

    def corners(self) -> Corners:
        return tuple((h.pos().x(), h.pos().y()) for h in self.handles)

    def set_corner(self, index: int, point: tuple[float, float]) -> None:
        self.handles[index].setPos(QPointF(*point))
