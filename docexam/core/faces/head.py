"""The head's volume: skull and face outline, with the skin on them."""

from __future__ import annotations

import cv2
import numpy as np

from docexam.core.faces.canvas import F32, FaceCanvas, smoothstep, soft
from docexam.core.faces.geometry import FaceGeometry
from docexam.core.faces.skin import pores, skin_colour, skin_tone
from docexam.core.faces.traits import Identity, Look


def face_mask(
    c: FaceCanvas, fg: FaceGeometry, who: Identity | None = None, look: Look | None = None
) -> F32:
    """Where the face and skull are. With the person, one side's jaw is a little wider than
    the other's (the outline's temples, cheekbones and cheeks are the geometry's)."""
    y = c.ys[:, 0]
    hw = fg.half_width(y)
    dx = c.xs - fg.cx
    if who is None or look is None:
        return soft((np.abs(dx) < hw[:, None]).astype(np.float32), 1.4)
    low = smoothstep(fg.eye, fg.gonion, y)
    lean = _asymmetry(who)["jaw"]
    width = hw[:, None] * (1 + np.sign(dx) * (lean * low)[:, None])
    return soft((np.abs(dx) < width).astype(np.float32), 1.4)


def _section(ax: F32, sharp: F32) -> F32:
    """The face's height across a row (1 at the middle, 0 at the outline, ``ax`` = |x| / half
    width): a round section blended, by ``sharp`` (0..1), with one whose front stays nearly
    flat to about three quarters of the half width and then turns away quickly."""
    round_ = np.sqrt(np.clip(1 - ax**2, 0, 1))
    knee, w = 0.74, 0.11
    # The slope is 0.5 * ax in front and rises by 2.2 past the knee (a soft step): integrated.
    soft_ramp = w * np.logaddexp(0, (ax - knee) / w) - w * np.logaddexp(0, -knee / w)
    plane = np.clip(1 - 0.25 * ax**2 - 2.2 * soft_ramp, 0, 1)
    return round_ + (plane - round_) * sharp


def _asymmetry(who: Identity) -> dict[str, float]:
    """No face is symmetric: how much one side's forms differ from the other's, as smooth
    functions of the traits of the feature they show under (so a look-alike who agrees on a
    feature agrees on its asymmetry too). Positive means the viewer's right is larger."""
    tr = who.traits
    return {
        "cheek": 0.16 * (tr["cheekbones"] - tr["face_length"]),
        "jaw": 0.05 * (tr["jaw_width"] - tr["face_width"]),
        "socket": 0.18 * (tr["eye_opening"] - tr["eye_width"]),
        "fold": 0.3 * (tr["face_width"] - tr["jaw_width"]),
    }


