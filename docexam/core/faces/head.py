"""The head's volume: skull and face outline, neck, shoulders and ears, with the skin on them."""

from __future__ import annotations

import numpy as np

from docexam.core.faces.canvas import BGR, F32, FaceCanvas, polygon_mask, smoothstep, soft
from docexam.core.faces.geometry import FaceGeometry
from docexam.core.faces.traits import Identity, Look

# Skin tones from lightest to darkest (BGR, 0..1), interpolated by the identity's ``skin``.
_SKIN = np.array(
    [[0.70, 0.79, 0.93], [0.52, 0.66, 0.84], [0.36, 0.5, 0.7], [0.2, 0.3, 0.47], [0.12, 0.18, 0.3]],
    np.float32,
)


def skin_colour(who: Identity) -> BGR:
    x = who.skin * (len(_SKIN) - 1)
    i = min(len(_SKIN) - 2, int(x))
    c = _SKIN[i] * (1 - (x - i)) + _SKIN[i + 1] * (x - i)
    return (float(c[0]), float(c[1]), float(c[2]))


def face_mask(c: FaceCanvas, fg: FaceGeometry) -> F32:
    hw = fg.half_width(c.ys[:, 0])[:, None]
    inside = np.abs(c.xs - fg.cx) < hw
    return soft(inside.astype(np.float32), 0.9)


def body(c: FaceCanvas, fg: FaceGeometry, who: Identity, look: Look) -> None:
    """Shoulders in clothes and the neck, behind the face."""
    skin = skin_colour(who)
    w, h = c.w, c.h
    male = who.sex == "M"
    top = fg.chin + (fg.chin - fg.mouth) * 0.3
    sw = fg.wz * (2.5 if male else 2.2)
    xs = np.linspace(-1, 1, 41)
    edge = np.stack([fg.cx + xs * sw, top + (h - top) * 0.55 * np.abs(xs) ** 1.8], axis=1)
    pts = np.vstack([edge, [[fg.cx + sw * 1.6, h + 4], [fg.cx - sw * 1.6, h + 4]]])
    cloth = polygon_mask((h, w), pts, 1.2)
    neck_w = fg.wg * (0.88 if male else 0.76)
    nx = (c.xs - fg.cx) / neck_w
    neck = (np.abs(nx) < 1) & (c.ys > fg.mouth)
    neck_m = soft(neck.astype(np.float32), 1.0)
    depth = fg.wz * 0.55
    c.height[:] = np.where(neck, depth * np.sqrt(np.clip(1 - nx**2, 0, 1)) * 0.45, c.height)
    under_chin = 0.55 + 0.4 * smoothstep(fg.chin, fg.chin + fg.wz * 0.5, c.ys)
    c.paint(neck_m, np.asarray(skin, np.float32) * under_chin[..., None])
    c.person = np.maximum(c.person, neck_m)
    # The collar: clothes cover the neck below a V or a round neckline.
    dy = c.ys - top
    vee = dy > -fg.wz * 0.15 + np.abs(c.xs - fg.cx) * (-0.4 if male else -0.1) + fg.wz * 0.35
    collar = cloth * np.maximum(soft(vee.astype(np.float32), 1.0), 1 - neck_m)
    sx = np.clip((c.xs - fg.cx) / (sw * 1.3), -1, 1)
    shoulder_z = depth * 0.6 * np.sqrt(1 - sx**2) + 0.15 * depth * smoothstep(0, h * 0.1, dy)
    c.height[:] = c.height * (1 - collar) + shoulder_z * collar
    texture = 1 + 0.04 * c.noise(1.0) + 0.05 * c.noise(6.0)
    cloth_rgb = np.asarray(look.clothing, np.float32)[None, None, :] * texture[..., None]
    c.paint(collar, cloth_rgb)
    c.gloss[:] = c.gloss * (1 - collar) + 0.05 * collar
    c.person = np.maximum(c.person, collar)


def ears(c: FaceCanvas, fg: FaceGeometry, who: Identity) -> None:
    skin = skin_colour(who)
    redder = (skin[0] * 0.85, skin[1] * 0.84, skin[2] * 0.9)
    free_lobe = who.bucket("ear_lobe") == 1
    for side in (-1, 1):
        root = fg.cx + side * fg.wc * 0.93
        hw = fg.wc * 0.07 + fg.ear_out
        ex = root + side * (fg.ear_out * 0.55)
        t = np.linspace(0, 2 * np.pi, 64, endpoint=False)
        r_y = fg.ear_len / 2
        # The top is round, the bottom narrows to the lobe; a free lobe hangs below the root.
        lx = np.cos(t) * hw * np.where(np.sin(t) > 0, 1 - 0.45 * np.sin(t) ** 2, 1.0)
        ly = np.sin(t) * r_y
        if free_lobe:
            ly = ly + np.where(np.sin(t) > 0.6, (np.sin(t) - 0.6) * r_y * 0.25, 0)
        pts = np.stack([ex + lx, fg.ear_y + ly], axis=1)
        m = polygon_mask((c.h, c.w), pts, 0.8)
        c.paint(m, redder)
        c.person = np.maximum(c.person, m)
        dome = np.clip(1 - ((c.xs - ex) / hw) ** 2 - ((c.ys - fg.ear_y) / r_y) ** 2, 0, 1)
        c.height[:] = c.height * (1 - m) + fg.wz * (0.3 + 0.12 * np.sqrt(dome)) * m
        # Helix rim, the hollow of the concha and the tragus: the relief that makes it an ear.
        c.bump(ex + side * hw * 0.25, fg.ear_y - r_y * 0.1, hw * 0.35, r_y * 0.45, -fg.wz * 0.07)
        c.bump(ex - side * hw * 0.2, fg.ear_y + r_y * 0.05, hw * 0.25, r_y * 0.25, -fg.wz * 0.06)
        c.bump(ex, fg.ear_y + r_y * 0.7, hw * 0.4, r_y * 0.15, fg.wz * 0.02)


