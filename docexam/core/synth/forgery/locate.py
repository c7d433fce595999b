"""Finding printed text on a page: where a data field's value or an MRZ line was drawn.

The generator does not keep field positions, only each layer's mask. Drawing the known text in
the known font and matching it against the mask (normalised cross-correlation) finds it on any
layout, and a poor match stops the forgery instead of erasing the wrong pixels.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import cv2
import numpy as np

from docexam.core.domain.geometry import Rect
from docexam.core.pack.forgery_record import ForgeryError
from docexam.core.synth.canvas import Mask, PageCanvas
from docexam.core.synth.layout_common import VALUE_CAP
from docexam.core.synth.layout_td1 import CARD_SCALE
from docexam.core.synth.text import OCRB_PITCH_MM, covers, draw_mono, draw_text, text_width_mm

MIN_SCORE = 0.9  # after the phase search a true match scores above 0.9 (absent text: < 0.75)
EXACT = 0.995  # a match this good is the original drawing: stop searching
PHASES = tuple(i / 8 for i in range(8))  # sub-pixel pen phases tried, in pixels
MRZ_CAP_MM = 2.3  # personal.mrz_layer draws OCR-B at this cap height
_MARGIN_MM = 1.0


@dataclass(frozen=True)
class Spot:
    """Where ``text`` was found: its pen position (mm) and its inked box (mm)."""

    text: str
    x_mm: float
    baseline_mm: float
    box: Rect
    font: str
    cap_mm: float
    score: float


def value_cap(doc_type: str, size_mm: tuple[float, float]) -> float:
    """Cap height of data values: layouts scale the TD3 design (cards use a fixed scale)."""
    if doc_type == "td1":
        return VALUE_CAP * CARD_SCALE
    return VALUE_CAP * min(size_mm[0] / 125.0, size_mm[1] / 88.0)


def px_box(canvas: PageCanvas, box: Rect) -> tuple[int, int, int, int]:
    return canvas.pixel_box(box, 0)


def _match(
    mask: Mask, tile: Mask, blur: float = 0.0, peaks: int = 1
) -> list[tuple[float, int, int]]:
    """The ``peaks`` best (score, x, y) placements of ``tile`` in ``mask``, far apart."""
    if tile.shape[0] > mask.shape[0] or tile.shape[1] > mask.shape[1] or not tile.any():
        return [(0.0, 0, 0)]
    if blur:
        mask = cv2.GaussianBlur(mask, (0, 0), blur)
        tile = cv2.GaussianBlur(tile, (0, 0), blur)
    res = cv2.matchTemplate(mask, tile, cv2.TM_CCOEFF_NORMED)
    res = np.nan_to_num(res, nan=0.0, posinf=0.0, neginf=0.0)
    out = []
    th, tw = tile.shape
    for _ in range(peaks):
        _, score, _, (x, y) = cv2.minMaxLoc(res)
        out.append((float(score), int(x), int(y)))
        res[max(0, y - th // 2) : y + th // 2 + 1, max(0, x - tw // 2) : x + tw // 2 + 1] = -1.0
    return out


Draw = Callable[[Mask, PageCanvas, float, float], None]


@dataclass(frozen=True)
class _Tile:
    mask: Mask
    dx: int  # offset of the inked tile in the scratch canvas, pixels
    dy: int
    x: float  # pen position in the scratch canvas, mm
    base: float


def _tile(canvas: PageCanvas, draw: Draw, size: tuple[float, float], fx: float, fy: float) -> _Tile:
    """Draw into a scratch canvas with the pen at a sub-pixel phase (fx, fy) in pixels."""
    width, cap = size
    scratch = PageCanvas((width + 2 * _MARGIN_MM, cap * 3 + 2 * _MARGIN_MM), canvas.dpi)
    mask = scratch.blank()
    x = _MARGIN_MM + fx / canvas.scale
    base = _MARGIN_MM + cap * 2 + fy / canvas.scale
    draw(mask, scratch, x, base)
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    if rows.size == 0:
        return _Tile(mask[:0, :0], 0, 0, x, base)
    tile = mask[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]
    return _Tile(tile, int(cols[0]), int(rows[0]), x, base)


def _locate(
    mask: Mask, canvas: PageCanvas, draw: Draw, size: tuple[float, float]
) -> tuple[float, float, float, Rect]:
    """(score, pen x mm, baseline mm, inked box) of the best placement of ``draw`` in ``mask``.

    Text one or two pixels thick correlates poorly when drawn at another sub-pixel phase than
    the original, so a blurred search finds the place and a search over phases in a small
    window around it finds the exact drawing (score close to 1)."""
    coarse = _tile(canvas, draw, size, 0.0, 0.0)
    h, w = mask.shape
    pad = 4
    best = (0.0, 0.0, 0.0, Rect(0.0, 0.0, 1.0, 1.0))
    s = canvas.scale
    tiles: dict[tuple[float, float], _Tile] = {}  # drawn on first use: most searches stop early
    # Similar text (two dates) can win the blurred search: refine the three best places.
    for _, mx, my in _match(mask, coarse.mask, blur=1.6, peaks=3):
        if best[0] >= EXACT:
            break
        x0, y0 = max(0, mx - pad), max(0, my - pad)
        x1 = min(w, mx + coarse.mask.shape[1] + pad + 2)
        y1 = min(h, my + coarse.mask.shape[0] + pad + 2)
        for phase in ((fx, fy) for fx in PHASES for fy in PHASES):
            if best[0] >= EXACT:
                break
            if phase not in tiles:
                tiles[phase] = _tile(canvas, draw, size, *phase)
            t = tiles[phase]
            score, lx, ly = _match(mask[y0:y1, x0:x1], t.mask)[0]
            if score > best[0]:
                px, py = x0 + lx, y0 + ly
                th, tw = t.mask.shape
                box = Rect(round(px / s, 3), round(py / s, 3), round(tw / s, 3), round(th / s, 3))
                best = (score, (px - t.dx) / s + t.x, (py - t.dy) / s + t.base, box)
    return best


def forger_font(font: str, texts: Iterable[str], fallback: str = "serif") -> str:
    """The forger's typeface for ``texts``: ``font`` if it has every letter, else ``fallback``.
    OCR-B has no Ž, Š, Ő, ...: printed in it, a name would lose letters instead of showing a
    font that does not match. One face for all the texts, as one printer prints them all."""
    return font if all(covers(font, t) for t in texts) else fallback


def find_text(
    mask: Mask,
    canvas: PageCanvas,
    text: str,
    cap_mm: float,
    fonts: tuple[str, ...] = ("sans", "bold"),
) -> Spot:
    """Where ``text`` (in one of ``fonts``) was drawn in ``mask``; ForgeryError if nowhere."""
    best: Spot | None = None
    for name in fonts:

        def draw(m: Mask, c: PageCanvas, x: float, y: float, name: str = name) -> None:
            draw_text(m, c, text, x, y, cap_mm, name)

        size = (text_width_mm(canvas, text, cap_mm, name), cap_mm)
        score, x, base, box = _locate(mask, canvas, draw, size)
        if best is None or score > best.score:
            best = Spot(text, x, base, box, name, cap_mm, score)
        if best.score >= EXACT:
            break
    if best is None or best.score < MIN_SCORE:
        got = 0.0 if best is None else best.score
        raise ForgeryError(f"cannot find the printed text {text!r} on the page (match {got:.2f})")
    return best


def find_mrz_line(mask: Mask, canvas: PageCanvas, line: str) -> Spot:
    """Where an MRZ line was drawn (OCR-B, fixed 2.54 mm pitch); ``x_mm`` is its first cell."""
    width = len(line) * OCRB_PITCH_MM

    def draw(m: Mask, c: PageCanvas, x: float, y: float) -> None:
        draw_mono(m, c, line, x, y, MRZ_CAP_MM)

    score, x0, base0, _ = _locate(mask, canvas, draw, (width, MRZ_CAP_MM))
    if score < MIN_SCORE:
        raise ForgeryError(f"cannot find the MRZ line {line!r} on the page (match {score:.2f})")
    box = Rect(
        round(x0, 3),
        round(base0 - MRZ_CAP_MM * 1.3, 3),
        round(width, 3),
        round(MRZ_CAP_MM * 1.6, 3),
    )
    return Spot(line, x0, base0, box, "ocrb", MRZ_CAP_MM, score)


def mrz_cell(line: Spot, index: int) -> Rect:
    """The box of character ``index`` (0-based) of a located MRZ line: a full pitch wide, so
    erasing it takes the whole glyph and none of its neighbours."""
    return Rect(
        round(line.x_mm + index * OCRB_PITCH_MM, 3),
        round(line.baseline_mm - MRZ_CAP_MM * 1.3, 3),
        OCRB_PITCH_MM,
        round(MRZ_CAP_MM * 1.6, 3),
    )


def draw_mrz_char(
    mask: Mask, canvas: PageCanvas, line: Spot, index: int, ch: str, font: str = "ocrb"
) -> None:
    x = line.x_mm + (index + 0.5) * OCRB_PITCH_MM
    draw_text(mask, canvas, ch, x, line.baseline_mm, MRZ_CAP_MM, font, "center")


def erase(mask: Mask, canvas: PageCanvas, box: Rect) -> None:
    x0, y0, x1, y1 = px_box(canvas, box)
    mask[y0:y1, x0:x1] = 0


def fade(mask: Mask, canvas: PageCanvas, box: Rect, keep: float, soft: Mask | None = None) -> None:
    """Weaken print inside ``box`` to ``keep`` (0..1) of its coverage, e.g. by abrasion;
    ``soft`` (0..255, page-sized) shapes where the damage is."""
    x0, y0, x1, y1 = px_box(canvas, box)
    roi = mask[y0:y1, x0:x1].astype(np.float32)
    if soft is None:
        factor: np.ndarray | float = keep
    else:
        factor = 1.0 - (1.0 - keep) * soft[y0:y1, x0:x1].astype(np.float32) / 255.0
    mask[y0:y1, x0:x1] = np.clip(roi * factor + 0.5, 0, 255).astype(np.uint8)
