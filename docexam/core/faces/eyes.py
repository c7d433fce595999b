"""The eyes: each person's lids, iris and lashes, from the eye's own traits."""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from docexam.core.domain.seeds import rng
from docexam.core.faces import eyeball, lamps, lids
from docexam.core.faces.canvas import FaceCanvas, smoothstep, soft
from docexam.core.faces.geometry import FaceGeometry
from docexam.core.faces.mesh.morph import ancestry
from docexam.core.faces.patch import Patch
from docexam.core.faces.skin import skin_colour
from docexam.core.faces.traits import Identity, Look

# BGR, each category a darker and a lighter shade: dark brown, brown, light brown with
# some olive (hazel), grey-green, grey-blue. Photographed irises are dull: vivid blue, green
# or amber read as painted (an amber one as orange).
IRIS = (
    ((0.055, 0.08, 0.11), (0.075, 0.11, 0.155)),
    ((0.075, 0.12, 0.17), (0.1, 0.155, 0.21)),
    ((0.12, 0.2, 0.25), (0.16, 0.26, 0.3)),
    ((0.2, 0.27, 0.27), (0.27, 0.33, 0.31)),
    ((0.3, 0.3, 0.27), (0.4, 0.38, 0.34)),
)


def iris_colour(who: Identity) -> tuple[float, float, float]:
    i = who.bucket("iris")
    if who.skin > 0.5:
        i = min(i, 1)  # darker skins carry dark irises in this fictional population, as in most
    elif who.skin > 0.35:
        i = min(i, 2)
    # Where the trait falls inside its category picks the shade, so two brown-eyed people
    # differ too.
    t = float(np.clip(who.traits["iris"] * len(IRIS) - who.bucket("iris"), 0, 1))
    dark, pale = IRIS[i]
    # A dark face is exposed up to three times brighter than a fair one: its iris, darker
    # than the skin round it, is kept so, or the exposure turned a brown iris orange.
    depth = 1 - 0.5 * max(who.skin - 0.55, 0.0)
    # Lit, a dark brown iris is a mid brown, not black: darker only than the pupil. Kept
    # near black it read as a flat, painted disc. Lighter ones and a dark face's (exposed
    # brighter) need less: lifted as much they turned amber.
    depth *= max(1.45 - 0.2 * i, 1.05) * (1 - 0.5 * max(who.skin - 0.4, 0.0))
    return tuple(depth * float(a + (b - a) * t) for a, b in zip(dark, pale, strict=True))  # type: ignore[return-value]


@dataclass(frozen=True)
class EyeShape:
    """One person's eye, from the eye's own traits: how high the upper lid stands over the
    eye's middle and how low the lower one sags (in iris radii, so the lids keep their place
    on the iris whatever the eye's size), where the upper lid peaks (-1 inner .. 1 outer
    corner), how round the lids are (a smaller exponent is rounder), how far the fold of skin
    above hides the upper lid (0 a lid shown under a clear crease .. 1 hooded, and past about
    0.8 a single lid with no crease at all), and the crease's height over the lid margin."""

    up: float
    lo: float
    peak: float
    exponent: float
    hood: float
    crease: float
    deep: float  # how deep-set the eye is under the brow, 0 full and level .. 1 deep
    inner: float = 0.14  # the inner corner's rounded bay, in half eye widths
    lower: float = 0.15  # where the lower lid runs lowest (-1 inner .. 1 outer corner)
    epicanthus: float = 0.0  # how far a fold of skin covers the inner corner, 0 .. 1
    cant: float = 0.0  # degrees the outer corner stands higher, over the layout's eye_tilt
    droop: float = 0.0  # how far the upper lid's outer part slopes down (a down-turned eye)


