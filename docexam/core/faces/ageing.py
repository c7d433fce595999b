"""What fifty years do to a face's forms, as relief the lamp shades: the cheek's fat slides
down over the nasolabial fold, the tear trough and the lid-cheek junction hollow under the
eyes, crow's feet fan from their corners, marionette lines run down from the mouth's corners,
jowls sag over the jaw's line beside the chin, and the neck's skin loosens into bands. A
heavier build hangs fuller jowls and a fuller neck; a lean one shows the hollows more.
(The mesh's "old" targets age the head's soft tissue broadly, geometry.aged grows the ears,
lowers the nose's tip and thins the lips, features.age_lines draws the forehead's and the
brows' lines.)"""

from __future__ import annotations

import cv2
import numpy as np

from docexam.core.faces import skinlight
from docexam.core.faces.canvas import F32, FaceCanvas, smoothstep, soft
from docexam.core.faces.geometry import FaceGeometry
from docexam.core.faces.traits import Identity, Look

# A crease's floor is a shade the soft light hardly reaches: a touch darker and warmer
# (BGR), as light that went into the skin there came out through more blood. Mostly
# darker: browner (the blue taken at twice the red) the shade of every fold read as dirt.
CREASE_TINT = np.array([0.3, 0.28, 0.24], np.float32)


def ramp(age: float, start: float, full: float) -> float:
    """0 before ``start``, 1 from ``full``, smooth between: each form has its own decades."""
    t = float(np.clip((age - start) / (full - start), 0, 1))
    return t * t * (3 - 2 * t)


def build(who: Identity, look: Look) -> float:
    """-1 lean .. 1 heavy: the photo's weight and, a little, the face's own breadth."""
    return float(np.clip(look.weight + 0.5 * (who.traits["face_width"] - 0.5), -1, 1))


def forms(c: FaceCanvas, fg: FaceGeometry, who: Identity, look: Look) -> None:
    if look.age < 30:
        return
    heavy = build(who, look)
    jowls = ramp(look.age, 42, 84)
    near = _sag(c, fg, jowls, heavy)
    # The relief added from here on is shaded too; the sag only moved what was there, and the
    # shading pass lights the jaw's edge where it now lies.
    before = c.height.copy()
    if near is not None:  # the jowls filled out
        rows, cols, weight = near
        c.height[rows, cols] += fg.wz * 0.03 * jowls * (1 + 0.6 * heavy) * weight
    _under_eyes(c, fg, ramp(look.age, 30, 78), heavy)
    _crows_feet(c, fg, ramp(look.age, 32, 75))
    _nasolabial(c, fg, who, ramp(look.age, 35, 80), heavy)
    _cheeks(c, fg, ramp(look.age, 40, 85), heavy)
    _marionettes(c, fg, ramp(look.age, 38, 80), heavy)
    _neck(c, fg, ramp(look.age, 45, 85), heavy)
    _shade(c, fg, c.height - before)


def _shade(c: FaceCanvas, fg: FaceGeometry, dh: F32) -> None:
    """The forms age brings, shaded as a studio's light from above and round the lens shows
    them: an underside (a bag's, a jowl's) holds a soft shade, the top of a roll catches a
    little light, a crease's floor sees less of the room. The shading pass lights the relief
    too, but its soft, frontal light all but flattened these shallow forms: at a portrait's
    size they read by their shade."""
    box = skinlight.box(np.abs(dh))
    if min(dh[box].shape) < 2:  # nothing, or a sliver too thin to have a slope
        return
    # Shaded as the forms are at a photo's scale: broad. Sloped pixel by pixel, every roll's
    # edge and every fold's end drew its own line, and round an old mouth they added up to
    # a lumpy, dark stubble.
    s = cv2.GaussianBlur(dh[box], (0, 0), max(1.0, fg.wz * 0.025))
    gy, gx = np.gradient(s)
    down, up = np.clip(-gy, 0, 1), np.clip(gy, 0, 1)
    hollow = np.clip(cv2.GaussianBlur(s, (0, 0), fg.wz * 0.05) - s, 0, None) / (fg.wz * 0.05)
    # A side turned from the lens loses light as the square of its slope, at these slopes:
    # linear, every roll's flank drew a line.
    dark = 0.25 * down - 0.08 * up + 0.25 * gx**2 + 0.4 * hollow
    c.albedo[box] *= 1 - np.clip(dark, -0.06, 0.2)[..., None] * CREASE_TINT / CREASE_TINT[0]


