"""Whether a photo shows every one of a person's marks: hair hanging beside the face or swept
over the forehead, a beard (stubble over the upper lip too), glasses' frames, the dark in and
round the nose (its nostrils; its shadow under a booth's hard lamp) or skin turned away from a
booth's lamp may hide a mole or a scar. Guessed from where the renderer draws each mark
(``features.mark_centre``) and where those cover the face in the photo's pose, with a margin:
locks sway and a beard's edge is ragged from photo to photo, so a mark near such an edge counts
as covered even where the day's hair happens to leave it bare. A guess that errs towards
"covered" (over 130 face items' pairs of photos, 48 of the 64 marks it flagged stood 20 levels
and more out of the skin, and none of the 359 it left stood less than 10): ``unseen`` measures
the flagged ones in the photo (``markseen``), but for a scar something may lie over."""

from __future__ import annotations

import cv2
import numpy as np

from docexam.core.faces import beard, glasses, lamps
from docexam.core.faces.features import EYE_RX, EYE_RY, mark_centre, mole_radius
from docexam.core.faces.geometry import WORK_HEIGHT, FaceGeometry, work_layout
from docexam.core.faces.hairstyle import SWEPT
from docexam.core.faces.hidden import worn_style
from docexam.core.faces.traits import Identity, Look, Mark

# The size the face items show a photo at (face_items.PHOTO_SIZE): the renderer's working size.
SIZE = (311, WORK_HEIGHT)
# Hair hanging beside the face (a style's fall, ``hairstyle.REACH``) comes in over the cheek
# to about 0.92 of the outline's half width, and its locks sway in and out of that.
HANGING = frozenset({"long", "medium", "bob", "pixie"})
HAIR_SIDE = 0.85  # a mark further out than this share of the outline's half width
# Hair grows from the hairline over a band of thinning hairs; a fringe swept from a side
# parting (or a pixie's: ``SWEPT``) lies over the forehead below it, and hair combed from a
# parting frames the forehead's upper corners in an arch. Down from the hairline, in shares of
# the way to the eyes (measured over 240 photos: none of those lay over a mark further down).
HAIRLINE_BAND, FRINGE, ARCH = 0.12, 0.3, 0.32
ARCH_SIDE = 0.55  # the arch's inner edge, as a share of the outline's half width
# The nose's shadow in a booth: beside it out to this many half nose widths from the features'
# middle, from this share of the way from the eyes down to the nose's base; under it down to
# this share of the way from the base to the mouth.
NOSE_SHADE = (1.35, 0.6, 0.5)
# Skin whose normal (blurred over this many px, as a lamp's size and the skin's scatter soften
# it) turns from a booth's lamp past this (n.l, 0 edge-on) is in its shade: chosen from holders'
# photos (24 people), where a mark at 0.09 stood 11 levels off the skin and from 0.26 over 25.
NORMALS_PX, UNLIT = 4.0, 0.15
MARGIN = 0.06  # round a beard's or a frame's edge, in face half widths
BY_AN_EYE = 1.5  # a mole this near an eye (in its opening's and lids' radii) may be lost there
# A moustache's hairs end raggedly (beard.py: 0.2 of the upper lip's height and a noise of
# 0.3 of it) up to this many upper lips' heights below its edge: two of the noise's spreads.
RAGGED = 0.8


# What may hide a mark: something lying over it, the dark, or its own smallness in the photo.
OVER, SHADE, SMALL = "over", "shade", "small"
# A mole under this radius (px, in the photo as it is shown) may be lost in its pixels: a
# brown mole on a fair skin 1.1 px across its radius stood 10 levels out of a studio portrait
# at 210 x 270 where it had stood 20 at the working size.
SMALL_PX = 1.4


def doubts(who: Identity, look: Look, size: tuple[int, int] = SIZE) -> tuple[str, ...]:
    """Per mark of ``who``'s, what may hide it in a ``size`` photo in ``look``: hair, a beard
    or glasses' frames lying ``OVER`` it, the nose's or the lamp's ``SHADE``, a mole too
    ``SMALL`` for the photo's pixels, or nothing ("")."""
    if not who.marks:
        return ()
    style = worn_style(who, look)
    fg = work_layout(who, look, *size)
    return tuple(_doubt(fg, look, style, m, size[1] / WORK_HEIGHT) for m in who.marks)


