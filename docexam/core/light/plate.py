"""Fine lines and negative microprint drawn from the plate at the loupe's magnification.

At 300 dpi a 0.05 mm guilloche line is a faint pixel; enlarged ten times it is a soft grey band,
on a genuine document as on a copy, so "the fine lines break into dots" could not be seen. A
real loupe shows a genuine line continuous and sharp. A feature that carries its plate
(``Feature.fineline``, or ``Feature.microtext`` lines with a ``box``: letters cut out of solid
print) is drawn again here at the loupe's scale; a reproduction carries none and keeps the
pixels it was printed as (dots, screen lines, droplets).

The page's own pixels of the feature are taken out first. The white-light composite lays each
ink over what is under it (``under * (1 - a) + ink * a``, with ``a`` the coverage times the
ink's opacity), so with the page's coverage known again from the same curves, rasterised at the
page's dpi exactly as the generator did and enlarged as the loupe enlarges the page, the print
under the feature is recovered; the sharp coverage is then laid over it the same way. Overlaps
unmix from the top layer down and are laid again bottom up. White light only, as microprint.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
import numpy.typing as npt

from docexam.core.domain.curves import CLOSED, Points, indexed
from docexam.core.domain.geometry import Bounds
from docexam.core.domain.lights import LightSource
from docexam.core.domain.material import rgb
from docexam.core.domain.model import Feature, FineLine, Page
from docexam.core.light.microtext import MIN_GAIN, SHARP_LIGHTS, micro_coverage
from docexam.core.light.params import Image

Floats = npt.NDArray[np.float32]
# Lines are sampled as for a page at this many dots per inch at most: finer polylines add
# points, not shape (segments stay under 0.03 mm).
MAX_SAMPLING_DPI = 1200.0
# A negative print is nearly opaque: under it the page shows little of what lies below, so
# where its page coverage passes this the paper stands in for the unmixed colour.
SOLID = 0.55


@dataclass(frozen=True)
class Frame:
    """How a loupe view sits on the page: view pixel u spans X in [u, u + 1), where
    X = (mm - origin) * px_per_mm; page pixel (OpenCV centre convention) p = mm * page_scale."""

    origin: tuple[float, float]
    px_per_mm: float
    page_scale: float  # page pixels per mm
    size: tuple[int, int]  # w, h

    def bounds_mm(self, margin_mm: float = 0.0) -> Bounds:
        x0, y0 = self.origin
        w, h = self.size
        return (
            x0 - margin_mm,
            y0 - margin_mm,
            x0 + w / self.px_per_mm + margin_mm,
            y0 + h / self.px_per_mm + margin_mm,
        )


@dataclass
class _Print:
    seen: Floats  # the page's coverage as the loupe shows it, times opacity (h, w)
    sharp: Floats  # the plate's coverage at the loupe's scale, times opacity (h, w)
    ink: Floats  # colour BGR (3,) or per column (w, 3)
    solid: bool
    part: tuple[slice, slice] = (slice(None), slice(None))  # rows, columns it touches

    def cropped(self) -> _Print | None:
        """The print cut to the view pixels it touches (most are a band or a window); None
        if it touches none."""
        rows = np.flatnonzero((self.seen > 0).any(axis=1) | (self.sharp > 0).any(axis=1))
        cols = np.flatnonzero((self.seen > 0).any(axis=0) | (self.sharp > 0).any(axis=0))
        if not rows.size or not cols.size:
            return None
        part = (slice(int(rows[0]), int(rows[-1]) + 1), slice(int(cols[0]), int(cols[-1]) + 1))
        ink = self.ink[part[1]] if self.ink.ndim == 2 else self.ink
        return _Print(self.seen[part], self.sharp[part], ink, self.solid, part)


def _crossing(a: Bounds, b: Bounds) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _near(curve: Points, closed: bool, window: Bounds) -> list[Points]:
    """The runs of ``curve`` that reach ``window`` (each with a point either side)."""
    if closed:
        curve = np.concatenate([curve, curve[:1]])
    x, y = curve[:, 0], curve[:, 1]
    inside = (x >= window[0]) & (x <= window[2]) & (y >= window[1]) & (y <= window[3])
    if not inside.any():
        return []
    keep = inside.copy()
    keep[1:] |= inside[:-1]
    keep[:-1] |= inside[1:]
    idx = np.flatnonzero(keep)
    breaks = np.flatnonzero(np.diff(idx) > 1) + 1
    return [curve[run] for run in np.split(idx, breaks) if run.size > 1]


def _runs(line: FineLine, sampling_dpi: float, window: Bounds) -> list[Points]:
    """The parts of ``line``'s curves (sampled for ``sampling_dpi``) that reach ``window``."""
    found, bounds = indexed(line, sampling_dpi)
    if not found:
        return []
    pad = line.width_mm
    w = (window[0] - pad, window[1] - pad, window[2] + pad, window[3] + pad)
    hit = (bounds[:, 0] <= w[2]) & (bounds[:, 2] >= w[0]) & (bounds[:, 1] <= w[3])
    hit &= bounds[:, 3] >= w[1]
    closed = line.kind in CLOSED
    return [r for i in np.flatnonzero(hit) for r in _near(found[i], closed, w)]


