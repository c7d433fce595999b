"""The shapes of a person's moles and scars, drawn by features.py: every one its own, and the
same in every photo of its bearer (each is drawn from the mark itself, which the person's
seed gives, never from the photo's). A mole is no drawn circle nor a black dot, a scar no
ruled dash: a mole's outline wanders, its pigment is brown and uneven, some are raised; a
scar bends a little, tapers to its ends and swells and narrows along its length."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from docexam.core.domain.seeds import rng
from docexam.core.faces.canvas import F32
from docexam.core.faces.traits import Mark

# A mole's outline: how far each of its lobes (2 to 5 round it) reaches, at most, in its radii.
# At two pixels' radius the blur of its edge and the camera's smooth smaller lobes away: an
# outline wandering by a tenth (as it did) came out as round as a punched dot.
LOBES = (0.3, 0.2, 0.13, 0.08)
REACH = 1.2
RAISED = 0.45  # the share of moles raised over the skin (intradermal), the rest flat
HALO = 0.3  # the share of moles with a ring of lighter skin round them
SUTURED = 0.35  # the share of scars (the longer ones) with the stitches' marks beside them


@dataclass(frozen=True)
class MoleForm:
    lobes: tuple[tuple[float, float], ...]  # (reach in radii, phase) of lobes 2, 3, ...
    raised: bool
    halo: bool
    warmth: float  # 0 a cool, greyish brown .. 1 a warm, reddish one
    shade: float  # 0 the palest of its kind .. 1 the darkest
    flecks: tuple[tuple[float, float, float], ...]  # darker pigment: (dx, dy in radii, size)


def mole_form(m: Mark) -> MoleForm:
    g = rng("mole-form", m.x, m.y, m.size)
    lobes = tuple(
        (float(reach * g.uniform(0.6, 1.0)), float(g.uniform(0, 2 * np.pi))) for reach in LOBES
    )
    raised = bool(g.random() < RAISED)
    halo = bool(g.random() < HALO)
    flecks = tuple(
        (float(g.uniform(-0.45, 0.45)), float(g.uniform(-0.45, 0.45)), float(g.uniform(0.25, 0.4)))
        for _ in range(int(g.integers(2, 5)))
    )
    return MoleForm(lobes, raised, halo, float(g.random()), float(g.random()), flecks)


def mole_outline(form: MoleForm, x: float, y: float, r: float, n: int = 40) -> np.ndarray:
    """The mole's outline round (x, y): its lobes its own, the farthest ``REACH`` radii out
    (lobes reaching further, a small mole's pigment blurred into the skin round it in a
    booth's soft photo and it stood out less from it)."""
    t = np.linspace(0, 2 * np.pi, n, endpoint=False)
    wander = np.ones_like(t)
    for k, (reach, phase) in enumerate(form.lobes, start=2):
        wander += reach * np.cos(k * t + phase)
    wander *= REACH / wander.max()
    return np.stack([x + np.cos(t) * r * wander, y + np.sin(t) * r * wander], axis=1)


@dataclass(frozen=True)
class ScarPath:
    points: np.ndarray  # (n, 2) the centre line in the canvas
    widths: np.ndarray  # (n,) its width there, in px
    strength: np.ndarray  # (n,) how plain it is there, 0..1
    stitches: np.ndarray  # (k, 2) the stitches' marks beside it (none for most)


def scar_path(m: Mark, x: float, y: float, half: float, width: float) -> ScarPath:
    """A scar's centre line through (x, y) along ``m.angle``: bowed, with a twist and a slight
    wander, each its own, straight through its middle (where a photo's contrast is judged); its
    width swells and narrows and tapers to fine ends, and its strength fades towards them."""
    g = rng("scar-form", m.x, m.y, m.length, m.angle)
    n = max(9, int(half) + 5)
    s = np.linspace(-1.0, 1.0, n)
    a = np.radians(m.angle)
    along, across = np.array([np.cos(a), np.sin(a)]), np.array([-np.sin(a), np.cos(a)])
    bow = g.uniform(0.12, 0.24) * half * g.choice([-1.0, 1.0])
    twist = g.uniform(-0.12, 0.12) * half
    k, phase = g.uniform(2.0, 4.0), g.uniform(0, 2 * np.pi)
    wander = 0.06 * half * np.sin(np.pi * k * s + phase) * s
    off = bow * s**2 + twist * s**3 + wander
    pts = np.array([x, y]) + np.outer(s * half, along) + np.outer(off, across)
    taper = np.clip(1 - np.abs(s) ** 2.2, 0, 1) ** 0.55
    swell = 1 + g.uniform(0.2, 0.4) * np.sin(np.pi * g.uniform(1.5, 3.0) * s + g.uniform(0, 6.3))
    widths = width * g.uniform(0.85, 1.15) * np.maximum(taper * swell, 0.3)
    strength = 1 - (0.35 + 0.3 * g.random()) * np.abs(s) ** 1.5
    stitches = np.zeros((0, 2))
    if half > width * 3.5 and g.random() < SUTURED:
        at = np.linspace(-0.7, 0.7, max(2, int(half / 3.5)))
        i = np.clip(np.round((at + 1) / 2 * (n - 1)).astype(int), 0, n - 1)
        beside = (widths[i] / 2 + 1.3)[:, None] * across
        stitches = np.concatenate([pts[i] + beside, pts[i] - beside])
    return ScarPath(pts, widths, strength, stitches)


def stroke(origin: np.ndarray, shape: tuple[int, int], path: ScarPath) -> F32:
    """Coverage of a line of varying width (antialiased, a soft pixel at its edge), from each
    pixel's distance to the nearest segment and the width there."""
    h, w = shape
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    px, py = xs + np.float32(origin[0]), ys + np.float32(origin[1])
    pts = path.points.astype(np.float32)
    out = np.zeros(shape, np.float32)
    for i in range(len(pts) - 1):
        (x0, y0), (x1, y1) = pts[i], pts[i + 1]
        dx, dy = x1 - x0, y1 - y0
        k = np.clip(((px - x0) * dx + (py - y0) * dy) / max(dx * dx + dy * dy, 1e-6), 0, 1)
        d = np.hypot(px - x0 - k * dx, py - y0 - k * dy)
        hw = (path.widths[i] + (path.widths[i + 1] - path.widths[i]) * k) / 2
        st = path.strength[i] + (path.strength[i + 1] - path.strength[i]) * k
        out = np.maximum(out, np.clip(hw + 0.5 - d, 0, 1) * st)
    return out
