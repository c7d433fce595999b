"""The head's volume: skull and face outline, neck, shoulders and ears, with the skin on them."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from docexam.core.domain.seeds import rng
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
    return soft(inside.astype(np.float32), 1.4)


def neck_width(fg: FaceGeometry, male: bool) -> float:
    """Half the neck's width: a man's is nearly as wide as his jaw, a woman's slimmer."""
    return fg.wz * (0.66 if male else 0.57) + (fg.wg - fg.wz * 0.8) * 0.3


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
    neck_w = neck_width(fg, male)
    nx = (c.xs - fg.cx) / neck_w
    neck = (np.abs(nx) < 1) & (c.ys > fg.mouth)
    neck_m = soft(neck.astype(np.float32), 1.0)
    depth = fg.wz * 0.55
    # A neck is no pipe: its front is broad and flat (windpipe and the muscles beside it),
    # turning only near its sides, and it stands close behind the jaw.
    across = np.clip(1 - np.abs(nx) ** 3, 0, 1) ** (1 / 3)
    c.height[:] = np.where(neck, depth * (0.2 + 0.6 * across), c.height)
    under_chin = 0.88 + 0.12 * smoothstep(fg.chin, fg.chin + fg.wz * 0.5, c.ys)
    c.paint(neck_m, np.asarray(skin, np.float32) * under_chin[..., None])
    c.person = np.maximum(c.person, neck_m)
    _clothes(c, fg, who, look, cloth, neck_m, top, sw, depth)


def _clothes(
    c: FaceCanvas,
    fg: FaceGeometry,
    who: Identity,
    look: Look,
    cloth: F32,
    neck_m: F32,
    top: float,
    sw: float,
    depth: float,
) -> None:
    """What the sitter wears: a round or V neckline, a shirt collar, or a jacket over a shirt
    (and tie), each with its own edges, so no two photos show the same jersey."""
    g = rng("clothes", who.seed, repr(look.clothing))
    male = who.sex == "M"
    style = str(
        g.choice(
            ["crew", "vee", "shirt", "jacket", "scoop"],
            p=[0.25, 0.1, 0.25, 0.4, 0.0] if male else [0.25, 0.2, 0.2, 0.15, 0.2],
        )
    )
    base = np.asarray(look.clothing, np.float32)
    shirt = np.asarray(
        [(0.93, 0.93, 0.92), (0.92, 0.85, 0.78), (0.85, 0.88, 0.9)][int(g.integers(0, 3))],
        np.float32,
    )
    dx = c.xs - fg.cx
    neck_w = neck_width(fg, male)
    reach = np.clip(1 - (dx / (neck_w * 1.35)) ** 2, 0, 1)
    dip = {"crew": 0.3, "vee": 0.8, "shirt": 0.55, "jacket": 0.6, "scoop": 0.75}[style]
    if style in ("vee", "jacket", "shirt"):
        reach = np.clip(1 - np.abs(dx) / (neck_w * 1.25), 0, 1)
    neckline = top - fg.wz * 0.05 + fg.wz * dip * reach
    covered = cloth * np.maximum(soft((c.ys > neckline).astype(np.float32), 1.0), 1 - neck_m)
    sx = np.clip(dx / (sw * 1.3), -1, 1)
    dy = c.ys - top
    shoulder_z = depth * 0.6 * np.sqrt(1 - sx**2) + 0.15 * depth * smoothstep(0, c.h * 0.1, dy)
    c.height[:] = c.height * (1 - covered) + shoulder_z * covered
    texture = 1 + 0.03 * c.noise(1.0) + 0.04 * c.noise(6.0) + 0.05 * c.noise(20.0)
    body_rgb = base * (0.55 if style == "jacket" else 1.0)
    c.paint(covered, body_rgb[None, None, :] * texture[..., None])
    shape = (c.h, c.w)
    if style in ("shirt", "jacket"):
        inner = shirt if style == "jacket" else base
        if style == "jacket":  # the shirt front between the lapels
            vee = np.array(
                [
                    [fg.cx - neck_w * 1.0, top - fg.wz * 0.05],
                    [fg.cx + neck_w * 1.0, top - fg.wz * 0.05],
                    [fg.cx + neck_w * 0.5, c.h + 2],
                    [fg.cx - neck_w * 0.5, c.h + 2],
                ]
            )
            front = polygon_mask(shape, vee, 0.8) * cloth
            c.paint(front, inner * texture[..., None] ** 0.3)
            if male and g.random() < 0.6:  # a tie
                knot = top + fg.wz * 0.5
                tie = np.array(
                    [
                        [fg.cx - neck_w * 0.14, knot - fg.wz * 0.08],
                        [fg.cx + neck_w * 0.14, knot - fg.wz * 0.08],
                        [fg.cx + neck_w * 0.24, c.h + 2],
                        [fg.cx - neck_w * 0.24, c.h + 2],
                    ]
                )
                tie_rgb = np.asarray(g.uniform(0.1, 0.5, 3), np.float32)
                c.paint(polygon_mask(shape, tie, 0.7) * cloth, tie_rgb)
            for side in (-1, 1):  # lapels: the jacket's edge folds back
                lapel = np.array(
                    [
                        [fg.cx + side * neck_w * 1.05, top - fg.wz * 0.02],
                        [fg.cx + side * neck_w * 0.5, c.h + 2],
                        [fg.cx + side * neck_w * 1.1, c.h + 2],
                        [fg.cx + side * neck_w * 1.6, top + fg.wz * 0.6],
                    ]
                )
                m = polygon_mask(shape, lapel, 0.8) * cloth
                c.paint(m, body_rgb * 1.15)
                c.height[:] += m * depth * 0.06
        for side in (-1, 1):  # the shirt collar's two wings
            wing = np.array(
                [
                    [fg.cx + side * neck_w * 1.02, top - fg.wz * 0.2],
                    [fg.cx + side * neck_w * 0.08, top + fg.wz * 0.42],
                    [fg.cx + side * neck_w * 0.55, top + fg.wz * 0.55],
                    [fg.cx + side * neck_w * 1.45, top + fg.wz * 0.18],
                ]
            )
            m = polygon_mask(shape, wing, 0.8)
            c.paint(m, inner * 1.02)
            c.height[:] = c.height * (1 - m) + (shoulder_z + depth * 0.12) * m
            covered = np.maximum(covered, m)
    c.gloss[:] = c.gloss * (1 - covered) + 0.05 * covered
    c.person = np.maximum(c.person, covered)


