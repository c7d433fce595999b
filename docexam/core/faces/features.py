"""The inner face: eyes, eyebrows, nose, mouth, marks and the lines age brings."""

from __future__ import annotations

import cv2
import numpy as np

from docexam.core.faces.canvas import FaceCanvas, line_mask, polygon_mask, smoothstep, soft
from docexam.core.faces.geometry import FaceGeometry
from docexam.core.faces.head import skin_colour
from docexam.core.faces.traits import Identity, Look

IRIS = (
    (0.06, 0.1, 0.17),
    (0.09, 0.18, 0.3),
    (0.14, 0.3, 0.38),
    (0.24, 0.42, 0.33),
    (0.55, 0.42, 0.3),
)


def iris_colour(who: Identity) -> tuple[float, float, float]:
    i = who.bucket("iris")
    if who.skin > 0.5:
        i = min(i, 1)  # darker skins carry dark irises in this fictional population, as in most
    return IRIS[i]


def eye_points(fg: FaceGeometry, side: int, n: int = 24) -> tuple[np.ndarray, np.ndarray]:
    """Upper and lower lid outlines of one eye (side -1 = viewer's left), inner to outer."""
    ex, ey = fg.fx + side * fg.eye_gap, fg.eye
    u = np.linspace(-1, 1, n)
    # Almond: the upper lid peaks towards the inner corner, the lower one is flatter.
    up = -fg.eye_h * (1 - u**2) ** 0.8 * (1 - 0.12 * u)
    lo = fg.eye_h * 0.7 * (1 - u**2) ** 1.1
    tilt = np.tan(np.radians(fg.eye_tilt)) * fg.eye_w * u
    xs = ex + side * u * fg.eye_w
    return np.stack([xs, ey + up - tilt], axis=1), np.stack([xs, ey + lo - tilt], axis=1)