def eye_shape(who: Identity) -> EyeShape:
    tr = who.traits
    opening, width, tilt = tr["eye_opening"], tr["eye_width"], tr["eye_tilt"]
    build = ancestry(who)
    asian = build["asian"]
    # A European build's eye sits deep under a strong brow; an East Asian one's lid is full,
    # level with the brow; an African one's between. The brow's own trait moves it too, so
    # two people of one build differ.
    deep = float(
        np.clip(
            0.15
            + 0.6 * build["caucasian"]
            + 0.35 * build["african"]
            + 0.5 * (tr["brow_ridge"] - 0.5),
            0,
            1,
        )
        * (1 - 0.8 * asian)
    )
    # An open, narrow eye is round; a wide eye with a low opening is a long almond.
    roundness = float(np.clip(0.5 + 1.1 * (opening - width), 0, 1))
    # A sitter looks into the lens with the eyes comfortably open: the upper lid covers the
    # iris's top by a millimetre or two (less on an open eye) and the lower one meets its rim.
    # A low, wide, up-tilted eye most often sits under a full fold of skin, and an East Asian
    # build's lid most often under a full fold with a low crease or none (the epicanthic
    # fold); other builds mostly show a clear crease. Independent of the build, the same
    # shape traits drew every face a single lid and read as one head re-dressed.
    fold = (
        1.0 * (0.5 - opening)
        + 0.6 * (tilt - 0.5)
        + 0.3 * (width - 0.5)
        + 0.9 * asian
        + 0.25 * (1 - deep) * (1 - asian)
        - 0.1
    )
    hood = float(np.clip(fold, 0, 1))
    # An epicanthic fold, common in an East Asian build under a full lid, runs down over
    # the inner corner and hides the caruncle: the bay there is short and low.
    epicanthus = asian * float(smoothstep(0.5, 0.9, hood))
    # Each of the eye's traits moves its own part of the outline, smoothly (a look-alike's
    # eye, its traits close, is close too): the opening how far the upper lid stands over the
    # iris, from half its radius covered to the rim; the roundness how round both lids are
    # and how low the lower one sags (on a round eye a sliver of white under the iris); the
    # tilt, beyond the corners' slant, where each lid bends: a down-turned eye's upper lid
    # peaks nearer the nose and runs out in a long slope to a low outer corner, an up-turned
    # eye's lower lid sags nearest the nose and sweeps up to the outer corner. (Derived
    # mostly from the build, and the opening varied by a fraction of the iris, every face
    # drew one almond: its height over its width spread by 0.02, its slant by 3 degrees.)
    down = 0.5 - tilt
    return EyeShape(
        # (A full East Asian lid sits a little lower on the iris.)
        up=0.4 + 0.55 * opening + 0.1 * roundness - 0.1 * asian,
        lo=0.76 + 0.3 * roundness,
        peak=-0.3 + 0.35 * width - 0.35 * down,
        exponent=1.0 - 0.4 * roundness,
        hood=hood,
        # A deep-set eye's crease runs high, in the shade under the brow.
        crease=0.2 + (0.75 + 0.45 * deep) * (1 - hood),
        deep=deep,
        inner=(0.1 + 0.1 * width) * (1 - 0.55 * epicanthus),
        lower=0.15 + 0.45 * down + 0.15 * (width - 0.5),
        epicanthus=epicanthus,
        # The outer corner's slant over the layout's: most eyes' outer corners stand a little
        # higher than the inner (about 4 degrees), an East Asian build's more.
        cant=3.0 + 2.5 * asian - 6.0 * down,
        droop=float(np.clip(2 * down, 0, 1)),
    )


def _slant(degrees: float) -> float:
    """An eye's slant, its steepest eased off: past 7 degrees it nears 10 (steeper, the
    outer corner's lash line drew a liner's wing up the temple)."""
    return degrees if degrees < 7 else 7 + 3 * float(np.tanh((degrees - 7) / 3))


def _skew(u: np.ndarray, peak: float) -> np.ndarray:
    """-1..1 remapped so that 0 falls at ``peak``: a lid's highest point off its middle."""
    return np.where(u < peak, (u - peak) / (1 + peak), (u - peak) / (1 - peak))


def _lid(u: np.ndarray, peak: float, inner: float, outer: float) -> np.ndarray:
    """A lid's height profile (1 at ``peak``, 0 at the corners), shaped separately on each
    side of it: a small exponent keeps the curve round up to the corner, a larger one draws
    it out into a long, tapering end."""
    s = _skew(u, peak)
    return np.clip(1 - s**2, 0, 1) ** np.where(s < 0, inner, outer)


def _cap(u: np.ndarray, start: float, end: float) -> np.ndarray:
    """1 up to ``start``, falling to 0 at ``end`` as a quarter ellipse: the lids' outline
    closes there as a rounded end, not in the point two lines meeting at an angle draw."""
    t = np.clip((u - start) / (end - start), 0, 1)
    return np.sqrt(1 - t**2)


