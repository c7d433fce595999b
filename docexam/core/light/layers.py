"""Per-feature coverage in page pixels, stored cropped to its bounds (layers are sparse).

A layer's coverage comes from, in order of preference: the feature's mask file (a full-page
greyscale image at its own dpi), the ink pixels of the visible image inside the region
(``Coverage.INK``: how an instructor annotates a plain scan), or the whole region
(``Coverage.REGION``: invisible inks, watermarks, holes). It is always clipped to the region.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

import cv2
import numpy as np

from docexam.core.domain.geometry import Ellipse, Polygon, Rect, Region
from docexam.core.domain.material import Material
from docexam.core.domain.model import Coverage, Feature, ImageRef, Page
from docexam.core.light.params import Image
from docexam.core.light.sparse import Sparse, kept

MaskSource = Callable[[ImageRef], Image]
Bgr = tuple[float, float, float]

# Darkness (1 - pixel / paper) at which a pixel starts to count as ink, and where it fully does.
# Coverage means ink *presence*: the visible image already holds how dark the ink is, and an ink
# that drops out must take its anti-aliased fringe with it. Scanner noise stays under ~4 %.
INK_DARKNESS_FROM = 0.05
INK_DARKNESS_FULL = 0.15
PAPER_WINDOW_MM = 1.5  # wider than any stroke of text or guilloche, so its max is the paper
_SUBPIXEL_BITS = 4


@dataclass(frozen=True, eq=False)
class Layer:
    """Coverage 0..255 of one feature over page pixels ``[x, x + w) x [y, y + h)``."""

    feature: Feature
    x: int
    y: int
    held: Image | Sparse  # the coverage, whole or in pieces (see :func:`sparse.kept`)
    paper: Bgr  # the bare paper around the feature: what an ink that drops out reveals
    # How far coverage is pushed towards 1 for removing the ink (see presence): a pixel of a
    # page drawn smaller holds more of a stroke's edge, so a draft pushes harder.
    push: float = 2.0

    @property
    def cov(self) -> Image:
        """The coverage over the layer's box (made whole again when it is kept in pieces)."""
        return self.held.dense() if isinstance(self.held, Sparse) else self.held

    @property
    def w(self) -> int:
        return int(self.held.shape[1])

    @property
    def h(self) -> int:
        return int(self.held.shape[0])

    @property
    def nbytes(self) -> int:
        return int(self.held.nbytes)

    def presence(self) -> Image:
        """Coverage pushed towards 1: where any of this ink is, for removing it from the image.

        A half-covered edge pixel is half as dark in the visible image; lifting it only halfway to
        the paper would leave a ghost outline of an ink that should have vanished.
        """
        return np.asarray(cv2.convertScaleAbs(self.cov, alpha=self.push), dtype=np.uint8)

    def scaled(self, scale: float, width: int, height: int) -> Layer | None:
        x0, y0 = math.floor(self.x * scale), math.floor(self.y * scale)
        x1 = min(width, math.ceil((self.x + self.w) * scale))
        y1 = min(height, math.ceil((self.y + self.h) * scale))
        if x1 <= x0 or y1 <= y0:
            return None
        # Map pixel centres exactly, so a layer stays on its print at every zoom level.
        m = np.array(
            [
                [1 / scale, 0, (x0 + 0.5) / scale - 0.5 - self.x],
                [0, 1 / scale, (y0 + 0.5) / scale - 0.5 - self.y],
            ],
            dtype=np.float64,
        )
        src = self.cov
        if scale < 0.5:  # bilinear sampling alone would drop thin lines
            sigma = 0.4 / scale
            src = cv2.GaussianBlur(src, (0, 0), sigma)
        cov = cv2.warpAffine(
            src, m, (x1 - x0, y1 - y0), flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP
        )
        return Layer(self.feature, x0, y0, kept(np.ascontiguousarray(cov)), self.paper, self.push)


def mm_to_px(mm: float, dpi: float) -> float:
    return mm / 25.4 * dpi


def _region_points(region: Region, dpi: float) -> np.ndarray:
    if isinstance(region, Rect):
        x0, y0, x1, y1 = region.bounds()
        pts = [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]
    elif isinstance(region, Ellipse):
        perimeter_px = mm_to_px(2 * math.pi * max(region.rx, region.ry), dpi)
        n = int(min(720, max(32, perimeter_px / 2)))
        t = np.linspace(0, 2 * math.pi, n, endpoint=False)
        pts = list(
            zip(
                (region.cx + region.rx * np.cos(t)).tolist(),
                (region.cy + region.ry * np.sin(t)).tolist(),
                strict=True,
            )
        )
    elif isinstance(region, Polygon):
        pts = list(region.points)
    else:  # pragma: no cover - Region is a closed union
        raise TypeError(f"unknown region {region!r}")
    return np.array([(mm_to_px(x, dpi), mm_to_px(y, dpi)) for x, y in pts], dtype=np.float64)


