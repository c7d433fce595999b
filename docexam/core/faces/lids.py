"""The lids round one eye, painted as profiles across their margins: the lid margins are a
pixel or two at the working size, and strokes drawn that thin broke into a ragged outline."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from docexam.core.faces.canvas import F32, FaceCanvas, smoothstep
from docexam.core.faces.patch import Patch


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
        lower = np.clip((self.foot - self.rows) / 1.6 + 0.4, 0, 1)
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
    # Only a little lighter than the skin round it: a pale band read as a sticker crescent;
    # its roundness is left to the relief and the lamp.
    p.paint(band * 0.12, lid_skin)
    p.paint(dome * 0.1, np.minimum(1, skin * 1.08 + 0.01))
    p.lift(dome, wz * 0.016)
    gloss = c.gloss[p.rows, p.cols]
    gloss += (0.17 - gloss) * dome * 0.5  # thin, taut skin has a little sheen
    crease = 1 - smoothstep(0.72, 0.92, hood)
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
        roll = _band(under, -1.8, 1.5) * 0.22 * smoothstep(0.4, 0.8, hood) * reach
        p.paint(roll.astype(np.float32), lid_skin)
        p.lift(roll, wz * 0.01)
    if makeup > 0:
        k = np.clip((lid.u + 1) / 2, 0, 1)
        shadow = band * (0.55 + 0.45 * (1 - t)) * (0.6 + 0.4 * k) * 0.14 * makeup
        p.paint(shadow.astype(np.float32), skin * np.array([0.72, 0.68, 0.73], np.float32))


def lash_line(p: Patch, lid: Lids, female: bool, makeup: float = 0.0) -> None:
    """The upper lash line is a dark soft edge along the margin (the roots and the lashes
    seen end-on), fuller towards the outer corner, its lashes a little clumped along it. It
    stops short of the inner corner, where lashes are few. Eyeliner and mascara (``makeup``
    0..1) make it darker and a little thicker, most outwards, and the lashes over it longer
    and denser: the eye's frame a woman's photo is read by."""
    k = np.clip((lid.u + 1) / 2, 0, 1).astype(np.float32)
    # Thin over the inner third, where lashes are few and short: drawn at full weight from
    # corner to corner it outlined the whole opening, an almond sticker's edge.
    weight = (0.45 + 0.55 * k) * smoothstep(0.0, 0.3, k) * (1.0 if female else 0.85)
    weight *= 1 + 0.15 * makeup * (0.5 + 0.5 * k)
    # Fullest over the outer third and thinning well before the outer corner, where the
    # lashes are short and the lower lid's own meet it: a line as full there as over the
    # iris closed into a dark wedge, a liner's wing even on a bare face. (A liner's end runs
    # a little further out before it thins.)
    ends = 1 - (0.6 - 0.25 * makeup) * smoothstep(0.68, 1.0, k)
    # Past the corner the upper lid runs on over the lower for a millimetre or so, a little
    # down: its margin there is a fading, thin line, the lower lid tucked under it.
    past = np.clip(lid.u - 1, 0, None)
    ends *= smoothstep(0.07 + 0.06 * makeup, 0.0, past)
    weight *= ends
    weight *= 1 + 0.18 * np.sin(lid.u * 23.0) * np.sin(lid.u * 9.0 + 1.0)
    above = lid.top + past * lid.eye_w * 0.5 - lid.rows
    # The margin itself is a millimetre thick, the lashes' roots along it: a line as thin as
    # a pixel left the lid a paper edge over the ball at the document's size.
    width = 0.6 + 0.3 * k + (0.1 if female else 0.0) + 0.25 * makeup * (0.3 + 0.7 * k)
    width *= 1 - 0.35 * smoothstep(0.75, 1.0, k)
    line = _band(above, 0.6 + 0.15 * makeup, width) * weight * (1.0 + 0.1 * makeup)
    ink = 0.03 - 0.012 * makeup
    p.paint(
        np.minimum(line, 0.88 + 0.08 * makeup).astype(np.float32),
        (ink, ink * 0.87, ink * 1.13),
    )
    # Seen from the front the lashes, curving up and out, stand over the lid's skin just
    # above the margin as a soft, broken fringe, taller outwards: the lash line is the
    # eye's darkest and broadest line, not a drawn outline of the opening.
    long = 1 + 0.45 * makeup
    fringe = _band(above, (1.4 + 0.9 * k) * long, (0.6 + 0.5 * k) * long) * weight
    fringe *= (0.3 if female else 0.22) + 0.22 * makeup
    fringe *= 0.75 + 0.25 * np.sin(lid.u * 41.0 + 0.5) * np.sin(lid.u * 17.0)
    p.paint(np.minimum(fringe, 0.6 + 0.15 * makeup).astype(np.float32), (0.04, 0.035, 0.045))
    # Below the margin the lashes' shadow and their dark roots seen through them darken the
    # ball's top edge: the line thickens downwards more softly than up.
    p.paint((_band(above, -0.5, 0.7) * weight * 0.35).astype(np.float32), (0.05, 0.045, 0.05))


def lower_lid(
    c: FaceCanvas, p: Patch, lid: Lids, skin: F32, wz: float, makeup: float = 0.0
) -> None:
    """The lower lid has a thickness: its wet margin along the ball is a thin, pinkish line
    of the skin's own tone (a bright one outlined the eye like a sticker's edge), the lid's
    rim a soft ledge that casts nothing, with a faint shade of the lower lashes and the rim's
    underside along it, thicker outwards, before the lid's skin runs on into the cheek with
    no outline. Mascara (``makeup``) darkens the outer lower lashes a little, never a drawn
    ring."""
    s = lid.rows - lid.foot  # px below the lower margin
    w = np.clip(1 - ((lid.u - 0.1) / 1.05) ** 2, 0, 1) ** 0.8
    k = np.clip((lid.u + 1) / 2, 0, 1).astype(np.float32)
    # The wet margin: half a pixel of pinkish skin, its tone the skin's, with a faint sheen.
    # It faces up into the lamp, a little lighter than the lid below it: the lid's
    # thickness, a ledge between the white and the lashes (without it the white ended on
    # flat skin, a hole cut in it).
    margin = _band(s, 0.45, 0.5) * w
    p.paint(margin * 0.32, np.minimum(1, skin * np.array([1.02, 1.0, 1.1], np.float32) + 0.015))
    gloss = c.gloss[p.rows, p.cols]
    np.maximum(gloss, margin * 0.06, out=gloss)
    # Along and under the rim's ledge, the lower lashes' roots and the rim's own underside:
    # a soft, faint shade, strongest outwards. It starts at the margin: a lid lighter there
    # than below read as a pale rim round the white.
    # Under the outer corner it thins again, where the upper lid's line takes over.
    lashes = _band(s, 1.5, 0.9) * w * 0.26 * (0.5 + 0.5 * k) * (1 - 0.5 * smoothstep(0.8, 1.0, k))
    p.paint(lashes, skin * np.array([0.66, 0.63, 0.67], np.float32))
    if makeup > 0:
        tint = _band(s, 1.7, 0.7) * w * k**1.5 * 0.2 * makeup
        p.paint(tint.astype(np.float32), skin * np.array([0.35, 0.33, 0.37], np.float32))
    # The lid below the lashes is a low roll over the ball's lower half (the pretarsal
    # muscle): a broad, gentle rise, with a faint shade where it meets the cheek. Without it
    # the white ended on flat skin and the eye read as drawn onto the face; a narrow ridge
    # along the margin instead caught the lamp as a bright crescent.
    e = lid.eye_w
    roll = _band(s, 0.22 * e, 0.14 * e) * w
    p.lift(roll, wz * 0.005)
    p.paint(_band(s, 0.38 * e, 0.1 * e) * w * 0.1, skin * np.array([0.8, 0.77, 0.82], np.float32))