def face(c: FaceCanvas, fg: FaceGeometry, who: Identity, look: Look) -> F32:
    """The skin of the face and skull as relief and colour; returns the face's coverage."""
    skin = np.asarray(skin_colour(who), np.float32)
    lean = _asymmetry(who)
    mask = face_mask(c, fg, who, look)
    hw = np.maximum(fg.half_width(c.ys[:, 0])[:, None], 1.0)
    nx = np.clip((c.xs - fg.cx) / hw, -1, 1)
    mid = (fg.crown + fg.chin) / 2
    ny = np.clip((c.ys[:, :1] - mid) / ((fg.chin - fg.crown) / 2 * 1.04), -1, 0)
    depth = fg.wz * 0.95
    # In section a face is no ball: its front (forehead, the cheeks under the eyes, the chin)
    # is a broad, gently curved plane that faces the lamp, and its sides turn away from it at
    # a fairly defined change of plane, along the temples, the cheekbone's outer edge and the
    # jaw; a lean face shows that corner clearly, a full one rounds it off. A uniform
    # darkening of the whole rim read as a sphere. The chin faces the camera as the forehead
    # does, and the top of the head turns away only near the crown.
    bone = np.exp(-0.5 * ((c.ys[:, :1] - (fg.cheek_row + fg.nose) / 2) / (fg.nose - fg.eye)) ** 2)
    # A woman's cheek rounds from front to side more softly than a man's.
    soft_ = 1.0 if who.sex == "M" else 0.4
    sharp = np.clip(0.55 + 0.3 * bone - 0.35 * fg.fill, 0.2, 1.0) * soft_
    # Beside the eyes the orbit's rim turns the way a round section does: a change of plane
    # there shaded the eyes' outer corners and pulled where the pupils are found.
    sharp = sharp * (1 - np.exp(-0.5 * ((c.ys[:, :1] - fg.eye) / fg.eye_w) ** 2))
    across = _section(np.abs(nx), sharp)
    dome = np.clip(1 - np.abs(ny) ** 2.6, 0, 1) ** 0.3
    narrow = np.clip(hw / fg.wz, 0, 1) ** 0.8
    lower = 1 - (1 - across) * narrow
    z = depth * (0.2 + 1.15 * np.where(c.ys[:, :1] < mid, across * dome, lower))
    # Under the jaw the skin turns under within a finger's width: a quarter round from the
    # chin's front into the shade below it, not a band of shade up the chin.
    inside = cv2.distanceTransform((mask > 0.5).astype(np.uint8), cv2.DIST_L2, 3)
    under = smoothstep(fg.mouth, fg.chin - fg.wz * 0.2, c.ys[:, :1])
    turn = np.sqrt(1 - (1 - np.clip(inside / (fg.wz * 0.06), 0, 1)) ** 2)
    z *= 1 - under * (1 - turn)
    c.height[:] = c.height * (1 - mask) + z * mask
    c.paint(mask, skin_tone(c, fg, who, look, skin))
    c.height[:] += mask * 0.015 * c.noise(3.0) * (0.6 + look.age / 60)
    pores(c, fg, who, look, mask)
    # Oil gives the forehead, nose and chin a sheen that comes and goes; cheeks are matter.
    sheen = np.zeros((c.h, c.w), np.float32)
    c.spots(
        sheen,
        [
            (fg.fx, fg.brow - fg.wz * 0.25, fg.wz * 0.35, fg.wz * 0.18, 0.6),
            (fg.fx, fg.nose - fg.nose_w * 0.5, fg.nose_w * 0.8, fg.wz * 0.2, 0.5),
            # The nose's bridge and the cheekbones catch the lamp: over the nasal bones a
            # broad patch, fading at the softer supratip; a narrow spot the length of the
            # ridge drew a bright stripe down every nose.
            (fg.fx, fg.eye + (fg.nose - fg.eye) * 0.3, fg.nose_w * 0.5, fg.wz * 0.1, 0.45),
            *[
                (
                    fg.fx + side * (fg.eye_gap + fg.eye_w * 0.6),
                    (fg.eye + fg.nose) / 2,
                    fg.wz * 0.14,
                    fg.wz * 0.07,
                    0.3,
                )
                for side in (-1, 1)
            ],
            (fg.fx, fg.chin - (fg.chin - fg.mouth) * 0.4, fg.wch, fg.wz * 0.08, 0.4),
        ],
    )
    oily = np.minimum(sheen, 1) * np.clip(1 + 0.35 * c.noise(5.0), 0.3, 1.7)
    c.gloss[:] = c.gloss * (1 - mask) + mask * (0.1 + 0.15 * oily)
    c.person = np.maximum(c.person, mask)
    tr = who.traits
    male = who.sex == "M"
    wz = fg.wz
    for side in (-1, 1):
        ex = fg.fx + side * fg.eye_gap
        own = 1 + side * lean["cheek"]
        # Cheekbone: the zygoma's rise below and outside the eye, slanting up to the temple.
        c.bump(
            ex + side * fg.eye_w * 0.8,
            fg.eye + (fg.nose - fg.eye) * 0.5,
            wz * 0.3,
            wz * 0.19,
            wz * (0.05 + 0.07 * tr["cheekbones"]) * own,
            angle=-side * 12,
        )
        c.bump(
            fg.fx + side * fg.eye_gap,
            fg.brow,
            fg.eye_w * 1.5,
            fg.eye_w * 0.6,
            wz * (0.025 + 0.04 * tr["brow_ridge"] + (0.025 if male else 0)),
        )
        # The orbit's upper rim stands over the eye as a shelf, its underside facing down:
        # a lamp from above (a ceiling's, a booth's) leaves the upper lids and sockets in its
        # shade, as it does in photos; a brow that only swelled left the eyes lit.
        c.bump(
            ex + side * fg.eye_w * 0.1,
            fg.brow + fg.eye_w * 0.3,
            fg.eye_w * 1.25,
            fg.eye_w * 0.3,
            wz * (0.03 + 0.035 * tr["brow_ridge"] + (0.015 if male else 0)),
            angle=side * 6,
        )
        # The eye socket: a shallow hollow under the brow ridge, deepest at its upper inner
        # corner beside the bridge of the nose. The eyeball fills the rest of the orbit: a
        # deep hollow round the whole eye read as a dark band across the face, a mask.
        socket = 1 + side * lean["socket"]
        c.bump(
            ex - side * fg.eye_w * 0.25,
            fg.eye - fg.eye_h * 0.6,
            fg.eye_w * 0.9,
            fg.eye_w * 0.5,
            -wz * 0.05 * socket,
        )
        c.bump(
            ex - side * fg.eye_w * 0.75,
            fg.eye - fg.eye_h * 1.6,
            fg.eye_w * 0.4,
            fg.eye_w * 0.35,
            -wz * 0.05 * socket,
        )
        # The cheek's fat lies above the nasolabial fold: a rounded mass beside the mouth.
        c.bump(
            fg.fx + side * (fg.nose_w * 1.25 + wz * 0.12),
            (fg.nose + fg.mouth) / 2,
            wz * 0.18,
            wz * 0.24,
            wz * 0.045 * (1 + look.weight + look.smile) * (1.0 if male else 1.3),
        )
    _folds_face(c, fg, who, look, lean["fold"])
    _lower_face(c, fg, who, look)
    c.bump(
        fg.fx,
        fg.chin - (fg.chin - fg.mouth) * 0.35,
        fg.wch * 1.1,
        (fg.chin - fg.mouth) * 0.3,
        wz * 0.07,
    )
    # The hollow between lower lip and chin, which holds the under-lip shadow.
    c.bump(
        fg.fx,
        fg.mouth + (fg.chin - fg.mouth) * 0.32,
        fg.mouth_w * 0.6,
        fg.lip_lo * 0.5,
        -wz * 0.03,
    )
    c.bump(fg.fx, fg.crown + (fg.eye - fg.crown) * 0.45, wz * 0.6, wz * 0.35, wz * 0.05)
    # The glabella between the brow ridges is bone, flush with them and running on into the
    # root of the nose: two ridges with a gap between them drew a dark pit there.
    c.bump(fg.fx, fg.brow + fg.eye_w * 0.1, fg.eye_gap * 0.6, fg.eye_w * 0.6, wz * 0.025)
    # The nose's bridge rises out of it without a step: where it was lower than the glabella,
    # the glabella's underside faced down and drew a dark bar across the root of the nose.
    c.bump(fg.fx, fg.eye, fg.eye_w * 0.55, fg.eye_w * 1.2, wz * 0.05)
    # The forehead is no plane: two low eminences, and above a man's brow ridge a shallow
    # groove where it meets them.
    for side in (-1, 1):
        c.bump(fg.fx + side * wz * 0.33, fg.brow - wz * 0.5, wz * 0.22, wz * 0.2, wz * 0.025)
    if male:
        c.bump(
            fg.fx, fg.brow - wz * 0.2, wz * 0.45, wz * 0.05, -wz * 0.012 * (1 + tr["brow_ridge"])
        )
    if who.bucket("chin_cleft"):
        c.bump(fg.fx, fg.chin - (fg.chin - fg.mouth) * 0.3, wz * 0.025, wz * 0.07, -wz * 0.03)
    return mask


