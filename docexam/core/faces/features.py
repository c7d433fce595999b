"""The inner face: nose, mouth, marks and the lines age brings (eyes: eyes.py, brows: brows.py)."""

from __future__ import annotations

import cv2
import numpy as np

from docexam.core.faces.canvas import FaceCanvas, smoothstep, soft
from docexam.core.faces.geometry import FaceGeometry
from docexam.core.faces.patch import Patch
from docexam.core.faces.skin import skin_colour
from docexam.core.faces.traits import Identity, Look


def nose(c: FaceCanvas, fg: FaceGeometry, who: Identity) -> None:
    """A nose drawn by its shading: side walls darker, the bridge and tip catching light, the
    wings (alae) rounded with a crease round them, the nostrils under the tip."""
    tr = who.traits
    length = fg.nose - fg.eye
    tip_x = fg.fx + fg.yaw_px * 0.5
    height = fg.wz * (0.05 + 0.08 * tr["nose_bridge"])
    # The bridge narrows between the eyes and widens to the tip; a high bridge is narrower.
    bridge = fg.nose_w * (0.28 + 0.2 * tr["nose_width"] - 0.08 * tr["nose_bridge"])
    tip = fg.nose_w * (0.32 + 0.22 * tr["nose_tip"])
    ts = np.linspace(0, 1, 14)
    for t in ts:
        x = fg.fx + (tip_x - fg.fx) * t
        c.bump(
            x,
            fg.eye - length * 0.05 + length * 0.85 * t,
            bridge * (1.2 + 0.9 * t),
            length * 0.1,
            height * (0.75 + 0.25 * t) / 3.2,
        )
    c.bump(tip_x, fg.nose - fg.nose_w * 0.35, tip, tip * 0.85, fg.wz * 0.1)
    skin = np.asarray(skin_colour(who), np.float32)
    p = Patch(
        c,
        [fg.fx - fg.nose_w * 2.8, fg.fx + fg.nose_w * 2.8],
        [fg.eye - fg.eye_h * 2, fg.nose + fg.nose_w * 0.6],
        3,
    )
    walls, ridge = [], []
    for t in np.linspace(0.0, 0.85, 9):
        x = fg.fx + (tip_x - fg.fx) * t
        y = fg.eye + length * t
        w = bridge * (0.8 + 0.8 * t)
        # Deepest where the side wall meets the eye socket and again above the wing; lighter
        # along the middle, where the wall faces the camera.
        k = 0.3 * np.exp(-((t / 0.2) ** 2)) + 0.16 + 0.35 * smoothstep(0.5, 0.85, t)
        walls += [(x + s * (w + bridge * 0.8), y, bridge * 1.0, length * 0.1, k) for s in (-1, 1)]
        ridge.append((x, y, w * 0.4, length * 0.09, 0.15 + 0.45 * t))
    ridge.append((tip_x, fg.nose - fg.nose_w * 0.42, tip * 0.5, tip * 0.4, 1.6))
    # Under the tip the columella and nostrils face down: a soft shade on the lip below.
    walls.append((tip_x, fg.nose + fg.nose_w * 0.12, fg.nose_w * 0.55, fg.nose_w * 0.12, 1.0))
    p.paint(p.spots(walls) * 0.24, skin * np.array([0.72, 0.7, 0.74], np.float32))
    p.paint(p.spots(ridge) * 0.14, np.minimum(1, skin * 1.12))
    # Nostrils are shadowed, not holes: seen from the front they show as soft dark slits.
    nostril = skin * np.array([0.3, 0.3, 0.38], np.float32)
    crease = skin * np.array([0.58, 0.58, 0.64], np.float32)
    for side in (-1, 1):
        ax, ay = tip_x + side * fg.nose_w * 0.72, fg.nose - fg.nose_w * 0.25
        c.bump(ax, ay, fg.nose_w * 0.3, fg.nose_w * 0.28, fg.wz * 0.055)
        # Each nostril a slanted dark oval, rising outwards, partly hidden by the wing.
        t = np.linspace(0, 2 * np.pi, 20)
        a = np.radians(-side * 18)
        ox, oy = np.cos(t) * fg.nose_w * 0.17, np.sin(t) * fg.nose_w * 0.07
        pts = np.stack(
            [
                tip_x + side * fg.nose_w * 0.42 + ox * np.cos(a) - oy * np.sin(a),
                fg.nose - fg.nose_w * 0.03 + ox * np.sin(a) + oy * np.cos(a),
            ],
            axis=1,
        )
        p.paint(p.poly(pts, 1.3) * 0.5, nostril)
        # The wing's rim is a little redder; its groove arcs round it from the cheek.
        arc = np.linspace(np.radians(-160), np.radians(50), 16)
        groove = np.stack(
            [
                ax + side * np.cos(arc) * fg.nose_w * 0.34,
                ay + np.sin(arc) * fg.nose_w * 0.38,
            ],
            axis=1,
        )
        strength = 0.42 * np.sin(np.linspace(0.3, np.pi - 0.2, 16)) ** 0.5
        p.paint(p.stroke(groove, strength, 1.4), crease)
    win = c.window(tip_x, fg.nose - fg.nose_w * 0.4, tip * 1.5, tip * 1.5)
    if win is not None:
        rows, cols, dx, dy = win
        c.gloss[rows, cols] += 0.28 * np.exp(-0.5 * (dx**2 + dy**2) / (tip * 0.6) ** 2)


