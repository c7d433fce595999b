"""The lids round one eye, painted as profiles across their margins: the lid margins are a
pixel or two at the working size, and strokes drawn that thin broke into a ragged outline."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from docexam.core.domain.seeds import rng
from docexam.core.faces.canvas import F32, FaceCanvas, smoothstep
from docexam.core.faces.geometry import FaceGeometry
from docexam.core.faces.patch import Patch
from docexam.core.faces.traits import Identity


@dataclass(frozen=True)
class Lids:
    """One eye's window: each pixel's row, how far across the eye its column lies (``u``,
    -1 the inner corner .. 1 the outer), and the upper margin, lower margin and crease's
    heights per column."""

    rows: F32
    u: F32
    top: F32
    foot: F32
    fold: F32
    eye_w: float

    def opening(self) -> F32:
        """Coverage of the eye's opening between the margins, antialiased."""
        # The upper margin's edge is the lash line's, drawn over it; the lower one and the
        # corners blend over a pixel and a half into the lids, as a soft, wet edge does (cut
        # in a pixel, the opening read as a sticker's outline).
        upper = np.clip(self.rows - self.top + 0.5, 0, 1)
        lower = np.clip((self.foot - self.rows) / 2.2 + 0.35, 0, 1)
        ends = np.clip((1 - np.abs(self.u)) * self.eye_w / 1.8 + 0.3, 0, 1)
        return (upper * lower * ends).astype(np.float32)


def lids(
    p: Patch,
    centre: tuple[float, float],
    side: int,
    eye_w: float,
    lines: list[np.ndarray],
) -> Lids:
    """``lines``: the upper margin, lower margin and crease, each inner to outer."""
    cols = np.arange(p.cols.start, p.cols.stop, dtype=np.float32)
    rows = np.arange(p.rows.start, p.rows.stop, dtype=np.float32)[:, None]

    def along(line: np.ndarray) -> F32:
        order = np.argsort(line[:, 0])
        return np.interp(cols, line[order, 0], line[order, 1])[None, :].astype(np.float32)

    u = (side * (cols - centre[0]) / eye_w)[None, :].astype(np.float32)
    top, foot, fold = (along(line) for line in lines)
    return Lids(rows, u, top, foot, fold, eye_w)


def single(hood: float) -> float:
    """How far a lid is single (0 .. 1): past about 0.8 of ``hood`` the fold of skin above
    hides the crease altogether. (One definition for the lid's paint and the ball's shade.)"""
    return float(smoothstep(0.72, 0.92, hood))


def _band(d: F32, centre: float | F32, sigma: float | F32) -> F32:
    return np.exp(-0.5 * ((d - centre) / sigma) ** 2).astype(np.float32)


