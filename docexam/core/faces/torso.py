"""The neck's and shoulders' measures for one photo: how wide and long the neck shows, where
the trapezius meets it and how the shoulders fall (what body.py draws, and clothes.py dresses)."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
import numpy.typing as npt

from docexam.core.faces.canvas import F32, FaceCanvas, smoothstep
from docexam.core.faces.geometry import FaceGeometry
from docexam.core.faces.mesh.morph import jaw_angle
from docexam.core.faces.traits import Look

# The share of the jaw's shade on the neck that lightens evenly down to its base, not at once.
SHADE_TAIL = 0.5


@dataclass(frozen=True)
class Torso:
    """The neck's and shoulders' measures in pixels, from the face's and the build."""

    cx: float
    neck_top: float  # half the neck's width just under the jaw
    neck_base: float  # half its width where it meets the trapezius
    top: float  # the row from which the neck shows below the jaw's angle
    junction: float  # the row where the neck's side meets the trapezius
    notch: float  # the row of the pit at the top of the breastbone
    acromion: float  # half the shoulders' width to the bony point of each shoulder
    drop: float  # how far the trapezius falls from the neck to that point
    fillet: float  # the rounding where neck and trapezius meet


def torso(fg: FaceGeometry, male: bool, weight: float = 0.0) -> Torso:
    """Seen from the front a man's neck is about four fifths of the jaw's width at its angles,
    a woman's a little less, a heavy person's more, and it shows for about a seventh of the
    head's height below the chin before the trapezius (higher and fuller when heavy) slopes
    out to shoulders nearly three face widths across, past the frame's edges."""
    head = fg.chin - fg.crown
    # The jaw's width as drawn at its angle (mesh.morph.jaw_form puts it there).
    angle = fg.eye + jaw_angle(male) * (fg.chin - fg.eye)
    jaw = float(fg.half_width(np.array([angle], np.float32))[0])
    # A neck is clearly narrower than the jaw over it (in most adults 0.65 to 0.85 of the
    # bigonial width: a man's about four fifths, a woman's under three quarters), so the
    # jaw's angles stand out over it; thicker with weight. Measured at the row a hand's
    # breadth above the angle, as it was, the jaw's taper below it brought the neck to 0.96
    # of the jaw at its angle: a column as wide as the jaw. Much thinner read as a stalk. The
    # trapezius rises high on its sides (a woman's a little less), so from the front the bare
    # side of a neck is short. Set lower, in a frame that ends a third of a head below the
    # chin, every woman's neck read long.
    neck = jaw * (0.8 if male else 0.72) * (1 + (0.15 if weight > 0 else 0.1) * weight)
    lean = (0.02 if weight > 0 else 0.01) * weight  # a thin neck shows a little longer
    junction = fg.chin + head * ((0.115 if male else 0.122) - lean)
    return Torso(
        cx=fg.cx,
        neck_top=neck,
        neck_base=neck * (1.12 + 0.04 * weight),
        top=fg.gonion - fg.wz * 0.1,
        junction=junction,
        notch=fg.chin + head * 0.27,
        acromion=fg.wz * (2.75 if male else 2.55) * (1 + 0.06 * weight),
        drop=head * ((0.115 if male else 0.12) - 0.02 * weight),
        fillet=fg.wz * 0.25,
    )