def mouth(c: FaceCanvas, fg: FaceGeometry, who: Identity, look: Look) -> None:
    """Lips a little darker and redder than the skin (browner on dark skin), the upper lip
    darker (it faces down) under a pale vermilion border, the lower lighter with a soft
    highlight and a shadow under it; the line between them darkest at the corners; the
    philtrum's ridges above."""
    tr = who.traits
    skin = np.asarray(skin_colour(who), np.float32)
    dark = float(np.clip((who.skin - 0.3) / 0.5, 0, 1))
    # Fair lips are the skin with more blood in it (red); dark lips are browner and a shade
    # more violet than the skin round them.
    fair = skin * np.array([0.72, 0.65, 0.9], np.float32)
    brown = skin * np.array([0.78, 0.72, 0.78], np.float32)
    lip = fair * (1 - dark) + brown * dark
    if who.sex == "F":  # a little lip colour, as most women wear for a photo
        lip = lip * np.array([0.93, 0.9, 1.0], np.float32)
    mx, my = fg.fx + fg.yaw_px * 0.35, fg.mouth
    u = np.linspace(-1, 1, 31)
    lift = fg.mouth_w * 0.12 * look.smile * u**2
    # Corners turn down a little on full lower lips and up on full upper ones.
    droop = fg.mouth_w * 0.05 * (tr["lip_lower"] - tr["lip_upper"]) * u**4
    bow = tr["cupid_bow"]
    # The upper lip's tubercle presses the middle of the line down a little: a lip line is a
    # soft wave, not a ruler's edge.
    tubercle = fg.lip_up * (0.08 + 0.12 * bow) * np.exp(-((u / 0.28) ** 2))
    line = np.stack([mx + u * fg.mouth_w, my - lift + droop + tubercle], axis=1)
    peaks = 0.22 + 0.1 * tr["mouth_width"]
    profile = (
        1
        - bow * 0.35 * np.exp(-((u / (0.1 + 0.08 * (1 - bow))) ** 2))
        + 0.15 * bow * np.exp(-(((np.abs(u) - peaks) / 0.16) ** 2))
    )
    upper = np.stack(
        [line[:, 0], line[:, 1] - fg.lip_up * np.clip(1 - u**2, 0, 1) ** 0.75 * profile], axis=1
    )
    fullness = 0.6 - 0.2 * tr["lip_lower"]  # a full lower lip is rounder, flatter at its foot
    lower = np.stack(
        [line[:, 0], line[:, 1] + fg.lip_lo * np.clip(1 - u**2, 0, 1) ** fullness], axis=1
    )
    p = Patch(
        c,
        [mx - fg.mouth_w * 1.35, mx + fg.mouth_w * 1.35],
        [fg.nose - fg.nose_w * 0.2, my + fg.lip_lo * 2.5],
        3,
    )
    # The upper lip's border is a fairly crisp edge; the lower lip's fades into the skin.
    top = p.poly(np.vstack([upper, line[::-1]]), 0.9)
    bottom = p.poly(np.vstack([line, lower[::-1]]), 1.5)
    ys = np.arange(p.rows.start, p.rows.stop, dtype=np.float32)[:, None]
    # The lower lip is lit across its front and shaded where it turns in under the upper
    # lip and where it turns under towards the chin.
    front = np.exp(-0.5 * ((ys - my - fg.lip_lo * 0.5) / (fg.lip_lo * 0.32)) ** 2)
    shade = np.broadcast_to(0.9 + 0.14 * front, p.shape)[..., None]
    p.paint(bottom * 0.8, (lip * shade).astype(np.float32))
    p.paint(top * 0.85, lip * 0.8)
    # A soft wet highlight on the lower lip's front, broken in the middle, and a faint one
    # on the upper lip's bow.
    sheen = (fg.mouth_w * 0.2, fg.lip_lo * 0.16, 1.0)
    glow = p.spots([(mx + s * fg.mouth_w * 0.28, my + fg.lip_lo * 0.45, *sheen) for s in (-1, 1)])
    p.paint(glow * bottom * 0.5, np.minimum(1, lip * 1.3 + 0.04))
    c.gloss[p.rows, p.cols] += bottom * 0.05 + glow * bottom * 0.3
    # The vermilion border: the skin just above the upper lip's edge is a pale rolled ridge.
    p.paint(
        p.stroke((upper - np.array([0, 1.0]))[4:-4], 1.0, 0.9) * 0.16, np.minimum(1, skin * 1.1)
    )
    c.bump(mx, my - fg.lip_up * 0.5, fg.mouth_w * 0.7, fg.lip_up * 0.6, fg.wz * 0.025)
    c.bump(mx, my + fg.lip_lo * 0.55, fg.mouth_w * 0.65, fg.lip_lo * 0.6, fg.wz * 0.035)
    # The philtrum: a groove from the nose to the cupid's bow between two soft ridges.
    top_y = float(np.interp(0, u, upper[:, 1]))
    for t in np.linspace(0.1, 0.9, 5):
        y = fg.nose + (top_y - fg.nose) * t
        half = fg.nose_w * (0.16 + 0.1 * t) + fg.mouth_w * peaks * 0.2 * t
        c.bump(mx, y, half * 0.5, (top_y - fg.nose) * 0.12, -fg.wz * 0.008)
        for side in (-1, 1):
            c.bump(mx + side * half, y, half * 0.35, (top_y - fg.nose) * 0.12, fg.wz * 0.006)
    groove = p.spots([(mx, (fg.nose + top_y) / 2, fg.nose_w * 0.12, (top_y - fg.nose) * 0.3, 1.0)])
    p.paint(groove * 0.08, skin * 0.8)
    # Between the lips a dark line, fine in the middle and darkest in the corners, where the
    # lips part into the cheeks.
    k = np.abs(u)
    p.paint(p.stroke(line[1:-1], (0.42 + 0.4 * k**2)[1:-1], 0.7), lip * 0.28)
    corners = p.spots(
        [(x, y, fg.mouth_w * 0.12, fg.lip_lo * 0.1, 1.0) for x, y in (line[2], line[-3])]
    )
    p.paint(corners * 0.25, lip * 0.35)
    sy = fg.lip_lo * (0.25 + 0.1 * tr["lip_lower"])
    under = p.spots([(mx, my + fg.lip_lo * 1.4, fg.mouth_w * 0.42, sy, 1.0)])
    p.paint(under * (0.2 + 0.12 * tr["lip_lower"]), skin * 0.7)
    for x, y in line[2:-2:3]:
        c.bump(x, y, fg.mouth_w * 0.1, fg.lip_lo * 0.18, -fg.wz * 0.012)
    for x, y in (line[0], line[-1]):  # the corners tuck into the cheeks
        c.bump(x, y, fg.mouth_w * 0.08, fg.lip_lo * 0.3, -fg.wz * 0.02)


