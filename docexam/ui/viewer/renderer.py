"""Renders pages under a light off the UI thread, and keeps recent results as pixmaps.

A light already seen is shown from the pixmap cache at once (within a frame); a new one is
first drawn from the page's draft (screen resolution, a few milliseconds, on the UI thread or,
while the draft is still being built, first in the worker), then rendered at full resolution by
the worker while the badge says so. Each request supersedes the one before: a render
still queued for a light the trainee already left never runs, and one already running is dropped.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

import cv2
import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage, QPixmap

from docexam.core.domain.lights import LightSource
from docexam.core.light import LightEngine, LightError, LightParams, PixelRect, Rendering
from docexam.core.light.budget import BUDGET, MemoryBudget
from docexam.core.pack.images import Image
from docexam.ui.common.worker import Job, Worker

# A 600 dpi TD3 page is ~24 MB as a pixmap: the light on screen and the two before it. Others
# come back from the engine's cache of renders in a few tens of milliseconds.
PIXMAP_CACHE = 3


def to_qimage(image: Image) -> QImage:
    """BGR (or grey) numpy array -> QImage owning a copy of the pixels.

    The pixels are written once, straight into the QImage's own buffer (the channel swap is
    that copy): a 600 dpi page copied twice cost more than rendering many of its lights.
    """
    height, width = image.shape[:2]
    grey = image.ndim == 2
    fmt = QImage.Format.Format_Grayscale8 if grey else QImage.Format.Format_RGB888
    out = QImage(width, height, fmt)
    channels = 1 if grey else 3
    # Qt pads each line to 4 bytes: write through a view with the QImage's own stride.
    rows = np.frombuffer(out.bits(), dtype=np.uint8).reshape(height, out.bytesPerLine())
    view = rows[:, : width * channels].reshape(height, width, channels)
    if grey:
        view[:, :, 0] = image
    else:
        cv2.cvtColor(image, cv2.COLOR_BGR2RGB, dst=view)
    return out


def _render(engine: LightEngine, page_id: str, params: LightParams) -> tuple[Rendering, QImage]:
    rendering = engine.render(page_id, params)
    return rendering, to_qimage(rendering.image)  # QImage is safe off the UI thread, QPixmap not


def _draft(engine: LightEngine, page_id: str, params: LightParams) -> tuple[Rendering, QImage]:
    engine.prepare_draft(page_id)
    reverse = engine.specimen.page(page_id).reverse
    if reverse is not None and params.light is LightSource.TRANSMITTED:
        engine.prepare_draft(reverse)
    rendering = engine.render_draft(page_id, params)
    if rendering is None:  # pragma: no cover - both drafts were just built
        raise LightError(f"page {page_id!r} has no draft for {params.describe()}")
    return rendering, to_qimage(rendering.image)


def _preparing(engine: LightEngine, page_id: str) -> Callable[[Job], None]:
    return lambda _job: engine.prepare(page_id)


def _drafting(engine: LightEngine, page_id: str) -> Callable[[Job], None]:
    return lambda _job: engine.prepare_draft(page_id)


class PageRenderer(QObject):
    """Asks the engine for (page, light) renders; emits ``shown`` with a pixmap to display."""

    shown = Signal(object, QPixmap)  # Rendering of the whole page, pixmap
    drafted = Signal(object, QPixmap)  # the whole page at screen resolution, until ``shown``
    previewed = Signal(object, QPixmap, object)  # Rendering of part of the page, pixmap, PixelRect
    busy = Signal(bool)
    failed = Signal(str)

    def __init__(
        self, engine: LightEngine, parent: QObject | None = None, budget: MemoryBudget = BUDGET
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.budget = budget  # shared by every tab: the least recently used give memory back
        self.worker = Worker(self)  # one thread: the engine renders one at a time anyway
        self._pixmaps: OrderedDict[Any, tuple[Rendering, QPixmap]] = OrderedDict()
        self.current: Rendering | None = None
        self._ahead: tuple[str, ...] = ()
        self._drafts: tuple[str, ...] = ()

    def prepare(self, page_ids: Sequence[str], drafts: Sequence[str] = ()) -> None:
        """Compute the pages' light-independent data (layers, halos, relief) in the worker, in
        order, so the first light pressed on them needs only its own render: building a 600 dpi
        page's layers takes far longer than any single light. Every page's draft comes first:
        it lets a light be shown at screen resolution long before its page is prepared.
        ``drafts`` are pages to draft only (the next page, say)."""
        self._ahead = tuple(page_ids)
        self._drafts = tuple(dict.fromkeys((*page_ids, *drafts)))
        self._queue_ahead()

    def _queue_ahead(self) -> None:
        # Failures are left to the render of that page, which reports them readably.
        for page_id in self._drafts:
            if not self.engine.is_drafted(page_id):
                self.worker.start(_drafting(self.engine, page_id))
        for page_id in self._ahead:
            if not self.engine.is_prepared(page_id):
                self.worker.start(_preparing(self.engine, page_id)).finished.connect(self._trim)

    # -- memory shared with the other tabs (docexam.core.light.budget.Holder) --------------------

    def held_bytes(self) -> int:
        """The engine's count, the pixmaps kept, and the images of the renderings kept with them
        that the engine does not hold (an IR render's colour copy, a draft's render): the one on
        screen stays after :meth:`release`, and would otherwise go uncounted."""
        kept = list(self._pixmaps.values())
        pixmaps = sum(p.width() * p.height() * p.depth() // 8 for _, p in kept)
        shown = [r for r, _ in kept] + ([self.current] if self.current is not None else [])
        images = {id(r.image): r.image for r in shown}.values()
        own = sum(int(i.nbytes) for i in images if not self.engine.owns(i))
        return self.engine.held_bytes() + pixmaps + own

    def release(self) -> int:
        """Keep only the pixmap on screen (called on the UI thread, which owns pixmaps)."""
        before = self.held_bytes()
        shown = None if self.current is None else (self.current.page_id, self.current.params.key())
        for key in [k for k in self._pixmaps if k != shown]:
            del self._pixmaps[key]
        self.engine.release()
        return max(0, before - self.held_bytes())

    def _trim(self) -> None:
        self.budget.trim()

    def request(self, page_id: str, params: LightParams) -> bool:
        """Show ``params`` on ``page_id`` at full resolution; True when shown at once from cache."""
        self.worker.cancel()
        self.budget.used(self)
        key = (page_id, params.key())
        hit = self._pixmaps.get(key)
        if hit is not None:
            self._pixmaps.move_to_end(key)
            self._show(hit[0], hit[1])
            return True
        self.busy.emit(True)
        engine = self.engine
        if not engine.is_rendered(page_id, params):
            draft = engine.render_draft(page_id, params)
            if draft is not None:
                self._show_draft((draft, to_qimage(draft.image)))
            elif engine.draftable(page_id, params) and (
                not engine.is_captured(page_id, params) or engine.draft_on_disk(page_id)
            ):
                # The draft is still being built: it goes ahead of the full render in the worker.
                # For white light only when it is read back from disk: white light's full render
                # is the page's image, one decode, where building the draft decodes every mask
                # too (seconds for a never-opened 600 dpi passport).
                drafting = self.worker.start(lambda _job: _draft(engine, page_id, params))
                drafting.succeeded.connect(self._show_draft)
        task = self.worker.start(lambda _job: _render(engine, page_id, params))
        task.succeeded.connect(self._done)
        task.failed.connect(self._failed)
        self._queue_ahead()  # the cancel above dropped the preparations still queued
        return False

    def preview(self, page_id: str, params: LightParams, scale: float, roi: PixelRect) -> Rendering:
        """A quick render of just the visible part while a control is dragged.

        Synchronous on purpose: at viewport size it takes a few milliseconds, and dragging must
        feel attached to the hand. The full page follows on release.
        """
        self.worker.cancel()
        rendering = self.engine.render(page_id, params, scale=scale, roi=roi)
        self.previewed.emit(rendering, QPixmap.fromImage(to_qimage(rendering.image)), roi)
        return rendering

    def wait(self) -> None:
        self.worker.wait()

    def stop(self) -> None:
        """The pane closes: renders still queued never run, a running one is waited for."""
        self.worker.stop()
        self.budget.forget(self)

    def _done(self, result: tuple[Rendering, QImage]) -> None:
        rendering, image = result
        pixmap = QPixmap.fromImage(image)
        self._pixmaps[(rendering.page_id, rendering.params.key())] = (rendering, pixmap)
        while len(self._pixmaps) > PIXMAP_CACHE:
            self._pixmaps.popitem(last=False)
        self.busy.emit(False)
        self._show(rendering, pixmap)
        self._trim()

    def _show_draft(self, result: tuple[Rendering, QImage]) -> None:
        rendering, image = result
        self.current = rendering
        self.drafted.emit(rendering, QPixmap.fromImage(image))

    def _failed(self, message: str) -> None:
        self.busy.emit(False)
        self.failed.emit(message)

    def _show(self, rendering: Rendering, pixmap: QPixmap) -> None:
        self.current = rendering
        self.shown.emit(rendering, pixmap)
