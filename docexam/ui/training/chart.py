"""A small line chart of attempt scores over time, drawn with QPainter.

QtCharts is not part of PySide6-Essentials, and the chart needs no more than a line, dots,
a 0-100 % scale and the pass mark, so it is drawn by hand. Points are (label, fraction 0..1),
oldest first; each point is a dot as well as a vertex, so one attempt still shows.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

LINE = QColor("#0072b2")  # Okabe-Ito blue
PASS = QColor("#e69f00")  # orange, dashed
GRID = QColor("#d0d0d0")
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 44, 16, 14, 28


class LineChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[tuple[str, float]] = []
        self.pass_mark: float | None = 0.6
        self.painted = 0  # how many times it painted; tests read it
        self.setMinimumSize(260, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setObjectName("score_chart")

    def sizeHint(self) -> QSize:
        return QSize(480, 220)

    def set_points(self, points: list[tuple[str, float]]) -> None:
        self.points = [(label, min(max(value, 0.0), 1.0)) for label, value in points]
        self.setToolTip(
            "\n".join(f"{label}: {round(value * 100)} %" for label, value in self.points)
        )
        self.update()

    def plot_rect(self) -> QRectF:
        return QRectF(
            MARGIN_LEFT,
            MARGIN_TOP,
            max(1.0, self.width() - MARGIN_LEFT - MARGIN_RIGHT),
            max(1.0, self.height() - MARGIN_TOP - MARGIN_BOTTOM),
        )

    def point_at(self, index: int) -> QPointF:
        """Where point ``index`` is drawn: spread evenly, one point in the middle."""
        plot = self.plot_rect()
        n = len(self.points)
        x = plot.center().x() if n == 1 else plot.left() + plot.width() * index / (n - 1)
        y = plot.bottom() - plot.height() * self.points[index][1]
        return QPointF(x, y)

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.fillRect(self.rect(), self.palette().base())
            self._axes(painter)
            if not self.points:
                painter.setPen(self.palette().placeholderText().color())
                painter.drawText(
                    self.plot_rect(),
                    Qt.AlignmentFlag.AlignCenter,
                    self.tr("No finished attempts yet"),
                )
            else:
                self._series(painter)
        finally:
            painter.end()
        self.painted += 1

    def _axes(self, painter: QPainter) -> None:
        plot = self.plot_rect()
        text = self.palette().text().color()
        for pct in (0, 25, 50, 75, 100):
            y = plot.bottom() - plot.height() * pct / 100
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y - 8, MARGIN_LEFT - 6, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{pct} %",
            )
        if self.pass_mark is not None:
            y = plot.bottom() - plot.height() * self.pass_mark
            pen = QPen(PASS, 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.drawText(QPointF(plot.right() - 70, y - 4), self.tr("pass mark"))

    def _series(self, painter: QPainter) -> None:
        plot = self.plot_rect()
        points = [self.point_at(i) for i in range(len(self.points))]
        if len(points) > 1:
            painter.setPen(QPen(LINE, 2.5))
            painter.drawPolyline(QPolygonF(points))
        painter.setPen(QPen(QColor("white"), 1.5))
        painter.setBrush(LINE)
        for p in points:
            painter.drawEllipse(p, 5, 5)
        painter.setPen(self.palette().text().color())
        first, last = self.points[0][0], self.points[-1][0]
        bottom = QRectF(plot.left(), plot.bottom() + 4, plot.width(), MARGIN_BOTTOM - 4)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft, first)
        if len(self.points) > 1:
            painter.drawText(bottom, Qt.AlignmentFlag.AlignRight, last)
