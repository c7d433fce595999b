"""Guilloche: fine-line rosettes, borders and backgrounds drawn from their curve families.

Each function strokes its family (``docexam.core.domain.curves``) into a mask and returns the
:class:`FineLine` it drew, without an ink (``colours`` empty: the caller's layer gives it), so
the layer can keep the plate's vector source for the loupe.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

import cv2
import numpy as np

from docexam.core.domain.curves import CLOSED, Points, curves, rosette_line
from docexam.core.domain.model import FineLine
from docexam.core.synth.canvas import Mask, PageCanvas

Box = tuple[float, float, float, float]


def stroke(
    mask: Mask,
    canvas: PageCanvas,
    lines: list[Points],
    width_mm: float,
    closed: bool,
    level: int = 255,
) -> None:
    """Draw polylines given in page mm; lines thinner than a pixel are drawn fainter instead."""
    width_px = canvas.px(width_mm)
    thickness = max(1, round(width_px))
    value = int(level * min(1.0, width_px)) if thickness == 1 else level
    if value <= 0:
        return
    pts = [np.round(c * canvas.scale * 16).astype(np.int32) for c in lines]
    cv2.polylines(mask, pts, closed, value, thickness, cv2.LINE_AA, shift=4)


def draw(mask: Mask, canvas: PageCanvas, line: FineLine) -> FineLine:
    """Stroke ``line`` into ``mask`` (cut to its clip box) and return it."""
    stroke(mask, canvas, curves(line, canvas.dpi), line.width_mm, line.kind in CLOSED)
    if line.clip is not None:
        _clip_box(mask, canvas, line.clip)
    return line


def rosette(
    mask: Mask,
    canvas: PageCanvas,
    centre: tuple[float, float],
    radius_mm: float,
    petals: int,
    ratio: float,
    copies: int,
    width_mm: float,
    epi: bool = False,
    inner: float = 0.0,
) -> FineLine:
    """``copies`` rotated curves; ``ratio`` is B/A, ``inner`` shrinks every other copy."""
    line = rosette_line(centre, radius_mm, petals, ratio, copies, width_mm, "", epi, inner)
    return draw(mask, canvas, FineLine(line.kind, line.params, width_mm, ()))


def border(
    mask: Mask,
    canvas: PageCanvas,
    box: Box,
    amp_mm: float,
    period_mm: float,
    copies: int,
    width_mm: float,
) -> FineLine:
    """Interlaced sine bands running round ``box``: the classic banknote-style frame."""
    params = (*box, amp_mm, period_mm, float(copies))
    return draw(mask, canvas, FineLine("border", params, width_mm, ()))


def wave_field(
    mask: Mask,
    canvas: PageCanvas,
    box: Box,
    spacing_mm: float,
    freq: float,
    amp_mm: float,
    width_mm: float,
    tilt: float = 0.0,
) -> FineLine:
    """Background of near-parallel wavy lines whose phase drifts, giving a fine moire texture."""
    params = (*box, spacing_mm, freq, amp_mm, tilt)
    return draw(mask, canvas, FineLine("waves", params, width_mm, (), clip=box))


def inked(lines: Iterable[FineLine], *colours: str) -> tuple[FineLine, ...]:
    """The plate's fine lines in the layer's ink (one colour, or a split duct's several)."""
    return tuple(replace(line, colours=colours) for line in lines)


def _clip_box(mask: Mask, canvas: PageCanvas, box: Box) -> None:
    s = canvas.scale
    x0, y0, x1, y1 = (round(v * s) for v in box)
    keep = np.zeros_like(mask)
    keep[max(y0, 0) : y1, max(x0, 0) : x1] = mask[max(y0, 0) : y1, max(x0, 0) : x1]
    mask[:] = keep