def marks(c: FaceCanvas, fg: FaceGeometry, who: Identity) -> None:
    skin = np.asarray(skin_colour(who), np.float32)
    for m in who.marks:
        x = fg.fx + m.x * fg.wz
        y = fg.eye + m.y * (fg.nose - fg.eye)
        if m.length == 0:
            r = fg.wz * 0.022 * m.size
            t = np.linspace(0, 2 * np.pi, 16)
            pts = np.stack([x + np.cos(t) * r, y + np.sin(t) * r], axis=1)
            p = Patch(c, pts[:, 0], pts[:, 1], 3)
            # A mole is brown, not ink, and its edge is soft; its middle a shade darker.
            p.paint(p.poly(pts, 0.9) * 0.75, tuple(skin * 0.5 * (0.7, 0.8, 1)))
            p.paint(
                p.spots([(x, y, r * 0.5, r * 0.5, 1.0)]) * 0.3, tuple(skin * 0.35 * (0.7, 0.8, 1))
            )
            c.bump(x, y, r, r, fg.wz * 0.01)
        else:
            a = np.radians(m.angle)
            half = m.length * fg.wz / 2
            pts = np.array(
                [
                    [x - np.cos(a) * half, y - np.sin(a) * half],
                    [x + np.cos(a) * half, y + np.sin(a) * half],
                ]
            )
            width = max(1.5, fg.wz * 0.02)
            p = Patch(c, pts[:, 0], pts[:, 1], width + 4)
            scar = p.blank()
            q = np.round((pts - p.origin) * 16).astype(np.int32)
            cv2.polylines(scar, [q], False, 1.0, max(1, round(width)), cv2.LINE_AA, 4)
            scar = soft(scar, 0.9)
            p.paint(scar * 0.7, tuple(np.minimum(1, skin * (1.12, 1.12, 1.22))))
            p.lift(scar, -fg.wz * 0.01)


