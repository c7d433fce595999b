"""The mouth: the lips' forms and colour, the philtrum above them, the corners beside them and
the shadow and groove below, as relief and albedo for the shading pass to light."""

from __future__ import annotations

import numpy as np

from docexam.core.faces.canvas import F32, FaceCanvas
from docexam.core.faces.geometry import FaceGeometry
from docexam.core.faces.patch import Patch
from docexam.core.faces.skin import skin_colour
from docexam.core.faces.traits import Identity, Look

# Where the lower lip's wet glints fall (across, down, width of the mouth's half width; weight):
# a few patches, broken as a lip's furrows break them, not one band.
LIP_GLINTS = (
    (-0.4, 0.05, 0.07, 0.6),
    (-0.17, 0, 0.09, 1.0),
    (0.16, 0.02, 0.08, 0.85),
    (0.42, 0.06, 0.06, 0.5),
)


def mouth(c: FaceCanvas, fg: FaceGeometry, who: Identity, look: Look) -> None:
    """Lips as forms: the upper lip's vermilion faces down (darker, its border a pale rolled
    edge with the cupid's bow), the lower lip is fuller and faces up (lit, a soft wet sheen),
    the line between them deepens into the corners, where the modiolus bulges; above, the
    philtrum's two ridges and groove; below, the lower lip's shadow and the mentolabial groove."""
    tr = who.traits
    skin = np.asarray(skin_colour(who), np.float32)
    lip = _lip_colour(who, look, skin)
    mx, my = fg.fx + fg.yaw_px * 0.35, fg.mouth
    if fg.mesh is not None:
        # The mesh's own mouth: a turned head's mouth moves less than its nose's tip, and
        # placed by the tip's shift the painted lips slid a few pixels past the mesh's.
        mx = fg.mesh.points["stomion"][0]
    u = np.linspace(-1, 1, 31)
    # A smile draws the corners up and back, the middle of the line hardly moves, and the
    # stretched upper lip thins: lifted evenly, a bent line read as a painted-on grin.
    lift = fg.mouth_w * 0.36 * look.smile * np.abs(u) ** 2.0
    thin = 1 - 0.3 * look.smile
    thin_lo = 1 - 0.15 * look.smile
    # Corners turn down a little on full lower lips and up on full upper ones.
    droop = fg.mouth_w * 0.05 * (tr["lip_lower"] - tr["lip_upper"]) * u**4
    # A woman's cupid's bow is a little more marked (the trait's steps stay as they are).
    bow = tr["cupid_bow"] + (0.1 if who.sex == "F" else 0.0)
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
        [line[:, 0], line[:, 1] - thin * fg.lip_up * np.clip(1 - u**2, 0, 1) ** 0.75 * profile],
        axis=1,
    )
    fullness = 0.6 - 0.2 * tr["lip_lower"]  # a full lower lip is rounder, flatter at its foot
    lower = np.stack(
        [line[:, 0], line[:, 1] + thin_lo * fg.lip_lo * np.clip(1 - u**2, 0, 1) ** fullness],
        axis=1,
    )
    base = fg.nose
    p = Patch(
        c,
        [mx - fg.mouth_w * 1.45, mx + fg.mouth_w * 1.45],
        [base - fg.nose_w * 0.2, my + fg.lip_lo * 3.2],
        3,
    )
    # The upper lip's border is a fairly crisp edge; the lower lip's fades into the skin. A
    # woman's lips are more clearly bordered than a man's (no beard's shadow blurs them), and
    # a lipstick's edge crisper still.
    define = defined(who, look)
    top = p.poly(np.vstack([upper, line[::-1]]), 0.8 * (1 - 0.3 * define))
    bottom = p.poly(np.vstack([line, lower[::-1]]), 1.3 * (1 - 0.35 * define))
    # Each pixel's place across its lip (0 at the border .. 1 at the line between the lips),
    # from the three curves at its column: the shading follows the lips' own outline.
    xs = np.arange(p.cols.start, p.cols.stop, dtype=np.float32)[None, :]
    ys = np.arange(p.rows.start, p.rows.stop, dtype=np.float32)[:, None]
    y_up, y_mid, y_lo = (np.interp(xs, line[:, 0], v[:, 1]) for v in (upper, line, lower))
    a = np.clip((ys - y_up) / np.maximum(y_mid - y_up, 1.0), 0, 1)
    b = np.clip((ys - y_mid) / np.maximum(y_lo - y_mid, 1.0), 0, 1)
    side = np.clip(np.abs(xs - mx) / fg.mouth_w, 0, 1)
    turn = 1 - 0.22 * side**2  # the lips turn back into the corners, away from the light
    # The upper lip faces down: its rolled border catches the light, and it darkens as it
    # turns in towards the line, a gradient, not a flat band of one colour.
    up_shade = (0.97 - 0.3 * a**1.3) * turn
    # The lower lip faces up: in the upper lip's shade where they meet, brightest a third of
    # the way down its front, and turning under at its foot.
    # Across, it swells in two soft lobes either side of a faint dip in the middle.
    rel = (xs - mx) / fg.mouth_w
    lobes = (
        1 + 0.05 * np.exp(-(((np.abs(rel) - 0.3) / 0.2) ** 2)) - 0.04 * np.exp(-((rel / 0.07) ** 2))
    )
    lo_shade = (
        (0.86 + 0.2 * np.exp(-(((b - 0.38) / 0.28) ** 2)) - 0.08 * b**3)
        * (turn - 0.08 * side**2)
        * lobes
    )
    # The upper lip's tubercle, its fullest part, bulges forward into the light in the middle.
    up_shade = up_shade * (1 + 0.07 * np.exp(-((rel / 0.16) ** 2) - ((a - 0.55) / 0.35) ** 2))
    # Its colour fades out towards its foot, where a lower lip has no crisp border, and both
    # lips' colour into the corners, where the vermilion narrows into the cheek's skin.
    fade = 1 - 0.4 * side**5
    cover = 0.06 * define
    p.paint(bottom * (0.88 + cover - 0.5 * b**2.5) * fade, lip * lo_shade[..., None])
    p.paint(top * (0.9 + cover) * fade, lip * up_shade[..., None])
    c.bump(mx, my - fg.lip_up * 0.5, fg.mouth_w * 0.75, fg.lip_up * 0.35, fg.wz * 0.03)
    c.bump(
        mx,
        my + fg.lip_lo * 0.6,
        fg.mouth_w * 0.68,
        fg.lip_lo * 0.65,
        fg.wz * (0.035 + 0.025 * tr["lip_lower"]),
    )
    _lip_surface(c, p, top + bottom, xs, ys, mx)
    # A soft wet highlight on the lower lip's front, broken in the middle, and a faint one
    # on the upper lip's bow.
    # Broken into a few patches, as a lip's furrows break a real one.
    glow = p.spots(
        [
            (
                mx + fg.mouth_w * du,
                my + fg.lip_lo * (0.38 + dv),
                fg.mouth_w * sx,
                fg.lip_lo * 0.15,
                k,
            )
            for du, dv, sx, k in LIP_GLINTS
        ]
    )
    # A lipstick's film is a little glossier than a bare lip (more, and a photo's lips read as
    # wet plastic).
    shine = 1 + 0.1 * look.makeup
    p.paint(glow * bottom * 0.2 * shine, np.minimum(1, lip * 1.2 + 0.03))
    bow_glint = p.spots(
        [
            (
                mx + s * fg.mouth_w * peaks,
                my - fg.lip_up * 0.55,
                fg.mouth_w * 0.1,
                fg.lip_up * 0.15,
                1.0,
            )
            for s in (-1, 1)
        ]
    )
    # A lip is wet, not oily: no broad skin sheen over it, only the patches' tight glints (a
    # sheen across its whole width drew a white band).
    wet = np.minimum(top + bottom, 1)
    gloss = c.gloss[p.rows, p.cols]
    gloss += (0.04 + (glow * bottom * 0.16 + bow_glint * top * 0.08) * shine - gloss) * wet
    # The vermilion border: the skin just above the upper lip's edge is a pale rolled ridge.
    p.paint(
        p.stroke((upper - np.array([0, 1.0]))[4:-4], 1 - 0.5 * u[4:-4] ** 2, 0.9)
        * (0.26 + 0.1 * define),
        np.minimum(1, skin * 1.1),
    )
    _philtrum(c, p, fg, skin, mx, float(np.interp(0, u, upper[:, 1])), peaks)
    # Between the lips a dark line, fine in the middle and darkest in the corners, where the
    # lips part into the cheeks.
    k = np.abs(u)
    # It tapers out at the very ends, where the corners' pits take over: run out to a point
    # it drew a painted stroke past the lips.
    ends = np.clip((1 - k) / 0.12, 0, 1) ** 0.7
    p.paint(p.stroke(line[1:-1], ((0.3 + 0.55 * k**2) * ends)[1:-1], 0.7), lip * 0.3)
    for x, y in line[2:-2:3]:
        c.bump(x, y, fg.mouth_w * 0.1, fg.lip_lo * 0.18, -fg.wz * 0.012)
    _corners(c, p, fg, skin, lip, line, look)
    if look.smile > 0:
        _cheeks(c, fg, skin, mx, look.smile)
    # Under the lower lip its underside faces the floor: a shadow, then the groove above the
    # chin (its hollow is the head's), a shade that a full lower lip deepens.
    sy = fg.lip_lo * (0.28 + 0.1 * tr["lip_lower"])
    under = p.spots(
        [
            (mx, my + fg.lip_lo * 1.3, fg.mouth_w * 0.5, sy, 1.0),
            (mx, fg.mouth + (fg.chin - fg.mouth) * 0.32, fg.mouth_w * 0.55, fg.lip_lo * 0.4, 0.5),
        ]
    )
    p.paint(under * (0.22 + 0.14 * tr["lip_lower"]), skin * 0.68)


