"""The mouth: the lips' forms and colour, the philtrum above them, the corners beside them and
the shadow and groove below, as relief and albedo for the shading pass to light."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from docexam.core.domain.seeds import rng
from docexam.core.faces.canvas import F32, FaceCanvas, soft
from docexam.core.faces.geometry import FaceGeometry
from docexam.core.faces.lipcolour import aged, defined, lip_colours
from docexam.core.faces.patch import Patch
from docexam.core.faces.skin import skin_colour
from docexam.core.faces.traits import Identity, Look

EASE = 0.9  # how much of the mesh's step between the lips is spread out


def mouth(c: FaceCanvas, fg: FaceGeometry, who: Identity, look: Look) -> None:
    """Lips as forms in a colour near the skin's: the upper lip's vermilion faces down
    (darker, its border a soft rolled edge with the cupid's bow that melts into the corners),
    the lower lip is fuller and faces up (lighter, a soft sheen broken by its furrows), the
    line between them deepens into the corners, where the modiolus bulges; fine upright lines
    on both lips; above, the philtrum's two ridges and groove (and with age, fine lines);
    below, the lower lip's shadow and the mentolabial groove."""
    tr = who.traits
    skin = np.asarray(skin_colour(who), np.float32)
    up_lip, lo_lip = lip_colours(who, look, skin)
    o = outline(fg, who, look)
    u, line, upper, lower, mx, my, peaks = o.u, o.line, o.upper, o.lower, o.mx, o.my, o.peaks
    g = rng("lips", who.seed)  # the lips' lines are the person's, and draw nothing from the photo's
    age = aged(look)
    base = fg.nose
    p = Patch(
        c,
        [mx - fg.mouth_w * 1.45, mx + fg.mouth_w * 1.45],
        [base - fg.nose_w * 0.2, my + fg.lip_lo * 3.2],
        3,
    )
    define = defined(who, look)
    deep = corner_depth(who)
    top, bottom = _vermilion(p, o, define, age)
    _ease_the_step(c, p, o, fg)
    # Each pixel's place across its lip (0 at the border .. 1 at the line between the lips),
    # from the three curves at its column: the shading follows the lips' own outline.
    xs = np.arange(p.cols.start, p.cols.stop, dtype=np.float32)[None, :]
    ys = np.arange(p.rows.start, p.rows.stop, dtype=np.float32)[:, None]
    y_up, y_mid, y_lo = (np.interp(xs, line[:, 0], v[:, 1]) for v in (upper, line, lower))
    a = np.clip((ys - y_up) / np.maximum(y_mid - y_up, 1.0), 0, 1)
    b = np.clip((ys - y_mid) / np.maximum(y_lo - y_mid, 1.0), 0, 1)
    rel = (xs - mx) / fg.mouth_w
    side = np.clip(np.abs(rel), 0, 1)
    turn = 1 - 0.12 * side**2  # the lips turn back into the corners, away from the light
    # The upper lip faces down and the lamp's relief darkens it already; in the albedo only
    # a gentle fall as it turns in towards the line (a steep one drew a maroon band).
    up_shade = (1.0 - 0.08 * a**1.5) * turn
    up_shade = up_shade * (1 + 0.05 * np.exp(-((rel / 0.16) ** 2) - ((a - 0.55) / 0.35) ** 2))
    # The lower lip faces up: in the upper lip's shade where they meet, lightest a third of
    # the way down its front and turning under at its foot, swelling in two soft lobes.
    lobes = (
        1 + 0.04 * np.exp(-(((np.abs(rel) - 0.3) / 0.2) ** 2)) - 0.03 * np.exp(-((rel / 0.07) ** 2))
    )
    lo_shade = (
        (0.9 + 0.08 * np.exp(-(((b - 0.38) / 0.3) ** 2)) - 0.07 * b**3)
        * (turn - 0.06 * side**2)
        * lobes
    )
    lines = _furrows(g, a, b, rel, fg.mouth_w)
    # The lines are creases in the vermilion: darker, more so on the lower lip, whose front
    # the light rakes; lipstick settles in them too, so a made-up lip keeps its texture.
    up_tex = 1 - (0.07 + 0.04 * age) * lines
    lo_tex = 1 - (0.085 + 0.05 * age) * lines
    # Colour fades out into the corners, where the vermilion narrows into the cheek's skin.
    fade = 1 - 0.55 * side**4
    cover = 0.05 * define
    p.paint(bottom * (0.86 + cover - 0.35 * b**2.5) * fade, lo_lip * (lo_shade * lo_tex)[..., None])
    p.paint(top * (0.88 + cover) * fade, up_lip * (up_shade * up_tex)[..., None])
    c.bump(mx, my - fg.lip_up * 0.5, fg.mouth_w * 0.75, fg.lip_up * 0.35, fg.wz * 0.015)
    c.bump(
        mx,
        my + fg.lip_lo * 0.6,
        fg.mouth_w * 0.68,
        fg.lip_lo * 0.65,
        fg.wz * (0.026 + 0.03 * tr["lip_lower"]),
    )
    c.detail[p.rows, p.cols] -= np.minimum(top + bottom, 1) * 0.05 * lines
    _sheen(c, p, g, top, bottom, b, rel, lines, lo_lip, look)
    _border(c, p, o, skin, define, age)
    _philtrum(c, p, fg, skin, mx, float(np.interp(0, u, upper[:, 1])), peaks, philtrum_depth(who))
    _lip_lines_above(c, p, o, g, skin, fg, float(np.clip((who.skin - 0.3) / 0.5, 0, 1)), age)
    _stomion(c, p, o, g, fg, up_lip, deep)
    _corners(c, p, fg, skin, up_lip, line, look, deep)
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
    p.paint(under * (0.18 + 0.26 * tr["lip_lower"]), skin * 0.68)


def corner_depth(who: Identity) -> float:
    """How deeply the lips' corners tuck into the cheeks, 0.5 (a faint notch where full
    lips meet the cheek flush) .. 1.6 (a dark pit): a full lower lip on a narrow mouth tucks
    in deepest. Alike on every mouth, the corners were two dark dots stamped on each face.
    From the mouth's traits the key compares (not the cupid's bow or the upper lip, too fine
    to count), so a look-alike whose mouth agrees has corners near the holder's."""
    tr = who.traits
    # Steep in the traits, which gather round their middle: spread over the whole range, not
    # most mouths' corners alike again.
    tuck = 0.5 + 2.4 * (0.6 * tr["lip_lower"] + 0.4 * (1 - tr["mouth_width"]) - 0.5)
    return 0.5 + 1.1 * float(np.clip(tuck, 0, 1))


def lip_forms(who: Identity) -> tuple[float, float]:
    """How each lip's height runs out from its tallest to the corners, as the power of the
    outline's fall (smaller: fuller out to the corners): an upper lip from about 0.3 (full and
    flat-bowed, nearly as high at the corners' way as at the peaks) to 1.4 (thin under a sharp
    bow, tapering to a point), a lower lip from a long even band to a round middle falling off
    early. One power for everyone drew one lens-shaped mouth on every face, thicker or thinner.
    From the mouth's traits only, steep in them (they gather round their middle), so the same
    mouth keeps its forms in every photo and a look-alike whose mouth agrees has them too."""
    tr = who.traits
    up = 0.8 + 2.2 * (0.55 * (tr["cupid_bow"] - 0.5) - 0.45 * (tr["lip_upper"] - 0.5))
    lo = 0.38 + 2.4 * (0.5 * (tr["mouth_width"] - 0.5) - 0.5 * (tr["lip_lower"] - 0.5))
    return float(np.clip(up, 0.3, 1.4)), float(np.clip(lo, 0.1, 0.6))


def philtrum_depth(who: Identity) -> float:
    """How marked the philtrum is, 0.35 (nearly flat, its ridges a faint sheen) .. 1.7 (two
    clear columns and a deep groove): its columns run down into the cupid's bow's peaks, and a
    sharp bow over a thin upper lip comes with marked columns, a flat bow on a full lip with a
    shallow groove. One depth on everyone drew the same groove over every mouth. From the
    mouth's traits only, so a look-alike whose mouth agrees has the holder's philtrum."""
    tr = who.traits
    mark = 0.7 * (tr["cupid_bow"] - 0.5) + 0.3 * (0.5 - tr["lip_upper"])
    return float(np.clip(1.0 + 2.4 * mark, 0.35, 1.7))


def _border(c: FaceCanvas, p: Patch, o: Outline, skin: F32, define: float, age: float) -> None:
    """The vermilion border: the skin along the upper lip's edge is a pale rolled ridge a
    pixel wide, clearest over the bow and gone before the corners, which faces up and takes
    the light; the lip's colour starts sharply under it. (Painted at a fifth of the skin's
    lightening, it was lost in the lip's blur: the skin darkened steadily over four pixels
    into the lip, and the mouth read as a smudge without an edge.)"""
    along = (1 - o.u[5:-5] ** 2) ** 2
    ridge = p.stroke((o.upper - np.array([0, 0.9]))[5:-5], along, 0.7)
    p.paint(ridge * (0.6 + 0.2 * define) * (1 - 0.4 * age), np.minimum(1, skin * 1.15))
    # In the fine relief too, which is lit unblurred: its top catches the lamp.
    c.detail[p.rows, p.cols] += ridge * 0.4 * (1 - 0.4 * age)


def _ease_the_step(c: FaceCanvas, p: Patch, o: Outline, fg: FaceGeometry) -> None:
    """The head's mesh drops from the upper lip to the lower in a step a few pixels wide,
    which the lamp lit as a cliff: the upper lip went dark in a wedge down to the line and
    cast a shadow on the lower one. A closed mouth's upper lip stands only a little in front
    of the lower: the step is spread over the lips' height round the line."""
    h = c.height[p.rows, p.cols]
    xs = np.arange(p.cols.start, p.cols.stop, dtype=np.float32)[None, :]
    ys = np.arange(p.rows.start, p.rows.stop, dtype=np.float32)[:, None]
    y_mid = np.interp(xs, o.line[:, 0], o.line[:, 1])
    reach = max(1.0, (fg.lip_up + fg.lip_lo) * 0.5)
    near = np.exp(-0.5 * ((ys - y_mid) / (reach * 0.9)) ** 2)
    across = np.clip((1.15 - np.abs(xs - o.mx) / fg.mouth_w) / 0.3, 0, 1)
    eased = cv2.GaussianBlur(h, (0, 0), reach * 0.8)
    h += (eased - h) * (near * across * EASE)


def _vermilion(p: Patch, o: Outline, define: float, age: float) -> tuple[F32, F32]:
    """Each lip's coverage. The upper lip's border is a fairly crisp edge over the bow and
    the lower lip's fades into the skin; both soften towards the corners, where the vermilion
    thins out (a border equally crisp all round read as a drawn outline). A woman's lips are
    a little more clearly bordered (no beard's shadow blurs them), a lipstick's crisper
    still, and an old lip's border blurs as it loses its roll."""
    upper_poly, lower_poly = np.vstack([o.upper, o.line[::-1]]), np.vstack([o.line, o.lower[::-1]])
    crisp = 1 - 0.3 * define + 0.4 * age
    top, top_soft = p.poly(upper_poly, 0.9 * crisp), p.poly(upper_poly, 2.2 * crisp)
    bottom, bottom_soft = p.poly(lower_poly, 1.4 * crisp), p.poly(lower_poly, 2.6 * crisp)
    xs = np.arange(p.cols.start, p.cols.stop, dtype=np.float32)[None, :]
    side = np.clip(np.abs(xs - o.mx) / max(1.0, o.line[-1, 0] - o.mx), 0, 1) ** 2
    return top + (top_soft - top) * side, bottom + (bottom_soft - bottom) * side


@dataclass(frozen=True)
class Outline:
    """The lips' three curves (the upper lip's border, the line between the lips, the lower
    lip's border), sampled at ``u`` from one corner (-1) to the other (1), in canvas pixels."""

    u: np.ndarray
    line: np.ndarray
    upper: np.ndarray
    lower: np.ndarray
    mx: float
    my: float
    peaks: float  # where the cupid's bow peaks, of the mouth's half width


def outline(fg: FaceGeometry, who: Identity, look: Look) -> Outline:
    """Where the lips lie: the geometry's mouth, its width and the lips' heights, shaped by
    the mouth's traits and the look's smile."""
    tr = who.traits
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
    up_fall, lo_fall = lip_forms(who)
    upper = np.stack(
        [line[:, 0], line[:, 1] - thin * fg.lip_up * np.clip(1 - u**2, 0, 1) ** up_fall * profile],
        axis=1,
    )
    lower = np.stack(
        [line[:, 0], line[:, 1] + thin_lo * fg.lip_lo * np.clip(1 - u**2, 0, 1) ** lo_fall],
        axis=1,
    )
    return Outline(u, line, upper, lower, mx, my, peaks)


def _furrows(g: np.random.Generator, a: F32, b: F32, rel: F32, half: float) -> F32:
    """The vermilion's fine upright lines (0..1), unevenly spaced and of uneven strength,
    fanning out from the line between the lips as a lip's creases do, strongest across the
    middle of each lip's height: lips painted smooth read as plastic."""
    grid = np.linspace(-1.6, 1.6, 800)
    out = []
    for d in (1 - a, b):  # how far up the upper lip, down the lower, from the line
        n = int(g.integers(22, 32))
        at = np.linspace(-1.15, 1.15, n) + g.normal(0, 0.25 * 2.3 / n, n)
        strength = g.uniform(0.2, 1.0, n) ** 1.5
        width = g.uniform(0.35, 0.6, n) / half  # about half a pixel
        prof = (strength * np.exp(-0.5 * ((grid[:, None] - at) / width) ** 2)).sum(axis=1)
        fan = rel / (1 + 0.45 * d)
        along = np.sin(np.pi * np.clip(0.1 + 0.85 * d, 0, 1)) ** 0.6
        out.append(np.interp(fan, grid, np.minimum(prof, 1)).astype(np.float32) * along)
    lines = np.where(b > 0, out[1], out[0]).astype(np.float32)
    return lines * np.clip(1.15 - np.abs(rel), 0, 1)


def _sheen(
    c: FaceCanvas,
    p: Patch,
    g: np.random.Generator,
    top: F32,
    bottom: F32,
    b: F32,
    rel: F32,
    lines: F32,
    lo_lip: F32,
    look: Look,
) -> None:
    """A lip is wet, not oily or varnished: a soft sheen along the lower lip's front, in a few
    patches of its own broken again by the lines (one band, or fixed spots on every mouth,
    read as plastic), and hardly any on the upper lip, which faces down."""
    spots = sum(
        (g.uniform(0.5, 1.0) * np.exp(-0.5 * ((rel - x) / g.uniform(0.1, 0.2)) ** 2))
        for x in g.uniform(-0.6, 0.6, int(g.integers(3, 6)))
    )
    band = np.exp(-0.5 * ((b - 0.36) / 0.16) ** 2) * (b > 0)
    glow = np.clip(spots, 0, 1) * band * bottom * (1 - 0.8 * lines)
    # A lipstick's film is a little glossier than a bare lip (more, and a photo's lips read as
    # wet plastic).
    shine = 1 + 0.2 * look.makeup
    p.paint(glow * 0.12, np.minimum(1, lo_lip * 1.12 + 0.02))
    wet = np.minimum(top + bottom, 1)
    gloss = c.gloss[p.rows, p.cols]
    gloss += (0.035 + glow * 0.1 * shine - gloss) * wet


def _stomion(
    c: FaceCanvas,
    p: Patch,
    o: Outline,
    g: np.random.Generator,
    fg: FaceGeometry,
    lip: F32,
    deep: float,
) -> None:
    """Between the lips a dark line, fine and faint in the middle and darkest towards the
    corners, where the lips part into the cheeks; it tapers out at the very ends, where the
    corners' pits take over (run out to a point it drew a painted stroke past the lips). Just
    below it the upper lip's overhang shades the lower lip's top."""
    k = np.abs(o.u)
    ends = np.clip((1 - k) / 0.12, 0, 1) ** 0.7
    uneven = 1 + 0.15 * np.sin(o.u * g.uniform(5, 9) + g.uniform(0, 6.3))
    # A shallow-cornered mouth's line is fainter all along.
    weight = np.minimum((0.1 + 0.1 * min(deep, 1.0) + 0.55 * deep * k**1.6) * ends * uneven, 1)
    p.paint(p.stroke(o.line[1:-1], weight[1:-1], 0.8), lip * 0.3)
    shade = p.stroke((o.line + np.array([0, 1.2]))[2:-2], (0.25 + 0.2 * k[2:-2]) * ends[2:-2], 1.4)
    p.paint(shade, lip * 0.7)
    for x, y in o.line[2:-2:3]:
        c.bump(x, y, fg.mouth_w * 0.1, fg.lip_lo * 0.18, -fg.wz * 0.006)


def _lip_lines_above(
    c: FaceCanvas,
    p: Patch,
    o: Outline,
    g: np.random.Generator,
    skin: F32,
    fg: FaceGeometry,
    dark: float,
    age: float,
) -> None:
    """With age fine upright lines cross the upper lip's border and run up into the skin
    above it, fanning outwards; fewer and fainter on a dark skin, which keeps its fullness."""
    n = int(g.integers(8, 14))
    at = g.uniform(0.12, 0.85, n) * g.choice([-1, 1], n)
    length = fg.lip_up * g.uniform(0.5, 1.2, n)
    strength = g.uniform(0.4, 1.0, n)
    amount = float(np.clip((age - 0.3) / 0.6, 0, 1)) * (1 - 0.5 * dark)
    if amount <= 0:
        return
    m = p.blank()
    for x, L, w in zip(at, length, strength, strict=True):
        y0 = float(np.interp(x, o.u, o.upper[:, 1])) + 0.6
        x0 = o.mx + x * fg.mouth_w
        t = np.linspace(0, 1, 5)
        pts = np.stack([x0 + x * 0.3 * L * t, y0 - L * t], axis=1)
        p.draw(m, pts, w * np.sin(np.pi * (0.15 + 0.8 * t)) ** 0.7)
    m = soft(m, 0.5) * amount
    p.paint(m * 0.5, skin * 0.72)
    c.detail[p.rows, p.cols] -= m * 0.05


def _philtrum(
    c: FaceCanvas,
    p: Patch,
    fg: FaceGeometry,
    skin: F32,
    mx: float,
    top_y: float,
    peaks: float,
    depth: float,
) -> None:
    """Two ridges (the philtral columns) from the nose's base to the cupid's bow's peaks,
    parting as they fall, and the groove between them, as marked as the person's ``depth``."""
    base = fg.nose
    span = top_y - base
    ridges, groove = [], []
    for t in np.linspace(0.05, 0.95, 6):
        y = base + span * t
        half = fg.nose_w * 0.16 + (fg.mouth_w * peaks - fg.nose_w * 0.16) * t**1.2
        c.bump(mx, y, half * 0.45, span * 0.12, -fg.wz * 0.02 * depth)
        groove.append((mx, y, half * 0.4, span * 0.14, 0.6))
        for s in (-1, 1):
            c.bump(mx + s * half, y, half * 0.3, span * 0.12, fg.wz * 0.016 * depth)
            ridges.append((mx + s * half, y, half * 0.22, span * 0.12, 0.5))
    p.paint(np.minimum(p.spots(ridges) * 0.16 * depth, 0.4), np.minimum(1, skin * 1.1))
    p.paint(np.minimum(p.spots(groove) * 0.16 * depth, 0.4), skin * 0.8)


def _corners(
    c: FaceCanvas,
    p: Patch,
    fg: FaceGeometry,
    skin: F32,
    lip: F32,
    line: np.ndarray,
    look: Look,
    deep: float,
) -> None:
    """At each corner the lips tuck into the cheek, darkest there; just outside, the modiolus
    (where the cheek's muscles knot) is a small rounded bulge with a short crease below it."""
    # Long and low along the line, the deeper the longer: a round spot at each corner read as
    # two dots stamped on every mouth.
    long, low = fg.mouth_w * (0.08 + 0.04 * deep), fg.lip_lo * 0.15
    dark = p.spots([(x, y, long, low, 1.0) for x, y in (line[2], line[-3])])
    p.paint(np.minimum(dark * (0.45 * deep + 0.15 * look.smile), 0.85), lip * 0.32)
    age = float(np.clip((look.age - 25) / 45, 0, 1))
    for (x, y), s in ((line[0], -1), (line[-1], 1)):
        c.bump(x, y, fg.mouth_w * 0.08, fg.lip_lo * 0.3, -fg.wz * 0.022 * deep)
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
