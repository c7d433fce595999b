"""A hairstyle's facts: how far it stands off the skull, how long it hangs, where it parts,
the hairline it grows from and how a person's hair recedes (all from the identity's traits and
the look; which style is worn, how hair waves and what it hides are in ``hidden``)."""

from __future__ import annotations

import dataclasses

import cv2
import numpy as np

from docexam.core.domain.seeds import rng
from docexam.core.faces.canvas import F32, FaceCanvas, smoothstep
from docexam.core.faces.fibres import S_RANGE, Ends
from docexam.core.faces.geometry import FaceGeometry
from docexam.core.faces.hidden import hair_hides, worn_style
from docexam.core.faces.traits import Identity, Look

# How far the hair stands off the skull, in half face widths.
VOLUME = {
    "short": 0.14,
    "cropped": 0.035,
    "side": 0.16,
    "medium": 0.22,
    "long": 0.21,
    "tied": 0.05,
    "bald": 0.02,
    "bob": 0.16,  # (at 0.2 it sat on the head like a helmet)
    "pixie": 0.15,
}


def on_head(fg: FaceGeometry) -> FaceGeometry:
    """``fg`` as the hair lies on it: centred on the head's outline, each row's half width that
    outline's mean about it, and ``wc`` the skull's own half width above the ears. (The layout
    is centred between the ears and widest either side: on a turned head one side of the skull
    stands further out than the other, and the hair on the near side stood off it in the air;
    with the chin down the layout's widest row, the eyes', took the cheekbones' width.)"""
    m = fg.mesh
    if m is None:
        return fg
    h = m.rows.size
    skin = (m.head * (1 - m.ears)) > 0.5
    # Each row's run of head round the face's middle (the skull behind an ear is another).
    x0 = int(np.clip(round(fg.fx), 0, skin.shape[1] - 1))
    cols = np.arange(skin.shape[1])
    off = ~skin
    left = np.where(off & (cols < x0), cols, -1).max(axis=1) + 1
    right = np.where(off & (cols > x0), cols, skin.shape[1]).min(axis=1) - 1
    y = np.arange(h)
    ok = skin[:, x0] & (y >= fg.crown + 2) & (y <= fg.gonion)
    if ok.sum() < 8:
        return fg
    # How far its middle lies off ``cx``, row by row: half the one side's excess.
    lean = np.interp(y, y[ok], ((left + right) / 2 - fg.cx)[ok]).astype(np.float32)
    lean = cv2.GaussianBlur(lean[:, None], (1, 0), sigmaX=0, sigmaY=3.0)[:, 0]
    p = m.points
    ear_top = min(p["ear_top_r"][1], p["ear_top_l"][1])
    skull = slice(int(fg.crown), max(int(fg.crown) + 1, int(min(fg.eye, ear_top)) + 1))
    shift = float(np.median(lean[skull]))
    rows = np.maximum(m.rows - np.abs(lean), 0).astype(np.float32)
    wc = min(fg.wc, float(rows[skull].max()))
    return dataclasses.replace(fg, cx=fg.cx + shift, wc=wc, mesh=dataclasses.replace(m, rows=rows))


# Styles whose fringe is swept over the forehead from a side parting (``hairfringe``).
SWEPT = ("side", "bob", "pixie")


def hairline(c: FaceCanvas, fg: FaceGeometry, who: Identity, look: Look) -> F32:
    """Row of the hairline for every column: hair grows above it."""
    nx = (c.xs[0] - fg.cx) / fg.wc
    a = np.abs(nx)
    y = np.full(c.w, fg.hairline, np.float32)
    recede = receding(who, look) * (fg.hairline - fg.crown) * 0.8
    # Under hair combed over it the line's form does not show (``hidden.hair_hides``): it is drawn
    # as the hair lies, straight.
    shows = "hairline" not in hair_hides(who, look)
    form = who.bucket("hairline_shape") if shows else 0
    if form == 1:  # rounded: lower towards the temples
        y += (fg.eye - fg.hairline) * 0.18 * a**2
    elif form == 2:  # widow's peak
        y += (fg.eye - fg.hairline) * 0.14 * np.exp(-((nx / 0.13) ** 2))
    elif form == 3:  # M: recessed temples
        y -= (fg.eye - fg.hairline) * 0.16 * np.exp(-(((a - 0.5) / 0.16) ** 2))
    style = worn_style(who, look)
    if shows and style not in SWEPT:
        # No hairline is ruled: it wanders a few millimetres up and down, each person's its
        # own way (lock by lock it only frayed: a ruler's line under a fraying edge). And its
        # corners above the temples lie a little back before the temples' hair comes down:
        # square, the line met the temple at a right angle. (Not under a swept fringe: its
        # edge, drawn from the line, took the dent and the wave.)
        g = rng("hairline-wander", who.seed)
        waves = g.uniform(1.5, 4.5, 3), g.uniform(0, 2 * np.pi, 3), g.uniform(0.5, 1.0, 3)
        wave = sum(a_ * np.sin(k * np.pi * nx + p_) for k, p_, a_ in zip(*waves, strict=True))
        y += (fg.eye - fg.hairline) * 0.035 * wave
        if form != 3:
            y -= (fg.eye - fg.hairline) * 0.07 * np.exp(-(((a - 0.72) / 0.12) ** 2))
    # (The temples go first, but the front follows: a deep M left a combed strip down the
    # middle of every older man's head.)
    y -= recede * (0.85 + 0.35 * np.exp(-(((a - 0.5) / 0.25) ** 2)))
    if style == "bald":
        side, start = fg.ear_y - fg.ear_len * 0.3, 0.72
    elif who.sex == "M" and style in ("short", "cropped", "side"):
        # A man's temples run down in front of the ear as a sideburn.
        # The temple's hairline runs down steeply from the forehead's corner.
        # (Narrow: a sideburn is a finger's width at the head's side, not a block by the eye.)
        side, start = fg.ear_y - fg.ear_len * 0.05, 0.84
        return (y + (side - y) * smoothstep(start, 0.93, a)).astype(np.float32)
    else:
        side, start = fg.eye - fg.eye_w * 0.2, 0.8 if style in ("pixie", "tied") else 0.72
    return (y + (side - y) * smoothstep(start, 0.97, a)).astype(np.float32)


