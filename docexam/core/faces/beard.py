"""A beard as a camera sees it: a mass with a fine grain along its hairs, thinning at its
edges into single hairs, salt and pepper when grey."""

from __future__ import annotations

import cv2
import numpy as np

from docexam.core.faces import fibres, hairgrain
from docexam.core.faces.canvas import F32, LUMA, FaceCanvas, smoothstep, soft
from docexam.core.faces.geometry import FaceGeometry
from docexam.core.faces.haircolour import COLOURS, white_colour
from docexam.core.faces.traits import Look


def beard(c: FaceCanvas, fg: FaceGeometry, look: Look) -> None:
    """A beard, dense on the chin and lip, thinning up the cheeks along a line from the
    sideburn to the mouth's corner; at its edges single hairs with skin between them."""
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
    # (Its lower edge is its hairs' ends, each at its own length.)
    hang = ys + (1.5 * c.noise(1.0, stretch=(1, 2))[rows] if over else 0.0)
    # Stubble runs on under the jaw and fades down the throat: cut at the chin's level it
    # drew a straight edge across the neck.
    fade = fg.wz * (0.1 if look.beard == "stubble" else 0.02)
    inside *= smoothstep(fg.chin + over * 1.5 + fade, fg.chin - fade, hang)
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
    # Past the mouth's corners it ends in a tapered tip a little below the lip line: its
    # upper edge comes down to meet the lower. (Drooping on down, its ends were cut by the
    # lips' gap into stray tufts hanging beside the mouth.)
    out = ax / fg.mouth_w
    lip_top, lip_edge = lip_band(fg, ax)
    grows = smoothstep(lip_top - fg.wz * 0.02, lip_top + (lip_edge - lip_top) * 0.6, ys)
    # (Its lower edge is where its hairs end, each at its own length: ragged, not cut, but
    # less so at its tips, where a ragged edge broke into separate bits.)
    ragged = c.noise(0.8, stretch=(1, 2))[rows] * fg.lip_up * 0.3
    ragged *= 1 - 0.7 * smoothstep(0.7, 1.0, out)
    ends = smoothstep(lip_edge + fg.lip_up * 0.2, lip_edge - fg.lip_up * 0.4, ys + ragged)
    moustache = grows * ends * smoothstep(1.15, 0.9, out)
    cy, rx, ry = chin_patch(fg)
    chin = smoothstep(1.1, 0.7, np.hypot(dx / rx, (ys - cy) / ry))
    top = cheek_top(fg, ax)
    # (The same draw as the hairs' swirl below, taken here: the random stream stays as it was.)
    swirl = c.noise(3.0)[rows]
    # Its edge on the cheek is no drawn line: the hairs thin out over a broad band, and
    # where they stop wanders.
    cheeks = smoothstep(-fg.wz * 0.04, fg.wz * 0.3, ys - top + swirl * fg.wz * 0.035)
    stubble = look.beard == "stubble"
    region = {
        "stubble": np.maximum(cheeks, moustache),
        "moustache": moustache,
        "goatee": np.maximum(moustache, chin),
        "full": np.maximum(cheeks, moustache),
    }[look.beard]
    density = (
        soft(region.astype(np.float32), 2.0 if look.beard == "moustache" else 3.0)
        * inside
        * (1 - lips)
    ).astype(np.float32)
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
    stubble = look.beard == "stubble"
    # The way the hairs lie: down from the chin, down and out along the jaw; a moustache's
    # down and out from the middle of the lip. A little swirl of their own.
    side = np.sign(dx)
    angle = side * np.clip(ax / fg.wz, 0, 1) * 0.7
    lip_ang = side * (0.25 + 0.65 * np.clip(ax / fg.mouth_w, 0, 1))
    on_lip = moustache * smoothstep(fg.mouth + fg.lip_lo * 0.5, fg.mouth - fg.lip_up * 0.5, ys)
    angle = angle + (lip_ang - angle) * on_lip + 0.15 * swirl
    # At a portrait's size a beard's hairs do not resolve one by one: it is a mass with a fine
    # streaked grain along their lie (single hair strokes read as pencil hatching). Stubble's
    # hairs are shorter than a pixel is wide: a grain of dots.
    grain = hairgrain.streaks(_white(c)[rows], angle, 1.0 if stubble else fg.wz * 0.05)
    # Its edges thin: lower down the density, fewer pixels hold a hair, and those that do are
    # the grain's strongest streaks, so at the very edge single fine hairs show with skin
    # between them (a feathered mass read as airbrushed, a cut one as pasted on).
    solid = {"stubble": 0.3, "moustache": 0.84, "goatee": 0.88, "full": 0.9}[look.beard]
    pale = float(np.mean(shades.mean)) > 0.3
    # Fair and grey hairs let the skin through between them: less of a mass.
    solid *= 0.75 if pale else 1.0
    thin = np.clip(density * (1 + 0.7 * grain * (1 - density)), 0, 1)
    alpha = thin**1.2 * solid
    if stubble:  # the roots' shadow under the skin under the dots
        alpha = np.maximum(alpha * 0.8, density**1.3 * solid * 0.55)
    # Salt and pepper: each streak white or pigmented, white ones as many as the grey says.
    pig = shades.pigment + (shades.white - shades.pigment) * (0.25 * look.grey)
    colour = np.broadcast_to(pig, (*ys.shape, 3))
    if look.grey > 0.02:
        salt = hairgrain.streaks(_white(c)[rows], angle, 1.0 if stubble else fg.wz * 0.05)
        cut = float(np.quantile(salt[::3, ::3], 1 - look.grey))
        # (Softly: a white hair a pixel wide over dark ones is a grey streak, not a white
        # one; crisp, they read as scratches.)
        white = smoothstep(cut - 0.8, cut + 0.8, salt)
        # (Softened, more pixels hold some white: as a whole no more than the grey says.)
        white = (white * (look.grey / max(float(white[::3, ::3].mean()), 1e-3)))[..., None]
        colour = colour + (shades.white * 0.85 - colour) * white
    # A grown beard is a mass with a form: its top and the side towards the lens catch the
    # light, its underside (turning under the jaw) and its sides (turning away round the
    # cheek) lie out of it; the grain's streaks are hairs lit and hairs in their shade.
    form = np.ones(ys.shape, np.float32)
    if look.beard in ("full", "goatee"):
        under = smoothstep(fg.mouth + fg.lip_lo, fg.chin + over, ys)
        away = smoothstep(0.55, 1.0, np.abs(xs - fg.fx) / np.maximum(jaw, 1.0))
        form = form * (1 - 0.3 * under - 0.2 * away)
    contrast = 0.1 if stubble else (0.12 if pale else 0.18)
    # Clumps a few pixels across, some a little lighter, some deeper in shade.
    clumps = c.noise(2.0)[rows]
    tone = form * (1 + contrast * np.clip(grain, -2.5, 2.5) + 0.08 * clumps)
    albedo = colour * tone[..., None]
    if not stubble:
        # Dark hair shows its grain only where a hair catches the light: a glint lighter
        # than the hair, along the lit streaks, fewer on the underside.
        # (Soft and many: crisp glints on the strongest streaks read as scratches.)
        lit = cv2.GaussianBlur(grain, (0, 0), 0.7) + 0.5 * clumps
        glint = smoothstep(0.2, 2.2, lit) * (form - 0.5) * (0.15 if pale else 0.3)
        albedo = (albedo + glint[..., None] * (pig * 1.2 + 0.03)).astype(np.float32)
    a3 = np.clip(alpha, 0, 1)[..., None]
    c.albedo[rows] += (albedo - c.albedo[rows]) * a3
    # Hair is matt against skin's oil; its grain hides the pores and takes the lamp as a
    # fine relief of its own.
    c.gloss[rows] *= 1 - 0.8 * alpha
    amp = 0.015 if stubble else 0.04
    c.detail[rows] = c.detail[rows] * (1 - alpha) + grain * amp * alpha
    if not stubble:
        depth = {"full": 0.05, "goatee": 0.03, "moustache": 0.02}[look.beard]
        relief = density * fg.wz * depth
        c.height[rows] += relief * (0.9 + 0.2 * c.noise(3.0)[rows])
        c.person[rows] = np.maximum(c.person[rows], density)