def _stroke(
    out: npt.NDArray[np.uint8],
    runs: list[Points],
    to_px: tuple[float, float, float],
    width_px: float,
) -> None:
    """Stroke ``runs`` (page mm) into ``out`` where pixel centre = (mm - offset) * scale,
    ``to_px`` = (off_x, off_y, scale). Thin lines are drawn fainter, as the generator draws
    them (``synth.guilloche.stroke``)."""
    thickness = max(1, round(width_px))
    value = int(255 * min(1.0, width_px)) if thickness == 1 else 255
    if runs and value > 0:
        ox, oy, scale = to_px
        pts = [np.round((r - (ox, oy)) * (scale * 16)).astype(np.int32) for r in runs]
        cv2.polylines(out, pts, False, value, thickness, cv2.LINE_AA, shift=4)


def _page_patch(frame: Frame) -> tuple[int, int, int, int]:
    """Page pixels (x0, y0, x1, y1) the view samples, with the cubic kernel's reach."""
    s = frame.page_scale
    bx0, by0, bx1, by1 = frame.bounds_mm()
    return (
        int(np.floor(bx0 * s)) - 3,
        int(np.floor(by0 * s)) - 3,
        int(np.ceil(bx1 * s)) + 4,
        int(np.ceil(by1 * s)) + 4,
    )


def _enlarge(patch: npt.NDArray[np.uint8], frame: Frame, px0: int, py0: int) -> Floats:
    """``patch`` (page pixels from ``px0``, ``py0``, 0..255) as the loupe enlarges the page,
    0..1: the same cubic resampling as ``ui.viewer.loupe.loupe_crop``."""
    zoom = frame.px_per_mm / frame.page_scale
    s = frame.page_scale
    m = np.array(
        [
            [1 / zoom, 0, frame.origin[0] * s - 0.5 + 0.5 / zoom - px0],
            [0, 1 / zoom, frame.origin[1] * s - 0.5 + 0.5 / zoom - py0],
        ]
    )
    out = cv2.warpAffine(
        patch, m, frame.size, flags=cv2.INTER_CUBIC | cv2.WARP_INVERSE_MAP, borderValue=0
    )
    return out.astype(np.float32) * (1.0 / 255.0)


def _box_cover(lo: float, hi: float, n: int) -> Floats:
    """Per pixel 0..n-1 the part of [u, u+1) inside [lo, hi]."""
    u = np.arange(n, dtype=np.float32)
    return np.clip(np.minimum(u + 1, hi) - np.maximum(u, lo), 0.0, 1.0)


def _rect(frame: Frame, box: Bounds) -> Floats:
    """Coverage of ``box`` (mm, edges between page pixels) in the view, anti-aliased."""
    x0, y0 = frame.origin
    ppm = frame.px_per_mm
    w, h = frame.size
    cols = _box_cover((box[0] - x0) * ppm, (box[2] - x0) * ppm, w)
    rows = _box_cover((box[1] - y0) * ppm, (box[3] - y0) * ppm, h)
    return rows[:, None] * cols[None, :]


def _page_rect(box: Bounds, frame: Frame) -> Floats:
    """``box`` as page pixels fill it (whole pixels from round(x0 * s) to round(x1 * s)),
    enlarged as the loupe shows them."""
    px0, py0, px1, py1 = _page_patch(frame)
    s = frame.page_scale
    patch = np.zeros((py1 - py0, px1 - px0), np.uint8)
    ix0, iy0 = round(box[0] * s) - px0, round(box[1] * s) - py0
    ix1, iy1 = round(box[2] * s) - px0, round(box[3] * s) - py0
    patch[max(iy0, 0) : max(iy1, 0), max(ix0, 0) : max(ix1, 0)] = 255
    return _enlarge(patch, frame, px0, py0)


