"""Manual registration: drag four labelled handles onto the page corners as they appear in the
capture. OK refuses a mirrored, folded or degenerate outline (the core check) with its reason."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen, QPixmap, QPolygonF, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
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