# Where a beard's regions lie, ``ax`` pixels across from the features' middle line: the
# drawing above and markcover (whether a beard hides a mark) read the same lines.


def lip_band(fg: FaceGeometry, ax: F32 | float) -> tuple[F32, F32]:
    """The moustache's top (where it grows from under the nose) and its lower edge over the
    lip, before its hairs' ragged ends."""
    out = np.asarray(ax, np.float32) / fg.mouth_w
    bend = np.minimum(out, 1.0) ** 2
    lip_edge = fg.mouth - fg.lip_up * 0.45 + bend * fg.lip_up * 1.0
    lip_top = fg.nose + fg.nose_w * 0.15 + bend * fg.wz * 0.04
    lip_top = lip_top + (lip_edge - lip_top) * 0.8 * smoothstep(0.75, 1.15, out)
    return lip_top, lip_edge


def cheek_top(fg: FaceGeometry, ax: F32 | float) -> F32:
    """A full beard's (and stubble's) upper edge on the cheek: from the sideburn down to the
    mouth's corner."""
    top = fg.mouth - fg.lip_up - np.maximum(0, np.asarray(ax, np.float32) - fg.mouth_w * 0.9) * 1.1
    return np.maximum(top, fg.ear_y - fg.ear_len * 0.3)


def chin_patch(fg: FaceGeometry) -> tuple[float, float, float]:
    """A goatee's rounded patch on the chin: its centre's row and its half width and height."""
    ry = (fg.chin - fg.mouth) * 0.75
    return fg.mouth + fg.lip_lo * 0.9 + ry, fg.mouth_w * 0.8, ry


def _white(c: FaceCanvas) -> F32:
    return c.g.standard_normal((c.h, c.w), dtype=np.float32)