def _smooth_max(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a**4 + b**4) ** 0.25


def eye_points(
    fg: FaceGeometry, side: int, e: EyeShape, n: int = 24
) -> tuple[np.ndarray, np.ndarray]:
    """Upper and lower lid outlines of one eye (side -1 = viewer's left), inner to outer.
    An eye is not a symmetric almond: the upper lid rises steeply from the inner corner
    and slopes down more gently to the outer one, while the lower lid lies nearly flat into
    the inner corner and curves up more quickly to the outer one. Neither corner is a point:
    the inner one is a rounded bay, the width of the caruncle that fills it, and the outer
    one a small, blunt angle where the upper lid runs on a little over the lower (lash_line
    draws that overlap). Knife-like corners, the white running out to a sliver, drew every
    eye as an almond cut out of the skin."""
    # Each eye as the face's own asymmetry places and sizes it, its opening a little taller
    # or lower than the other's.
    fg = fg.sided(side)
    ex, ey = fg.fx + side * fg.eye_gap, fg.eye
    taller = 1 + side / 2 * fg.skew.opening
    u = np.linspace(-1, 1, n)
    # (A down-turned eye's upper lid runs out into the outer corner in a longer slope.)
    outer = 1.1 * e.exponent * (1 + 0.25 * e.droop)
    up = -fg.iris * e.up * taller * _lid(u, e.peak, 0.7 * e.exponent, outer)
    # The lower lid is flatter and lowest a little outside the middle.
    lo = fg.iris * e.lo * taller * _lid(u, e.lower, 1.5 * e.exponent, 1.1 * e.exponent)
    # Into the inner corner the lids run on nearly parallel, a channel as tall as a fifth of
    # the eye's opening (the caruncle's place) that closes in a round end. The outer corner
    # is an angle, not a sliver: the lids part there over its last few millimetres as over
    # a blunt wedge.
    u32 = u.astype(np.float32)
    # An epicanthic fold sweeps down over that channel: the corner is shorter and lower.
    channel = fg.iris * smoothstep(-0.3, -0.85, u32) * (1 - 0.6 * e.epicanthus)
    wedge = fg.iris * smoothstep(0.55, 0.9, u32)
    # (A little blunter than a wedge's point: the outer corner closes softly.)
    up = -_smooth_max(-up, 0.2 * channel + 0.13 * wedge)
    lo = _smooth_max(lo, 0.24 * channel + 0.15 * wedge)
    ends = _cap(-u, 1 - e.inner, 1.0) * _cap(u, 0.9, 1.0)
    up, lo = up * ends, lo * ends
    tilt = np.tan(np.radians(_slant(fg.eye_tilt + e.cant))) * fg.eye_w * u
    xs = ex + side * u * fg.eye_w
    return np.stack([xs, ey + up - tilt], axis=1), np.stack([xs, ey + lo - tilt], axis=1)