# Lipsticks a woman wears for an ID photo, as factors on her own lips' colour (BGR): rose,
# red, berry, nude. Factors, not paints: a photo exposes a dark face up to three times
# brighter, and a fixed red read as a pink mark on it; and each darkens the lip a little and
# takes out the blue and green, so the lips stand out from the skin in tone and colour.
LIPSTICKS = (
    (0.8, 0.68, 0.96),
    (0.68, 0.58, 0.94),
    (0.74, 0.52, 0.76),
    (0.78, 0.72, 0.9),
)


def defined(who: Identity, look: Look) -> float:
    """How crisply the lips are bordered, 0 (a man's) .. 1: a woman's own, more with make-up."""
    return 0.0 if who.sex == "M" else min(1.0, 0.4 + 0.6 * look.makeup)


def _lip_colour(who: Identity, look: Look, skin: F32) -> F32:
    dark = float(np.clip((who.skin - 0.3) / 0.5, 0, 1))
    # Fair lips are the skin with more blood in it (red); dark lips are browner and a shade
    # more violet than the skin round them.
    fair = skin * np.array([0.76, 0.66, 0.93], np.float32)
    brown = skin * np.array([0.8, 0.72, 0.84], np.float32)
    lip = fair * (1 - dark) + brown * dark
    if who.sex == "F":  # a woman's lips stand out a little more from her skin, bare too
        lip = lip * np.array([0.96, 0.94, 1.0], np.float32)
    if look.makeup > 0:
        # An ID photo's lipstick is a day's, not an evening's (at full strength the lips were
        # a red mark). On a dark lip its colour needs more pigment to show after the exposure
        # lifts it.
        lip = lip * (1 + (lipstick(look) - 1) * 0.75 * look.makeup * (1 + 0.4 * dark))
    return lip