def _across(ox: F32, oy: F32, pts: np.ndarray) -> tuple[F32, F32]:
    """Per pixel (at ``ox``, ``oy``), the signed distance from the polyline ``pts`` (positive
    to the right of its direction, image axes) and the place of the nearest point along it,
    0..1. All segments at once: a loop over them was most of the ageing's time."""
    a = pts[:-1, :, None].astype(np.float32)  # segment starts, (S, 2, 1)
    seg = np.diff(pts, axis=0)[:, :, None].astype(np.float32)
    lengths = np.hypot(seg[:, 0], seg[:, 1])  # (S, 1)
    starts = np.concatenate([[0.0], np.cumsum(lengths[:, 0])]).astype(np.float32)
    px, py = ox.ravel()[None, :] - a[:, 0], oy.ravel()[None, :] - a[:, 1]
    t = np.clip((px * seg[:, 0] + py * seg[:, 1]) / np.maximum(lengths**2, 1e-6), 0, 1)
    dx, dy = px - t * seg[:, 0], py - t * seg[:, 1]
    d2 = dx * dx + dy * dy
    i = np.argmin(d2, axis=0)[None, :]

    def pick(v: F32) -> F32:
        return np.take_along_axis(v, i, axis=0)[0].reshape(ox.shape)

    cross = pick(seg[:, 0] * dy - seg[:, 1] * dx)
    signed = np.sign(cross) * np.sqrt(pick(d2))
    along = (starts[i[0]].reshape(ox.shape) + pick(t * lengths)) / starts[-1]
    return signed.astype(np.float32), along.astype(np.float32)


