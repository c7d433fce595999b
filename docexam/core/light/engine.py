"""The light engine the viewer and the command line use: captured beats simulated, and caches.

A capture stands in for every setting it physically represents (``light/captures.py``: an IR
capture serves the filter cut-offs at which no annotated ink changes).

Renders are cached per (page, light settings, scale, window) in a byte-bounded LRU; the page's
own data (visible image, layers, relief normals) is computed once per page and zoom level.
Images handed out are read-only views of the cache: copy one before drawing on it.
"""

from __future__ import annotations

import math
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np

from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import ImageRef, Page, Specimen
from docexam.core.light import pack_draft
from docexam.core.light.blend import Window
from docexam.core.light.cache import ByteLRU
from docexam.core.light.captures import capture_for
from docexam.core.light.draft_store import DraftStore
from docexam.core.light.page import PageData, scaled_size
from docexam.core.light.params import Image, LightError, LightParams, PixelRect, Rendering
from docexam.core.light.simulate import as_bgr, render_window, warm
from docexam.core.pack.images import read_image

DEFAULT_CACHE_BYTES = 256 * 1024 * 1024  # every light of a 600 dpi TD3 page fits
DRAFT_LONG_SIDE = 1024  # pixels: about what a screen shows of a whole page
ZOOM_LEVELS_KEPT = 2  # scaled copies of a page's data, besides full resolution

Reader = Callable[..., Image]


def _frozen(image: Image) -> Image:
    image.flags.writeable = False
    return image


def resample(src: Image, width: int, height: int, win: Window) -> Image:
    """The window of ``src`` stretched to a ``width x height`` page grid."""
    sh, sw = src.shape[:2]
    x0, y0, x1, y1 = win
    if (sw, sh) == (width, height):
        return src[y0:y1, x0:x1]
    if win == (0, 0, width, height):
        shrink = width < sw
        return cv2.resize(
            src, (width, height), interpolation=cv2.INTER_AREA if shrink else cv2.INTER_LINEAR
        )
    kx, ky = sw / width, sh / height
    if kx > 1.5:  # sampling a shrunk window bilinearly would alias fine guilloche
        src = cv2.GaussianBlur(src, (0, 0), 0.4 * kx)
    m = np.array([[kx, 0, (x0 + 0.5) * kx - 0.5], [0, ky, (y0 + 0.5) * ky - 0.5]], dtype=np.float64)
    flags = cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP
    return cv2.warpAffine(src, m, (x1 - x0, y1 - y0), flags=flags, borderMode=cv2.BORDER_REPLICATE)


