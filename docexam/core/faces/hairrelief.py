"""The relief of a head of hair, which the lamp shades: a layer over the head, rounded over
the dome, in locks, lying flat where it grows from the forehead and temples (no cliff, and no
shadow band, at the hairline), a curtain facing forward where it hangs."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from docexam.core.faces import fibres, hairfall
from docexam.core.faces.canvas import F32, FaceCanvas, smoothstep, soft
from docexam.core.faces.geometry import FaceGeometry


@dataclass
class Kind:
    """What sort of hair it is: hanging beside the face, combed from a parting, a mass of
    coils, short tufts."""

    hanging: bool
    combed: bool
    coiled: bool
    tufts: bool


def _relief(c: FaceCanvas, fg: FaceGeometry, under: F32) -> F32:
    """The relief ``under`` the hair, dilated and smoothed: hair lies over it as a layer."""
    reach = max(3, int(fg.wz * 0.3)) | 1
    disc = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (reach, reach))
    return cv2.GaussianBlur(cv2.dilate(under, disc), (0, 0), fg.wz * 0.1)


def _without_ears(c: FaceCanvas, fg: FaceGeometry, rows: slice, ears: F32 | None) -> F32:
    """The head's relief with the ears pressed flat: hair over an ear lies on the hair behind
    it, not on the ear's rim (that showed through a mass of hair as a dark ridge)."""
    if ears is None:
        return c.height[rows]
    # (A square: OpenCV erodes by one in a pass per axis; a disc this wide cost 10 ms.)
    k = np.ones((int(fg.ear_len) | 1,) * 2, np.uint8)
    flat = cv2.erode(c.height[rows], k)
    near = soft(cv2.dilate(ears, k), fg.ear_len * 0.15)
    return (c.height[rows] + (flat - c.height[rows]) * near).astype(np.float32)