def eyes(c: FaceCanvas, fg: FaceGeometry, who: Identity, look: Look) -> None:
    iris = np.asarray(iris_colour(who), np.float32)
    female = who.sex == "F"
    shape = (c.h, c.w)
    lamp_x = -float(np.sin(np.radians(look.light_azimuth)))
    strokes: list[np.ndarray] = []
    skin = np.asarray(skin_colour(who), np.float32)
    # The eye lies in a socket: the skin of the upper lid and the inner corner is a shade
    # darker (thin skin over vessels, and less light reaches it).
    socket = np.zeros(shape, np.float32)
    c.spots(
        socket,
        [
            spot
            for side in (-1, 1)
            for spot in (
                (fg.fx + side * fg.eye_gap, fg.eye - fg.eye_h * 0.9, fg.eye_w, fg.eye_h * 1.2, 1.0),
                (fg.fx + side * (fg.eye_gap - fg.eye_w), fg.eye, fg.eye_w * 0.35, fg.eye_h, 0.7),
            )
        ],
    )
    c.paint(
        np.minimum(socket, np.float32(1)) * np.float32(0.35),
        skin * np.array([0.72, 0.7, 0.74], np.float32),
    )
    # The white is a wet, shaded ball, never paper white: no brighter than pale skin, and duller
    # and warmer in a dark-skinned face.
    white = np.array([0.58, 0.62, 0.67], np.float32) * (1 - 0.45 * who.skin)
    white *= np.array([0.92, 1.0, 1.03], np.float32) if who.skin > 0.5 else 1.0
    for side in (-1, 1):
        upper, lower = eye_points(fg, side)
        ex, ey = fg.fx + side * fg.eye_gap, fg.eye
        opening = polygon_mask(shape, np.vstack([upper, lower[::-1]]), 0.5)
        c.bump(ex, ey, fg.eye_w * 0.8, fg.eye_h * 1.6, fg.wz * 0.05)
        win = c.window(ex, ey, fg.eye_w * 1.3, fg.eye_w * 1.3)
        if win is None:
            continue
        rows, cols, dx, dy = win
        inside = opening[rows, cols]
        # The white of the eye is never white: greyer and pinker towards the corners, and the
        # upper lid and lashes shade its top.
        u = np.abs(dx) / fg.eye_w
        sclera = white * (1 - 0.4 * u**2)[..., None]
        sclera *= 1 - np.array([0.06, 0.08, 0.0], np.float32) * (u**3)[..., None]
        c.paint(inside, sclera, rows, cols)
        # The upper lid covers the top of the iris; a pink caruncle fills the inner corner.
        r = np.hypot(dx, dy - fg.eye_h * 0.04) / fg.iris
        pink = np.exp(-0.5 * ((dx + side * fg.eye_w * 0.85) ** 2 + dy**2) / (fg.eye_w * 0.12) ** 2)
        c.paint(inside * pink * 0.7, (0.45, 0.45, 0.7), rows, cols)
        disc = np.clip((1.0 - r) * fg.iris * 1.2, 0, 1) * inside
        fibres = (
            1
            + 0.22 * np.sin(np.arctan2(dy, dx) * 23) * (r > 0.42)
            + 0.1 * c.noise(0.6)[rows, cols] * (r < 1)
        )
        # A dark limbal ring, a lighter collarette round the pupil, the black pupil.
        radial = 0.95 - 0.6 * smoothstep(0.7, 0.95, r) + 0.1 * np.exp(-(((r - 0.55) / 0.1) ** 2))
        col = iris[None, None, :] * (radial * fibres)[..., None]
        col = np.where((r < 0.42)[..., None], np.float32(0.015), col)
        c.paint(disc.astype(np.float32), col.astype(np.float32), rows, cols)
        # The upper lid and lashes overhang the ball: its top third lies in their shadow.
        lid = inside * smoothstep(ey + fg.eye_h * 0.2, ey - fg.eye_h * 0.9, ey + dy)
        c.paint(lid * 0.5, (0.1, 0.1, 0.12), rows, cols)
        c.gloss[rows, cols] = np.maximum(c.gloss[rows, cols], inside * 0.35)
        # The lamp's reflection on the cornea: a small bright spot by the pupil.
        cx_, cy_ = lamp_x * fg.iris * 0.35 - side * fg.iris * 0.2, -fg.iris * 0.4
        catch = np.exp(-0.5 * ((dx - cx_) ** 2 + (dy - cy_) ** 2) / (fg.iris * 0.09) ** 2)
        c.glow[rows, cols] += 0.1 * catch * inside * (r > 0.3)
        # Lid margin and lashes: darker and longer at the outer corner (and with make-up).
        lash = line_mask(shape, upper[1:-3], max(1.2, fg.eye_h * (0.28 if female else 0.2)), 0.8)
        c.paint(lash * (0.9 if female else 0.75), (0.04, 0.04, 0.05))
        n = len(upper)
        for i in range(n // 2, n - 3):
            x, y = upper[i]
            k = (i - n // 2) / (n - n // 2)
            length = fg.eye_h * (0.25 + 0.35 * k) * (1.3 if female else 0.8)
            ang = np.radians(-90 + side * 55 * k)
            strokes.append(np.array([[x, y], [x + np.cos(ang) * length, y + np.sin(ang) * length]]))
        c.paint(line_mask(shape, lower[4:-4], 1, 0.7) * 0.3, (0.25, 0.22, 0.28))
        crease = upper.copy()
        crease[:, 1] -= fg.eye_h * (0.75 + 0.35 * who.traits["eye_opening"])
        c.paint(line_mask(shape, crease[3:-3], 1.5, 1.3) * 0.2, (0.12, 0.12, 0.16))
        if female:  # a little shadow on the lid, as most women wear for a photo
            lid_tint = polygon_mask(shape, np.vstack([crease[2:-2], upper[2:-2][::-1]]), 2.0)
            c.paint(lid_tint * 0.12, (0.25, 0.22, 0.25))
        for (x, y), (_, y2) in zip(crease[::2], upper[::2], strict=True):
            c.bump(x, (y + y2) / 2, fg.eye_w * 0.2, fg.eye_h * 0.35, -fg.wz * 0.012)
        if look.age > 45:  # bags under the eyes
            c.bump(
                ex,
                ey + fg.eye_h * 1.9,
                fg.eye_w * 0.7,
                fg.eye_h * 0.5,
                fg.wz * 0.02 * (look.age - 45) / 20,
            )
    lashes = np.zeros(shape, np.float32)
    cv2.polylines(
        lashes, [np.round(p * 8).astype(np.int32) for p in strokes], False, 1.0, 1, cv2.LINE_AA, 3
    )
    c.paint(soft(lashes, 0.4) * (0.3 if female else 0.2), (0.03, 0.03, 0.04))


def brows(
    c: FaceCanvas, fg: FaceGeometry, who: Identity, colour: tuple[float, float, float]
) -> None:
    """Eyebrows of single hairs: rising at the inner end, lying outwards along the arch."""
    tr = who.traits
    female = who.sex == "F"
    thick = fg.eye_w * (0.18 + 0.22 * tr["brow_thickness"]) * (0.62 if female else 1.0)
    g = c.g
    hairs: list[np.ndarray] = []
    body = np.zeros((c.h, c.w), np.float32)
    for side in (-1, 1):
        ex = fg.fx + side * fg.eye_gap
        u = np.linspace(-1.05, 1.2, 20)
        rise = -fg.eye_w * (0.05 + 0.35 * tr["brow_arch"] + (0.12 if female else 0))
        arch = rise * np.exp(-(((u - 0.35) / 0.6) ** 2))
        tilt = -fg.eye_w * 0.25 * (tr["brow_tilt"] - 0.5) * u
        ys = fg.brow + arch + tilt - fg.eye_w * 0.1
        xs = ex + side * u * fg.eye_w * 1.2
        width = thick * np.where(u < 0, 1.0, 1 - (0.8 if female else 0.65) * (u / 1.2) ** 2)
        top = np.stack([xs, ys - width / 2], axis=1)
        bottom = np.stack([xs, ys + width / 2], axis=1)
        body = np.maximum(body, polygon_mask((c.h, c.w), np.vstack([top, bottom[::-1]]), 1.5))
        count = int(90 + 90 * tr["brow_thickness"])
        t = g.uniform(-1.05, 1.2, count)
        across = g.uniform(-0.5, 0.5, count)
        bx = np.interp(t, u, xs)
        by = np.interp(t, u, ys) + across * np.interp(t, u, width)
        # Hairs stand up at the inner end and turn outwards, lying along the brow.
        lie = np.clip((t + 1.05) / 0.8, 0, 1)
        ang = np.radians(-80 + 62 * lie + g.normal(0, 8, count))
        length = thick * (0.7 + 0.5 * g.random(count)) * (0.9 + 0.4 * lie)
        dxs, dys = side * np.cos(ang) * length, np.sin(ang) * length
        for x, y, ddx, ddy in zip(bx, by, dxs, dys, strict=True):
            hairs.append(np.array([[x - ddx / 2, y - ddy / 2], [x + ddx / 2, y + ddy / 2]]))
    m = np.zeros((c.h, c.w), np.float32)
    cv2.polylines(
        m, [np.round(p * 8).astype(np.int32) for p in hairs], False, 1.0, 1, cv2.LINE_AA, 3
    )
    # Skin shows between the hairs: a brow is a soft tone with hairs over it, not an ink
    # stroke, and its edges fade.
    c.paint(soft(body, 1.2) * 0.3, colour)
    c.paint(np.clip(soft(m, 0.45) * 0.7, 0, 1), colour)


def nose(c: FaceCanvas, fg: FaceGeometry, who: Identity) -> None:
    tr = who.traits
    length = fg.nose - fg.eye
    tip_x = fg.fx + fg.yaw_px * 0.5
    bridge = fg.wz * (0.05 + 0.08 * tr["nose_bridge"])
    ts = np.linspace(0, 1, 14)
    for t in ts:
        x = fg.fx + (tip_x - fg.fx) * t
        c.bump(
            x,
            fg.eye - length * 0.05 + length * 0.85 * t,
            fg.nose_w * (0.55 + 0.3 * t),
            length * 0.1,
            bridge * (0.3 + 0.7 * t) / 3.2,
        )
    tip = fg.nose_w * (0.32 + 0.22 * tr["nose_tip"])
    c.bump(tip_x, fg.nose - fg.nose_w * 0.35, tip, tip * 0.85, fg.wz * 0.1)
    skin = skin_colour(who)
    nostril = tuple(v * 0.3 for v in skin)
    crease = tuple(v * 0.6 for v in skin)
    shape = (c.h, c.w)
    for side in (-1, 1):
        ax, ay = tip_x + side * fg.nose_w * 0.72, fg.nose - fg.nose_w * 0.25
        c.bump(ax, ay, fg.nose_w * 0.3, fg.nose_w * 0.28, fg.wz * 0.055)
        # Each nostril a slanted dark oval, rising outwards; the ala's groove arcs round it.
        t = np.linspace(0, 2 * np.pi, 20)
        a = np.radians(-side * 18)
        ox, oy = np.cos(t) * fg.nose_w * 0.17, np.sin(t) * fg.nose_w * 0.075
        pts = np.stack(
            [
                tip_x + side * fg.nose_w * 0.42 + ox * np.cos(a) - oy * np.sin(a),
                fg.nose - fg.nose_w * 0.04 + ox * np.sin(a) + oy * np.cos(a),
            ],
            axis=1,
        )
        c.paint(polygon_mask(shape, pts, 0.7) * 0.85, nostril)
        arc = np.linspace(np.radians(-150), np.radians(40), 14)
        groove = np.stack(
            [
                ax + side * np.cos(arc) * fg.nose_w * 0.34,
                ay + np.sin(arc) * fg.nose_w * 0.36,
            ],
            axis=1,
        )
        c.paint(line_mask(shape, groove, 1.2, 1.2) * 0.35, crease)
    c.gloss[:] += 0.0
    win = c.window(tip_x, fg.nose - fg.nose_w * 0.4, tip * 1.5, tip * 1.5)
    if win is not None:
        rows, cols, dx, dy = win
        c.gloss[rows, cols] += 0.2 * np.exp(-0.5 * (dx**2 + dy**2) / (tip * 0.7) ** 2)


def mouth(c: FaceCanvas, fg: FaceGeometry, who: Identity, look: Look) -> None:
    tr = who.traits
    skin = np.asarray(skin_colour(who), np.float32)
    lip = skin * np.array([0.78, 0.7, 0.97], np.float32) * (0.92 if who.skin < 0.6 else 0.8)
    if who.sex == "F":  # a little lip colour, as most women wear for a photo
        lip = lip * np.array([0.85, 0.8, 1.0], np.float32)
    mx, my = fg.fx + fg.yaw_px * 0.35, fg.mouth
    u = np.linspace(-1, 1, 31)
    lift = fg.mouth_w * 0.12 * look.smile * u**2
    line = np.stack([mx + u * fg.mouth_w, my - lift], axis=1)
    bow = (
        1
        - tr["cupid_bow"] * 0.45 * np.exp(-((u / 0.18) ** 2))
        + 0.25 * tr["cupid_bow"] * np.exp(-(((np.abs(u) - 0.28) / 0.15) ** 2))
    )
    upper = np.stack([line[:, 0], line[:, 1] - fg.lip_up * (1 - u**2) ** 0.7 * bow], axis=1)
    lower = np.stack([line[:, 0], line[:, 1] + fg.lip_lo * (1 - u**2) ** 0.6], axis=1)
    shape = (c.h, c.w)
    lips = polygon_mask(shape, np.vstack([upper, lower[::-1]]), 0.9)
    top = polygon_mask(shape, np.vstack([upper, line[::-1]]), 0.9)
    # The upper lip faces down and is darker; the lower catches the light and shines.
    c.paint(lips * 0.85, lip)
    c.paint(top * 0.5, tuple(lip * 0.78))
    rim = upper.copy()
    rim[:, 1] -= 0.8
    c.paint(line_mask(shape, rim[4:-4], 1, 0.8) * 0.25, tuple(np.minimum(1, skin * 1.1)))
    c.gloss[:] += (lips - top * 0.8) * 0.25
    c.bump(mx, my - fg.lip_up * 0.5, fg.mouth_w * 0.7, fg.lip_up * 0.6, fg.wz * 0.03)
    c.bump(mx, my + fg.lip_lo * 0.55, fg.mouth_w * 0.65, fg.lip_lo * 0.55, fg.wz * 0.045)
    c.bump(mx, (fg.nose + my) / 2, fg.wz * 0.04, (my - fg.nose) * 0.3, -fg.wz * 0.012)
    c.paint(line_mask(shape, line[1:-1], 1.0, 0.8) * 0.6, tuple(lip * 0.4))
    for x, y in line[2:-2:3]:
        c.bump(x, y, fg.mouth_w * 0.1, fg.lip_lo * 0.12, -fg.wz * 0.02)
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
            c.paint(polygon_mask((c.h, c.w), pts, 0.7) * 0.85, tuple(skin * 0.42 * (0.7, 0.8, 1)))
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
            scar = line_mask((c.h, c.w), pts, max(1.5, fg.wz * 0.02), 0.9)
            c.paint(scar * 0.7, tuple(np.minimum(1, skin * (1.12, 1.12, 1.22))))
            c.height[:] -= scar * fg.wz * 0.01


def age_lines(c: FaceCanvas, fg: FaceGeometry, look: Look) -> None:
    """Nasolabial folds, forehead lines and crow's feet that deepen from the thirties on."""
    k = float(np.clip((look.age - 28) / 40, 0, 1))
    if k <= 0:
        return
    depth = -fg.wz * 0.03 * k
    for side in (-1, 1):
        x0, y0 = fg.fx + side * fg.nose_w * 1.05, fg.nose - fg.nose_w * 0.3
        x1, y1 = fg.fx + side * fg.mouth_w * 1.15, fg.mouth + fg.lip_lo * 0.5
        for t in np.linspace(0, 1, 10):
            c.bump(
                x0 + (x1 - x0) * t + side * np.sin(t * np.pi) * fg.wz * 0.05,
                y0 + (y1 - y0) * t,
                fg.wz * 0.025,
                fg.wz * 0.05,
                depth * (1 + look.smile),
            )
        for j in range(3):
            c.bump(
                fg.fx + side * (fg.eye_gap + fg.eye_w * 1.25),
                fg.eye + (j - 1) * fg.eye_h * 0.9,
                fg.eye_w * 0.2,
                fg.wz * 0.01,
                depth * 0.4,
                angle=side * (j - 1) * 20,
            )
    for j in range(int(1 + 3 * k)):
        y = fg.brow - fg.eye_w * (0.9 + 0.45 * j)
        c.bump(fg.fx, y, fg.wz * 0.4, fg.wz * 0.012, depth * 0.6)
