"""Fine-line curve families: the plate geometry of guilloche, as page-mm polylines.

A :class:`~docexam.core.domain.model.FineLine` names a family and its parameters; this turns
it into polylines sampled for a resolution. The generator strokes them into the page image and
the loupe strokes them again at its own magnification, so both draw the same lines.

Families: ``rosette`` (z(t) = A e^(it) + B e^(+-i k t), epitrochoid with ``+``, hypotrochoid
with ``-``, each copy rotated a little: integer k closes every curve, and overlapping copies give
the lattice engraving machines make and scanners blur), ``border`` (interlaced sine bands round a
box), ``waves`` (near-parallel wavy lines whose phase drifts), ``lattice`` (two crossing sets of
gently waving lines) and ``radial`` (wavy rays and rings round a centre).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import numpy.typing as npt

from docexam.core.domain.model import FineLine

Points = npt.NDArray[np.float64]
KINDS = ("rosette", "border", "waves", "lattice", "radial")
CLOSED = frozenset({"rosette", "border"})


def trochoid(a: float, b: float, k: int, epi: bool, samples: int, phase: float = 0.0) -> Points:
    t = np.linspace(0.0, 2 * np.pi, samples, endpoint=False)
    sign = 1.0 if epi else -1.0
    z = a * np.exp(1j * (t + phase)) + b * np.exp(1j * (sign * k * t + phase))
    return np.stack([z.real, z.imag], axis=1)


def rosette_line(
    centre: tuple[float, float],
    radius_mm: float,
    petals: int,
    ratio: float,
    copies: int,
    width_mm: float,
    colour: str,
    epi: bool = False,
    inner: float = 0.0,
) -> FineLine:
    """``copies`` rotated curves; ``ratio`` is B/A, ``inner`` shrinks every other copy."""
    params = (centre[0], centre[1], radius_mm, petals, ratio, copies, float(epi), inner)
    return FineLine("rosette", tuple(float(p) for p in params), width_mm, (colour,))


def _rosette(p: tuple[float, ...], dpi: float) -> list[Points]:
    cx, cy, radius_mm, petals_f, ratio, copies_f, epi, inner = p
    petals, copies = int(petals_f), int(copies_f)
    samples = max(400, int(petals * 60 * max(1.0, dpi / 300)))
    curves = []
    for i in range(copies):
        shrink = 1.0 - inner * (i % 2)
        pts = trochoid(
            1.0 * shrink,
            ratio * shrink,
            petals,
            epi > 0,
            samples,
            phase=2 * np.pi * i / (copies * petals),
        )
        pts *= radius_mm / (1.0 + ratio)
        pts += (cx, cy)
        curves.append(pts)
    return curves


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


def _border(p: tuple[float, ...], dpi: float) -> list[Points]:
    x0, y0, x1, y1, amp_mm, period_mm, copies = p
    step = max(0.05, 12.7 / dpi)
    pts, nrm = frame_path(x0, y0, x1, y1, step)
    s = np.arange(pts.shape[0]) * step
    curves = []
    for i in range(int(copies)):
        phase = np.pi * i / copies
        off = (
            amp_mm
            * np.sin(2 * np.pi * s / period_mm + phase)
            * np.cos(np.pi * s / (period_mm * 7.0) + phase / 3)
        )
        curves.append(pts + nrm * off[:, None])
    return curves


def _waves(p: tuple[float, ...], dpi: float) -> list[Points]:
    x0, y0, x1, y1, spacing_mm, freq, amp_mm, tilt = p
    xs = np.arange(x0, x1 + 0.1, max(0.08, 12.7 / dpi))
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
    return curves


def _steps(x0: float, x1: float, step: float) -> Points:
    return np.arange(x0, x1 + step, step)


def _lattice(p: tuple[float, ...], dpi: float) -> list[Points]:
    x0, y0, x1, y1, pitch, wave_amp, wave_freq = p
    xs = _steps(x0, x1, max(0.08, 12.7 / dpi))
    slope = np.tan(np.radians(30 + 20 * (wave_amp - 0.6)))
    span = (x1 - x0) * slope
    curves = []
    for sign in (1.0, -1.0):
        for yb in _steps(y0 - span, y1 + span, pitch):
            ys = yb + sign * slope * (xs - x0) + 0.25 * pitch * np.sin(wave_freq * 2 * xs)
            if sign < 0:
                ys = ys + span
            curves.append(np.stack([xs, ys], axis=1))
    return curves


def _radial(p: tuple[float, ...], dpi: float) -> list[Points]:
    x0, y0, x1, y1, cx, cy, rays_f, wave_freq, wave_amp = p
    rays = int(rays_f)
    reach = float(np.hypot(max(cx - x0, x1 - cx), max(cy - y0, y1 - cy)))
    r = np.linspace(0.3, reach, max(50, int(reach * 8)))
    curves = []
    for i in range(rays):
        a = 2 * np.pi * i / rays + 0.04 * np.sin(r * wave_freq * 3)
        curves.append(np.stack([cx + r * np.cos(a), cy + r * np.sin(a)], axis=1))
    t = np.linspace(0, 2 * np.pi, 720)
    for k, rad in enumerate(_steps(1.0, reach, 1.6 * wave_amp)):
        wob = rad + 0.15 * np.sin((rays // 2) * t + k)
        curves.append(np.stack([cx + wob * np.cos(t), cy + wob * np.sin(t)], axis=1))
    return curves


_FAMILIES = {
    "rosette": _rosette,
    "border": _border,
    "waves": _waves,
    "lattice": _lattice,
    "radial": _radial,
}


# How many parameters each family takes, and which of them count curves (bounded, so a
# hand-edited pack cannot ask the loupe for millions of points).
_ARITY = {"rosette": 8, "border": 7, "waves": 8, "lattice": 7, "radial": 9}
_COUNTS = {"rosette": (3, 5), "border": (6,), "radial": (6,)}
MAX_COUNT = 720


def curves(line: FineLine, dpi: float) -> list[Points]:
    """The polylines of ``line`` in page mm, sampled as finely as a page at ``dpi`` needs (the
    generator's own sampling at its dpi). An unknown kind or malformed record has none."""
    family = _FAMILIES.get(line.kind)
    p = line.params
    if family is None or len(p) != _ARITY[line.kind]:
        return []
    if any(not 1 <= p[i] <= MAX_COUNT for i in _COUNTS.get(line.kind, ())):
        return []
    if line.kind in ("waves", "lattice") and p[4] < 0.05:  # line spacing, pitch
        return []
    return family(p, min(dpi, 2400.0))


@lru_cache(maxsize=32)
def indexed(line: FineLine, dpi: float) -> tuple[tuple[Points, ...], Points]:
    """:func:`curves` kept for a loupe sweeping the page, with each curve's bounds (n x 4), so a
    frame strokes only the curves that reach it."""
    found = tuple(np.ascontiguousarray(c) for c in curves(line, dpi))
    if not found:
        return (), np.zeros((0, 4))
    bounds = np.array([[*c.min(axis=0), *c.max(axis=0)] for c in found])
    return found, bounds
