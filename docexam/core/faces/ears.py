"""The ears as a frontal photo shows them: nearly edge-on, a curled rim round a shadowed bowl.

Seen from the front an ear is turned about seventy degrees away from the lens. What reads is
the helix's rolled rim as a lit curve along the outer edge, the groove inside it, the
antihelix's ridge, the dark bowl of the concha leading to the canal with the tragus in front
of it, the lobe below, and where the ear meets the head its back turning into the shade. A
flat oval shaded only by its dome was what made ears look stuck on.
"""

from __future__ import annotations

import cv2
import numpy as np

from docexam.core.faces.canvas import F32, FaceCanvas, polygon_mask, smoothstep
from docexam.core.faces.geometry import FaceGeometry
from docexam.core.faces.skin import skin_colour
from docexam.core.faces.traits import Identity


def ears(c: FaceCanvas, fg: FaceGeometry, who: Identity) -> None:
    skin = np.asarray(skin_colour(who), np.float32)
    # Blood shows in an ear's thin skin, most in the rim and the lobe; less as skin darkens.
    flush = 1 - np.array([0.14, 0.14, 0.03], np.float32) * (1 - 0.7 * who.skin)
    free_lobe = who.bucket("ear_lobe") == 1
    # How far the ear stands out (0..1 over the trait's range): a flat-set ear shows little
    # more than its rim from the front, a protruding one opens its bowl towards the lens.
    out = float(np.clip((fg.ear_out / fg.ear_len - 0.03) / 0.11, 0, 1))
    # A turned head brings one ear round towards the lens and takes the other away; the ears
    # lie behind the axis it turns on, so they move against the face's features.
    yaw = fg.yaw_px / fg.wz
    face_hw = float(fg.half_width(np.array([fg.ear_y], np.float32))[0])
    for side in (-1, 1):
        turn = float(np.clip(1 - side * yaw * 3, 0.7, 1.3))
        root = fg.cx - fg.yaw_px * 0.25 + side * face_hw * 0.9
        hw = (fg.wz * 0.07 + fg.ear_out * 0.6) * turn
        # Seen from the front, ears stand out past the cheeks by a fifth of the face's width or
        # so; tucked in behind the outline they left the face a flat shield.
        ex = root + side * (hw * 0.75 + fg.ear_out * 0.3)
        _ear(c, fg, skin * flush, side, ex, hw, free_lobe, out * turn)


def _outline(ex: float, ey: float, hw: float, r_y: float, side: int, free: bool) -> F32:
    """The ear's outline: round over the top, widest a little above the middle, the outer
    edge leaning in towards the lobe; a free lobe hangs below where the ear joins the cheek,
    an attached one runs into it on a slant."""
    t = np.linspace(0, 2 * np.pi, 72, endpoint=False)
    s, co = np.sin(t), np.cos(t)
    # (A lobe narrowed as an ellipse's end came to a point: its bottom is a broad round.)
    lx = np.where(s > 0, np.sign(co) * np.abs(co) ** 0.7 * (1 - 0.15 * s**2), co) * hw
    ly = s * r_y
    # The top stands further out than the lobe: the ear leans back along the skull.
    lx = lx + hw * 0.18 * np.maximum(-s, 0) * (co > -0.3)
    if free:
        ly = ly + np.where(s > 0.3, (s - 0.3) * r_y * 0.15, 0)
    else:
        # The attached lobe's lower edge slants up into the cheek on the root's side.
        ly = ly - np.where((s > 0.3) & (co < 0.2), (s - 0.3) * (0.2 - co) * r_y * 0.35, 0)
    return np.stack([ex + side * lx, ey + ly], axis=1)


