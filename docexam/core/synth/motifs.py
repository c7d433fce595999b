"""A state's motif family drawn as fine lines: the guilloche background and the UV design.

Four families, as security printers' design systems have them: ``rosette`` (trochoid rosettes),
``wave`` (drifting sine lines), ``lattice`` (two crossing line sets) and ``radial`` (rays and
rings round a centre). The UV design is fine lines too, never a solid blob: a genuine UV print
shows line work under a loupe that a counterfeit's flat glow does not.
"""

from __future__ import annotations

import cv2
import numpy as np

from docexam.core.domain.geometry import Rect
from docexam.core.domain.model import FineLine
from docexam.core.synth.canvas import Mask, PageCanvas
from docexam.core.synth.guilloche import draw, rosette, wave_field
from docexam.core.synth.states import Design

Box = tuple[float, float, float, float]


def lattice(
    mask: Mask, canvas: PageCanvas, box: Box, pitch: float, d: Design, width: float
) -> FineLine:
    """Two sets of gently waving lines crossing at +-(30..50) degrees."""
    params = (*box, pitch, d.wave_amp, d.wave_freq)
    return draw(mask, canvas, FineLine("lattice", params, width, (), clip=box))


def radial(
    mask: Mask,
    canvas: PageCanvas,
    box: Box,
    centre: tuple[float, float],
    rays: int,
    d: Design,
    width: float,
) -> FineLine:
    """Wavy rays from ``centre`` and rings round it, clipped to ``box``."""
    params = (*box, *centre, float(rays), d.wave_freq, d.wave_amp)
    return draw(mask, canvas, FineLine("radial", params, width, (), clip=box))


def background(mask: Mask, canvas: PageCanvas, d: Design, box: Box) -> FineLine:
    """The guilloche background in the state's family."""
    if d.motif == "lattice":
        return lattice(mask, canvas, box, 0.9, d, 0.05)
    if d.motif == "radial":
        x0, y0, x1, y1 = box
        centre = (x0 + (x1 - x0) * 0.62, y0 + (y1 - y0) * 0.45)
        return radial(mask, canvas, box, centre, 180, d, 0.05)
    if d.motif == "wave":
        return wave_field(mask, canvas, box, 0.7, d.wave_freq * 0.6, d.wave_amp * 1.8, 0.05)
    return wave_field(mask, canvas, box, 0.55, d.wave_freq, d.wave_amp, 0.05)


# Where a state puts its UV design and in what outline, as fractions of the page (x, y, w, h),
# so one placement serves the passport page and the card: states differ under the lamp by
# where the glow sits and its shape, not only by its colour and line family.
UV_PLACES: dict[str, tuple[float, float, float, float, str]] = {
    "oval-centre": (0.40, 0.22, 0.32, 0.39, "oval"),
    "diamond-right": (0.64, 0.26, 0.34, 0.50, "diamond"),
    "band-top": (0.22, 0.10, 0.62, 0.22, "stadium"),
    "disc-corner": (0.72, 0.02, 0.26, 0.30, "circle"),
    "hexagon-left": (0.04, 0.16, 0.36, 0.50, "hexagon"),
    "band-low": (0.30, 0.55, 0.60, 0.19, "stadium"),
    "oval-low-left": (0.02, 0.50, 0.42, 0.26, "oval"),
    "disc-left": (0.26, 0.28, 0.30, 0.44, "circle"),
}


def uv_box(canvas: PageCanvas, d: Design) -> Rect:
    """The page area of the state's UV design (its outline's bounding box)."""
    fx, fy, fw, fh, shape = UV_PLACES[d.state.language.uv_place]
    w, h = canvas.size_mm
    x, y, bw, bh = fx * w, fy * h, fw * w, fh * h
    if shape == "circle":  # a disc as large as the box's short side, centred in it
        side = min(bw, bh)
        x, y, bw, bh = x + (bw - side) / 2, y + (bh - side) / 2, side, side
    return Rect(x, y, bw, bh)


def _shape(shape: str, dx: np.ndarray, dy: np.ndarray, a: float, b: float) -> np.ndarray:
    """Inside the outline: ``dx``, ``dy`` from the box centre, ``a``, ``b`` its half sides."""
    u, v = np.abs(dx) / a, np.abs(dy) / b
    if shape == "diamond":
        return np.asarray(u + v <= 1.0)
    if shape == "hexagon":  # points left and right, flat top and bottom
        return np.asarray((v <= 1.0) & (u <= 1.0 - 0.5 * v))
    if shape == "stadium":  # a band with round ends
        r = min(a, b)
        ex = np.maximum(np.abs(dx) - (a - r), 0.0)
        return np.asarray(ex**2 + dy**2 <= r**2)
    return np.asarray(u**2 + v**2 <= 1.0)  # oval, circle


def uv_design(canvas: PageCanvas, d: Design) -> tuple[Mask, Rect]:
    """The state's UV motif in fine lines (0.1 mm) filling its place, cut to its outline and
    outlined; rosettes in a row along the long side."""
    place = uv_box(canvas, d)
    shape = UV_PLACES[d.state.language.uv_place][4]
    mask = canvas.blank()
    x0, y0, x1, y1 = box = place.bounds()
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    if d.motif == "rosette":
        rad = min(x1 - x0, y1 - y0) / 2
        n = max(1, round(max(x1 - x0, y1 - y0) / (2 * rad)))
        for j in range(n):
            t = (j + 0.5) / n
            at = (x0 + t * (x1 - x0), cy) if x1 - x0 >= y1 - y0 else (cx, y0 + t * (y1 - y0))
            for i, k in enumerate((1.0, 0.72, 0.45)):
                rosette(mask, canvas, at, rad * k, d.rosette_petals + 2 * i, 0.55, 6, 0.1)
    elif d.motif == "lattice":
        lattice(mask, canvas, box, 1.1, d, 0.1)
    elif d.motif == "radial":
        radial(mask, canvas, box, (cx, cy), 48, d, 0.1)
    else:
        wave_field(mask, canvas, box, 1.0, d.wave_freq * 1.3, d.wave_amp, 0.1)
    px0, py0 = max(round(x0 * canvas.scale), 0), max(round(y0 * canvas.scale), 0)
    px1 = min(round(x1 * canvas.scale), canvas.width)
    py1 = min(round(y1 * canvas.scale), canvas.height)
    yy, xx = np.mgrid[py0:py1, px0:px1].astype(np.float32) / canvas.scale
    inside = _shape(shape, xx - cx, yy - cy, (x1 - x0) / 2, (y1 - y0) / 2)
    keep = np.zeros_like(mask)
    keep[py0:py1, px0:px1] = np.where(inside, mask[py0:py1, px0:px1], 0)
    if d.motif == "rosette":  # its rings, cut by the outline, draw the shape themselves
        return keep, place
    # The outline (0.2 mm) gives the motif its shape on the page: the rim of the inside.
    rim = max(1, round(0.2 * canvas.scale))
    solid = inside.astype(np.uint8)
    edge = solid - cv2.erode(solid, np.ones((2 * rim + 1, 2 * rim + 1), np.uint8))
    keep[py0:py1, px0:px1] = np.maximum(keep[py0:py1, px0:px1], edge * 255)
    return keep, place