def below_jaw(fg: FaceGeometry, xs: F32, ys: F32) -> F32:
    """How far (px) points lie below the jaw's lower border, negative above it: where the
    neck begins under each column. The border is where the mesh's surface turns under from
    facing the lens (the line a photo shows between the lit jaw and the shade below it),
    curving up from the chin to the jaw's angles; beside the face, the outline's widths.
    (Taken from the outline's widths alone, the border ran level across the whole neck at
    the chin's row, the outline being as wide there as the neck: every shade hung from it
    drew a straight band under a jaw that curves.)"""
    rows = np.arange(int(fg.gonion), int(fg.chin), dtype=np.float32)
    if len(rows) < 2:
        return (ys - fg.chin).astype(np.float32)
    widths = np.maximum.accumulate(fg.half_width(rows)[::-1])
    if fg.mesh is None:
        return (ys - np.interp(np.abs(xs - fg.cx), widths, rows[::-1])).astype(np.float32)
    cols = np.arange(fg.mesh.head.shape[1], dtype=np.float32)
    line = np.interp(np.abs(cols - fg.cx), widths, rows[::-1]).astype(np.float32)
    start = int(fg.mouth + (fg.chin - fg.mouth) * 0.4)
    top = max(0, start - 2)
    ny = cv2.GaussianBlur(fg.mesh.normals[top:, :, 1], (0, 0), 1.5)[start - top :]
    first, seen = first_turn(fg.mesh.head[start:] * smoothstep(0.65, 0.4, ny), 0)
    line = np.minimum(line, np.where(seen, start + first, line))
    # Smooth across: the turn wanders from facet to facet (followed closely, a scalloped
    # line), and the jaw's angles are rounded.
    line = cv2.GaussianBlur(line[None, :], (0, 0), sigmaX=fg.wz * 0.1, sigmaY=0.01)[0]
    return (ys - np.interp(xs, cols, line)).astype(np.float32)


def below_jaw_on(c: FaceCanvas, fg: FaceGeometry) -> F32:
    """``below_jaw`` at every pixel of ``c``, worked out once per layout and kept on it."""
    if c.jaw is None or c.jaw[0] is not fg:
        c.jaw = (fg, below_jaw(fg, c.xs, c.ys))
    return c.jaw[1]


def first_turn(front: F32, start: int) -> tuple[F32, npt.NDArray[np.bool_]]:
    """Per column of ``front`` (how squarely the mesh faces the lens, 0..1), the first row
    from ``start`` down where it turns under (below a half), and whether the column faced
    the lens at ``start`` and turns under below it (elsewhere the row means nothing)."""
    turned = front[start:] < 0.5
    first = start + np.argmax(turned, axis=0).astype(np.float32)
    return first, ~turned[0] & turned.any(axis=0)


def shade_reach(fg: FaceGeometry, elevation: float) -> float:
    """How far (px) down the neck the jaw's shade lightens by a factor e under a broad lamp
    ``elevation`` degrees above the lens: the higher the lamp, the further the jaw hides it."""
    el = np.radians(elevation)
    return float(fg.wz * (0.25 + 0.2 * float(np.clip(np.tan(el), 0.3, 2.0))))


def jaw_shade(fg: FaceGeometry, look: Look, below: F32) -> F32:
    """The jaw's shadow on the neck, 0..1, from how far (px) points lie ``below`` the jaw's
    border (negative above it): the soft box above the camera is as wide as the face is far
    from it, so the shade has no edge on the neck. It comes in just under the border (above
    it the jaw's front is lit: begun higher, it fell with the jaw's own turn at the same rows
    and drew the border as a hard line), is darkest a little under it and lightens down the
    neck as more of the box sees past the jaw: 1 - ``SHADE_TAIL`` of it within
    ``shade_reach`` (further the higher the lamp), the rest evenly over 0.9 face widths
    whatever the lamp. (Cast as the jaw's outline moved down, with an edge, it drew a dark
    band across the neck and the neck read as a separate tube.)"""
    coming = smoothstep(-fg.wz * 0.04, fg.wz * 0.1, below)
    b = np.maximum(below, 0)
    near = np.exp(-b / shade_reach(fg, look.light_elevation))
    # Part of the box is hidden by the jaw from the whole upper neck, the more so the higher
    # up: a share of the shade lightens evenly all the way down to the neck's base. (With
    # the near fall alone the neck was lit fully a finger under the jaw, and the lamp's own
    # fall towards the chest and the neck's mottle then darkened it again below: a lit strip
    # between dark bands.)
    return coming * (near * (1 - SHADE_TAIL) + SHADE_TAIL * smoothstep(fg.wz * 0.9, 0.0, b))