def ears(c: FaceCanvas, fg: FaceGeometry, who: Identity) -> None:
    skin = skin_colour(who)
    redder = (skin[0] * 0.86, skin[1] * 0.86, skin[2] * 0.97)
    free_lobe = who.bucket("ear_lobe") == 1
    for side in (-1, 1):
        root = fg.cx + side * fg.wc * 0.9
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
    # The front of a face is broad and fairly flat and turns into the sides over a short
    # distance: a superellipse across, not a balloon's round section.
    across = np.clip(1 - np.abs(nx) ** 2.5, 0, 1) ** (1 / 2.5)
    z = depth * (0.35 + across * np.sqrt(1 - ny**2) ** 0.6)
    c.height[:] = c.height * (1 - mask) + z * mask
    c.paint(mask, _skin_tone(c, fg, who, look, skin))
    c.height[:] += mask * (0.01 * c.noise(0.6) + 0.03 * c.noise(3.0)) * (0.6 + look.age / 60)
    # Oil gives the forehead, nose and chin a faint sheen; cheeks are matt.
    sheen = np.zeros((c.h, c.w), np.float32)
    c.spots(
        sheen,
        [
            (fg.fx, fg.brow - fg.wz * 0.25, fg.wz * 0.35, fg.wz * 0.18, 0.6),
            (fg.fx, fg.chin - (fg.chin - fg.mouth) * 0.4, fg.wch, fg.wz * 0.08, 0.4),
        ],
    )
    c.gloss[:] = c.gloss * (1 - mask) + mask * (0.1 + 0.15 * np.minimum(sheen, 1))
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
            -fg.wz * 0.2,
        )
        c.bump(
            fg.fx + side * fg.eye_gap * 0.9,
            (fg.nose + fg.mouth) / 2,
            fg.wz * 0.25,
            fg.wz * 0.3,
            fg.wz * 0.04 * (1 + look.weight + look.smile) * (1.0 if male else 1.4),
        )
    for side in (-1, 1):  # the hollow under the cheekbone, and the temple's
        c.bump(
            fg.fx + side * fg.wz * 0.62,
            (fg.nose + fg.mouth) / 2,
            fg.wz * 0.16,
            fg.wz * 0.22,
            -fg.wz * 0.05 * (1 - 0.6 * look.weight) * (1.2 - tr["cheekbones"] * 0.4),
        )
        c.bump(
            fg.cx + side * fg.wc * 0.85,
            fg.brow - fg.wz * 0.1,
            fg.wz * 0.12,
            fg.wz * 0.2,
            -fg.wz * 0.04,
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


def _skin_tone(c: FaceCanvas, fg: FaceGeometry, who: Identity, look: Look, skin: F32) -> F32:
    """Skin's colour is not one paint: blood shows on the cheeks, nose, lips and chin, the thin
    skin under the eyes is darker, a shaved beard leaves a blue-grey shadow, and pores and
    mottle break every patch."""
    dark = who.skin
    red = np.zeros((c.h, c.w), np.float32)
    spots = [(fg.fx, fg.nose - fg.nose_w * 0.3, fg.nose_w * 0.7, fg.nose_w * 0.6, 0.55)]
    spots.append((fg.fx, fg.chin - (fg.chin - fg.mouth) * 0.4, fg.wch, fg.wz * 0.1, 0.3))
    spots.append((fg.fx, fg.brow - fg.wz * 0.3, fg.wz * 0.5, fg.wz * 0.15, 0.12))
    under = np.zeros_like(red)
    eye_spots = []
    for side in (-1, 1):
        ex = fg.fx + side * fg.eye_gap
        spots.append(
            (ex + side * fg.eye_w * 0.4, fg.nose - fg.eye_w * 0.5, fg.wz * 0.2, fg.wz * 0.15, 0.7)
        )
        eye_spots.append(
            (
                ex - side * fg.eye_w * 0.2,
                fg.eye + fg.eye_h * 2.0,
                fg.eye_w * 0.8,
                fg.eye_h * 0.9,
                1.0,
            )
        )
        eye_spots.append(
            (
                ex - side * fg.eye_w * 1.05,
                fg.eye - fg.eye_h * 0.3,
                fg.eye_w * 0.3,
                fg.eye_h * 1.2,
                0.8,
            )
        )
    c.spots(red, spots)
    c.spots(under, eye_spots)
    flush = 0.75 if who.sex == "F" else 1.0
    red *= flush * (1 - dark * 0.7)
    tone = np.ones((c.h, c.w, 3), np.float32) * skin
    tone *= 1 - red[..., None] * np.array([0.2, 0.17, -0.03], np.float32)
    tone *= 1 - np.minimum(under, 1.2)[..., None] * np.array([0.06, 0.12, 0.11], np.float32)
    if who.sex == "M" and look.beard in ("none", "stubble", "moustache"):
        tone *= 1 - _beard_shadow(c, fg)[..., None] * _stubble(look, dark)
    # Pores a pixel across, and a mottle of larger patches, differ in colour as well as tone.
    fine = 0.016 if who.sex == "F" else 0.024  # make-up and finer pores
    grain = fine * c.noise(0.5) + 0.015 * c.noise(2.0) + 0.03 * c.noise(12.0)
    hue = 0.02 * c.noise(8.0)
    tone *= 1 + grain[..., None] + hue[..., None] * np.array([-1, 0, 1], np.float32)
    return tone


def _stubble(look: Look, dark: float) -> npt.NDArray[np.float32]:
    k = (0.5 if look.hair_colour in ("blond", "light brown") else 1.0) * (1 - look.grey * 0.6)
    k *= 1.6 if look.beard == "stubble" else 1.0
    return np.array([0.025, 0.035, 0.04], np.float32) * k * (1 - 0.6 * dark)


def _beard_shadow(c: FaceCanvas, fg: FaceGeometry) -> F32:
    """Where a man's beard grows: upper lip, chin and jaw, up the cheeks towards the ears."""
    ax = np.abs(c.xs - fg.fx)
    lip = smoothstep(fg.nose + fg.nose_w * 0.15, fg.nose + fg.nose_w * 0.6, c.ys) * (
        ax < fg.mouth_w * 1.1
    )
    rise = np.maximum(0, ax - fg.mouth_w * 0.7) * 0.7
    jaw = smoothstep(0, fg.wz * 0.15, c.ys - (fg.mouth - fg.lip_up - rise))
    return soft(np.maximum(lip, jaw).astype(np.float32), 6.0)
