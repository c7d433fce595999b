"""A beard: short hairs over a thinner mass, salt and pepper when grey."""

from __future__ import annotations

import cv2
import numpy as np

from docexam.core.faces import fibres
from docexam.core.faces.canvas import FaceCanvas, smoothstep, soft
from docexam.core.faces.geometry import FaceGeometry
from docexam.core.faces.haircolour import COLOURS, LUMA, white_colour
from docexam.core.faces.traits import Look


def beard(c: FaceCanvas, fg: FaceGeometry, look: Look) -> None:
    """A beard of short hairs over a thinner mass, dense on the chin and lip, thinning up the
    cheeks along a line from the sideburn to the mouth's corner; at its edges single hairs
    with skin between them."""
    if look.beard == "none":
        return
    r0 = max(0, int(fg.ear_y - fg.ear_len * 0.6))
    r1 = min(c.h, int(fg.chin + fg.wz * 0.3))
    rows = slice(r0, r1)
    xs, ys = c.xs[rows], c.ys[rows]
    dx = xs - fg.fx
    ax = np.abs(dx)
    jaw = fg.half_width(np.minimum(ys[:, 0], fg.chin - 1))[:, None]
    # A grown beard stands off the jaw a little; stubble stays on the skin.
    over = fg.wz * (0.0 if look.beard in ("stubble", "moustache") else 0.04)
    inside = smoothstep(-over, fg.wz * 0.05, jaw - np.abs(xs - fg.cx))
    inside *= smoothstep(fg.chin + over * 1.5, fg.chin - fg.wz * 0.02, ys)
    # The moustache's tips hang over the upper lip's edge.
    # (Its upper half only where no moustache hangs over it.)
    # The lips thin to their corners: a bare band as deep at the corners as in the middle
    # read as a pale box cut out of the beard.
    across = np.clip(ax / (fg.mouth_w * 1.02), 0, 1)
    taper = 0.25 + 0.75 * np.sqrt(1 - across**2)
    low = fg.mouth + fg.lip_lo * 1.05 * taper
    lips = (
        smoothstep(1.0, 0.9, across)
        * smoothstep(fg.mouth - fg.lip_up * 0.6 * taper, fg.mouth - fg.lip_up * 0.3 * taper, ys)
        * smoothstep(low + 1.0, low - 1.0, ys)
    )
    # The moustache grows from the skin between nose and lip, thin where it starts (the skin
    # shows between its hairs) and fullest at the lip, over whose edge it hangs; it follows
    # the lip and droops at the corners; a goatee's chin patch is rounded.
    bend = (ax / fg.mouth_w) ** 2
    lip_top = fg.nose + fg.nose_w * 0.15 + bend * fg.wz * 0.04
    lip_edge = fg.mouth - fg.lip_up * 0.45 + bend * fg.lip_up * 1.6
    grows = smoothstep(lip_top - fg.wz * 0.02, lip_top + (lip_edge - lip_top) * 0.6, ys)
    # (Its lower edge is where its hairs end, each at its own length: ragged, not cut.)
    ragged = c.noise(0.8, stretch=(1, 2))[rows] * fg.lip_up * 0.3
    ends = smoothstep(lip_edge + fg.lip_up * 0.2, lip_edge - fg.lip_up * 0.4, ys + ragged)
    moustache = grows * ends * smoothstep(fg.mouth_w * 1.25, fg.mouth_w * 0.85, ax)
    ry = (fg.chin - fg.mouth) * 0.75
    cy = fg.mouth + fg.lip_lo * 0.9 + ry
    chin = smoothstep(1.1, 0.7, np.hypot(dx / (fg.mouth_w * 0.8), (ys - cy) / ry))
    top = fg.mouth - fg.lip_up - np.maximum(0, ax - fg.mouth_w * 0.9) * 1.1
    top = np.maximum(top, fg.ear_y - fg.ear_len * 0.3)
    cheeks = smoothstep(0, fg.wz * 0.2, ys - top)
    stubble = look.beard == "stubble"
    region = {
        "stubble": np.maximum(cheeks, moustache),
        "moustache": moustache,
        "goatee": np.maximum(moustache, chin),
        "full": np.maximum(cheeks, moustache),
    }[look.beard]
    density = (soft(region.astype(np.float32), 2.0) * inside * (1 - lips)).astype(np.float32)
    # White hairs take their tone from the skin they grow from (as on the head): the skin is
    # painted by now, and a patch of the cheek gives its lightness.
    cheek = c.albedo[
        int(fg.nose) - 3 : int(fg.nose) + 3,
        int(fg.fx + fg.eye_gap) - 3 : int(fg.fx + fg.eye_gap) + 3,
    ]
    shades = fibres.Shades(
        np.asarray(COLOURS[look.hair_colour], np.float32),
        white_colour(float(cheek.reshape(-1, 3).mean(axis=0) @ LUMA)),
        look.grey,
    )
    colour = shades.mean
    # The mass under the hairs: for stubble only the hair's shadow under the skin.
    # Fair and grey hairs let the skin through between them: less of a mass, more single hairs.
    pale = float(np.mean(colour)) > 0.3
    # A grown beard is first a mass, as the hair is: its hairs are too fine to count at a
    # portrait's size and show as a texture over it, not as a brush of bristles.
    # (Stubble is mostly that shadow: a day's growth is too fine to resolve one by one, and
    # strong single hairs read as speckle, dirt.)
    grown_k = 0.36 if stubble else 0.72
    # (A moustache on its own is its hairs more than a mass: a painted band read as drawn on.)
    grown_k *= 0.75 if look.beard == "moustache" else 1.0
    mass = density**1.3 * grown_k * (0.6 if pale else 1.0)
    if not stubble:  # tufted: denser and sparser patches, no flat paint
        mass *= np.clip(1 + 0.25 * c.noise(fg.wz * 0.03)[rows], 0.5, 1.3)
    else:  # a fine even grain of roots under the skin, denser towards the chin
        mass *= np.clip(1 + 0.12 * c.noise(0.8)[rows], 0.7, 1.3)
    form = np.full(ys.shape, 0.9, np.float32)
    if look.beard in ("full", "goatee"):
        # A grown beard is a mass with a form: its underside, turning under the jaw, and its
        # sides, turning away round the cheek, lie out of the light (an even tone read as a
        # texture pasted on). Its lower edge is its hairs' ends, each at its own length.
        under = smoothstep(fg.mouth + fg.lip_lo, fg.chin + over, ys)
        away = smoothstep(0.55, 1.0, np.abs(xs - fg.cx) / np.maximum(jaw, 1.0))
        form = form * (1 - 0.3 * under - 0.2 * away)
        ends = smoothstep(-1.5, 1.5, fg.chin + over - ys + 3.0 * c.noise(1.0, stretch=(1, 3))[rows])
        mass = mass * (0.75 + 0.25 * ends)
    c.albedo[rows] += (colour * form[..., None] - c.albedo[rows]) * np.clip(mass, 0, 1)[..., None]
    g = c.g
    ys_, xs_ = np.nonzero(density > 0.05)
    if len(xs_) == 0:
        return
    count = int(len(xs_) / (1.0 if stubble else 2.0))
    pick = g.integers(0, len(xs_), count)
    keep = g.random(count) < density[ys_[pick], xs_[pick]] ** (1.3 if stubble else 1.8)
    x = xs_[pick][keep].astype(np.float32)
    y = ys_[pick][keep].astype(np.float32) + r0
    n = len(x)
    d = density[ys_[pick][keep], xs_[pick][keep]]
    # Hairs are longer where the beard is dense; they lie down and outwards from the middle,
    # a moustache's out over the lip.
    length = fg.wz * (0.006 if stubble else 0.045) * (0.5 + 0.9 * g.random(n)) * (0.5 + 0.5 * d)
    lean = np.sign(x - fg.fx) * np.clip(np.abs(x - fg.fx) / fg.wz, 0, 1) * 0.7
    # A moustache's hairs grow down and out from the middle of the lip, longer towards it.
    on_lip = (y < fg.mouth) & (y > fg.nose) & (np.abs(x - fg.fx) < fg.mouth_w * 1.3)
    if not stubble:
        side = np.clip(np.abs(x - fg.fx) / fg.mouth_w, 0, 1)
        lean = np.where(on_lip, np.sign(x - fg.fx) * (0.25 + 0.65 * side), lean)
        length = np.where(on_lip, length * 1.35, length)
    ang = np.pi / 2 - lean + g.normal(0, 0.45 if stubble else 0.3, n)
    paths = np.stack(
        [np.stack([x, y], 1), np.stack([x + np.cos(ang) * length, y + np.sin(ang) * length], 1)],
        axis=1,
    )
    pts = np.round(paths * 8).astype(np.int32)
    # A grey beard is salt and pepper too: each hair white or pigmented, a third of each
    # catching the light; white ones at modest contrast, as on the head.
    white = g.random(n) < look.grey
    lit = np.arange(n) < n // 3
    k = 0.16 if stubble else 0.55
    # Among white hairs the dark ones are seen through them: greyed, not black lines.
    pig = shades.pigment + (shades.white - shades.pigment) * (0.35 * look.grey)
    pig_pale = float(np.mean(pig)) > 0.3
    groups = (
        (~white & ~lit, pig * (0.6 if pig_pale else 0.75), 1.0),
        (~white & lit, np.minimum(pig * (1.15 if pig_pale else 1.5) + 0.03, 1), 0.8),
        (white & ~lit, shades.white * 0.8, 1.0),
        (white & lit, shades.white * 0.95, 0.8),
    )
    for sel, tone, weight in groups:
        if sel.any():
            m = np.zeros((c.h, c.w), np.float32)
            cv2.polylines(m, list(pts[sel]), False, 1.0, 1, cv2.LINE_AA, 3)
            c.paint(np.minimum(m, 1) * np.float32(k * weight), tone)
    if not stubble:
        depth = {"full": 0.05, "goatee": 0.03, "moustache": 0.02}[look.beard]
        relief = density * fg.wz * depth
        c.height[rows] += relief * (0.85 + 0.3 * c.noise(1.5)[rows])
        c.person[rows] = np.maximum(c.person[rows], density)
