"""Everything about one page that does not depend on the light: computed once, per zoom level."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import TypeVar

import cv2
import numpy as np

from docexam.core.domain.model import Feature, ImageRef, Page
from docexam.core.light.draft_store import DraftParts
from docexam.core.light.layers import Bgr, Layer, MaskSource, build_layers, mask_papers
from docexam.core.light.params import Image, LightError

T = TypeVar("T")
DECODERS = min(4, os.cpu_count() or 1)  # threads decoding a draft's masks


def estimate_paper(visible: Image) -> Bgr:
    """The paper's colour: the median of the brightest tenth of a small copy of the page.

    Taken from the image rather than ``substrate.colour`` so a scan's real paper tone (and its
    scanner's white balance) is the reference for what counts as ink.
    """
    h, w = visible.shape[:2]
    f = min(1.0, 256.0 / max(h, w))
    small = cv2.resize(visible, (max(1, round(w * f)), max(1, round(h * f))), cv2.INTER_AREA)
    grey = cv2.cvtColor(small, cv2.COLOR_BGR2GRAY)
    bright = small[grey >= np.percentile(grey, 90)]
    mid = np.median(bright, axis=0)
    return (max(1.0, float(mid[0])), max(1.0, float(mid[1])), max(1.0, float(mid[2])))


class PageData:
    """A page's pixels at one scale: the visible image, its greyscale relative to the paper
    (255 = bare paper, the reflectance every simulation starts from) and the feature layers.

    Light-specific derived data (glow masks, relief normals) is memoised in :meth:`memo`.
    """

    def __init__(
        self,
        page: Page,
        visible: Image,
        dpi: float,
        masks: MaskSource,
        *,
        paper: Bgr | None = None,
        layers: tuple[Layer, ...] | None = None,
        scale: float = 1.0,
        source: PageData | None = None,
        papers: dict[str, Bgr] | None = None,
    ) -> None:
        if visible.ndim != 3 or visible.shape[2] != 3 or visible.dtype != np.uint8:
            raise LightError(f"page {page.id!r}: the visible image must be 8-bit BGR")
        self.page = page
        self.visible = visible
        self.dpi = dpi
        self.scale = scale
        self.paper = paper if paper is not None else estimate_paper(visible)
        self._rel_grey: Image | None = None
        self._masks = masks
        self._layers = layers
        self._holes: tuple[Layer, ...] | None = None
        self._source = source  # the larger page whose layers, scaled, are this one's
        self._papers = papers  # a draft's: the paper around each feature, found at full size
        self._memo: dict[object, tuple[object, int]] = {}
        self._memo_bytes = 0
        self._push = 2.0  # see Layer.push

    @property
    def width(self) -> int:
        return int(self.visible.shape[1])

    @property
    def height(self) -> int:
        return int(self.visible.shape[0])

    @property
    def grey(self) -> Image:
        """Luminance of the visible image; not kept, as only layer building needs it raw."""
        return np.asarray(cv2.cvtColor(self.visible, cv2.COLOR_BGR2GRAY), dtype=np.uint8)

    @property
    def rel_grey(self) -> Image:
        """Luminance relative to the paper (255 = bare paper); made on first use, since the
        reverse side of a sheet seen in transmitted light never needs it."""
        if self._rel_grey is None:
            paper_grey = 0.114 * self.paper[0] + 0.587 * self.paper[1] + 0.299 * self.paper[2]
            rel = cv2.convertScaleAbs(self.grey, alpha=255.0 / paper_grey)
            self._rel_grey = np.asarray(rel, dtype=np.uint8)
        return self._rel_grey

    @property
    def layers(self) -> tuple[Layer, ...]:
        if self._layers is None:
            if self._source is not None:
                self._layers = self._scale(self._source.layers)
            else:
                self._layers = self._pushed(
                    build_layers(
                        self.page,
                        self.visible,
                        self.grey,
                        self.dpi,
                        self.paper,
                        self._masks,
                        self._papers,
                    )
                )
        return self._layers

    @property
    def holes(self) -> tuple[Layer, ...]:
        """The layers of the page's holes alone: the reverse side seen in transmitted light
        needs only these, and building every other layer of it would cost seconds."""
        if self._layers is not None:
            return tuple(ly for ly in self._layers if ly.feature.material.hole)
        if self._holes is None:
            if self._source is not None:
                self._holes = self._scale(self._source.holes)
            else:
                only = replace(self.page, features=tuple(_hole_features(self.page)))
                self._holes = self._pushed(
                    build_layers(
                        only,
                        self.visible,
                        self.grey,
                        self.dpi,
                        self.paper,
                        self._masks,
                        self._papers,
                    )
                )
        return self._holes

    def _pushed(self, layers: tuple[Layer, ...]) -> tuple[Layer, ...]:
        if self._push == 2.0:
            return layers
        return tuple(replace(ly, push=self._push) for ly in layers)

    def _scale(self, layers: tuple[Layer, ...]) -> tuple[Layer, ...]:
        k = self.width / self._source.width if self._source is not None else 1.0
        return tuple(s for s in (ly.scaled(k, self.width, self.height) for ly in layers) if s)

    def memo(self, key: object, make: Callable[[], T], nbytes: Callable[[T], int]) -> T:
        """Light-specific data computed on first use and kept with the page."""
        if key not in self._memo:
            value = make()
            self._memo[key] = (value, nbytes(value))
            self._memo_bytes += self._memo[key][1]
        return self._memo[key][0]  # type: ignore[return-value]

    def forget(self, key: object) -> None:
        """Drop what :meth:`memo` kept under ``key`` (nothing when there is none)."""
        if key in self._memo:
            self._memo_bytes -= self._memo.pop(key)[1]

    def paper_rel(self, paper: Bgr) -> float:
        """Grey of a paper colour on the ``rel_grey`` scale (about 255 for this page's paper)."""
        grey = 0.114 * paper[0] + 0.587 * paper[1] + 0.299 * paper[2]
        page = 0.114 * self.paper[0] + 0.587 * self.paper[1] + 0.299 * self.paper[2]
        return min(255.0, 255.0 * grey / page)

    def draft(self, scale: float) -> PageData:
        """This page at ``scale`` (< 1) with its layers built at that scale from the masks.

        Unlike :meth:`scaled` it needs no full-resolution layer: a screen's worth of the page is
        ready in a fraction of the time, so a light can be shown before the page is prepared.
        """
        return PageData.from_draft(self.page, self.draft_parts(scale))

    def draft_parts(self, scale: float) -> DraftParts:
        """What a draft at ``scale`` is made of: the shrunk visible image and masks."""
        w, h = scaled_size(self.width, self.height, scale)
        dpi = self.dpi * w / self.width
        visible = cv2.resize(self.visible, (w, h), interpolation=cv2.INTER_AREA)
        full = self._masks
        own = {f.mask.file: f.mask for f in self.page.features if f.mask is not None}

        def shrunk(ref: ImageRef) -> tuple[Image, dict[str, Bgr]]:
            mask = full(ref)
            # The paper around each feature drawn from this mask, while it is at full size.
            drawn = (
                f for f in self.page.features if f.mask is not None and f.mask.file == ref.file
            )
            papers = mask_papers(drawn, mask, self.visible, self.dpi, self.paper)
            mh, mw = mask.shape[:2]
            size = scaled_size(mw, mh, dpi / ref.dpi)
            if size == (mw, mh):
                return mask, papers
            shrink = size[0] < mw
            mode = cv2.INTER_AREA if shrink else cv2.INTER_LINEAR
            return np.asarray(cv2.resize(mask, size, interpolation=mode), dtype=np.uint8), papers

        # Decoding the masks is most of a draft's time, and the decoder lets other threads run:
        # on several cores they are decoded side by side (only the shrunk copies are kept).
        with ThreadPoolExecutor(max_workers=DECODERS) as pool:
            done = dict(zip(own, pool.map(shrunk, own.values()), strict=True))
        masks = {file: mask for file, (mask, _) in done.items()}
        papers = {fid: p for _, found in done.values() for fid, p in found.items()}
        return DraftParts(visible, dpi, masks, self.paper, (self.width, self.height), papers)

    @staticmethod
    def from_draft(page: Page, parts: DraftParts) -> PageData:
        """The draft of ``page`` from its parts (made now, or read back from disk)."""
        k = parts.visible.shape[1] / parts.full_size[0]
        # The features' masks are read at the draft's dpi: each was shrunk when decoded.
        features = tuple(
            f if f.mask is None else replace(f, mask=replace(f.mask, dpi=parts.dpi))
            for f in page.features
        )
        masks = parts.masks
        draft = PageData(
            replace(page, features=features),
            parts.visible,
            parts.dpi,
            lambda ref: masks[ref.file],
            paper=parts.paper,
            scale=k,
            papers=parts.papers,
        )
        draft._push = 2.0 / k
        return draft

    def scaled(self, scale: float) -> PageData:
        """This page at ``scale`` times its pixel size (scale < 1), sharing the paper estimate."""
        w, h = scaled_size(self.width, self.height, scale)
        return self.resized(w, h)

    def resized(self, w: int, h: int) -> PageData:
        """This page resampled to exactly ``w x h`` pixels (the paper estimate is kept)."""
        if (w, h) == (self.width, self.height):
            return self
        visible = cv2.resize(self.visible, (w, h), interpolation=cv2.INTER_AREA)
        k = w / self.width
        # Layers are scaled when first asked for: the reverse side only ever needs its holes.
        return PageData(
            self.page,
            visible,
            self.dpi * k,
            self._masks,
            paper=self.paper,
            scale=self.scale * k,
            source=self,
        )

    @property
    def nbytes(self) -> int:
        rel = 0 if self._rel_grey is None else self._rel_grey.nbytes
        own = self.visible.nbytes + rel + self._memo_bytes
        layers = (self._layers or ()) + (self._holes or ())
        return int(own + sum(layer.nbytes for layer in layers))


def _hole_features(page: Page) -> Iterator[Feature]:
    return (f for f in page.features if f.material.hole)


def scaled_size(width: int, height: int, scale: float) -> tuple[int, int]:
    return max(1, round(width * scale)), max(1, round(height * scale))


def level_for(scale: float) -> float:
    """The data scale a render at ``scale`` works at: never above the page's own pixels (zooming
    in is an interpolation of the full-resolution render)."""
    return 1.0 if scale >= 1.0 else round(scale, 4)