def _folds_face(c: FaceCanvas, fg: FaceGeometry, who: Identity, look: Look, lean: float) -> None:
    """The nasolabial fold: a soft step from the cheek's mass down to the lip, running from
    the wing of the nose past the mouth's corner; every adult has one, deeper with age."""
    y0, y1 = fg.nose - fg.nose_w * 0.35, fg.mouth + fg.lip_lo * 0.8
    win = c.window(
        fg.fx, (y0 + y1) / 2, fg.mouth_w * 1.2 + fg.wz * 0.5, (y1 - y0) / 2 + fg.wz * 0.1
    )
    if win is None:
        return
    rows, cols, ox, oy = win
    along = (oy[:, :1] + (y1 - y0) / 2) / (y1 - y0)
    reach = np.maximum(np.sin(np.pi * np.clip(along * 0.85 + 0.08, 0, 1)), 0) ** 0.7  # fades
    t = np.clip(along, 0, 1)
    age = float(np.clip((look.age - 18) / 50, 0, 1))
    soft_fold = 1.0 if who.sex == "M" else 0.5  # a woman's cheek meets the lip more gently
    for side in (-1, 1):
        x0 = fg.nose_w * 1.1
        x1 = fg.mouth_w * 1.2
        line = side * (x0 + (x1 - x0) * t + np.sin(np.pi * t) * fg.wz * 0.04)
        d = side * (ox - line)  # > 0 on the cheek's side
        amp = fg.wz * (0.02 + 0.035 * age) * soft_fold * (1 + 0.5 * look.smile) * (1 + side * lean)
        step = smoothstep(-fg.wz * 0.02, fg.wz * 0.06, d) * smoothstep(fg.wz * 0.4, 0.0, d)
        c.height[rows, cols] += amp * step * reach