def eyes(c: FaceCanvas, fg: FaceGeometry, who: Identity, look: Look) -> None:
    iris = np.asarray(iris_colour(who), np.float32)
    female = who.sex == "F"
    light = lamps.lamp(look)
    skin = np.asarray(skin_colour(who), np.float32)
    form = eye_shape(who)
    if look.squint:
        # Narrowed against a hall's glare: the upper lid comes down over the iris and the
        # lower one up a little (the layout's eye_h alone moved only the bumps round them).
        form = replace(
            form, up=form.up * (1 - 0.2 * look.squint), lo=form.lo * (1 - 0.1 * look.squint)
        )
    reach = fg.eye_gap + fg.eye_w * 3.2
    both = Patch(
        c, [fg.fx - reach, fg.fx + reach], [fg.eye - fg.eye_w * 2.0, fg.eye + fg.eye_w * 1.4], 2
    )
    _socket(both, fg, skin, form.deep)
    # The white is a wet, shaded ball, never paper white: where lit, a little lighter than
    # the skin round it in a fair face (darker, the whole white read as a grey sticker) and
    # clearly lighter in a dark one, duller and warmer there. It takes some of the skin's
    # hue, the light the lids and skin round it throw onto it.
    # (A dark face's white, as bright as a fair one's against its skin, was the brightest
    # thing in the photo: an almond of paper on the face.)
    white = np.float32(0.74 * (1 - 0.6 * who.skin)) * (0.72 + 0.28 * skin / skin.mean())
    white *= np.array([1 - 0.12 * who.skin, 1 - 0.03 * who.skin, 1], np.float32)
    lashes = (both.blank(), both.blank())
    for side in (-1, 1):
        # Fine enough for the corners' rounded ends.
        upper, lower = eye_points(fg, side, form, 48)
        # The rest of this eye where the face's asymmetry puts it, as eye_points does.
        fs = fg.sided(side)
        ex, ey = fs.fx + side * fs.eye_gap, fs.eye
        _settle(c, ex, ey, fs.eye_w)
        c.bump(ex, ey, fs.eye_w * 0.8, fs.eye_h * 1.6, fs.wz * 0.05)
        # The fold of skin and fat between the crease and the brow fills the orbit's upper
        # half and faces the camera, as the lid under it does: without it the slope from the
        # brow down to the lid faced the floor and drew a dark bar over every eye.
        c.bump(
            ex + side * fs.eye_w * 0.1,
            ey - fs.eye_w * 0.75,
            fs.eye_w * 0.95,
            fs.eye_w * 0.4,
            fs.wz * 0.03 * (1.1 - form.deep),
        )
        # A deep-set eye: the orbit's upper rim stands over it and the hollow under the
        # brow's head, beside the bridge of the nose, sinks.
        c.bump(
            ex - side * fs.eye_w * 0.55,
            ey - fs.eye_w * 0.5,
            fs.eye_w * 0.45,
            fs.eye_w * 0.35,
            -fs.wz * 0.03 * form.deep,
        )
        p = Patch(
            c,
            [ex - fs.eye_w * 1.3, ex + fs.eye_w * 1.3],
            [ey - fs.eye_w * 1.3, ey + fs.eye_w * 0.9],
            3,
        )
        crease = _crease(fs, form, upper, side)
        lid = lids.lids(p, (ex, ey), side, fs.eye_w, [upper, lower, crease])
        lids.upper_lid(c, p, lid, form.hood, skin, fs.wz, form.deep, look.makeup)
        inside = lid.opening()
        eyeball.ball(
            c,
            p,
            fs,
            (ex, ey),
            (lid.top, lid.foot),
            inside,
            white,
            iris,
            light,
            rng("eyeball", who.seed, side),
            form.epicanthus,
            form.hood,
        )
        eyeball.catchlight(c, p, fs, (ex, ey), (lid.top, inside), light, _cornea(who, look, side))
        lids.lash_line(p, lid, female, look.makeup)
        lids.lower_lid(c, p, lid, skin, fs.wz, look.makeup)
        lids.lashes(both, lashes, fs, (upper, lower), side, who, form.hood, look.makeup)
        # The crease is a fold the lamp sees: a shallow groove in the relief, none on a
        # single lid.
        for x, y in crease[4:-4:4]:
            c.bump(x, y, fs.eye_w * 0.2, fs.eye_h * 0.2, -fs.wz * 0.006 * (1 - form.hood))
        # (Bags under the eyes come with age: ageing.py's.)
    # Each lash is finer than a pixel: drawn at a pixel's width, it is painted at part
    # strength, and where lashes cross they darken together into the fringe.
    strength = (0.5 if female else 0.44) + 0.15 * look.makeup
    both.paint(np.minimum(soft(lashes[0], 0.35) * strength, 0.85), (0.035, 0.032, 0.04))
    fine = (0.22 if female else 0.18) + 0.12 * look.makeup
    both.paint(np.minimum(soft(lashes[1], 0.4) * fine, 0.5), (0.07, 0.065, 0.075))


def _settle(c: FaceCanvas, ex: float, ey: float, eye_w: float) -> None:
    """Under the drawn eye the relief keeps only its broad form (the socket, the ball's
    bulge): the mesh's own lids, filled where the drawn eye lies, left steps of a pixel or
    two and a groove along the lower margin, which the lamp drew as a dark ring round the
    opening, a decal's outline. The lids' own forms are added back by lids.py."""
    p = Patch(c, [ex - eye_w * 1.7, ex + eye_w * 1.7], [ey - eye_w * 1.3, ey + eye_w * 1.1], 2)
    h = c.height[p.rows, p.cols]
    ys, xs = np.mgrid[p.rows, p.cols].astype(np.float32)
    # Flat-topped over the opening and the lids, fading out before the brow and the cheek.
    r = ((xs - ex) / (eye_w * 1.25)) ** 4 + ((ys - ey) / (eye_w * 0.8)) ** 4
    blend = np.exp(-r).astype(np.float32)
    h += (soft(h, eye_w * 0.3) - h) * blend


