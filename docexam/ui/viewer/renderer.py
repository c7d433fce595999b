"""Renders pages under a light off the UI thread, and keeps recent results as pixmaps.

A light already seen is shown from the pixmap cache at once (within a frame); a new one is
rendered by a worker while the badge says so; a result arriving after the trainee moved on is
dropped.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QImage, QPixmap

from docexam.core.domain.errors import DocexamError
from docexam.core.light import LightEngine, LightParams, PixelRect, Rendering
from docexam.core.pack.images import Image

PIXMAP_CACHE = 6  # a 600 dpi TD3 page is ~24 MB as a pixmap


def to_qimage(image: Image) -> QImage:
    """BGR (or grey) numpy array -> QImage owning a copy of the pixels."""
    if image.ndim == 2:
        height, width = image.shape
        return QImage(image.data, width, height, width, QImage.Format.Format_Grayscale8).copy()
    rgb = np.ascontiguousarray(image[:, :, ::-1])
    height, width, _ = rgb.shape
    return QImage(rgb.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


class _Signals(QObject):
    done = Signal(int, object, object)  # token, Rendering, QImage
    failed = Signal(int, str)


class _Job(QRunnable):
    def __init__(
        self, token: int, engine: LightEngine, page: str, params: LightParams, signals: _Signals
    ) -> None:
        super().__init__()
        self.args = (token, engine, page, params, signals)

    def run(self) -> None:
        token, engine, page, params, signals = self.args
        try:
            rendering = engine.render(page, params)
            image = to_qimage(rendering.image)
        except (DocexamError, OSError, ValueError) as exc:
            signals.failed.emit(token, str(exc))
            return
        signals.done.emit(token, rendering, image)


class PageRenderer(QObject):
    """Asks the engine for (page, light) renders; emits ``shown`` with a pixmap to display."""

    shown = Signal(object, QPixmap)  # Rendering of the whole page, pixmap
    previewed = Signal(object, QPixmap, object)  # Rendering of part of the page, pixmap, PixelRect
    busy = Signal(bool)
    failed = Signal(str)

    def __init__(self, engine: LightEngine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # the engine renders one at a time anyway
        self._signals = _Signals()
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)
        self._token = 0
        self._pixmaps: OrderedDict[Any, tuple[Rendering, QPixmap]] = OrderedDict()
        self.current: Rendering | None = None

    def request(self, page_id: str, params: LightParams) -> bool:
        """Show ``params`` on ``page_id`` at full resolution; True when shown at once from cache."""
        self._token += 1
        key = (page_id, params.key())
        hit = self._pixmaps.get(key)
        if hit is not None:
            self._pixmaps.move_to_end(key)
            self._show(hit[0], hit[1])
            return True
        self.busy.emit(True)
        self.pool.start(_Job(self._token, self.engine, page_id, params, self._signals))
        return False

    def preview(self, page_id: str, params: LightParams, scale: float, roi: PixelRect) -> Rendering:
        """A quick render of just the visible part while a control is dragged.

        Synchronous on purpose: at viewport size it takes a few milliseconds, and dragging must
        feel attached to the hand. The full page follows on release.
        """
        self._token += 1
        rendering = self.engine.render(page_id, params, scale=scale, roi=roi)
        self.previewed.emit(rendering, QPixmap.fromImage(to_qimage(rendering.image)), roi)
        return rendering

    def wait(self) -> None:
        self.pool.waitForDone()

    def _done(self, token: int, rendering: Rendering, image: QImage) -> None:
        pixmap = QPixmap.fromImage(image)
        self._pixmaps[(rendering.page_id, rendering.params.key())] = (rendering, pixmap)
        while len(self._pixmaps) > PIXMAP_CACHE:
            self._pixmaps.popitem(last=False)
        if token == self._token:
            self.busy.emit(False)
            self._show(rendering, pixmap)

    def _failed(self, token: int, message: str) -> None:
        if token == self._token:
            self.busy.emit(False)
            self.failed.emit(message)

    def _show(self, rendering: Rendering, pixmap: QPixmap) -> None:
        self.current = rendering
        self.shown.emit(rendering, pixmap)
