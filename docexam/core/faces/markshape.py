"""A person's moles and scars, their shapes and their drawing (features.py places them):
every one its own, and the same in every photo of its bearer (each is drawn from the mark
itself, which the person's seed gives, never from the photo's). A mole is no drawn circle nor
a black dot, a scar no ruled dash: a mole's outline wanders, its pigment is brown and uneven,
some are raised; a scar bends a little, tapers to its ends and swells and narrows along its
length."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from docexam.core.domain.seeds import rng
from docexam.core.faces.canvas import F32, LUMA, FaceCanvas, soft
from docexam.core.faces.features import eye_openings, mark_centre, mole_radius
from docexam.core.faces.geometry import FaceGeometry
from docexam.core.faces.patch import Patch
from docexam.core.faces.skin import skin_colour
from docexam.core.faces.traits import Identity, Mark

# A mole's outline: how far each of its lobes (2 to 5 round it) reaches, at most, in its radii.
# At two pixels' radius the blur of its edge and the camera's smooth smaller lobes away: an
# outline wandering by a tenth (as it did) came out as round as a punched dot.
LOBES = (0.3, 0.2, 0.13, 0.08)
REACH = 1.2
RAISED = 0.45  # the share of moles raised over the skin (intradermal), the rest flat
HALO = 0.3  # the share of moles with a ring of lighter skin round them
SUTURED = 0.35  # the share of scars (the longer ones) with the stitches' marks beside them
STITCHED_LENGTH = 0.18  # (of the face's width) the shortest scar that shows stitches' marks


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
    widths = (width * g.uniform(0.85, 1.15) * np.maximum(taper * swell, 0.3)).astype(np.float32)
    strength = (1 - (0.35 + 0.3 * g.random()) * np.abs(s) ** 1.5).astype(np.float32)
    stitches = np.zeros((0, 2))
    # Whether it was stitched, and how many stitches, are the scar's own: decided from its
    # length in the face, not in pixels (a booth's larger face had drawn stitches the
    # document's portrait of the same scar did not have, or more of them).
    if g.random() < SUTURED and m.length > STITCHED_LENGTH:
        at = np.linspace(-0.7, 0.7, max(2, round(m.length * 14)))
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


# A mole's pigment against the skin round it, by skin (0 fair .. 1 dark): its body and its
# darker core. A darker skin's moles are darker still (more melanin), never lighter, and by a
# somewhat larger share (the photo lifts a dark face's exposure), but brown in the skin's own
# tone: at a quarter of a dark skin's light (as they were) a mole's middle was 0.74 as deep
# as the pupil (median of 36, 0.92 at most), three moles read as ink dots.
MOLE_BODY, MOLE_CORE = (0.88, 0.7), (0.72, 0.58)
MOLE_HIGH = 0.35  # a mole's rise over the skin, in its radii
PINK_SCARS = 0.35  # the skins (``Identity.skin``) up to which a scar is pink, not pale
MOLE_CHROMA = 0.6  # how much of melanin's pull towards red a mole's tint keeps
SCAR_OPACITY = 0.9  # scar tissue over the skin: its own colour, the skin's mottle through it


def marks(c: FaceCanvas, fg: FaceGeometry, who: Identity) -> None:
    skin = np.asarray(skin_colour(who), np.float32)
    for m in who.marks:
        x, y = mark_centre(fg, m)
        if m.length == 0:
            _mole(c, fg, who, m, x, y)
        else:
            _scar(c, fg, skin, who.skin, m, x, y)


def _mole(c: FaceCanvas, fg: FaceGeometry, who: Identity, m: Mark, x: float, y: float) -> None:
    skin = np.asarray(skin_colour(who), np.float32)
    r = mole_radius(fg, m)
    form = mole_form(m)
    pts = mole_outline(form, x, y, r)
    p = Patch(c, pts[:, 0], pts[:, 1], 3 + 2 * r)
    dark = float(np.clip(who.skin, 0, 1))
    body = MOLE_BODY[0] + (MOLE_BODY[1] - MOLE_BODY[0]) * dark
    core_k = MOLE_CORE[0] + (MOLE_CORE[1] - MOLE_CORE[0]) * dark
    # Melanin's brown takes blue most, red least: a warm brown, some moles redder, some
    # greyer, never ink. A raised mole holds its pigment deeper in the skin: paler, tan; a
    # flat one is a darker brown, each its own shade of its kind.
    tint = np.array([0.5 + 0.2 * (1 - form.warmth), 0.7 + 0.08 * (1 - form.warmth), 1.0])
    # Melanin darkens every channel, blue most: a mole is the skin's brown made deeper, its
    # colour barely richer than the skin's. Darkened in blue and green alone, a fair skin's
    # moles kept their red and read orange (chroma 1.8-3 times the skin's round them).
    grey = float(LUMA @ tint)
    tint = grey + (tint - grey) * MOLE_CHROMA
    # (The smallest are the darkest: a pale brown dot that small was lost on a fair skin.)
    small = float(np.clip((1.1 - m.size) / 0.5, 0, 1))
    body *= (1.05 if form.raised else 1.0) * (1.04 - 0.1 * form.shade) * (1 - 0.22 * small)
    shape = p.poly(pts, 0.75)
    p.paint(shape * 0.85, tuple(skin * body * tint.astype(np.float32)))
    # Its pigment is uneven: darker flecks, a darker middle off its centre, each its own.
    flecks = [(x + dx * r, y + dy * r, s * r, s * r, 0.8) for dx, dy, s in form.flecks]
    lean = form.lobes[0][1]
    middle = (x + 0.12 * r * np.cos(lean), y + 0.12 * r * np.sin(lean), r * 0.6, r * 0.5, 1.0)
    inside = p.spots([middle, *flecks]) * np.minimum(shape * 1.3, 1)
    core = skin * core_k * (tint * np.array([0.95, 0.97, 1.0])).astype(np.float32)
    p.paint(inside * (0.45 if form.raised else 0.6), tuple(core))
    if form.halo:
        # Skin round some moles holds less pigment: a faint, lighter ring.
        ring = p.spots([(x, y, r * 1.9, r * 1.9, 1.0)]) * (1 - np.minimum(shape * 1.6, 1))
        p.paint(ring * 0.35, tuple(np.minimum(1, skin * 1.1)))
    # A raised mole is a small dome: the lamp lights its upper flank and it shades its lower
    # one (lit unblurred, in the fine relief), as a painted disc never does; its top catches a
    # point of the lamp. Its surface is smoother and less oily than the skin's pores round it:
    # the broad sheen that lies over the skin would wash its pigment out under a booth's lamp.
    rr, cc = np.mgrid[p.rows, p.cols].astype(np.float32)
    dome = np.exp(-0.5 * (((cc - x) / (r * 0.9)) ** 2 + ((rr - y) / (r * 0.85)) ** 2))
    high = MOLE_HIGH * (1.5 if form.raised else 1.0)
    c.detail[p.rows, p.cols] += dome * r * high
    c.gloss[p.rows, p.cols] *= 1 - 0.6 * np.minimum(shape, 1)
    if form.raised:
        top = np.exp(-0.5 * (((cc - x) / (r * 0.3)) ** 2 + ((rr - y + r * 0.35) / (r * 0.25)) ** 2))
        c.gloss[p.rows, p.cols] += 0.1 * top
    c.bump(x, y, r, r, fg.wz * (0.014 if form.raised else 0.01))


def _scar(
    c: FaceCanvas, fg: FaceGeometry, skin: np.ndarray, who_skin: float, m: Mark, x: float, y: float
) -> None:
    half = m.length * fg.wz / 2
    path = scar_path(m, x, y, half, max(2.2, fg.wz * 0.026))
    every = np.concatenate([path.points, path.stitches])
    p = Patch(c, every[:, 0], every[:, 1], float(path.widths.max()) + 4)
    scar = soft(stroke(p.origin, p.shape, path), 0.7)
    # A scar across the lids stops at the eye: it is in the skin.
    rr, cc = np.mgrid[p.rows, p.cols].astype(np.float32)
    skin_only = 1 - eye_openings(fg, cc, rr)
    scar *= skin_only
    # Scar tissue is smooth, without pores, and a little shiny, in a shallow groove whose edge
    # the lamp picks out. On a dark or a mid skin it holds less pigment: paler and greyer. On
    # a fair one it is pink (more blood, as much pigment): paler still, it stayed at the skin's
    # tone where a studio's lamp and the print's shoulder burn a fair forehead out. A shade off
    # the skin, not chalk: a third paler and painted nearly opaque, it read as a white brush
    # stroke (48 levels over the skin, median of 9 scars).
    if who_skin < PINK_SCARS:
        pale = skin * np.array([0.72, 0.7, 0.95], np.float32)
    else:
        pale = np.minimum(1, skin * 1.28 + (1 - skin) * 0.08)
    p.paint(scar * SCAR_OPACITY, tuple(pale))
    if len(path.stitches):
        # The stitches' marks: small pale dots in pairs either side of it.
        dots = p.spots([(sx, sy, 0.55, 0.55, 0.7) for sx, sy in path.stitches])
        dots *= skin_only
        p.paint(dots * 0.6, tuple(pale))
    c.gloss[p.rows, p.cols] += 0.03 * scar
    c.detail[p.rows, p.cols] -= scar * path.widths.mean() * 0.35
    p.lift(scar, -fg.wz * 0.01)