def face(c: FaceCanvas, fg: FaceGeometry, who: Identity, look: Look) -> F32:
    """The skin of the face and skull as relief and colour; returns the face's coverage."""
    skin = np.asarray(skin_colour(who), np.float32)
    mask = face_mask(c, fg)
    hw = np.maximum(fg.half_width(c.ys[:, 0])[:, None], 1.0)
    nx = np.clip((c.xs - fg.cx) / hw, -1, 1)
    mid = (fg.crown + fg.chin) / 2
    ny = np.clip((c.ys - mid) / ((fg.chin - fg.crown) / 2 * 1.04), -1, 1)
    depth = fg.wz * 0.95
    z = depth * (0.35 + np.sqrt(1 - nx**2) * np.sqrt(1 - ny**2) ** 0.6)
    c.height[:] = c.height * (1 - mask) + z * mask
    # Colour: warmer cheeks, nose and ears, a little shadowed under the jaw; texture and pores.
    tone = np.ones((c.h, c.w, 3), np.float32) * skin
    blush = np.zeros((c.h, c.w), np.float32)
    for side in (-1, 1):
        win = c.window(
            fg.fx + side * fg.eye_gap * 1.15, fg.nose - fg.eye_w * 0.3, fg.wz * 0.5, fg.wz * 0.5
        )
        if win is not None:
            rows, cols, dx, dy = win
            blush[rows, cols] += np.exp(
                -0.5 * ((dx / (fg.wz * 0.22)) ** 2 + (dy / (fg.wz * 0.18)) ** 2)
            )
    blush *= 0.55 * (1 - who.skin * 0.6)
    tone *= 1 - blush[..., None] * np.array([0.12, 0.16, 0.0], np.float32)
    # Skin is smooth at a passport photo's scale: a faint mottle, fine pores barely in relief
    # (strong pore relief under a hard lamp read as suede).
    grain = 1 + 0.01 * c.noise(0.7) + 0.015 * c.noise(3.0) + 0.03 * c.noise(14.0)
    tone *= grain[..., None]
    c.paint(mask, tone)
    c.height[:] += mask * (0.01 * c.noise(0.6) + 0.035 * c.noise(3.0)) * (0.6 + look.age / 60)
    c.gloss[:] = c.gloss * (1 - mask) + mask * 0.22
    c.person = np.maximum(c.person, mask)
    # Cheekbones, brow ridge, chin and the soft fall of the cheeks
    tr = who.traits
    male = who.sex == "M"
    for side in (-1, 1):
        c.bump(
            fg.fx + side * fg.eye_gap * 1.25,
            fg.eye + (fg.nose - fg.eye) * 0.45,
            fg.wz * 0.28,
            fg.wz * 0.2,
            fg.wz * (0.05 + 0.06 * tr["cheekbones"]),
        )
        c.bump(
            fg.fx + side * fg.eye_gap,
            fg.brow,
            fg.eye_w * 1.5,
            fg.eye_w * 0.45,
            fg.wz * (0.03 + 0.05 * tr["brow_ridge"] + (0.03 if male else 0)),
        )
        c.bump(
            fg.fx + side * fg.eye_gap,
            fg.eye + fg.eye_h * 0.2,
            fg.eye_w * 1.2,
            fg.eye_w * 0.75,
            -fg.wz * 0.16,
        )
        c.bump(
            fg.fx + side * fg.eye_gap * 0.9,
            (fg.nose + fg.mouth) / 2,
            fg.wz * 0.25,
            fg.wz * 0.3,
            fg.wz * 0.04 * (1 + look.weight + look.smile),
        )
    c.bump(
        fg.fx,
        fg.chin - (fg.chin - fg.mouth) * 0.35,
        fg.wch * 1.1,
        (fg.chin - fg.mouth) * 0.3,
        fg.wz * 0.06,
    )
    c.bump(
        fg.fx,
        fg.mouth + (fg.chin - fg.mouth) * 0.32,
        fg.mouth_w * 0.6,
        fg.lip_lo * 0.5,
        -fg.wz * 0.025,
    )
    c.bump(fg.fx, fg.crown + (fg.eye - fg.crown) * 0.45, fg.wz * 0.6, fg.wz * 0.35, fg.wz * 0.05)
    if who.bucket("chin_cleft"):
        c.bump(
            fg.fx, fg.chin - (fg.chin - fg.mouth) * 0.3, fg.wz * 0.025, fg.wz * 0.07, -fg.wz * 0.03
        )
    return mask
