"""Guilloche: fine-line rosettes, borders and backgrounds from trochoid curve families.

A rosette is a family of closed curves z(t) = A e^(it) + B e^(+-i k t) (epitrochoid with ``+``,
hypotrochoid with ``-``), each copy rotated a little: integer k closes every curve exactly, and
overlapping copies give the moire-like lattice engraving machines make and scanners blur.
"""

from __future__ import annotations

import cv2
import numpy as np
import numpy.typing as npt

from docexam.core.synth.canvas import Mask, PageCanvas

Points = npt.NDArray[np.float64]


def trochoid(a: float, b: float, k: int, epi: bool, samples: int, phase: float = 0.0) -> Points:
    t = np.linspace(0.0, 2 * np.pi, samples, endpoint=False)
    sign = 1.0 if epi else -1.0
    z = a * np.exp(1j * (t + phase)) + b * np.exp(1j * (sign * k * t + phase))
    return np.stack([z.real, z.imag], axis=1)


def stroke(
    mask: Mask,
    canvas: PageCanvas,
    curves: list[Points],
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
    pts = [np.round(c * canvas.scale * 16).astype(np.int32) for c in curves]
    cv2.polylines(mask, pts, closed, value, thickness, cv2.LINE_AA, shift=4)


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
) -> None:
    """``copies`` rotated curves; ``ratio`` is B/A, ``inner`` shrinks every other copy."""
    samples = max(400, int(petals * 60 * max(1.0, canvas.dpi / 300)))
    curves = []
    for i in range(copies):
        shrink = 1.0 - inner * (i % 2)
        a = 1.0 * shrink
        b = ratio * shrink
        pts = trochoid(a, b, petals, epi, samples, phase=2 * np.pi * i / (copies * petals))
        pts *= radius_mm / (1.0 + ratio)
        pts += centre
        curves.append(pts)
    stroke(mask, canvas, curves, width_mm, closed=True)


def frame_path(x0: float, y0: float, x1: float, y1: float, step: float) -> tuple[Points, Points]:
    """Points around a rectangle at ``step`` mm spacing and their outward normals."""
    w, h = x1 - x0, y1 - y0
    per = 2 * (w + h)
    s = np.arange(0.0, per, step)
    pts = np.empty((s.size, 2))
    nrm = np.empty((s.size, 2))
    for lo, hi, p0, d, n in (
        (0.0, w, (x0, y0), (1, 0), (0, -1)),
        (w, w + h, (x1, y0), (0, 1), (1, 0)),
        (w + h, 2 * w + h, (x1, y1), (-1, 0), (0, 1)),
        (2 * w + h, per, (x0, y1), (0, -1), (-1, 0)),
    ):
        sel = (s >= lo) & (s < hi)
        u = s[sel] - lo
        pts[sel] = np.stack([p0[0] + d[0] * u, p0[1] + d[1] * u], axis=1)
        nrm[sel] = n
    return pts, nrm


def border(
    mask: Mask,
    canvas: PageCanvas,
    box: tuple[float, float, float, float],
    amp_mm: float,
    period_mm: float,
    copies: int,
    width_mm: float,
) -> None:
    """Interlaced sine bands running round ``box``: the classic banknote-style frame."""
    x0, y0, x1, y1 = box
    step = max(0.05, 12.7 / canvas.dpi)
    pts, nrm = frame_path(x0, y0, x1, y1, step)
    s = np.arange(pts.shape[0]) * step
    curves = []
    for i in range(copies):
        phase = np.pi * i / copies
        off = (
            amp_mm
            * np.sin(2 * np.pi * s / period_mm + phase)
            * np.cos(np.pi * s / (period_mm * 7.0) + phase / 3)
        )
        curves.append(pts + nrm * off[:, None])
    stroke(mask, canvas, curves, width_mm, closed=True)


def wave_field(
    mask: Mask,
    canvas: PageCanvas,
    box: tuple[float, float, float, float],
    spacing_mm: float,
    freq: float,
    amp_mm: float,
    width_mm: float,
    tilt: float = 0.0,
) -> None:
    """Background of near-parallel wavy lines whose phase drifts, giving a fine moire texture."""
    x0, y0, x1, y1 = box
    xs = np.arange(x0, x1 + 0.1, max(0.08, 12.7 / canvas.dpi))
    curves = []
    for j, yb in enumerate(np.arange(y0 - amp_mm, y1 + amp_mm, spacing_mm)):
        phase = 0.21 * j
        ys = (
            yb
            + amp_mm * np.sin(freq * xs + phase)
            + 0.35 * amp_mm * np.sin(2.7 * freq * xs - 1.7 * phase)
            + tilt * (xs - x0)
        )
        curves.append(np.stack([xs, ys], axis=1))
    stroke(mask, canvas, curves, width_mm, closed=False)
    _clip_box(mask, canvas, box)


def _clip_box(mask: Mask, canvas: PageCanvas, box: tuple[float, float, float, float]) -> None:
    s = canvas.scale
    x0, y0, x1, y1 = (round(v * s) for v in box)
    keep = np.zeros_like(mask)
    keep[max(y0, 0) : y1, max(x0, 0) : x1] = mask[max(y0, 0) : y1, max(x0, 0) : x1]
    mask[:] = keep