def _ear(
    c: FaceCanvas,
    fg: FaceGeometry,
    redder: F32,
    side: int,
    ex: float,
    hw: float,
    free_lobe: bool,
    opened: float,
) -> None:
    r_y = fg.ear_len / 2
    pts = _outline(ex, fg.ear_y, hw, r_y, side, free_lobe)
    win = c.window(ex, fg.ear_y + r_y * 0.1, hw * 1.6 + 4, r_y * 1.3 + 4)
    if win is None:
        return
    rows, cols, _, oy = win
    a = polygon_mask(oy.shape, pts - np.array([cols.start, rows.start]), 0.8)
    np.maximum(c.person[rows, cols], a, out=c.person[rows, cols])
    inside = (a > 0.5).astype(np.uint8)
    if not inside.any():
        return
    # Depth into the ear from its outline, in px, and how far a pixel lies out from the face's
    # outline, the ear's visible root (0), to its outer edge (1), row by row.
    dist = _depth(pts, rows, cols, a.shape)
    hw_rows = fg.half_width(c.ys[rows, 0])[:, None]
    across = side * (c.xs[rows, cols] - fg.cx) - hw_rows
    reach = np.maximum((across * inside).max(axis=1, keepdims=True), 1.0)
    vw = float(reach.max())
    s = np.clip(across / reach, 0, 1)
    v = oy / r_y
    rim_w = max(1.3, vw * 0.22)
    # The helix rolls along the outer edge and over the top, fading out at the lobe and at
    # the root where it dives into the bowl.
    helix_along = smoothstep(0.3, 0.65, s + smoothstep(-0.2, -0.8, v)) * smoothstep(0.7, 0.35, v)
    rim = np.exp(-0.5 * ((dist - rim_w * 0.6) / (rim_w * 0.45)) ** 2) * helix_along
    groove = np.exp(-0.5 * ((dist - rim_w * 1.5) / (rim_w * 0.35)) ** 2) * helix_along
    # The antihelix: a ridge inside the groove, forking up towards the top; hidden further
    # behind the rim the flatter the ear lies.
    anti = np.exp(-0.5 * ((dist - rim_w * 2.4) / (rim_w * 0.5)) ** 2)
    anti = anti * smoothstep(0.45, 0.1, v) * smoothstep(0.1, 0.35, s) * (0.5 + 0.5 * opened)
    # The concha: the bowl in front of the canal, next to the root, below the antihelix;
    # darkest at the canal, which the tragus half hides.
    bx, by = vw * (0.1 + 0.15 * opened), r_y * 0.05
    sx = vw * (0.16 + 0.14 * opened)
    bowl = np.exp(-0.5 * (((across - bx) / sx) ** 2 + ((oy - by) / (r_y * 0.26)) ** 2))
    bowl = bowl * smoothstep(rim_w * 0.9, rim_w * 2.0, dist)
    canal = np.exp(
        -0.5 * (((across - vw * 0.04) / (vw * 0.1)) ** 2 + ((oy - by) / (r_y * 0.08)) ** 2)
    )
    tragus = np.exp(-0.5 * ((across / (vw * 0.1)) ** 2 + ((oy - r_y * 0.2) / (r_y * 0.1)) ** 2))
    lobe = smoothstep(0.45, 0.8, v)
    # Where the ear leaves the head its back shows, turned into the shade, and the fold
    # between them sees little of the room: darkest at the top of the root.
    back = smoothstep(0.35, 0.0, s) * smoothstep(0.3, -0.5, v) * (1 - 0.5 * opened)
    contact = np.exp(-np.maximum(across, 0) / 1.6) * (across > -2) * (1 - 0.6 * lobe)
    shade = (
        1.0
        + 0.1 * rim
        - 0.2 * groove
        + 0.05 * anti
        - 0.38 * bowl * (0.6 + 0.4 * opened)
        - 0.3 * canal
        + 0.12 * tragus
        - 0.22 * back
        - 0.35 * contact
    )
    # The rim's and the lobe's thin flesh glows redder than the rest.
    blood = np.clip(rim + lobe * 0.6, 0, 1)[..., None] * np.array([-0.05, -0.03, 0.03], np.float32)
    colour = redder * (np.clip(shade, 0.3, 1.2)[..., None] + blood)
    c.paint(a, colour, rows, cols)
    # The relief the lamp works on: a low plane off the side of the head, with the rim
    # rolled up, the bowl sunk and the lobe rounded.
    dome = np.clip(1 - ((s - 0.45) * 2) ** 2, 0, 1)
    z = fg.wz * (
        0.28
        + 0.07 * np.sqrt(dome)
        + 0.07 * rim
        - 0.04 * groove
        + 0.03 * anti
        - 0.09 * bowl
        + 0.04 * tragus
        + 0.04 * lobe * dome
    )
    zz = c.height[rows, cols]
    zz += (z - zz) * a
    # The rim's edge at full resolution: the smoothed relief the key lamp sees lost it.
    c.detail[rows, cols] += a * (0.5 * rim - 0.35 * groove + 0.25 * tragus)
    c.gloss[rows, cols] = c.gloss[rows, cols] * (1 - a) + a * (0.06 + 0.08 * rim + 0.05 * lobe)


def _depth(pts: F32, rows: slice, cols: slice, shape: tuple[int, ...]) -> F32:
    """Distance (px) into the outline ``pts`` over a window, measured on a finer grid: at the
    canvas's own, a slanting edge's pixel steps drew the rim as a staircase."""
    k = 3
    fine = np.zeros((shape[0] * k, shape[1] * k), np.uint8)
    local = (pts - np.array([cols.start, rows.start])[None, :] + 0.5) * k - 0.5
    cv2.fillPoly(fine, [np.round(local * 16).astype(np.int32)], 1, cv2.LINE_8, shift=4)
    d = cv2.distanceTransform(np.pad(fine, 1), cv2.DIST_L2, 3)[1:-1, 1:-1] / k
    return cv2.resize(d, (shape[1], shape[0]), interpolation=cv2.INTER_AREA)