def _lower_face(c: FaceCanvas, fg: FaceGeometry, who: Identity, look: Look) -> None:
    """The forms between cheekbone and jaw, matching the outline's (fg.fill, fg.angle,
    fg.jowl): the plane under the cheekbone turning in, the masseter over the jaw's angle and
    the jaw line's edge, an older jaw's jowl; the temples' hollow above."""
    tr = who.traits
    male = who.sex == "M"
    wz = fg.wz
    ym = (fg.nose + fg.mouth) / 2
    hw = float(fg.half_width(np.array([ym], np.float32))[0])
    hollow = max(0.0, 0.35 - fg.fill) * (1.2 - 0.4 * tr["cheekbones"]) * (1.0 if male else 0.7)
    full = max(0.0, fg.fill)
    for side in (-1, 1):
        # Under a lean cheekbone the face's side turns in as a plane, a shade below the bone's
        # light; a full cheek swells there instead.
        c.bump(
            fg.fx + side * hw * 0.72, ym, wz * 0.17, wz * 0.22, -wz * 0.08 * hollow, angle=side * 15
        )
        c.bump(fg.fx + side * hw * 0.55, ym, wz * 0.22, wz * 0.25, wz * 0.035 * full)
        c.bump(fg.cx + side * fg.wc * 0.84, fg.brow - wz * 0.12, wz * 0.13, wz * 0.22, -wz * 0.07)
        # The jaw's angle, where the chewing muscle sits over the bone: it shows where the
        # outline shows its corner.
        c.bump(
            fg.cx + side * fg.wg * 0.82,
            fg.gonion - wz * 0.05,
            wz * 0.12,
            wz * 0.2,
            wz * (0.015 + 0.025 * fg.angle + (0.01 if male else 0)),
        )
        # A jowl: soft tissue slipped below the jaw line in front of the angle.
        jy = fg.gonion + 0.45 * (fg.chin - fg.gonion)
        jx = float(fg.half_width(np.array([jy], np.float32))[0])
        c.bump(fg.cx + side * jx * 0.8, jy, wz * 0.13, wz * 0.1, wz * 0.04 * fg.jowl)
        # Above it, the line from the mouth's corner down, where the jowl hangs from.
        c.bump(
            fg.fx + side * (fg.mouth_w + wz * 0.08),
            fg.mouth + wz * 0.12,
            wz * 0.04,
            wz * 0.12,
            -wz * 0.02 * fg.jowl,
        )
