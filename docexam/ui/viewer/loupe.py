"""A magnifier that follows the cursor, at a true optical power (5x-40x) under the current light."""

from __future__ import annotations

import cv2
import numpy as np
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QWidget

from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import Page
from docexam.core.light.microtext import sharpen_microprint
from docexam.core.light.plate import sharpen_plate
from docexam.core.pack.images import Image
from docexam.ui.viewer.renderer import to_qimage
from docexam.ui.viewer.state import DEFAULT_LOUPE_POWER

SIZE = 260


def loupe_crop(
    image: Image,
    centre: tuple[float, float],
    power: float,
    image_dpi: float,
    screen_dpi: float,
    size: int,
) -> Image:
    """The ``size`` x ``size`` screen pixels a ``power`` x loupe shows around ``centre``.

    One paper millimetre spans ``power * screen_dpi / 25.4`` screen pixels, the same as a real loupe
    held over the document; outside the page is dark.
    """
    zoom = power * screen_dpi / image_dpi  # screen pixels per image pixel
    # Affine map from loupe pixels to image pixels, centred on the cursor.
    half = size / 2.0
    m = np.array(
        [[1 / zoom, 0, centre[0] - half / zoom], [0, 1 / zoom, centre[1] - half / zoom]],
        dtype=np.float64,
    )
    interpolation = cv2.INTER_LINEAR if zoom < 1 else cv2.INTER_CUBIC
    crop: Image = cv2.warpAffine(
        image,
        m,
        (size, size),
        flags=interpolation | cv2.WARP_INVERSE_MAP,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=(32, 32, 32),
    )
    return crop


def loupe_view(
    image: Image,
    centre: tuple[float, float],
    power: float,
    image_dpi: float,
    screen_dpi: float,
    size: int,
    page: Page | None = None,
    light: LightSource | None = None,
) -> Image:
    """What the loupe shows: :func:`loupe_crop`, with genuine fine lines and microprint of
    ``page`` drawn from their vector source at the loupe's own scale where ``light`` lets them
    be seen."""
    crop = loupe_crop(image, centre, power, image_dpi, screen_dpi, size)
    if page is None or light is None:
        return crop
    px_per_mm = power * screen_dpi / 25.4
    # The mm position of loupe pixel (0, 0), matching loupe_crop's pixel-centre mapping.
    to_mm = 25.4 / image_dpi
    half = size / 2.0 + 0.5
    origin = (
        (centre[0] + 0.5) * to_mm - half / px_per_mm,
        (centre[1] + 0.5) * to_mm - half / px_per_mm,
    )
    crop = sharpen_plate(crop, page, light, origin, px_per_mm, image_dpi)
    return sharpen_microprint(crop, page, light, origin, px_per_mm, image_dpi)


class Loupe(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.resize(SIZE, SIZE)
        self.power = DEFAULT_LOUPE_POWER
        self.screen_dpi = 96.0
        self.last: Image | None = None
        self._pixmap = QPixmap()
        self.hide()

    def show_at(
        self,
        viewport_pos: QPoint,
        image: Image,
        centre: tuple[float, float],
        dpi: float,
        page: Page | None = None,
        light: LightSource | None = None,
    ) -> None:
        self.last = loupe_view(image, centre, self.power, dpi, self.screen_dpi, SIZE, page, light)
        self._pixmap = QPixmap.fromImage(to_qimage(self.last))
        # Sit above-right of the cursor so the point being examined stays visible; flip below or
        # to the left near the edges rather than covering the cursor.
        parent = self.parentWidget()
        x = viewport_pos.x() + 24
        y = viewport_pos.y() - SIZE - 24
        if parent is not None:
            if x + SIZE > parent.width():
                x = viewport_pos.x() - SIZE - 24
            if y < 0:
                y = viewport_pos.y() + 24
            x = min(max(0, x), max(0, parent.width() - SIZE))
            y = min(max(0, y), max(0, parent.height() - SIZE))
        self.move(x, y)
        self.show()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.drawPixmap(0, 0, self._pixmap)
        # A small cross marks the point under the cursor.
        painter.setPen(QPen(QColor(230, 159, 0, 200), 1))
        mid = SIZE / 2
        painter.drawLine(QPointF(mid - 8, mid), QPointF(mid - 3, mid))
        painter.drawLine(QPointF(mid + 3, mid), QPointF(mid + 8, mid))
        painter.drawLine(QPointF(mid, mid - 8), QPointF(mid, mid - 3))
        painter.drawLine(QPointF(mid, mid + 3), QPointF(mid, mid + 8))
        # A 1 mm scale bar, so the trainee can judge the size of what they see.
        mm = self.power * self.screen_dpi / 25.4
        bar = mm if mm >= 20 else mm * 5
        label = "1 mm" if mm >= 20 else "5 mm"
        base = QPointF(12, SIZE - 14)
        # A dark plate under the scale and label keeps them legible on pale paper and under UV.
        painter.fillRect(QRectF(6, SIZE - 44, max(bar, 96) + 14, 38), QColor(0, 0, 0, 150))
        painter.setPen(QPen(QColor("#000000"), 5))
        painter.drawLine(base, base + QPointF(bar, 0))
        painter.setPen(QPen(QColor("#ffffff"), 3))
        painter.drawLine(base, base + QPointF(bar, 0))
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(QRectF(12, SIZE - 40, 120, 20), f"{label} · {self.power}×")
        painter.setPen(QPen(QColor("#e69f00"), 3))
        painter.drawRect(1, 1, SIZE - 2, SIZE - 2)
        painter.end()