def region_box(region: Region, dpi: float, width: int, height: int) -> tuple[int, int, int, int]:
    """The region's pixel bounds ``(x0, y0, x1, y1)`` clipped to the page (may be empty)."""
    x0, y0, x1, y1 = region.bounds()
    return (
        max(0, math.floor(mm_to_px(x0, dpi))),
        max(0, math.floor(mm_to_px(y0, dpi))),
        min(width, math.ceil(mm_to_px(x1, dpi))),
        min(height, math.ceil(mm_to_px(y1, dpi))),
    )


def rasterise(region: Region, dpi: float, box: tuple[int, int, int, int]) -> Image:
    """Anti-aliased 0..255 shape of ``region`` over the pixel box."""
    x0, y0, x1, y1 = box
    out = np.zeros((y1 - y0, x1 - x0), dtype=np.uint8)
    pts = _region_points(region, dpi) - (x0 + 0.5, y0 + 0.5)  # cv2 puts pixel centres on integers
    fixed = np.round(pts * (1 << _SUBPIXEL_BITS)).astype(np.int32)
    cv2.fillPoly(out, [fixed], 255, lineType=cv2.LINE_AA, shift=_SUBPIXEL_BITS)
    return out


def ink_coverage(grey: Image, dpi: float, page_paper: float) -> Image:
    """Ink presence 0..255 in a grey crop: pixels darker than the local paper tone.

    The paper tone is the local maximum over a window wider than any stroke, but never below
    90 % of the page's (or the crop's brightest) paper: inside a solid ink area wider than the
    window - a portrait, a stamp - the local maximum is ink, and the ink must still count.
    """
    k = max(3, round(mm_to_px(PAPER_WINDOW_MM, dpi)) | 1)
    local = cv2.dilate(grey, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
    local = cv2.blur(local, (k, k))
    overall = max(float(np.percentile(grey, 95)), page_paper) * 0.9
    paper = np.maximum(local.astype(np.float32), overall)
    darkness = 1.0 - grey.astype(np.float32) / np.maximum(paper, 1.0)
    ramp = (darkness - INK_DARKNESS_FROM) / (INK_DARKNESS_FULL - INK_DARKNESS_FROM)
    return np.asarray(np.clip(ramp, 0.0, 1.0) * 255.0 + 0.5, dtype=np.uint8)


def _mask_crop(mask: Image, ref: ImageRef, dpi: float, box: tuple[int, int, int, int]) -> Image:
    x0, y0, x1, y1 = box
    k = ref.dpi / dpi
    if k == 1.0:
        crop = np.zeros((y1 - y0, x1 - x0), dtype=np.uint8)
        part = mask[y0:y1, x0:x1]
        crop[: part.shape[0], : part.shape[1]] = part
        return crop
    src = cv2.GaussianBlur(mask, (0, 0), 0.4 * k) if k > 2.0 else mask
    m = np.array([[k, 0, (x0 + 0.5) * k - 0.5], [0, k, (y0 + 0.5) * k - 0.5]], dtype=np.float64)
    flags = cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP
    return cv2.warpAffine(src, m, (x1 - x0, y1 - y0), flags=flags)


def _tight(cov: Image, x0: int, y0: int) -> tuple[Image, int, int] | None:
    rows = np.flatnonzero(cov.any(axis=1))
    if rows.size == 0:
        return None
    cols = np.flatnonzero(cov.any(axis=0))
    r0, r1, c0, c1 = int(rows[0]), int(rows[-1]) + 1, int(cols[0]), int(cols[-1]) + 1
    return np.ascontiguousarray(cov[r0:r1, c0:c1]), x0 + c0, y0 + r0


def _feature_box(
    feature: Feature, dpi: float, shape: tuple[int, ...]
) -> tuple[int, int, int, int] | None:
    """The feature's box on a page of ``shape`` (height, width) pixels; None when empty."""
    box = region_box(feature.region, dpi, shape[1], shape[0])
    x0, y0, x1, y1 = box
    return None if x1 <= x0 or y1 <= y0 else box


def _masked_coverage(
    feature: Feature, mask: Image, dpi: float, box: tuple[int, int, int, int]
) -> Image:
    """A masked feature's coverage in ``box``: its mask file within its region's shape."""
    assert feature.mask is not None
    crop = _mask_crop(mask, feature.mask, dpi, box)
    return cv2.multiply(crop, rasterise(feature.region, dpi, box), scale=1 / 255)


def build_layer(
    feature: Feature,
    visible: Image,
    grey: Image,
    dpi: float,
    page_paper: Bgr,
    masks: MaskSource,
    paper: Bgr | None = None,
) -> Layer | None:
    """The feature's layer on a page of ``visible`` pixels at ``dpi``; None where it covers none.
    ``paper``: the paper around it when already known (see :func:`mask_papers`)."""
    box = _feature_box(feature, dpi, grey.shape)
    if box is None:
        return None
    x0, y0, x1, y1 = box
    if feature.mask is not None:
        cov = _masked_coverage(feature, masks(feature.mask), dpi, box)
    elif feature.coverage is Coverage.INK:
        paper_grey = 0.114 * page_paper[0] + 0.587 * page_paper[1] + 0.299 * page_paper[2]
        ink = ink_coverage(grey[y0:y1, x0:x1], dpi, paper_grey)
        cov = cv2.multiply(ink, rasterise(feature.region, dpi, box), scale=1 / 255)
    else:
        cov = rasterise(feature.region, dpi, box)
    if paper is None:
        paper = _paper_around(visible[y0:y1, x0:x1], cov, page_paper)
    tight = _tight(cov, x0, y0)
    if tight is None:
        return None
    return Layer(feature, tight[1], tight[2], kept(tight[0]), paper)


def mask_papers(
    features: Iterable[Feature], mask: Image, visible: Image, dpi: float, page_paper: Bgr
) -> dict[str, Bgr]:
    """The paper around each of ``features`` drawn from ``mask`` (their full-page mask file) on
    a page of ``visible`` pixels at ``dpi``, exactly as :func:`build_layer` finds it there.

    A draft needs it: shrunk, a feature's fine lines blend into every pixel of their box, and
    the only pixels left bare are another ink's (a latent image in intaglio lines came out as a
    grey block wherever its ink drops out)."""
    out: dict[str, Bgr] = {}
    for f in features:
        box = _feature_box(f, dpi, visible.shape[:2])
        if f.mask is None or box is None:
            continue
        x0, y0, x1, y1 = box
        cov = _masked_coverage(f, mask, dpi, box)
        out[f.id] = _paper_around(visible[y0:y1, x0:x1], cov, page_paper)
    return out


def _paper_around(crop: Image, cov: Image, fallback: Bgr) -> Bgr:
    bare = cv2.compare(cov, 8, cv2.CMP_LT)
    count = cv2.countNonZero(bare)
    if count < 16:
        return fallback
    # The upper quartile, not the median: other inks that share the bounding box are darker
    # than the bare paper, and a fine line field (a latent image's intaglio lines one pixel
    # apart) makes them half of it, which pulls a median into the ink and leaves a grey patch
    # where a drop-out ink should show paper. Taken from masked histograms: one pass per
    # channel instead of gathering and sorting the pixels (the boxes of a real page add up to
    # ten times its area), and exactly numpy's percentile(..., 75, method="higher").
    k = -(-3 * (count - 1) // 4)
    mid = [_histogram_rank(cv2.calcHist([crop], [c], bare, [256], [0, 256]), k) for c in range(3)]
    return (mid[0], mid[1], mid[2])


def _histogram_rank(hist: Image, k: int) -> float:
    """The ``k``-th smallest value (from 0) counted in a 256-bin histogram."""
    return float(np.searchsorted(np.cumsum(hist.ravel()), k + 1))


def build_layers(
    page: Page,
    visible: Image,
    grey: Image,
    dpi: float,
    paper: Bgr,
    masks: MaskSource,
    papers: Mapping[str, Bgr] | None = None,
) -> tuple[Layer, ...]:
    """Every feature's layer, in drawing order (later on top); empty ones, and those of features
    only white light shows (see :func:`lit`), are left out.
    ``papers``: the paper around features by id where known beforehand (a draft's)."""
    known = papers or {}
    cached: dict[str, Image] = {}

    def once(ref: ImageRef) -> Image:
        # Features often share one mask atlas; decoding it per feature would dominate load time.
        if ref.file not in cached:
            cached[ref.file] = masks(ref)
        return cached[ref.file]

    layers = (
        build_layer(f, visible, grey, dpi, paper, once, known.get(f.id))
        for f in page.features
        if lit(f.material)
    )
    return tuple(layer for layer in layers if layer is not None)


def lit(m: Material) -> bool:
    """Whether a light reads the layer of a feature of material ``m``: white light is the page's
    own image, so a feature that nothing else shows (a substrate's area, a plain print) needs no
    layer held. Every material property a renderer reads is named here."""
    return bool(
        m.uv365 is not None
        or m.uv254 is not None
        or m.phosphorescence is not None
        or m.ir_cutoff_nm is not None  # with ir_density
        or m.ir_luminescence
        or m.anti_stokes is not None
        or m.relief_um
        or m.transmission
        or m.hole
        or m.ovd is not None
        or m.retroreflective
    )