def mark_covered(who: Identity, look: Look, m: Mark, shade: bool = True) -> bool:
    """Whether one of ``who``'s marks may be out of sight in a photo in ``look``: under hair,
    a beard or glasses' frames, and (``shade``) in the nose's dark or, in a booth, on skin
    turned away from its lamp."""
    doubt = _doubt(work_layout(who, look, *SIZE), look, worn_style(who, look), m)
    return doubt == OVER or (shade and doubt == SHADE)


def _doubt(fg: FaceGeometry, look: Look, style: str, m: Mark, scale: float = 1.0) -> str:
    """``scale``: the photo's pixels per working pixel (``fg``'s)."""
    x, y = mark_centre(fg, m)
    # A scar is seen as long as its middle is (an end under hair leaves it plain to compare).
    reach = mole_radius(fg, m) if m.length == 0 else fg.wz * 0.03
    if (
        _under_hair(fg, style, x, y, reach)
        or (look.beard != "none" and _under_beard(fg, look.beard, x, y, reach))
        or (look.glasses != "none" and _under_frames(fg, x, y, reach))
    ):
        return OVER
    if m.length and _by_the_nostrils(fg, x, y, m.length * fg.wz / 2):
        # (A scar reaching over a nostril's rim may lie half in its dark: a short one on a
        # fair woman's wing stood 7.5 levels out of a 210 x 270 portrait.)
        return SHADE
    if m.length == 0 and (
        look.jpeg or _by_an_eye(fg, x, y, reach) or _in_the_noses_shade(fg, look, x, y, reach)
    ):
        # (A booth's every mole: how far a brown mole stands out follows the light on the skin
        # round it, and a hall's lamp lights a face unevenly. Holders' moles stood 2-3 times
        # less out at the booth than in their portrait where the skin round them had as much
        # less light: the mole was as dark against its skin. Blur, the sensor and the
        # exposure, each turned off, moved it by under a fifth.)
        return SHADE
    if _unlit(fg, look, x, y):
        return SHADE
    if m.length == 0 and reach * scale < SMALL_PX:
        return SMALL
    return ""


def _by_an_eye(fg: FaceGeometry, x: float, y: float, r: float) -> bool:
    """Whether a mole lies by an eye, among the lashes, the lid's fold and the socket's shade
    (where ``features`` moves a mole that would lie on the eye): a brown mole there stood no
    more out of that dark than of the skin (studio portraits of fair skins, -5 to 20 levels)."""
    for side in (-1, 1):
        ex = fg.fx + side * fg.eye_gap
        ax, ay = fg.eye_w * EYE_RX + r, fg.eye_h * EYE_RY + r
        if float(np.hypot((x - ex) / ax, (y - fg.eye) / ay)) < BY_AN_EYE:
            return True
    return False


def _unlit(fg: FaceGeometry, look: Look, x: float, y: float) -> bool:
    """Whether a mark lies on skin turned away from a booth's hard lamp: its lower cheek on
    the side away from the lamp, the hollow under a brow. A hall's lamp has little fill, and
    there a mole beside the mouth was a dark dot on near-black, 10 levels off it."""
    if not look.jpeg or fg.mesh is None:
        return False
    n = cv2.GaussianBlur(fg.mesh.normals, (0, 0), NORMALS_PX)
    h, w = n.shape[:2]
    row, col = int(np.clip(round(y), 0, h - 1)), int(np.clip(round(x), 0, w - 1))
    return float(n[row, col] @ lamps.lamp(look).direction) < UNLIT


def _under_hair(fg: FaceGeometry, style: str, x: float, y: float, r: float) -> bool:
    hw = float(fg.half_width(np.array([y], np.float32))[0])
    out = abs(x - fg.cx) + r
    down = (y - r - fg.hairline) / max(1.0, fg.eye - fg.hairline)
    hanging = style in HANGING
    return (
        (style != "bald" and down < HAIRLINE_BAND)
        or (hanging and out > HAIR_SIDE * hw)
        or (hanging and down < ARCH and out > ARCH_SIDE * hw)
        or (style in SWEPT and down < FRINGE)
    )


