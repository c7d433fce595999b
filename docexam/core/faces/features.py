"""The inner face: eyes, eyebrows, nose, mouth, marks and the lines age brings."""

from __future__ import annotations

import numpy as np

from docexam.core.faces.canvas import FaceCanvas, line_mask, polygon_mask
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
    for side in (-1, 1):
        upper, lower = eye_points(fg, side)
        ex, ey = fg.fx + side * fg.eye_gap, fg.eye
        opening = polygon_mask(shape, np.vstack([upper, lower[::-1]]), 0.5)
        c.paint(opening, (0.8, 0.82, 0.86))
        c.bump(ex, ey, fg.eye_w * 0.8, fg.eye_h * 1.6, fg.wz * 0.05)
        win = c.window(ex, ey, fg.iris * 1.3, fg.iris * 1.3)
        if win is not None:
            rows, cols, dx, dy = win
            r = np.hypot(dx, dy) / fg.iris
            disc = np.clip((1.0 - r) * fg.iris * 1.2, 0, 1) * opening[rows, cols]
            fibres = 1 + 0.25 * np.sin(np.arctan2(dy, dx) * 23) * (r > 0.45)
            ring = np.where(r > 0.8, 0.55, 1.0) * fibres
            col = iris[None, None, :] * ring[..., None]
            col = np.where((r < 0.42)[..., None], np.float32(0.02), col)
            c.paint(disc.astype(np.float32), col.astype(np.float32), rows, cols)
            c.gloss[rows, cols] = np.maximum(c.gloss[rows, cols], disc * 0.5)
        # Lashes and lid edge, darker and thicker on the upper lid (and with make-up)
        lash = line_mask(shape, upper, max(1.5, fg.eye_h * (0.32 if female else 0.22)), 0.6)
        c.paint(lash * 0.9, (0.05, 0.05, 0.06))
        c.paint(line_mask(shape, lower[3:-3], 1, 0.6) * 0.25, (0.2, 0.2, 0.25))
        crease = upper.copy()
        crease[:, 1] -= fg.eye_h * (0.9 + 0.2 * who.traits["eye_opening"])
        c.paint(line_mask(shape, crease[2:-4], 1.2, 1.2) * 0.18, (0.15, 0.15, 0.2))
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


def brows(
    c: FaceCanvas, fg: FaceGeometry, who: Identity, colour: tuple[float, float, float]
) -> None:
    tr = who.traits
    female = who.sex == "F"
    thick = fg.eye_w * (0.18 + 0.22 * tr["brow_thickness"]) * (0.75 if female else 1.0)
    for side in (-1, 1):
        ex = fg.fx + side * fg.eye_gap
        u = np.linspace(-1.05, 1.2, 20)
        arch = -fg.eye_w * (0.05 + 0.35 * tr["brow_arch"]) * np.exp(-(((u - 0.35) / 0.6) ** 2))
        tilt = -fg.eye_w * 0.25 * (tr["brow_tilt"] - 0.5) * u
        ys = fg.brow + arch + tilt - fg.eye_w * 0.1
        xs = ex + side * u * fg.eye_w * 1.2
        width = thick * np.where(u < 0, 1.0, 1 - 0.65 * (u / 1.2) ** 2)
        top = np.stack([xs, ys - width / 2], axis=1)
        bottom = np.stack([xs, ys + width / 2], axis=1)
        m = polygon_mask((c.h, c.w), np.vstack([top, bottom[::-1]]), 1.0)
        hairs = np.clip(0.8 + 0.3 * c.noise(0.8, 1.0, (1, 2)), 0, 1)
        c.paint(m * hairs * 0.92, colour)


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
            fg.nose_w * (0.25 + 0.3 * t),
            length * 0.09,
            bridge * (0.3 + 0.7 * t) / 2.2,
        )
    tip = fg.nose_w * (0.32 + 0.22 * tr["nose_tip"])
    c.bump(tip_x, fg.nose - fg.nose_w * 0.35, tip, tip * 0.85, fg.wz * 0.1)
    skin = skin_colour(who)
    nostril = tuple(v * 0.35 for v in skin)
    for side in (-1, 1):
        c.bump(
            tip_x + side * fg.nose_w * 0.72,
            fg.nose - fg.nose_w * 0.25,
            fg.nose_w * 0.3,
            fg.nose_w * 0.28,
            fg.wz * 0.055,
        )
        t = np.linspace(0, 2 * np.pi, 20)
        pts = np.stack(
            [
                tip_x + side * fg.nose_w * 0.38 + np.cos(t) * fg.nose_w * 0.17,
                fg.nose - fg.nose_w * 0.08 + np.sin(t) * fg.nose_w * 0.08,
            ],
            axis=1,
        )
        c.paint(polygon_mask((c.h, c.w), pts, 0.8) * 0.8, nostril)
    c.gloss[:] += 0.0
    win = c.window(tip_x, fg.nose - fg.nose_w * 0.4, tip * 1.5, tip * 1.5)
    if win is not None:
        rows, cols, dx, dy = win
        c.gloss[rows, cols] += 0.35 * np.exp(-0.5 * (dx**2 + dy**2) / tip**2)


def mouth(c: FaceCanvas, fg: FaceGeometry, who: Identity, look: Look) -> None:
    tr = who.traits
    skin = np.asarray(skin_colour(who), np.float32)
    lip = skin * np.array([0.72, 0.62, 0.95], np.float32) * (0.92 if who.skin < 0.6 else 0.8)
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
    lips = polygon_mask(shape, np.vstack([upper, lower[::-1]]), 1.0)
    c.paint(lips * 0.85, lip)
    c.gloss[:] += lips * 0.25
    c.bump(mx, my - fg.lip_up * 0.5, fg.mouth_w * 0.7, fg.lip_up * 0.6, fg.wz * 0.03)
    c.bump(mx, my + fg.lip_lo * 0.55, fg.mouth_w * 0.65, fg.lip_lo * 0.55, fg.wz * 0.045)
    c.bump(mx, (fg.nose + my) / 2, fg.wz * 0.04, (my - fg.nose) * 0.3, -fg.wz * 0.012)
    c.paint(line_mask(shape, line, max(1.0, fg.lip_lo * 0.14), 0.7) * 0.85, tuple(lip * 0.35))
    for x, y in line[2:-2:3]:
        c.bump(x, y, fg.mouth_w * 0.1, fg.lip_lo * 0.12, -fg.wz * 0.02)


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
