"""A state's motif family drawn as fine lines: the guilloche background and the UV design.

Four families, as security printers' design systems have them: ``rosette`` (trochoid rosettes),
``wave`` (drifting sine lines), ``lattice`` (two crossing line sets) and ``radial`` (rays and
rings round a centre). The UV design is fine lines too, never a solid blob: a genuine UV print
shows line work under a loupe that a counterfeit's flat glow does not.
"""

from __future__ import annotations

import numpy as np

from docexam.core.synth.canvas import Mask, PageCanvas
from docexam.core.synth.guilloche import _clip_box, rosette, stroke, wave_field
from docexam.core.synth.states import Design

Box = tuple[float, float, float, float]


def _lines(x0: float, x1: float, step: float) -> np.ndarray:
    return np.arange(x0, x1 + step, step)


def lattice(
    mask: Mask, canvas: PageCanvas, box: Box, pitch: float, d: Design, width: float
) -> None:
    """Two sets of gently waving lines crossing at +-(30..50) degrees."""
    x0, y0, x1, y1 = box
    xs = _lines(x0, x1, max(0.08, 12.7 / canvas.dpi))
    slope = np.tan(np.radians(30 + 20 * (d.wave_amp - 0.6)))
    span = (x1 - x0) * slope
    curves = []
    for sign in (1.0, -1.0):
        for yb in _lines(y0 - span, y1 + span, pitch):
            ys = yb + sign * slope * (xs - x0) + 0.25 * pitch * np.sin(d.wave_freq * 2 * xs)
            if sign < 0:
                ys = ys + span
            curves.append(np.stack([xs, ys], axis=1))
    stroke(mask, canvas, curves, width, closed=False)
    _clip_box(mask, canvas, box)


def radial(
    mask: Mask,
    canvas: PageCanvas,
    box: Box,
    centre: tuple[float, float],
    rays: int,
    d: Design,
    width: float,
) -> None:
    """Wavy rays from ``centre`` and rings round it, clipped to ``box``."""
    x0, y0, x1, y1 = box
    cx, cy = centre
    reach = float(np.hypot(max(cx - x0, x1 - cx), max(cy - y0, y1 - cy)))
    r = np.linspace(0.3, reach, max(50, int(reach * 8)))
    curves = []
    for i in range(rays):
        a = 2 * np.pi * i / rays + 0.04 * np.sin(r * d.wave_freq * 3)
        curves.append(np.stack([cx + r * np.cos(a), cy + r * np.sin(a)], axis=1))
    t = np.linspace(0, 2 * np.pi, 720)
    for k, rad in enumerate(_lines(1.0, reach, 1.6 * d.wave_amp)):
        wob = rad + 0.15 * np.sin((rays // 2) * t + k)
        curves.append(np.stack([cx + wob * np.cos(t), cy + wob * np.sin(t)], axis=1))
    stroke(mask, canvas, curves, width, closed=False)
    _clip_box(mask, canvas, box)


def background(mask: Mask, canvas: PageCanvas, d: Design, box: Box) -> None:
    """The guilloche background in the state's family."""
    if d.motif == "lattice":
        lattice(mask, canvas, box, 0.9, d, 0.05)
    elif d.motif == "radial":
        x0, y0, x1, y1 = box
        centre = (x0 + (x1 - x0) * 0.62, y0 + (y1 - y0) * 0.45)
        radial(mask, canvas, box, centre, 180, d, 0.05)
    elif d.motif == "wave":
        wave_field(mask, canvas, box, 0.7, d.wave_freq * 0.6, d.wave_amp * 1.8, 0.05)
    else:
        wave_field(mask, canvas, box, 0.55, d.wave_freq, d.wave_amp, 0.05)


def uv_design(canvas: PageCanvas, d: Design, box: Box) -> Mask:
    """The state's UV motif in fine lines (0.1 mm) filling ``box``, inside an oval outline."""
    mask = canvas.blank()
    x0, y0, x1, y1 = box
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    rad = min(x1 - x0, y1 - y0) / 2
    if d.motif == "rosette":
        for i, k in enumerate((1.0, 0.72, 0.45)):
            rosette(mask, canvas, (cx, cy), rad * k, d.rosette_petals + 2 * i, 0.55, 6, 0.1)
        return mask
    if d.motif == "lattice":
        lattice(mask, canvas, box, 1.1, d, 0.1)
    elif d.motif == "radial":
        radial(mask, canvas, box, (cx, cy), 48, d, 0.1)
    else:
        wave_field(mask, canvas, box, 1.0, d.wave_freq * 1.3, d.wave_amp, 0.1)
    # An oval cut and outline give the motif its shape on the page.
    px0, py0, px1, py1 = (round(v * canvas.scale) for v in box)
    px0, py0 = max(px0, 0), max(py0, 0)
    yy, xx = np.mgrid[py0:py1, px0:px1].astype(np.float32) / canvas.scale
    inside = ((xx - cx) / ((x1 - x0) / 2)) ** 2 + ((yy - cy) / ((y1 - y0) / 2)) ** 2 <= 1.0
    keep = np.zeros_like(mask)
    keep[py0:py1, px0:px1] = np.where(inside, mask[py0:py1, px0:px1], 0)
    mask[:] = keep
    t = np.linspace(0, 2 * np.pi, 400)
    oval = np.stack([cx + (x1 - x0) / 2 * np.cos(t), cy + (y1 - y0) / 2 * np.sin(t)], axis=1)
    stroke(mask, canvas, [oval], 0.2, closed=True)
    return mask