def _in_the_noses_shade(fg: FaceGeometry, look: Look, x: float, y: float, r: float) -> bool:
    """Whether a mole lies in the dark the nose throws or holds: its nostrils and the wings'
    creases in any light; in a booth's, whose hard lamp stands high up and off to one side,
    also the nose's shadow under it and over the cheek on the side away from the lamp. A
    mole there was a few levels off the shadow's near-black, no more. (Not a scar: pale, it
    stands out the more in the nose's shade, where a mole is dark on dark: by a studio's lamp
    19 levels and over, 14 people; in a booth's shade beside and under the nose 34 to 45, 3
    of 44 holders, where it had been called hidden. A scar over the nostrils themselves is
    ``_doubt``'s.)"""
    if _by_the_nostrils(fg, x, y, r):
        return True
    if not look.jpeg:
        return False
    across = abs(x - fg.fx) - r
    wide, top, low = NOSE_SHADE
    under = fg.nose < y + r and y - r < fg.nose + (fg.mouth - fg.nose) * low
    if across < fg.nose_w * 1.1 and under:
        return True
    # (Light from the viewer's left, ``light_azimuth`` > 0, throws the shadow to the right.)
    away = (x - fg.fx) * look.light_azimuth > 0 and abs(look.light_azimuth) > 30
    beside = fg.eye + (fg.nose - fg.eye) * top < y + r and y - r < fg.nose
    return away and beside and across < fg.nose_w * wide


def _by_the_nostrils(fg: FaceGeometry, x: float, y: float, r: float) -> bool:
    """Whether a mark of radius ``r`` at ``x``, ``y`` reaches the nostrils or the wings'
    creases beside them."""
    across = abs(x - fg.fx) - r
    return across < fg.nose_w * 1.05 and (
        fg.nose - fg.nose_w * 0.5 < y + r and y - r < fg.nose + fg.nose_w * 0.3
    )


def _under_beard(fg: FaceGeometry, kind: str, x: float, y: float, r: float) -> bool:
    """In a beard's regions as beard.py lays them out, widened by the margin and by how far
    the moustache's ragged ends and the cheek's wandering edge reach."""
    pad = r + fg.wz * MARGIN
    hw = float(fg.half_width(np.array([min(y, fg.chin - 1)], np.float32))[0])
    if abs(x - fg.cx) > hw + pad or y < fg.ear_y - fg.ear_len * 0.6 - pad:
        return False
    ax = max(0.0, abs(x - fg.fx) - pad)
    lip_top, lip_edge = (float(v) for v in beard.lip_band(fg, ax))
    lip_low = lip_edge + fg.lip_up * RAGGED
    if ax < fg.mouth_w * 1.15 and lip_top - fg.wz * 0.02 - pad < y < lip_low + pad:
        return True  # (every beard has its moustache; stubble's is as dense as any of it)
    if kind == "full":
        return y + pad > float(beard.cheek_top(fg, ax))
    if kind == "goatee":
        cy, rx, ry = beard.chin_patch(fg)
        return float(np.hypot(ax / rx, max(0.0, abs(y - cy) - pad) / ry)) < 1.1
    return False


def _under_frames(fg: FaceGeometry, x: float, y: float, r: float) -> bool:
    """Near the frame's lines as the renderer draws them, within the thickest frames' width
    and the margin round them."""
    pad = r + fg.wz * 0.03 + 3.0  # (a thick frame's half width, its blur and its shadow)
    return any(_distance(line, x, y) < pad for line in glasses.frame_lines(fg))


def _distance(line: np.ndarray, x: float, y: float) -> float:
    """From a point to a polyline."""
    a, b = line[:-1], line[1:]
    d = b - a
    p = np.array([x, y]) - a
    k = np.clip((p * d).sum(axis=1) / np.maximum((d * d).sum(axis=1), 1e-9), 0, 1)
    return float(np.hypot(*(p - d * k[:, None]).T).min())