def receding(who: Identity, look: Look) -> float:
    """How far a man's hairline has gone back with age: 0 not at all .. 1 far."""
    return float(np.clip((look.age - 30) / 40, 0, 1)) if who.sex == "M" else 0.0


REACH = {"long": 1.6, "medium": 0.6, "bob": 0.05, "pixie": -0.9}  # x (chin - mouth) below mouth


def below_ears(fg: FaceGeometry) -> float:
    """The row hair worn over the ears reaches at least: a little below their lobes."""
    return fg.ear_y + fg.ear_len + fg.wz * 0.1


def parting(fg: FaceGeometry, style: str, g: np.random.Generator, female: bool = False) -> float:
    """Column of the parting (or of the crown, where hair is combed back from). A woman's
    tied hair is combed back from a parting to a tie at the nape: combed straight back
    from the brow, it read as a man's slicked-back cut."""
    if style == "tied" and female:
        return fg.cx + float(g.choice([0, 0, -1, 1])) * fg.wc * float(g.uniform(0.2, 0.4))
    if style in ("side", "bob"):
        return fg.cx + float(g.choice([-1, 1])) * fg.wc * 0.45
    if style in ("medium", "long", "pixie"):
        return fg.cx + float(g.choice([0, 0, -1, 1])) * fg.wc * float(g.uniform(0.25, 0.45))
    return fg.cx


def lock_ends(
    g: np.random.Generator,
    style: str,
    lock: float,
    reach: float,
    temple: float,
    part: float,
    sides: tuple[float, float],
    cx: float,
    height: int,
) -> Ends:
    """Where hanging hair ends: its locks gather into clumps a few wide, each ending at its own
    row in a soft point; long hair's clumps nearest the face may fall in front of the
    shoulders, the rest behind them. ``sides``: pixels per unit of the fall's ``s`` left and
    right of the ``part``ing."""
    n = int(S_RANGE / lock) + 4
    widths = g.uniform(lock * 1.6, lock * 3.4, n)
    edges = -S_RANGE - float(g.uniform(0, lock * 2)) + np.concatenate([[0], np.cumsum(widths)])
    span = reach - temple
    # Layered: most clumps end near the style's length, some shorter, a few longer.
    # A bob is cut to one line: its clumps end close together, their points blunt.
    # (Few much shorter: a lock ending well above its neighbours, with the background in
    # its place, made the ends a row of hanging strips.)
    blunt = style == "bob"
    lengths = reach + span * g.normal(0, 0.03 if blunt else 0.06, n)
    layered = g.random(n) < (0.1 if blunt else 0.25)
    lo, hi = (0.02, 0.05) if blunt else (0.04, 0.14)
    lengths[layered] -= span * g.uniform(lo, hi, int(layered.sum()))
    front = np.ones(n, np.float32)
    deep = g.uniform(0.25, 0.75, n)
    tilt = g.normal(0, 0.045, n)
    if blunt:
        # A one-length cut hangs as one sheet: its clumps part faintly and lie at about one
        # angle. (As a long fall's, each clump its own crease and tone, its ends read as a
        # row of cards.)
        deep, tilt = deep * 0.4, tilt * 0.4
    if style == "long":
        # On each side the clumps nearest the face may fall forward over the shoulder, the
        # rest behind it; how many differs from photo to photo.
        mid = (edges[:-1] + edges[1:]) / 2
        x_eye = part + mid * np.where(mid < 0, sides[0], sides[1])
        side = np.where(x_eye < cx, 0, 1)
        half = 0.5 * (sides[0] + sides[1])
        reach_in = g.uniform(0.7, 1.1, 2)[side] + g.normal(0, 0.04, n)
        front = (np.abs(x_eye - cx) / half < reach_in).astype(np.float32)
        onto = reach + g.uniform(0.5, 1.2, n) * (height - reach)
        lengths = np.where(front > 0, onto, height * 1.5)
    f32 = np.float32
    return Ends(
        edges.astype(f32),
        lengths.astype(f32),
        front,
        deep.astype(f32),
        tilt.astype(f32),
        span * (0.05 if blunt else 0.1),
        (temple - span * 0.4, temple + span * 0.3),
        g.random(32).astype(f32),
    )