def fold(
    c: FaceCanvas,
    pts: np.ndarray,
    side: float,
    lift: float,
    widths: tuple[float, float],
    crease: float,
    shade: float,
    skew: float = 0.0,
    fine: float = 0.0,
) -> None:
    """A fold along ``pts``: the mass on its ``side`` (+1 right of the line's direction, -1
    left) rises ``lift`` px within ``widths[0]`` of the line and rounds off over ``widths[1]``;
    between, a groove ``crease`` px deep whose floor is shaded by ``shade``. Both fade out
    towards the line's ends (``skew`` > 0 weights it towards its start). ``fine`` sets how
    deep the groove is in the fine relief, which is lit unblurred: a crease a pixel or two
    wide in the main relief alone is averaged away by its lighting."""
    rise, width = widths
    x0, y0 = pts.min(axis=0) - width * 1.2
    x1, y1 = pts.max(axis=0) + width * 1.2
    win = c.window((x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 2, (y1 - y0) / 2)
    if win is None:
        return
    rows, cols, ox, oy = win
    d, t = _across(ox + (x0 + x1) / 2, oy + (y0 + y1) / 2, pts)
    d *= side
    # Smooth at the ends: the pixels beyond an end all take that end as their nearest point,
    # and a fade with a slope there drew a straight crease out from it.
    # Over nearly half the line at each end: a short fold (a marionette line) that rose within
    # a few pixels of its ends stood as a block with square corners.
    ends = smoothstep(0, 0.45, t) * smoothstep(1, 0.55, t) * (1 + skew * (0.5 - t))
    # The mass rises steeply from the crease and rounds off slowly into the cheek.
    mass = smoothstep(-rise * 0.3, rise, d) * smoothstep(width, rise, d)
    groove = np.exp(-0.5 * (d / max(rise * 0.4, 1.2)) ** 2)
    # Skin has no corners: the form softened by a share of its rise (the nearest-point field
    # bends sharply where the line's end caps meet its sides).
    dz = ((lift * mass - crease * groove) * ends).astype(np.float32)
    c.height[rows, cols] += cv2.GaussianBlur(dz, (0, 0), max(0.6, rise * 0.3))
    c.albedo[rows, cols] *= 1 - (shade * groove * ends)[..., None] * CREASE_TINT / CREASE_TINT[0]
    if fine > 0:
        c.detail[rows, cols] -= fine * groove * ends


def _under_eyes(c: FaceCanvas, fg: FaceGeometry, k: float, heavy: float) -> None:
    """The tear trough and the lid-cheek junction: one groove curving under each eye from the
    nose's side towards the outer corner, deepest near the nose (the trough) and fading out
    under the outer corner, with the lower lid's skin puffed above it. A lean face's trough
    is the deeper; a heavy one's bags the fuller. (Half as dark as first drawn: in a booth's
    light from above, the shade under the bag read as a bruise.)"""
    if k <= 0:
        return
    lean = max(0.0, -heavy)
    for side in (-1, 1):
        ex = fg.fx + side * fg.eye_gap
        u = np.linspace(-1, 1, 9)  # inner corner .. outer corner
        x = ex + side * fg.eye_w * (0.1 + 1.0 * u)
        # From the inner corner down and out at first, then nearly level under the iris's
        # outer half, rising a little towards the outer corner.
        y = fg.eye + fg.eye_h * 0.9 + fg.eye_w * (0.3 + 0.45 * np.sin(np.pi * (u + 1) / 2.6))
        # The line runs away from the nose: the lid, above it, is its left for side +1.
        fold(
            c,
            np.stack([x, y], axis=1),
            -side,
            fg.wz * 0.022 * k * (1 + 0.3 * max(heavy, 0.0)),
            (fg.eye_w * 0.2, fg.eye_w * 0.6),
            fg.wz * 0.008 * k * (1 + 0.5 * lean),
            0.04 * k,
            skew=0.6,
        )


def _crows_feet(c: FaceCanvas, fg: FaceGeometry, k: float) -> None:
    """A few fine creases fanning from each eye's outer corner, where the lids' skin folds
    each time the eyes narrow; where they fall is the person's own (from the forehead's
    form, as its lines are)."""
    if k <= 0:
        return
    f = fg.forehead_form
    for side in (-1, 1):
        # They radiate from the outer corner but start a little way out from it: drawn from
        # one point they met in a chevron.
        ox = fg.fx + side * (fg.eye_gap + fg.eye_w * 0.95)
        for j in range(3):
            a = np.radians(side * ((j - 1) * 30 + 10 + 10 * (f - 0.5)))
            length = fg.eye_w * (0.6 + 0.15 * np.sin(5 * f + j))
            r = fg.eye_w * (0.3 + 0.08 * j) + np.linspace(0, 1, 5)[:, None] * length
            bend = np.radians(side * 6) * np.linspace(0, 1, 5)[:, None]  # curving down a little
            pts = np.hstack(
                [ox + side * np.cos(a + bend) * r, fg.eye + side * np.sin(a + bend) * r]
            )
            # Each line its own strength; fine grooves the light picks out (how a seventy-year-
            # old's eyes read as old at a passport photo's size), darker only at their floor.
            own = 0.7 + 0.3 * np.sin(7 * f + 2.1 * j + side)
            fold(
                c,
                pts,
                1,
                0.0,
                (fg.eye_w * 0.1, fg.eye_w * 0.3),
                fg.wz * 0.02 * k * own,
                0.045 * k * own,
                fine=0.6 * k * own,
            )


def _nasolabial(c: FaceCanvas, fg: FaceGeometry, who: Identity, k: float, heavy: float) -> None:
    """The cheek's fat slides down and forward with the years and hangs over the nasolabial
    fold (head.py draws the fold every adult has): a rounded roll beside a deeper crease,
    fuller on a heavy face. It passes well outside the mouth's corner: close by, its crease
    and the lip's outline read as a moustache's shadow."""
    if k <= 0:
        return
    t = np.linspace(0, 1, 10)
    # From the wing's top, where the fold meets the nose, to below the mouth's corner.
    y0, y1 = fg.nose - fg.nose_w * 0.5, fg.mouth + fg.lip_lo * 1.1
    y = y0 + (y1 - y0) * t
    gentle = 1.0 if who.sex == "M" else 0.7
    for side in (-1, 1):
        x = fg.fx + side * (
            fg.nose_w * 1.2
            + (fg.mouth_w * 1.3 - fg.nose_w * 1.2) * t
            + np.sin(np.pi * t) * fg.wz * 0.04
        )
        # The line runs down: the cheek is its right on the viewer's left (side -1).
        fold(
            c,
            np.stack([x, y], axis=1),
            -side,
            fg.wz * 0.035 * k * gentle * (1 + 0.4 * heavy),
            (fg.wz * 0.05, fg.wz * 0.35),
            fg.wz * 0.012 * k,
            0.05 * k,
            fine=0.2 * k,
        )


def _cheeks(c: FaceCanvas, fg: FaceGeometry, k: float, heavy: float) -> None:
    """Under the cheekbones the face's fat thins with age: a lean face hollows there, the
    cheekbone standing over a soft shade; a full face keeps its cheeks."""
    lean = max(0.0, 0.3 - heavy) / 1.3
    if k <= 0 or lean <= 0:
        return
    y = fg.nose + (fg.mouth - fg.nose) * 0.35
    for side in (-1, 1):
        x = fg.fx + side * (fg.eye_gap + fg.eye_w * 0.8)
        c.bump(x, y, fg.wz * 0.11, fg.wz * 0.16, -fg.wz * 0.05 * k * lean)


def _marionettes(c: FaceCanvas, fg: FaceGeometry, k: float, heavy: float) -> None:
    """From each corner of the mouth a short line runs down and out towards the jowl, the
    cheek beside it hanging a little over the chin's side: the corners seem to turn down."""
    if k <= 0 or fg.mesh is None:
        return
    p = fg.mesh.points
    drop = fg.chin - fg.mouth
    for side, name in ((-1, "mouth_r"), (1, "mouth_l")):
        mx, my = p[name]
        t = np.linspace(0, 1, 8)
        x = mx + side * fg.mouth_w * (0.04 + 0.3 * t**2)
        y = my + fg.lip_lo * 0.1 + drop * 0.55 * t
        # The line runs down: the cheek's side is its right on the viewer's left (side -1).
        fold(
            c,
            np.stack([x, y], axis=1),
            -side,
            fg.wz * 0.04 * k * (1 + 0.4 * heavy),
            (fg.mouth_w * 0.25, fg.mouth_w * 0.8),
            fg.wz * 0.006 * k,
            0.03 * k,
        )


def _sag(
    c: FaceCanvas, fg: FaceGeometry, k: float, heavy: float
) -> tuple[slice, slice, F32] | None:
    """Jowls: the jaw's line softens and sags beside the chin, the cheek's lower fat hanging
    over the mandible's edge between the chin, which stays, and the jaw's angle. The skin
    there is drawn down, relief and colour together, so the jaw's lower edge (the face's
    colour against the neck's, and the lamp's shade under it) bulges down beside the chin
    with a notch between it and the chin, and its crisp edge goes soft. Gives the window and
    the jowls' weight in it."""
    hd = fg.mesh
    if k <= 0 or hd is None:
        return None
    p = hd.points
    drop = fg.chin - fg.mouth
    angle = abs(p["gonion_l"][0] - p["gonion_r"][0]) / 2
    span = max(angle - fg.wch, fg.wz * 0.1)
    win = c.window(fg.fx, fg.chin - drop * 0.2, fg.wch + span * 2.2, drop * 0.8)
    if win is None:
        return None
    rows, cols, ox, oy = win
    ys = oy + fg.chin - drop * 0.2
    # The jaw's lower edge per column: the face's coverage's foot.
    inside = hd.head[rows, cols] > 0.5
    foot = (
        np.where(
            inside.any(axis=0),
            rows.start + inside.shape[0] - 1 - np.argmax(inside[::-1], axis=0),
            fg.chin,
        )[None, :]
        - drop * 0.05
    )
    near = np.zeros_like(ox)
    for side in (-1, 1):
        across = ox - side * (fg.wch + span * 0.4)
        # Steep towards the chin (the notch), long towards the jaw's angle; it hangs only a
        # little below the jaw's edge.
        sx = np.where(across * side < 0, span * 0.28, span * 0.5)
        sy = np.where(ys < foot, drop * 0.35, drop * 0.1)
        near += np.exp(-0.5 * ((across / sx) ** 2 + ((ys - foot) / sy) ** 2))
    # Only on the figure: beside the jaw's angle the face's colour dragged down past its
    # outline showed as a patch of skin on the backdrop.
    near *= soft(c.person[rows, cols], 1.5)
    sag = (drop * 0.12 * k * (1 + 0.6 * heavy) * near).astype(np.float32)
    h, w = near.shape
    mx = np.broadcast_to(np.arange(w, dtype=np.float32)[None, :], (h, w))
    my = np.arange(h, dtype=np.float32)[:, None] - sag
    mx, my = np.ascontiguousarray(mx), np.ascontiguousarray(my)
    for a in (c.height, c.albedo, c.detail):
        a[rows, cols] = cv2.remap(
            np.ascontiguousarray(a[rows, cols]),
            mx,
            my,
            cv2.INTER_LINEAR,
            None,
            cv2.BORDER_REPLICATE,
        )
    rel = c.height[rows, cols]
    rel += (cv2.GaussianBlur(rel, (0, 0), fg.wz * 0.04) - rel) * near * 0.6 * k
    return rows, cols, near


def _neck(c: FaceCanvas, fg: FaceGeometry, k: float, heavy: float) -> None:
    """An older neck's skin is loose: two soft upright bands (the platysma's edges) from under
    the chin, the hollow between them; on a heavy build a fuller roll under the chin."""
    if k <= 0:
        return
    reach = fg.wz * 0.9
    top = fg.chin + fg.wz * 0.05
    win = c.window(fg.fx, top + reach / 2, fg.wch * 2.5, reach / 2)
    if win is None:
        return
    rows, cols, ox, oy = win
    down = np.clip((oy + reach / 2) / reach, 0, 1)
    fade = smoothstep(0, 0.1, down) * smoothstep(1, 0.45, down)
    lean = 1 - 0.6 * max(heavy, 0.0)
    bands = np.zeros_like(ox)
    for side in (-1, 1):
        x = side * fg.wch * (0.45 + 0.35 * down)
        bands += np.exp(-0.5 * ((ox - x) / (fg.wz * 0.045)) ** 2)
    form = fg.wz * 0.02 * lean * bands
    if heavy > 0:
        form += (
            fg.wz
            * 0.04
            * heavy
            * np.exp(-0.5 * ((ox / (fg.wch * 0.8)) ** 2 + ((down - 0.2) / 0.1) ** 2))
        )
    c.height[rows, cols] += form * k * fade
    # Seen in a soft frontal light the cords are a gentle relief: each crest catches a little
    # more light, the throat's hollow between them holds a soft shade. (As relief alone the
    # lamp all but flattened them; drawn as dark lines they read as a striped sock.)
    hollow = np.exp(-0.5 * (ox / (fg.wch * (0.3 + 0.3 * down))) ** 2)
    tone = (0.04 * lean * bands - 0.035 * hollow) * k * fade
    # (On the neck's paint too, which head.py lays under the jaw after the face's forms.)
    for paint in (c.albedo, c.neck_skin):
        paint[rows, cols] *= (1 + tone)[..., None]