def relief(
    c: FaceCanvas,
    fg: FaceGeometry,
    rows: slice,
    d: hairfall.Drape,
    fib: fibres.Fibres,
    alpha: F32,
    line: F32,
    fallen: np.ndarray,
    into: F32 | None,
    vol: float,
    curl: float,
    kind: Kind,
    ears: F32 | None,
) -> tuple[F32, F32 | None, int]:
    """The hair's relief in canvas ``rows`` (of coverage ``alpha``, growing above ``line``,
    hanging where ``fallen``, ``into`` pixels in from its edge by the face), where it lies on
    the skin beside the face (or None), and how many pixels past its outline its form runs on
    over the backdrop."""
    xs, ys = c.xs[rows], c.ys[rows]
    top, temple, half, flare = d.top, d.temple, d.half, d.flare
    hanging, combed, coiled, tufts = kind.hanging, kind.combed, kind.coiled, kind.tufts
    onto_skin: F32 | None = None
    skin_z = _without_ears(c, fg, rows, ears if hanging else None)
    under = _relief(c, fg, skin_z)
    nyt = np.clip((temple - ys) / max(1.0, temple - top), 0, 1)
    dome = np.sqrt(np.clip(1 - ((xs - fg.cx) / (half * flare[:, None])) ** 2 - nyt**2, 0, 1))
    lift = fg.wz * vol * 1.5
    # Over the top the hair is the skull's dome (the dilated relief under it would flatten it
    # and leave no room for the sheen's band); at the sides it must clear the cheeks.
    crown_w = smoothstep(0.1, 0.5, nyt)
    z = np.maximum(under * (1 - crown_w) + fg.wz * (0.02 + 0.4 * vol), (fg.wz * 1.15 + lift) * dome)
    # Never below the scalp it grows from (near the skull's outline the dome fell under it and
    # left a crease), and smoothed where it leaves the skull for the hair's own dome.
    z = np.maximum(z, skin_z + fg.wz * (0.02 + 0.4 * vol))
    z = cv2.GaussianBlur(z, (0, 0), fg.wz * 0.05)
    z = z + (fib.ridge - 0.5) * fg.wz * (0.02 if tufts else 0.045) + fib.bulge * fg.wz * 0.03
    held = alpha
    beyond = int(fg.wz * 0.35) | 1
    if hanging:  # (a tapering end keeps the curtain's depth: sinking, it faced down, dark)
        held = cv2.dilate(alpha, np.ones((int(fg.wz * 0.5) | 1, 1), np.uint8))
    body = smoothstep(0.3, 0.9, soft(held, fg.wz * 0.04))
    # Over the backdrop the hair's form runs on well past its outline, unseen there: fallen
    # away within the lamp's reach of the outline, it lit the outline dark, a drawn line.
    past = cv2.dilate((held > 0.05).astype(np.uint8), np.ones((beyond, beyond), np.uint8))
    body = np.maximum(body, soft(past * (1 - c.person[rows]), fg.wz * 0.04))
    # (Under the hair blended down to the head with its ears pressed flat: to the ear's own
    # relief, its rim showed through hair lying over it as a pale zig-zag. Not beside it: the
    # flattened head there dipped at the cheek's edge, a dark line along the hair.)
    base = c.height[rows] + (skin_z - c.height[rows]) * smoothstep(0.3, 0.9, alpha)
    z = base + (z - base) * body
    rise = smoothstep(0, fg.wz * 0.6, line - ys)
    flat = soft(
        np.where(fallen, 1.0, np.where(ys < line, rise, 0.0)).astype(np.float32), fg.wz * 0.12
    )
    z = base + (z - base) * (0.1 + 0.9 * flat)
    if hanging:
        # Hanging hair is a curtain facing forward beside the face, not the skull's side
        # turned away (that left it in the dark): its slope across is about halved.
        # (Wide enough to span the whole curtain: a narrower reach left its outer half sloping
        # away, darker than the crown.)
        # (A mass of coils keeps its rounded form.)
        span = int(fg.wz * (0.8 if coiled else 1.6)) | 1
        # (Smooth down the fall: following the face's relief row by row, the curtain rose
        # and sank with the brows, cheekbones and jaw beside it, and the lamp and the sheen
        # drew those rows across it as bands.)
        wide = cv2.dilate(z, np.ones((1, span), np.uint8))
        wide = cv2.GaussianBlur(wide, (0, 0), sigmaX=fg.wz * 0.08, sigmaY=fg.wz * 0.3)
        hangs = (fallen & (ys > temple - fg.wz * (0.9 if combed else 0.3))).astype(np.uint8)
        # Out to its outer edge and past it over the background (it must not round off into
        # a dark rim there), but not into the face beside it.
        past = cv2.dilate(hangs, np.ones((1, int(fg.wz * 0.3) | 1), np.uint8))
        # (Coils too: rounded off at their outline they turned from the lamp, dark specks.)
        hangs = hangs | (past & (c.person[rows] < 0.5))
        curtain = soft(hangs.astype(np.float32), fg.wz * 0.06)
        if combed:  # (combed hair comes forward off the skull's side over a hand's length:
            # brought forward over a few rows, it stood out as a lit ledge across the head)
            curtain = curtain * smoothstep(temple - fg.wz * 0.9, temple + fg.wz * 0.4, ys)
        z = z + (wide - z) * (0.8 if coiled else 0.95) * curtain
        # Below the mouth the curtain hangs straight down: its depth stays where it was at the
        # mouth (sinking towards its ends, the lamp from above left them dark, a row of teeth).
        m = int(fg.mouth) - (rows.start or 0)
        if not coiled and 0 < m < z.shape[0]:
            held_z = np.maximum(z, z[m][None, :] - fg.wz * 0.03)
            z = z + (held_z - z) * curtain * (ys > fg.mouth)
        # The flattened curtain keeps its waves: lit on their upper flanks, shaded under them.
        z = z + fib.bulge * fg.wz * 0.08 * curl * curtain * (not coiled)
    if into is not None and not coiled:
        # It lies against the face only where skin shows beside it: above the hairline the
        # inner edge a combed fall is measured from (the arch framing the forehead) lies
        # under the hair on the scalp, and lying against it there dug a trough over the crown
        # beside a side parting: the small side turned from the lamp, the crown by it a pale
        # panel with an edge.
        bare = ((alpha < 0.5) & (c.person[rows] > 0.5)).astype(np.uint8)
        beside = cv2.dilate(bare, np.ones((1, int(fg.wz * 0.3) | 1), np.uint8))
        beside = cv2.GaussianBlur(beside.astype(np.float32), (0, 0), fg.wz * 0.04)
        into = into + (np.maximum(into, fg.wz * 0.3) - into) * (1 - np.clip(beside * 2, 0, 1))
        z, onto_skin = hairfall.against_face(z, base, into, fg.wz)
    if coiled:  # clumps of coils stand out of the mass: the lamp lights their tops
        # (Most over the top, where the light falls on them; lower down they lie in the mass.)
        upper = 1 - 0.6 * smoothstep(temple, fg.mouth, ys)
        z = z + (fib.ridge - 0.6) * fg.wz * 0.09 * body * upper
    return z.astype(np.float32), onto_skin, beyond