def _clip(
    cover: npt.NDArray[np.generic], frame: Frame, keep: Bounds | None, holes: tuple[Bounds, ...]
) -> None:
    """Zero ``cover`` outside ``keep`` and inside ``holes`` (page mm, whole view pixels)."""
    x0, y0 = frame.origin
    ppm = frame.px_per_mm
    h, w = cover.shape

    def span(lo: float, hi: float, o: float, n: int) -> tuple[int, int]:
        return (
            int(np.clip(np.floor((lo - o) * ppm), 0, n)),
            int(np.clip(np.ceil((hi - o) * ppm), 0, n)),
        )

    if keep is not None:
        c0, c1 = span(keep[0], keep[2], x0, w)
        r0, r1 = span(keep[1], keep[3], y0, h)
        cover[:, :c0] = 0
        cover[:, c1:] = 0
        cover[:r0] = 0
        cover[r1:] = 0
    for hole in holes:
        c0, c1 = span(hole[0], hole[2], x0, w)
        r0, r1 = span(hole[1], hole[3], y0, h)
        cover[r0:r1, c0:c1] = 0


def _colours(line: FineLine, frame: Frame) -> Floats:
    """The line's ink per view column: one colour, or a split duct flowing across its clip."""
    inks = np.array([rgb(c)[::-1] for c in line.colours], dtype=np.float32)
    if len(inks) == 1 or line.clip is None:
        return inks[0]
    x0, x1 = line.clip[0], line.clip[2]
    mm = frame.origin[0] + (np.arange(frame.size[0], dtype=np.float32) + 0.5) / frame.px_per_mm
    t = np.clip((mm - x0) / max(x1 - x0, 1e-6), 0.0, 1.0) * (len(inks) - 1)
    idx = np.minimum(t.astype(np.int32), len(inks) - 2)
    frac = (t - idx)[:, None]
    return np.asarray(inks[idx] * (1 - frac) + inks[idx + 1] * frac, dtype=np.float32)


def _fine_lines(feature: Feature, frame: Frame, opacity: float) -> list[_Print]:
    """One print per ink of the feature's lines: the generator stroked them into one mask."""
    s, ppm = frame.page_scale, frame.px_per_mm
    window = frame.bounds_mm()
    px0, py0, px1, py1 = _page_patch(frame)
    w, h = frame.size
    # The plate at the loupe's scale sits half a page pixel over, as the page image does.
    off = (frame.origin[0] - 0.5 / s + 0.5 / ppm, frame.origin[1] - 0.5 / s + 0.5 / ppm)
    sampling = min(ppm * 25.4, MAX_SAMPLING_DPI)
    inks: dict[tuple[str, ...], tuple[npt.NDArray[np.uint8], npt.NDArray[np.uint8], FineLine]] = {}
    for line in feature.fineline:
        if not line.colours or (line.clip is not None and not _crossing(line.clip, window)):
            continue
        runs = _runs(line, sampling, window)
        if not runs:
            continue
        if line.colours not in inks:
            inks[line.colours] = (
                np.zeros((py1 - py0, px1 - px0), np.uint8),
                np.zeros((h, w), np.uint8),
                line,
            )
        page_px, view_px, _ = inks[line.colours]
        # Where the page image has it: stroked at the page's dpi (pixel centre = mm * s).
        page_layer = np.zeros_like(page_px)
        _stroke(page_layer, runs, (px0 / s, py0 / s, s), line.width_mm * s)
        view_layer = np.zeros_like(view_px)
        _stroke(view_layer, runs, (off[0], off[1], ppm), line.width_mm * ppm)
        if line.clip is not None:
            _clip_px(page_layer, line.clip, px0 / s, py0 / s, s)
            _clip(view_layer, frame, line.clip, ())
        np.maximum(page_px, page_layer, out=page_px)
        np.maximum(view_px, view_layer, out=view_px)
    out = []
    keep = feature.region.bounds()
    for page_px, view_px, line in inks.values():
        seen = _enlarge(page_px, frame, px0, py0)
        sharp = view_px.astype(np.float32) * (1.0 / 255.0)
        for cover in (seen, sharp):
            _clip(cover, frame, keep, feature.damaged)
        out.append(_Print(seen * opacity, sharp * opacity, _colours(line, frame), False))
    return out