def lipstick(look: Look) -> F32:
    """The lipstick's shade: picked by the fine digits of the make-up's amount, so it stays
    with the look (the same look, the same lipstick) without a draw of its own."""
    k = int(look.makeup * 1e4) % len(LIPSTICKS)
    return np.asarray(LIPSTICKS[k], np.float32)


def _lip_surface(c: FaceCanvas, p: Patch, cover: F32, xs: F32, ys: F32, mx: float) -> None:
    """The vermilion's fine upright furrows, fanning a little from the mouth's middle: lips
    painted smooth read as plastic. In the fine relief, so the lamp picks them out."""
    fan = xs + (xs - mx) * 0.04 * (ys - ys.mean())
    furrow = np.sin(fan * 2.1 + 1.7 * np.sin(fan * 0.31)) * np.sin(fan * 0.83 + 2.0)
    c.detail[p.rows, p.cols] += np.minimum(cover, 1) * 0.035 * furrow


def _philtrum(
    c: FaceCanvas, p: Patch, fg: FaceGeometry, skin: F32, mx: float, top_y: float, peaks: float
) -> None:
    """Two ridges (the philtral columns) from the nose's base to the cupid's bow's peaks,
    parting as they fall, and the groove between them."""
    base = fg.nose
    span = top_y - base
    ridges, groove = [], []
    for t in np.linspace(0.05, 0.95, 6):
        y = base + span * t
        half = fg.nose_w * 0.16 + (fg.mouth_w * peaks - fg.nose_w * 0.16) * t**1.2
        c.bump(mx, y, half * 0.45, span * 0.12, -fg.wz * 0.02)
        groove.append((mx, y, half * 0.4, span * 0.14, 0.6))
        for s in (-1, 1):
            c.bump(mx + s * half, y, half * 0.3, span * 0.12, fg.wz * 0.016)
            ridges.append((mx + s * half, y, half * 0.22, span * 0.12, 0.5))
    p.paint(p.spots(ridges) * 0.16, np.minimum(1, skin * 1.1))
    p.paint(p.spots(groove) * 0.16, skin * 0.8)