class LightEngine:
    """Renders the pages of one specimen under every light source.

    ``render(page_id, params, scale=, roi=)`` returns a :class:`Rendering`; ``roi`` is a pixel
    rectangle of the page at ``scale`` (the visible image's pixels times ``scale``), so a viewer
    renders just what it shows. Thread-safe: one render at a time.
    """

    def __init__(
        self,
        specimen: Specimen,
        *,
        cache_bytes: int = DEFAULT_CACHE_BYTES,
        reader: Reader = read_image,
        draft_store: DraftStore | None = None,
    ) -> None:
        self.specimen = specimen
        self._read = reader
        self._draft_store = draft_store  # drafts kept on disk between openings
        self._full_sizes: dict[str, tuple[int, int]] = {}  # of pages drafted or read before
        self._renders: ByteLRU[Image] = ByteLRU(cache_bytes, lambda a: int(a.nbytes))
        self._levels: dict[str, OrderedDict[float, PageData]] = {}
        self._lock = threading.RLock()
        self._prepared: set[str] = set()
        # Drafts: each page at screen resolution, built from its own masks, shown while the full
        # resolution is still being prepared. Published whole (a dict store is atomic), read by
        # the UI thread under their own lock, never under the one a preparation holds.
        self._drafts: dict[str, PageData] = {}
        self._draft_lock = threading.Lock()

    # -- public -------------------------------------------------------------------------------

    def page_size(self, page_id: str, scale: float = 1.0) -> tuple[int, int]:
        """(width, height) in pixels of the page rendered at ``scale``."""
        scale = self._check_scale(scale)
        # Without the lock once the page is loaded: the UI thread asks this for every pixmap it
        # shows, and must not wait for a preparation running in the worker (dict reads are atomic).
        levels = self._levels.get(page_id)
        base = levels.get(1.0) if levels is not None else None
        if base is None and page_id in self._full_sizes:  # drafted from disk, not read yet
            return scaled_size(*self._full_sizes[page_id], scale)
        if base is None:
            with self._lock:
                base = self._data(self._page(page_id), 1.0)
        return scaled_size(base.width, base.height, scale)

    def prepare(self, page_id: str) -> None:
        """Load the page and compute what no light setting changes (layers, halos, relief
        normals), e.g. in a worker thread when the page opens, so first renders stay quick."""
        with self._lock:
            warm(self._data(self._page(page_id), 1.0))
            self._prepared.add(page_id)

    def is_prepared(self, page_id: str) -> bool:
        """True once :meth:`prepare` ran for the page (and its data was not cleared since).

        Takes no lock, so the UI thread can ask while a preparation runs for seconds: a set's
        membership test is atomic, and a stale False only queues a preparation that is a no-op.
        """
        return page_id in self._prepared

    def prepare_draft(self, page_id: str) -> None:
        """Build the page's draft: its data at screen resolution with every layer, halo and
        relief normal, and its holes (what transmitted light needs of a reverse side)."""
        if page_id in self._drafts:
            return
        page = self._page(page_id)
        key = self._draft_key(page)
        parts = self._draft_store.load(key) if self._draft_store and key else None
        if parts is None:  # the pack's own, written by the generator or at import
            parts = pack_draft.read_draft(self.specimen, page, DRAFT_LONG_SIDE)
        if parts is not None:  # no full-page image is decoded
            self._full_sizes[page_id] = parts.full_size
            self._publish_draft(page_id, PageData.from_draft(page, parts))
            parts.masks.clear()  # the draft's layers are built: its masks are not needed again
            return
        with self._lock:  # only the visible image is read under it, never the layers
            base = self._data(page, 1.0)
        scale = DRAFT_LONG_SIDE / max(base.width, base.height)
        if scale >= 1.0:  # a page no larger than a screen is its own draft, fully prepared
            self.prepare(page_id)
            self._drafts[page_id] = base
            return
        parts = base.draft_parts(scale)
        self._publish_draft(page_id, PageData.from_draft(page, parts))
        if self._draft_store is not None and key is not None:
            self._draft_store.save(key, parts)
        # The draft's layers are built: its page-sized masks (27 MB for a 600 dpi passport
        # page) would otherwise stay in memory as long as the draft.
        parts.masks.clear()

    def _publish_draft(self, page_id: str, draft: PageData) -> None:
        warm(draft)
        _ = draft.holes
        self._drafts[page_id] = draft

    def _draft_key(self, page: Page) -> str | None:
        if self._draft_store is None:
            return None
        try:
            files = [self._path(page.visible)]
            files += [self._path(f.mask) for f in page.features if f.mask is not None]
        except LightError:  # a specimen not read from disk: nothing to key a file on
            return None
        return self._draft_store.key(list(dict.fromkeys(files)), DRAFT_LONG_SIDE)

    def draft_on_disk(self, page_id: str) -> bool:
        """True when the page's draft is kept in the draft store or in its pack: its first
        opening reads it back instead of decoding the page's images."""
        page = self._page(page_id)
        key = self._draft_key(page)
        if key is not None and self._draft_store is not None and self._draft_store.has(key):
            return True
        return pack_draft.has_draft(self.specimen, page, DRAFT_LONG_SIDE)

    def is_drafted(self, page_id: str) -> bool:
        """True once :meth:`prepare_draft` built the page's draft (asked without a lock)."""
        return page_id in self._drafts

    def has_draft(self, page_id: str, params: LightParams) -> bool:
        """True when :meth:`render_draft` can answer at once (no lock is taken to ask)."""
        if not self.draftable(page_id, params):
            return False
        page = self._page(page_id)
        if page_id not in self._drafts:
            return False
        return not (
            params.light is LightSource.TRANSMITTED
            and page.reverse is not None
            and page.reverse not in self._drafts
        )

    def draftable(self, page_id: str, params: LightParams) -> bool:
        """True when a draft can show ``params``: every simulated light, and white light, whose
        capture is the page's visible image (the draft holds it shrunk). Another captured image
        is shown as it is, never drafted."""
        page = self._page(page_id)
        ref = capture_for(page, params)
        return ref is None or ref == page.visible

    def render_draft(self, page_id: str, params: LightParams) -> Rendering | None:
        """The whole page under ``params`` at screen resolution from its draft, in a few
        milliseconds; None when the draft is not built yet (see :meth:`prepare_draft`)."""
        if not self.has_draft(page_id, params):
            return None
        page = self._page(page_id)
        draft = self._drafts[page_id]
        if capture_for(page, params) is not None:  # white light: the visible image, shrunk
            return Rendering(_frozen(draft.visible), False, params, page.id, draft.dpi)
        with self._draft_lock:
            back = None
            if params.light is LightSource.TRANSMITTED and page.reverse is not None:
                other = self._drafts[page.reverse]
                back = draft.memo(
                    ("reverse", page.reverse),
                    lambda: other.resized(draft.width, draft.height),
                    lambda b: 0 if b is other else b.nbytes,
                )
            image = render_window(draft, back, params, (0, 0, draft.width, draft.height))
        return Rendering(_frozen(as_bgr(image)), True, params, page.id, draft.dpi)

    def is_rendered(self, page_id: str, params: LightParams) -> bool:
        """True when the full-resolution render is cached (asked without the lock)."""
        levels = self._levels.get(page_id)
        base = levels.get(1.0) if levels is not None else None
        if base is None:
            return False
        key = (page_id, params.key(), 1.0, (0, 0, base.width, base.height))
        return key in self._renders

    def is_captured(self, page_id: str, params: LightParams) -> bool:
        return capture_for(self._page(page_id), params) is not None

    def render(
        self,
        page_id: str,
        params: LightParams,
        *,
        scale: float = 1.0,
        roi: PixelRect | None = None,
    ) -> Rendering:
        page = self._page(page_id)
        scale = self._check_scale(scale)
        with self._lock:
            base = self._data(page, 1.0)
            width, height = scaled_size(base.width, base.height, scale)
            win = self._window(roi, width, height, page_id)
            dpi = base.dpi * width / base.width
            ref = capture_for(page, params)
            if ref is not None and scale == 1.0 and roi is None:
                return Rendering(self._captured(page, ref), False, params, page.id, ref.dpi)
            key = (page.id, params.key(), scale, win)
            image = self._renders.get(key)
            if image is None:
                if ref is not None:
                    image = resample(self._captured(page, ref), width, height, win)
                else:
                    image = self._simulated(page, params, scale, width, height, win)
                self._renders.put(key, _frozen(np.ascontiguousarray(image)))
                if params.light is LightSource.TRANSMITTED:
                    self._drop_reverse(page)
            return Rendering(_frozen(as_bgr(image)), ref is None, params, page.id, dpi)

    @property
    def nbytes(self) -> int:
        """Memory held by cached renders and page data."""
        with self._lock:
            data = sum(d.nbytes for levels in self._levels.values() for d in levels.values())
            data_ids = {id(d) for levels in self._levels.values() for d in levels.values()}
            drafts = sum(d.nbytes for d in self._drafts.values() if id(d) not in data_ids)
            return self._renders.nbytes + data + drafts

    def held_bytes(self) -> int:
        """About :attr:`nbytes`, without waiting for a render or a preparation to finish."""
        levels = [d for lv in list(self._levels.values()) for d in list(lv.values())]
        drafts = [d for d in list(self._drafts.values()) if all(d is not b for b in levels)]
        return self._renders.nbytes + sum(d.nbytes for d in levels + drafts)

    def owns(self, image: Image) -> bool:
        """True when ``image`` is one of the arrays :meth:`held_bytes` counts: a cached render or
        a page's own image (a rendering hands out these; a grey render's BGR copy and a draft's
        render are the caller's own)."""
        levels = [d for lv in list(self._levels.values()) for d in list(lv.values())]
        pages = [d.visible for d in levels + list(self._drafts.values())]
        return any(image is a for a in self._renders.values() + pages)

    def release(self) -> int:
        """Forget every render and page data, unless a render or preparation is running (then
        nothing): what another tab needs more. Returns the bytes freed."""
        if not self._lock.acquire(blocking=False):
            return 0
        try:
            with self._draft_lock:
                freed = self.held_bytes()
                self._renders.clear()
                self._levels.clear()
                self._prepared.clear()
                self._drafts.clear()
            return freed
        finally:
            self._lock.release()

    def clear(self) -> None:
        with self._lock:
            self._renders.clear()
            self._levels.clear()
            self._prepared.clear()
            self._drafts.clear()

    # -- internals ----------------------------------------------------------------------------

    def _page(self, page_id: str) -> Page:
        try:
            return self.specimen.page(page_id)
        except KeyError:
            known = ", ".join(p.id for p in self.specimen.pages) or "none"
            raise LightError(
                f"specimen {self.specimen.id!r} has no page {page_id!r} (pages: {known})"
            ) from None

    @staticmethod
    def _check_scale(scale: float) -> float:
        if not (math.isfinite(scale) and 0.0 < scale <= 16.0):
            raise LightError(f"scale must be in (0, 16], not {scale}")
        return float(scale)

    @staticmethod
    def _window(roi: PixelRect | None, width: int, height: int, page_id: str) -> Window:
        if roi is None:
            return (0, 0, width, height)
        x1, y1 = roi.x + roi.w, roi.y + roi.h
        if roi.w <= 0 or roi.h <= 0 or roi.x < 0 or roi.y < 0 or x1 > width or y1 > height:
            raise LightError(
                f"page {page_id!r}: region {roi} is not inside the {width} x {height} page"
            )
        return (roi.x, roi.y, x1, y1)

    def _path(self, ref: ImageRef) -> Path:
        try:
            return self.specimen.path(ref)
        except ValueError as exc:
            raise LightError(str(exc)) from None

    def _data(self, page: Page, level: float) -> PageData:
        levels = self._levels.setdefault(page.id, OrderedDict())
        data = levels.get(level)
        if data is not None:
            levels.move_to_end(level)
            return data
        if level == 1.0:
            ref = page.visible
            visible = _frozen(self._read(self._path(ref)))

            def mask(m: ImageRef) -> Image:
                return self._read(self._path(m), grey=True)

            data = PageData(page, visible, ref.dpi, mask)
            self._full_sizes[page.id] = (data.width, data.height)  # kept if the data goes
        else:
            data = self._data(page, 1.0).scaled(level)
        levels[level] = data
        scaled = [lv for lv in levels if lv != 1.0]
        while len(scaled) > ZOOM_LEVELS_KEPT:
            del levels[scaled.pop(0)]
        return data

    def _captured(self, page: Page, ref: ImageRef) -> Image:
        if ref == page.visible:
            return self._data(page, 1.0).visible
        key = ("captured", page.id, ref.file)
        image = self._renders.get(key)
        if image is None:
            image = _frozen(self._read(self._path(ref)))
            self._renders.put(key, image)
        return image

    def _back(self, page: Page, data: PageData, level: float) -> PageData | None:
        if page.reverse is None:
            return None
        back_page = self._page(page.reverse)
        back = self._data(back_page, level)
        if (back.width, back.height) == (data.width, data.height):
            return back
        return data.memo(
            ("reverse", back_page.id),
            lambda: back.resized(data.width, data.height),
            lambda b: b.nbytes,
        )

    def _drop_reverse(self, page: Page) -> None:
        """The reverse side's data served a transmitted render, which is now cached: unless that
        side is shown too (prepared), it goes (its page image is 18 MB at 600 dpi)."""
        if page.reverse is None or page.reverse in self._prepared:
            return
        self._levels.pop(page.reverse, None)
        for data in self._levels.get(page.id, {}).values():
            data.forget(("reverse", page.reverse))

    def _simulated(
        self, page: Page, params: LightParams, scale: float, width: int, height: int, win: Window
    ) -> Image:
        base = self._data(page, 1.0)
        full = self._renders.get((page.id, params.key(), 1.0, (0, 0, base.width, base.height)))
        if full is not None:  # a full-resolution render is already there: just resample it
            return resample(full, width, height, win)
        level = min(scale, 1.0)
        data = self._data(page, level)
        back = None
        if params.light is LightSource.TRANSMITTED:
            back = self._back(page, data, level)
        if level == scale:
            return render_window(data, back, params, win)
        # Zoomed in past the page's own pixels: render the source pixels and interpolate.
        x0, y0, x1, y1 = win
        sx0, sy0 = max(0, math.floor(x0 / scale) - 1), max(0, math.floor(y0 / scale) - 1)
        sx1 = min(data.width, math.ceil(x1 / scale) + 1)
        sy1 = min(data.height, math.ceil(y1 / scale) + 1)
        src = render_window(data, back, params, (sx0, sy0, sx1, sy1))
        m = np.array(
            [
                [1 / scale, 0, (x0 + 0.5) / scale - 0.5 - sx0],
                [0, 1 / scale, (y0 + 0.5) / scale - 0.5 - sy0],
            ],
            dtype=np.float64,
        )
        flags = cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP
        return cv2.warpAffine(
            src, m, (x1 - x0, y1 - y0), flags=flags, borderMode=cv2.BORDER_REPLICATE
        )