def _clip_px(
    patch: npt.NDArray[np.uint8], clip: Bounds, ox: float, oy: float, scale: float
) -> None:
    """Zero ``patch`` outside ``clip`` as the generator cuts a mask (whole page pixels)."""
    x0, y0 = round((clip[0] - ox) * scale), round((clip[1] - oy) * scale)
    x1, y1 = round((clip[2] - ox) * scale), round((clip[3] - oy) * scale)
    patch[:, : max(x0, 0)] = 0
    patch[:, max(x1, 0) :] = 0
    patch[: max(y0, 0)] = 0
    patch[max(y1, 0) :] = 0


def _negatives(feature: Feature, frame: Frame, opacity: float) -> list[_Print]:
    window = frame.bounds_mm()
    out = []
    for m in feature.microtext:
        if m.box is None or not _crossing(m.box, window):
            continue
        letters = micro_coverage((m,), frame.origin, frame.px_per_mm, frame.size)
        sharp = _rect(frame, m.box) * (1.0 - letters.astype(np.float32) / 255.0)
        seen = _page_rect(m.box, frame)
        for cover in (seen, sharp):
            _clip(cover, frame, None, feature.damaged)
        ink = np.array(rgb(m.colour)[::-1], dtype=np.float32)
        out.append(_Print(seen * opacity, np.asarray(sharp * opacity, np.float32), ink, True))
    return out


def sharpen_plate(
    view: Image,
    page: Page,
    light: LightSource,
    origin_mm: tuple[float, float],
    px_per_mm: float,
    image_dpi: float,
) -> Image:
    """``view`` (a magnified crop of ``page`` under ``light``, its top-left pixel's corner at
    ``origin_mm``) with every fine line and negative microprint that carries its plate drawn
    sharp at ``px_per_mm``. Anything else returns ``view`` unchanged."""
    page_scale = image_dpi / 25.4
    if light not in SHARP_LIGHTS or px_per_mm / page_scale < MIN_GAIN or view.ndim != 3:
        return view
    h, w = view.shape[:2]
    frame = Frame(origin_mm, px_per_mm, page_scale, (w, h))
    window = frame.bounds_mm()
    prints: list[_Print] = []
    for feature in page.features:
        ink = feature.material.visible
        if ink is None or not (feature.fineline or feature.microtext):
            continue
        if not _crossing(feature.region.bounds(), window):
            continue
        prints += _fine_lines(feature, frame, ink.opacity)
        prints += _negatives(feature, frame, ink.opacity)
    if not prints:
        return view
    out = view.astype(np.float32)
    paper = np.array(rgb(page.substrate.colour)[::-1], dtype=np.float32)
    paper_lum = float(paper.mean())
    shown: list[Floats] = []
    prints = [c for c in (p.cropped() for p in prints) if c is not None]
    for p in reversed(prints):  # the top print first, down to the paper
        part = out[p.part]
        # Darker than this print over paper could be: print laid later covers it there (the
        # data and captions over the background), so nothing of it is taken out or redrawn.
        expected = paper_lum * (1.0 - p.seen) + float(np.mean(p.ink)) * p.seen
        seen_through = 1.0 - np.clip((expected - part.mean(axis=2) - 25.0) / 35.0, 0.0, 1.0)
        shown.append(seen_through)
        a = (np.minimum(p.seen, 0.8) * seen_through)[:, :, None]
        under = np.asarray((part - p.ink * a) / (1.0 - a), dtype=np.float32)
        if p.solid:  # nearly opaque: the paper is a better guess than a division by little
            t = (np.clip((p.seen - SOLID) / 0.2, 0.0, 1.0) * seen_through)[:, :, None]
            under += (paper - under) * t
        out[p.part] = np.clip(under, 0.0, 255.0)
    for p, seen_through in zip(prints, reversed(shown), strict=True):
        a = (p.sharp * seen_through)[:, :, None]
        part = out[p.part]
        # Never lighter than what is there: inks printed one over another darken.
        np.minimum(part + (p.ink - part) * a, part, out=part)
    return np.clip(out + 0.5, 0, 255).astype(np.uint8)