def age_lines(c: FaceCanvas, fg: FaceGeometry, look: Look) -> None:
    """Nasolabial folds, forehead lines and crow's feet that deepen from the thirties on.

    Skin's lines are faint, uneven and broken: each follows the forehead's curve (rising over
    the brows), its strength wanders along it, and where it falls is the forehead's own (from
    its traits, through ``fg.forehead_form``), so a person keeps their lines across photos."""
    k = float(np.clip((look.age - 28) / 40, 0, 1))
    f = fg.forehead_form
    # Everyone's cheek meets the lip in a soft fold; age deepens it.
    depth = -fg.wz * 0.03 * (0.25 + 0.75 * k)
    tt = np.linspace(0, 1, 10)
    for side in (-1, 1):
        x0, y0 = fg.fx + side * fg.nose_w * 1.05, fg.nose - fg.nose_w * 0.3
        x1, y1 = fg.fx + side * fg.mouth_w * 1.15, fg.mouth + fg.lip_lo * 0.5
        pts = np.stack(
            [x0 + (x1 - x0) * tt + side * np.sin(tt * np.pi) * fg.wz * 0.05, y0 + (y1 - y0) * tt],
            axis=1,
        )
        for x, y in pts:
            c.bump(x, y, fg.wz * 0.025, fg.wz * 0.05, depth * (1 + look.smile))
        p = Patch(c, pts[:, 0], pts[:, 1], 5)
        shade = (0.1 + 0.2 * k) * np.sin(tt * np.pi * 0.9 + 0.15) ** 0.7
        p.paint(p.stroke(pts, shade, 1.6), (0.25, 0.24, 0.3))
    if k <= 0:
        return
    for side in (-1, 1):  # crow's feet: a few fine lines fanning from the outer corner
        ox = fg.fx + side * (fg.eye_gap + fg.eye_w * 1.1)
        p = Patch(
            c,
            [ox, ox + side * fg.eye_w * 0.6],
            [fg.eye - fg.eye_w * 0.4, fg.eye + fg.eye_w * 0.5],
            3,
        )
        feet = p.blank()
        s = np.linspace(0, 1, 6)
        for j in range(3):
            a = np.radians(side * (j - 1) * 22 + side * 8 * (f - 0.5))
            pts = np.stack(
                [
                    ox + side * np.cos(a) * s * fg.eye_w * 0.55,
                    fg.eye + np.sin(a) * s * fg.eye_w * 0.55 + s**2 * fg.eye_h * 0.2,
                ],
                axis=1,
            )
            p.draw(feet, pts, k * 0.5 * np.sin(s * np.pi))
        p.paint(soft(feet, 0.7) * 0.5, (0.22, 0.22, 0.28))
    # The lowest line stays clear of the relaxed brows' arch.
    low = fg.brow - fg.eye_w * 0.3
    p = Patch(c, [fg.fx - fg.wz * 0.6, fg.fx + fg.wz * 0.6], [low - fg.eye_w * 3.5, low], 4)
    lines, lit = p.blank(), p.blank()
    for j in range(int(1 + 3.5 * k)):
        spacing = fg.eye_w * (0.38 + 0.12 * np.sin(7 * f + 2.3 * j))
        y = low - fg.eye_w * 0.75 - spacing * j
        reach = fg.wz * (0.45 - 0.06 * j + 0.08 * np.sin(5 * f + j))
        x = np.linspace(-1, 1, 33)
        # Over each brow the line rises; across the middle it dips and wanders.
        curve = (
            -fg.eye_w * (0.12 + 0.1 * f) * np.exp(-(((np.abs(x) - 0.5) / 0.35) ** 2))
            + fg.eye_w * 0.05 * np.sin(x * (5 + 3 * f) + j * 1.7 + 9 * f)
            + fg.eye_w * 0.06 * x**2
        )
        pts = np.stack([fg.fx + x * reach, y + curve], axis=1)
        strength = (
            np.clip(
                0.45
                + 0.5 * np.sin(x * (6 + 2 * f) + 3.1 * j + 11 * f)
                + 0.3 * np.sin(x * 13 + 5 * f * j),
                0,
                1,
            )
            * (1 - x**4)
            * (1 - 0.15 * j)
            * k
        )
        p.draw(lines, pts, strength)
        p.draw(
            lit, pts + np.array([0, 1.6]), strength
        )  # the fold of skin under a line catches the light
    skin = np.asarray(c.albedo[int(fg.brow - fg.eye_w), int(fg.fx)])
    p.paint(np.minimum(soft(lit, 1.0) * 1.5, 1) * 0.35, np.minimum(1, skin * 1.12))
    lines = np.minimum(soft(lines, 0.7) * 1.5, 1)
    p.paint(lines * 0.8, skin * np.array([0.55, 0.55, 0.6], np.float32))
    p.lift(lines, -fg.wz * 0.01)
    # From about fifty, two faint upright lines between the brows (the glabella's), left by
    # years of frowning; faint, as they show in a relaxed face.
    old = float(np.clip((look.age - 50) / 25, 0, 1))
    if old > 0:
        p = Patch(
            c,
            [fg.fx - fg.eye_w * 0.7, fg.fx + fg.eye_w * 0.7],
            [fg.brow - fg.eye_w * 0.9, fg.brow + fg.eye_w * 0.3],
            3,
        )
        folds = p.blank()
        s = np.linspace(0, 1, 6)
        for side in (-1, 1):
            x = fg.fx + side * fg.eye_w * (0.22 + 0.12 * f)
            rise = fg.eye_w * (0.45 + 0.2 * f)
            pts = np.stack([x + side * s * fg.eye_w * 0.06, fg.brow + fg.eye_w * 0.1 - s * rise], 1)
            p.draw(folds, pts, old * np.sin(s * np.pi) ** 0.7)
        folds = soft(folds, 0.8)
        p.paint(folds * 0.3, skin * np.array([0.6, 0.6, 0.65], np.float32))
        p.lift(folds, -fg.wz * 0.004)