def upper_lid(
    c: FaceCanvas,
    p: Patch,
    lid: Lids,
    hood: float,
    skin: F32,
    wz: float,
    deep: float = 0.5,
    makeup: float = 0.0,
) -> None:
    """The upper lid: a band of skin rounded over the ball between the lashes and the crease
    (tall on an open lid, hidden under a fold of skin on a hooded one). It faces up into the
    lamp and is the lightest skin round the eye, lightest along its middle where it bulges
    most. The crease is a thin, soft line of shade where the fold above overhangs it; a
    single lid has none, its skin running smooth from the lashes to the brow. Over a deep-set
    eye (``deep`` 0..1) the crease is sharper and the hollow above it, under the brow's rim,
    in shade. With make-up (``makeup`` 0..1) a faint taupe shadow lies on the lid, deepest
    along the lashes and towards the outer corner."""
    above = lid.top - lid.rows  # px above the lid margin
    under = lid.rows - lid.fold  # px below the crease
    height = np.maximum(lid.top - lid.fold, 0.5)
    reach = np.clip(1 - (lid.u / 1.08) ** 2, 0, 1)
    band = smoothstep(0.0, 1.0, above) * smoothstep(-0.5, 0.8, under) * reach**0.3
    t = np.clip(above / height, 0, 1)
    dome = band * np.clip(np.sin(np.pi * t), 0, 1) ** 0.8
    lid_skin = np.minimum(1, skin * np.array([1.04, 1.06, 1.08], np.float32) + 0.01)
    # Hardly lighter than the skin round it, and thinly painted so the face's own mottle
    # shows through: a pale, smooth band read as a sticker crescent; its roundness is left
    # to the relief and the lamp.
    p.paint(band * 0.06, lid_skin)
    p.paint(dome * 0.05, np.minimum(1, skin * 1.08 + 0.01))
    p.lift(dome, wz * 0.016)
    gloss = c.gloss[p.rows, p.cols]
    gloss += (0.17 - gloss) * dome * 0.5  # thin, taut skin has a little sheen
    crease = 1 - single(hood)
    cw = (0.4 + 0.15 * (1 - hood)) * crease * reach**1.2
    cw *= 0.8 + 0.5 * deep
    # The hollow between the crease and the brow's rim, facing down and in: a soft shade,
    # widest towards the nose.
    e = lid.eye_w
    # (Over a full lid too, more faintly: the brow's rim always stands over the lid a little.)
    sulcus = _band(under, -0.24 * e, 0.16 * e) * (0.3 + deep) * crease * reach * (1.1 - 0.3 * lid.u)
    p.paint((sulcus * 0.22).astype(np.float32), skin * np.array([0.7, 0.66, 0.74], np.float32))
    p.paint(_band(under, 0.0, 1.0) * cw, skin * np.array([0.58, 0.54, 0.62], np.float32))
    # The fold's underside above it, facing down, a little in its own shade: the crease
    # is the edge of a form, not a drawn line.
    p.paint(_band(under, -1.8, 1.8) * cw * 0.45, skin * np.array([0.8, 0.77, 0.82], np.float32))
    if hood > 0.4:  # the fold overhangs the lid: a soft, lit roll of skin just above
        roll = _band(under, -1.8, 1.5) * 0.22 * smoothstep(0.4, 0.8, hood) * reach * crease
        p.paint(roll.astype(np.float32), lid_skin)
        p.lift(roll, wz * 0.01)
    if crease < 1:
        _single_fold(p, lid, (1 - crease) * reach, skin, wz)
    if makeup > 0:
        k = np.clip((lid.u + 1) / 2, 0, 1)
        shadow = band * (0.55 + 0.45 * (1 - t)) * (0.6 + 0.4 * k) * 0.14 * makeup
        p.paint(shadow.astype(np.float32), skin * np.array([0.72, 0.68, 0.73], np.float32))


def _single_fold(p: Patch, lid: Lids, k: F32, skin: F32, wz: float) -> None:
    """A single lid: no crease, a full, slightly puffy fold of skin from the brow down that
    rolls over the lash line. Its front, highest a third of the way up, faces the lamp; below
    it the skin turns under towards the lashes, a soft shade deepening down to them (which
    eyeball.ball carries on over the iris's top). Lit to the lashes, the lid was a flat band
    and the eye a hole cut under it. ``k`` is how single the lid is, per column."""
    e = lid.eye_w
    above = lid.top - lid.rows
    p.lift(_band(above, 0.4 * e, 0.22 * e) * k, wz * 0.022)
    turn = (1 - smoothstep(0.0, 0.4 * e, above)) * smoothstep(-0.5, 0.8, above) * k
    p.paint((turn * 0.5).astype(np.float32), skin * np.array([0.7, 0.66, 0.74], np.float32))