def _corners(
    c: FaceCanvas, p: Patch, fg: FaceGeometry, skin: F32, lip: F32, line: np.ndarray, look: Look
) -> None:
    """At each corner the lips tuck into the cheek, darkest there; just outside, the modiolus
    (where the cheek's muscles knot) is a small rounded bulge with a short crease below it."""
    dark = p.spots(
        [(x, y, fg.mouth_w * 0.07, fg.lip_lo * 0.14, 1.0) for x, y in (line[2], line[-3])]
    )
    p.paint(dark * (0.4 + 0.15 * look.smile), lip * 0.3)
    age = float(np.clip((look.age - 25) / 45, 0, 1))
    for (x, y), s in ((line[0], -1), (line[-1], 1)):
        c.bump(x, y, fg.mouth_w * 0.08, fg.lip_lo * 0.3, -fg.wz * 0.022)
        mx_, my_ = x + s * fg.mouth_w * 0.14, y - fg.lip_lo * 0.05
        c.bump(mx_, my_, fg.mouth_w * 0.11, fg.lip_lo * 0.35, fg.wz * (0.012 + 0.01 * look.smile))
        bulge = p.spots([(mx_, my_ - fg.lip_lo * 0.1, fg.mouth_w * 0.08, fg.lip_lo * 0.22, 1.0)])
        p.paint(bulge * 0.07, np.minimum(1, skin * 1.08))
        t = np.linspace(0, 1, 5)
        crease = np.stack(
            [x + s * fg.mouth_w * (0.03 + 0.08 * t), y + fg.lip_lo * (0.1 + 0.6 * t)], axis=1
        )
        p.paint(
            p.stroke(crease, (0.25 + 0.35 * age) * np.sin(t * np.pi * 0.9 + 0.2), 0.9), skin * 0.6
        )


def _cheeks(c: FaceCanvas, fg: FaceGeometry, skin: F32, mx: float, smile: float) -> None:
    """A smile pushes the cheeks' fat up and out over the folds: their rounded fronts catch
    the light and flush a little. The mesh lifts them too, but the shading's broad forms are
    flattened for the studio's light and its lift alone hardly showed."""
    y = fg.nose - fg.nose_w * 0.25
    dx = fg.mouth_w * 1.3
    p = Patch(c, [mx - dx * 1.6, mx + dx * 1.6], [y - fg.nose_w, y + fg.nose_w], 3)
    apples = p.spots([(mx + s * dx, y, fg.mouth_w * 0.4, fg.nose_w * 0.45, 1.0) for s in (-1, 1)])
    p.paint(apples * 0.16 * smile, np.minimum(1, skin * np.array([1.02, 1.04, 1.1], np.float32)))
    for s in (-1, 1):
        c.bump(mx + s * dx, y, fg.mouth_w * 0.45, fg.nose_w * 0.5, fg.wz * 0.04 * smile)