def _cornea(who: Identity, look: Look, side: int) -> tuple[float, float, float, float]:
    """One eye's own part in its reflection of the lamp (see eyeball.catchlight): its aim at
    the lens a degree or two off, its cornea's curve, its tear film. Each photo's own: the
    eyes settle a little differently each time."""
    g = rng("cornea", who.seed, repr(look), side)
    aim = g.normal(0, 0.012, 2)
    return float(aim[0]), float(aim[1]), float(g.uniform(0.9, 1.1)), float(g.uniform(0, 6.3))


def _crease(fg: FaceGeometry, form: EyeShape, upper: np.ndarray, side: int) -> np.ndarray:
    """The upper lid's crease, where the fold of skin above meets the lid: a few millimetres
    over an open lid's margin, down on the lashes under a hooded fold."""
    u = np.linspace(-1, 1, len(upper))
    crease = upper.copy()
    crease[:, 0] += side * u * fg.eye_w * 0.06
    # It runs parallel to the margin over the middle and closes in towards the corners,
    # reaching them a little above the lid.
    gap = fg.iris * (form.crease * np.clip(1 - u**2, 0, 1) ** 0.6 + 0.12)
    # Over a down-turned eye the fold sags towards the outer corner, nearer the lashes there.
    gap *= 1 - 0.35 * form.droop * smoothstep(0.0, 0.9, u.astype(np.float32))
    crease[:, 1] -= gap
    return crease


def _socket(both: Patch, fg: FaceGeometry, skin: np.ndarray, deep: float) -> None:
    """The eye lies in a socket: a soft, broad shade between the brow and the lid, a little
    deeper towards the bridge of the nose, and the thin skin under the eye a shade cooler.
    It stays a tone, not a line: a narrow, dark band there read as a frown. A deep-set eye's
    socket is darker, most beside the bridge; a full, level lid's hardly shaded."""
    spots = []
    for side in (-1, 1):
        ex = fg.fx + side * fg.eye_gap
        spots += [
            (
                ex - side * fg.eye_w * 0.35,
                fg.eye - fg.eye_w * 0.75,
                fg.eye_w * 0.9,
                fg.eye_w * 0.45,
                0.7,
            ),
            (
                ex - side * fg.eye_w * 0.95,
                fg.eye - fg.eye_w * 0.35,
                fg.eye_w * 0.3,
                fg.eye_w * 0.4,
                0.6,
            ),
            # The socket's deepest part, under the brow's head beside the bridge of the nose.
            (
                ex - side * fg.eye_w * 0.75,
                fg.eye - fg.eye_w * 0.7,
                fg.eye_w * 0.4,
                fg.eye_w * 0.35,
                0.45,
            ),
            # The inner corner lies in the hollow between the ball and the bridge of the nose,
            # which the nose's side shades: without it the corner met the face flat, an edge.
            (ex - side * fg.eye_w * 1.3, fg.eye, fg.eye_w * 0.25, fg.eye_w * 0.35, 0.5),
            # Under the eye, from just below the lower lid's rim: starting lower, it left a
            # pale band along the lid that read as a crescent outlining the eye. Deepest in,
            # where the lid meets the cheek in a shallow groove running down from the corner.
            (ex, fg.eye + fg.eye_w * 0.5, fg.eye_w * 0.75, fg.eye_w * 0.24, 0.45),
            (
                ex - side * fg.eye_w * 0.5,
                fg.eye + fg.eye_w * 0.45,
                fg.eye_w * 0.4,
                fg.eye_w * 0.2,
                0.3,
            ),
        ]
    shade = soft(both.spots(spots), 2.0)
    both.paint(
        # Even a full, level lid lies a little back under the brow: some shade always (with
        # none the eye sat on the face, not in a socket).
        np.minimum(shade, 1) * np.float32(0.4 + 0.3 * deep),
        skin * np.array([0.74, 0.7, 0.76], np.float32),
    )