def lash_line(p: Patch, lid: Lids, female: bool, makeup: float = 0.0) -> None:
    """The upper lid's margin is the eye's darkest line: the lashes' roots and the lashes
    seen end-on, with their shade on the ball's top edge. It is faint and fine at the inner
    corner, where lashes are few, darkest and thickest over the middle and the outer part,
    and it fades out just inside the outer corner, where the lid closes softly over the
    lower one (run on past it, the line drew a liner's wing on every face). The lashes
    themselves are eyes.py's strokes over it. Eyeliner and mascara (``makeup`` 0..1) make it
    darker and a little thicker, most outwards."""
    k = np.clip((lid.u + 1) / 2, 0, 1).astype(np.float32)
    weight = (0.3 + 0.7 * smoothstep(0.05, 0.42, k)) * smoothstep(0.0, 0.25, k)
    # (A shade lighter past the iris than over it: darkest there, the line pulled the eye's
    # dark centre outwards, away from the pupil.)
    weight *= 1 - 0.15 * smoothstep(0.5, 0.75, k)
    weight *= 1 - (0.97 - 0.3 * makeup) * smoothstep(0.74, 0.97, k)
    past = np.clip(lid.u - 1, 0, None)
    weight *= smoothstep(0.03 + 0.05 * makeup, 0.0, past)
    weight *= (1.0 if female else 0.9) * (1 + 0.15 * makeup * (0.5 + 0.5 * k))
    # Lashes grow in small clumps: the margin's darkness wavers a little along it.
    weight *= 1 + 0.14 * np.sin(lid.u * 23.0) * np.sin(lid.u * 9.0 + 1.0)
    above = lid.top + past * lid.eye_w * 0.4 - lid.rows
    # A millimetre thick where fullest: a line as thin as a pixel left the lid a paper
    # edge over the ball at the document's size.
    width = 0.5 + 0.4 * smoothstep(0.1, 0.5, k) + (0.08 if female else 0.0)
    width += 0.25 * makeup * (0.3 + 0.7 * k)
    width *= 1 - 0.4 * smoothstep(0.78, 1.0, k)
    line = _band(above, 0.55 + 0.15 * makeup, width) * weight
    ink = 0.035 - 0.012 * makeup
    p.paint(
        np.minimum(line, 0.85 + 0.1 * makeup).astype(np.float32),
        (ink, ink * 0.9, ink * 1.1),
    )
    # Just above the margin the lashes' bases thicken it upwards into a soft fringe, taller
    # outwards; the single lashes stand out of it.
    long = 1 + 0.45 * makeup
    fringe = _band(above, (1.4 + 0.5 * k) * long, (0.55 + 0.3 * k) * long) * weight
    fringe *= (0.32 if female else 0.26) + 0.2 * makeup
    p.paint(np.minimum(fringe, 0.6).astype(np.float32), (0.045, 0.04, 0.045))
    # Below the margin the lashes' shade and the lid's ledge darken the ball's top edge,
    # more softly than the line itself.
    p.paint((_band(above, -0.6, 0.8) * weight * 0.3).astype(np.float32), (0.05, 0.045, 0.05))


def lower_lid(
    c: FaceCanvas, p: Patch, lid: Lids, skin: F32, wz: float, makeup: float = 0.0
) -> None:
    """The lower lid is light: its margin is a ledge facing up into the lamp, and along the
    ball lies its wet rim (the waterline), a faint pale pink, with only a soft trace of the
    fine lower lashes under it (eyes.py strokes the few that show). A dark line here drew a
    ring round the whole opening, a decal's outline. Mascara (``makeup``) darkens the outer
    lower lashes a little, never a drawn ring."""
    s = lid.rows - lid.foot  # px below the lower margin
    w = np.clip(1 - ((lid.u - 0.05) / 1.02) ** 2, 0, 1) ** 0.7
    k = np.clip((lid.u + 1) / 2, 0, 1).astype(np.float32)
    # The waterline: wet, pinker than the skin and catching the light from above.
    # Only a little lighter than the lid: a bright rim drew a pale line under the white,
    # which the camera's sharpening crisped into a cut-out's edge.
    rim = _band(s, 0.35, 0.7) * w
    wet = np.minimum(1, skin * np.array([1.0, 0.96, 1.07], np.float32) + 0.02)
    p.paint((rim * 0.2).astype(np.float32), wet)
    gloss = c.gloss[p.rows, p.cols]
    np.maximum(gloss, rim * 0.03, out=gloss)
    # The lid's front edge, just under the rim, faces the lamp and the lens: a touch lighter
    # than the lid below, the thickness that keeps the white from ending on flat skin.
    ledge = _band(s, 1.4, 0.8) * w
    p.paint((ledge * 0.03).astype(np.float32), np.minimum(1, skin * 1.06 + 0.01))
    # The lashes' roots, below the ledge: faint, strongest outwards, gone by the corner.
    roots = _band(s, 2.2, 0.8) * w * 0.09 * (0.3 + 0.7 * k) * (1 - 0.8 * smoothstep(0.8, 1.0, k))
    p.paint(roots.astype(np.float32), skin * np.array([0.7, 0.67, 0.71], np.float32))
    if makeup > 0:
        # (Spread and faint: a narrow band drew a dotted ring under the eye.)
        tint = _band(s, 2.2, 1.2) * w * k**1.5 * 0.08 * makeup
        p.paint(tint.astype(np.float32), skin * np.array([0.4, 0.38, 0.42], np.float32))
    # The lid's margin stands a little proud of the ball and the lid below it is a low roll
    # over the ball's lower half (the pretarsal muscle), with a faint shade where it meets
    # the cheek: the margin faces up, into the lamp, rather than down into a groove.
    e = lid.eye_w
    # (Kept low: a taller ledge caught the lamp as a bright line under the white.)
    p.lift(_band(s, 0.9, 1.2) * w, wz * 0.002)
    p.lift(_band(s, 0.3 * e, 0.14 * e) * w, wz * 0.005)
    p.paint(_band(s, 0.38 * e, 0.1 * e) * w * 0.1, skin * np.array([0.8, 0.77, 0.82], np.float32))


def lashes(
    both: Patch,
    masks: tuple[np.ndarray, np.ndarray],
    fg: FaceGeometry,
    lines: tuple[np.ndarray, np.ndarray],
    side: int,
    who: Identity,
    hood: float,
    makeup: float = 0.0,
) -> None:
    """The lashes as single strokes, a person's own (the same in every photo of them with the
    same mascara: its strokes are drawn from the same stream, so mascara draws them anew). The
    upper ones stand out of the margin as a dark, ragged fringe: few and short at the inner
    corner, more, longer and leaning outwards towards the outer corner, short again at the
    corner itself (all at full length there they met in a tuft, a liner's wing). Seen from
    the front they curve towards the lens and look short; under a full fold they point more
    forward still. The lower lashes are fewer, finer and paler, hanging from the outer two
    thirds. Mascara makes the upper ones longer and reach further in."""
    upper_mask, lower_mask = masks
    upper, lower = lines
    female = who.sex == "F"
    g = rng("lashes", who.seed, side)
    u_line = np.linspace(-1, 1, len(upper))

    def on(line: np.ndarray, u: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return np.interp(u, u_line, line[:, 0]), np.interp(u, u_line, line[:, 1])

    # Upper: denser outwards (roots drawn as the square root of a uniform, so more there).
    n = 46 + int(16 * makeup)
    start = -0.75 - 0.15 * makeup
    u = 0.97 - (0.97 - start) * (1 - np.sqrt(g.random(n)))
    x, y = on(upper, u)
    k = ((u - start) / (0.97 - start)).astype(np.float32)
    length = fg.eye_h * (0.16 + 0.34 * np.sin(0.9 * np.pi * k) ** 0.8) * g.uniform(0.6, 1.2, n)
    length *= (1.12 if female else 0.85) * (1 - 0.45 * hood) * (1 + 0.3 * makeup)
    # They grow out of the margin, so a slanted eye's lashes slant with it.
    slant = np.degrees(np.arctan2(upper[0, 1] - upper[-1, 1], abs(upper[-1, 0] - upper[0, 0])))
    ang = np.radians(-92 + side * (15 + 45 * k - slant) + g.normal(0, 9, n))
    # Each curls a little further out at its tip.
    bend = np.radians(side * g.uniform(5, 20, n))
    weight = g.uniform(0.45, 1.0, n) * (0.5 + 0.5 * k) * (1 - 0.5 * smoothstep(0.85, 1.0, k))
    for i in range(n):
        mid = (x[i] + np.cos(ang[i]) * length[i] * 0.55, y[i] + np.sin(ang[i]) * length[i] * 0.55)
        tip = (
            mid[0] + np.cos(ang[i] + bend[i]) * length[i] * 0.45,
            mid[1] + np.sin(ang[i] + bend[i]) * length[i] * 0.45,
        )
        both.draw(
            upper_mask, np.array([[x[i], y[i]], mid, tip]), np.array([1, 0.8, 0.3]) * weight[i]
        )
    # Lower: a sparse few, from just under the wet rim, down and out.
    m = 11 + int(4 * makeup)
    u = g.uniform(-0.35, 0.92, m)
    x, y = on(lower, u)
    y = y + 0.7
    length = fg.eye_h * g.uniform(0.1, 0.24, m) * (1 + 0.2 * makeup)
    ang = np.radians(90 + side * (-10 - 40 * (u + 0.35) / 1.27) + g.normal(0, 10, m))
    weight = g.uniform(0.25, 0.7, m)
    for i in range(m):
        tip = (x[i] + np.cos(ang[i]) * length[i], y[i] + np.sin(ang[i]) * length[i])
        both.draw(lower_mask, np.array([[x[i], y[i]], tip]), np.array([1, 0.4]) * weight[i])
