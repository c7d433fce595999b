"""Hair and beard: a volume over the skull with strands, a hairline of the identity's form."""

from __future__ import annotations

import cv2
import numpy as np

from docexam.core.domain.seeds import rng
from docexam.core.faces.canvas import F32, FaceCanvas, line_mask, smoothstep, soft
from docexam.core.faces.geometry import FaceGeometry
from docexam.core.faces.head import skin_colour
from docexam.core.faces.traits import Identity, Look

COLOURS = {
    "black": (0.045, 0.045, 0.055),
    "dark brown": (0.06, 0.085, 0.13),
    "brown": (0.09, 0.15, 0.24),
    "auburn": (0.08, 0.16, 0.34),
    "light brown": (0.2, 0.3, 0.42),
    "blond": (0.36, 0.55, 0.7),
}
GREY = np.array([0.66, 0.67, 0.69], np.float32)


def hair_colour(look: Look) -> tuple[float, float, float]:
    c = np.asarray(COLOURS[look.hair_colour], np.float32) * (1 - look.grey) + GREY * look.grey
    return (float(c[0]), float(c[1]), float(c[2]))


def brow_colour(look: Look) -> tuple[float, float, float]:
    # Brows are darker than the hair, markedly so on fair heads.
    c = np.asarray(COLOURS[look.hair_colour], np.float32)
    c = c * (0.8 if float(c.mean()) < 0.2 else 0.55)
    c = c * (1 - look.grey * 0.35) + GREY * 0.8 * look.grey * 0.35
    return (float(c[0]), float(c[1]), float(c[2]))


def _hairline(c: FaceCanvas, fg: FaceGeometry, who: Identity, look: Look) -> F32:
    """Row of the hairline for every column: hair grows above it."""
    nx = (c.xs[0] - fg.cx) / fg.wc
    a = np.abs(nx)
    y = np.full(c.w, fg.hairline, np.float32)
    recede = _receding(who, look) * (fg.hairline - fg.crown) * 0.8
    form = who.bucket("hairline_shape")
    if form == 1:  # rounded: lower towards the temples
        y += (fg.eye - fg.hairline) * 0.18 * a**2
    elif form == 2:  # widow's peak
        y += (fg.eye - fg.hairline) * 0.14 * np.exp(-((nx / 0.13) ** 2))
    elif form == 3:  # M: recessed temples
        y -= (fg.eye - fg.hairline) * 0.16 * np.exp(-(((a - 0.5) / 0.16) ** 2))
    y -= recede * (0.6 + 0.8 * np.exp(-(((a - 0.5) / 0.2) ** 2)))
    style = worn_style(who, look)
    side = fg.eye - fg.eye_w * 0.2 if style != "bald" else fg.eye - fg.eye_w
    # Short hair shows the temples; the sideburns are a narrow strip in front of the ear.
    start = 0.8 if style in ("short", "cropped", "side", "tied") else 0.72
    return (y + (side - y) * smoothstep(start, 1.0, a)).astype(np.float32)


def _receding(who: Identity, look: Look) -> float:
    """How far a man's hairline has gone back with age: 0 not at all .. 1 far."""
    return float(np.clip((look.age - 30) / 40, 0, 1)) if who.sex == "M" else 0.0


def _texture(who: Identity) -> float:
    """How much a person's hair waves: 0 straight .. 1 tightly curled (it grows that way)."""
    g = rng("hair-texture", who.seed)
    if who.skin > 0.7 and g.random() < 0.7:
        return 1.0
    return float(g.choice([0.0, 0.0, 0.0, 0.35, 0.35, 0.7]))


# Women wear the short styles longer: a side parting is a bob, short hair a pixie cut.
WOMEN = {"side": "bob", "short": "pixie", "cropped": "pixie"}
REACH = {"long": 1.6, "medium": 0.6, "bob": 0.05, "pixie": -0.9}  # x (chin - mouth) below mouth


def worn_style(who: Identity, look: Look) -> str:
    if who.sex == "F":
        return WOMEN.get(look.hair_style, look.hair_style)
    return look.hair_style


def _parting(fg: FaceGeometry, style: str, g: np.random.Generator) -> float:
    """Column of the parting (or of the crown, where hair is combed back from)."""
    if style in ("side", "bob"):
        return fg.cx + float(g.choice([-1, 1])) * fg.wc * 0.45
    if style in ("medium", "long", "pixie"):
        return fg.cx + float(g.choice([0, 0, -1, 1])) * fg.wc * float(g.uniform(0.25, 0.45))
    return fg.cx


def hair_back(c: FaceCanvas, fg: FaceGeometry, who: Identity, look: Look) -> None:
    """Long hair falling behind the neck onto (and behind) the shoulders."""
    style = worn_style(who, look)
    if style == "tied":  # a bun at the back of the head shows above the crown
        r = fg.wz * 0.33
        bun = soft(
            (np.hypot(c.xs - fg.cx, (c.ys - fg.crown + fg.wz * 0.02) * 1.2) < r).astype(np.float32),
            1.5,
        )
        dome = np.sqrt(np.clip(1 - ((c.xs - fg.cx) / r) ** 2, 0, 1))
        _strands(c, fg, who, bun, look, fg.wz * 0.4, dome, fg.cx)
        return
    if style not in ("long", "medium"):
        return
    bottom = c.h * (1.05 if look.hair_style == "long" else 0.86)
    half = fg.wz * (1.5 if look.hair_style == "long" else 1.32)
    nx = (c.xs - fg.cx) / half
    ny = (c.ys - fg.eye) / (bottom - fg.eye)
    ends = 0.06 * c.noise(0.6, 1.0, (1, 12))  # strand ends, not a cut edge
    # Its top is the back of the head, round, hidden mostly by the hair in front.
    over = np.clip((fg.eye - c.ys) / (fg.eye - fg.crown + fg.wz * 0.1), 0, None)
    m = (np.abs(nx) ** 2 + over**2 < (1 - 0.25 * np.clip(ny, 0, 1) ** 2 + ends) ** 2) & (
        ny < 1 + ends
    )
    alpha = soft(m.astype(np.float32), 2.0)
    part = _parting(fg, style, rng("parting", who.seed, look.hair_style))
    _strands(c, fg, who, alpha, look, fg.wz * 0.5, np.sqrt(np.clip(1 - nx**2, 0, 1)), part)


def hair_front(c: FaceCanvas, fg: FaceGeometry, who: Identity, look: Look) -> None:
    style = worn_style(who, look)
    curl = _texture(who)
    volume = {
        "short": 0.1,
        "cropped": 0.04,
        "side": 0.12,
        "medium": 0.16,
        "long": 0.16,
        "tied": 0.06,
        "bald": 0.03,
        "bob": 0.16,
        "pixie": 0.13,
    }[style] * (1 + 0.8 * curl)
    top = fg.crown - fg.wz * volume
    half = fg.wc + fg.wz * volume
    line = _hairline(c, fg, who, look)[None, :]
    ny = (c.ys - (fg.eye - fg.eye_w)) / (fg.eye - fg.eye_w - top)
    lumpy = 1 + (0.04 * c.noise(8.0, 1.0) + 0.03 * c.noise(3.0, 1.0)) * (
        0.6 + curl
    )  # no compass-drawn skull
    cap = (np.abs(c.xs - fg.cx) / half) ** 2.2 + np.clip(-ny, 0, None) ** 2.2 < lumpy
    covered = cap & (c.ys < line)
    if style in REACH:  # falls down the sides, over the ears, framing the face
        reach = fg.mouth + (fg.chin - fg.mouth) * REACH[style]
        outline = fg.half_width(np.minimum(c.ys[:, 0], fg.gonion))[:, None]
        fall = np.clip((c.ys - fg.eye) / max(1.0, reach - fg.eye), 0, 1)
        ends = fg.wz * 0.16 * c.noise(0.5, 1.0, (1, 10))
        inner = outline * (0.9 + 0.12 * fall) + fg.wz * 0.02 * c.noise(3.0, 1.0, (1, 4))
        outer = half * (1 + 0.05 * fall) + ends * 0.3
        ax = np.abs(c.xs - fg.cx)
        sides = (ax > inner) & (ax < outer) & (c.ys < reach + ends) & (c.ys > fg.hairline)
        covered |= sides
    if style in ("side", "bob"):  # a side parting sweeping over one corner of the forehead
        sweep = c.ys < line + (fg.eye - fg.hairline) * 0.25 * np.clip(
            1 - (c.xs - fg.cx + fg.wz * 0.6) / fg.wz, 0, 1
        )
        covered |= cap & sweep
    if style == "bald":
        covered &= (np.abs(c.xs - fg.cx) > fg.wc * 0.7) & (c.ys > fg.crown + fg.wz * 0.4)
    alpha = soft(covered.astype(np.float32), 1.5 if style in REACH else 1.0)
    # The hairline is not a cut: hairs thin out over a few millimetres.
    # A receding hairline is not a cut either: the hair in front thins over a wide band before
    # the scalp shows, rather than a bald strip bordered by a full mat.
    thinning = _receding(who, look)
    band = fg.wz * (0.1 + 0.3 * thinning)
    edge = np.clip(1.0 - (line - c.ys) / band, 0, 1) * (c.ys < line)
    alpha *= 1 - (0.75 + 0.15 * thinning) * edge ** (1.5 - 0.6 * thinning)
    if style in ("cropped", "bald"):
        alpha *= 0.75
    dome = np.sqrt(np.clip(1 - ((c.xs - fg.cx) / half) ** 2, 0, 1))
    part = _parting(fg, style, rng("parting", who.seed, look.hair_style))
    # Hair lies flat where it grows from the forehead and temples: no cliff (and no shadow
    # band) at the hairline.
    rise = smoothstep(0, fg.wz * 0.6, line - c.ys)
    flat = np.where(c.ys < line, rise, 1.0).astype(np.float32)
    _strands(
        c, fg, who, alpha, look, fg.wz * (1.2 + volume), dome, part, fg.wz * volume * 1.5, flat
    )
    if part != fg.cx and style != "bald":  # the parting shows a line of scalp
        skin = np.asarray(skin_colour(who), np.float32)
        pts = np.array([[part, fg.hairline + 2], [part + (fg.cx - part) * 0.15, fg.crown]])
        c.paint(line_mask((c.h, c.w), pts, 1, 0.8) * 0.5 * alpha, skin * 0.8)


def _strands(
    c: FaceCanvas,
    fg: FaceGeometry,
    who: Identity,
    alpha: F32,
    look: Look,
    depth: float,
    dome: F32,
    part: float,
    lift: float = 0.0,
    flat: F32 | None = None,
) -> None:
    """Hair as thousands of single strands over a darker mass, each following the way hair
    falls: out from the parting or crown, then down under its weight; waving if it curls."""
    colour = np.asarray(hair_colour(look), np.float32)
    g = c.g
    curl = _texture(who)
    ys, xs = np.nonzero(alpha > 0.25)
    if len(xs) == 0:
        return
    count = int(min(3500, len(xs) / (6 if curl < 0.9 else 4)))
    pick = g.integers(0, len(xs), count)
    px, py = float(part), fg.crown - fg.wz * 0.45
    steps = 7 if curl < 0.9 else 3
    step = fg.wz * (0.06 if curl < 0.9 else 0.035)
    x = xs[pick].astype(np.float32) + g.uniform(-0.5, 0.5, count).astype(np.float32)
    y = ys[pick].astype(np.float32)
    phase = g.uniform(0, 2 * np.pi, count)
    freq = 0.9 + 0.4 * g.random(count)
    path_x, path_y = [x.copy()], [y.copy()]
    for k in range(steps):
        rx, ry = x - px, y - py
        r = np.hypot(rx, ry) + 1e-3
        fall = np.clip((r - fg.wz * 0.4) / (fg.wz * 1.4), 0, 1) ** 1.5
        dx, dy = rx / r * (1 - fall), ry / r * (1 - fall) + fall
        d = np.hypot(dx, dy) + 1e-6
        dx, dy = dx / d, dy / d
        wave = (0.25 + 1.6 * curl) * np.sin(phase + k * freq * (1 + 2.5 * curl))
        x = x + (dx - dy * wave) * step
        y = y + (dy + dx * wave) * step
        path_x.append(x.copy())
        path_y.append(y.copy())
    paths = np.stack([np.stack(path_x, 1), np.stack(path_y, 1)], axis=2)
    light = np.zeros((c.h, c.w), np.float32)
    dark = np.zeros((c.h, c.w), np.float32)
    pts = np.round(paths * 8).astype(np.int32)
    half = count // 2
    cv2.polylines(light, list(pts[:half]), False, 1.0, 1, cv2.LINE_AA, 3)
    cv2.polylines(dark, list(pts[half:]), False, 1.0, 1, cv2.LINE_AA, 3)
    # Float images take no anti-aliasing: a slight blur stands in for it.
    light, dark = soft(np.minimum(light, 1), 0.5), soft(np.minimum(dark, 1), 0.5)
    # The mass is darker than single strands (light is lost between them); strands are lighter
    # or darker than the mass, and the whole is lit as a rough, fibrous volume.
    pale = float(np.mean(colour))
    shade = max(0.0, 0.35 - 0.9 * pale)  # fair and grey hair shows no dark between strands
    tone = 0.85 + (0.4 - 0.25 * pale + 0.8 * max(0.0, 0.15 - pale)) * light - shade * dark
    tone = tone + 0.06 * c.noise(3.0)
    albedo = colour[None, None, :] * tone[..., None]
    # Stray hairs soften the hair's silhouette against the background.
    wide = np.maximum(alpha, soft(alpha, 2.5) * np.maximum(light, dark) * 0.9)
    c.paint(wide, albedo)
    # Hair lies on what is under it as a layer with a rounded edge: drawn over the relief of
    # the head (smoothed, so it does not copy the cheek's edge) and thinning towards its own
    # border, it has no cliff for the lamp to catch as a bright seam beside the face.
    reach = max(3, int(fg.wz * 0.3)) | 1
    disc = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (reach, reach))
    under = cv2.GaussianBlur(cv2.dilate(c.height, disc), (0, 0), fg.wz * 0.1)
    body = smoothstep(0.5, 0.95, soft(alpha, fg.wz * 0.05))
    # Hanging hair gathers into locks a finger wide: relief along the fall, not across.
    locks = c.noise(1.5, 1.0, (1, 6)) * (1 - dome) * fg.wz * 0.025
    z = np.maximum(under + fg.wz * 0.06 + locks, depth * dome + lift)
    z = c.height + (z - c.height) * body + (light - dark) * depth * 0.004
    if flat is not None:
        z = c.height + (z - c.height) * (0.1 + 0.9 * flat)
    c.height[:] = c.height * (1 - wide) + z * wide
    # Hair's highlight runs across the strands, round the skull; where locks hang down the
    # sides a tight one would run along them as a stripe.
    c.gloss[:] = c.gloss * (1 - wide) + wide * (0.35 + 0.25 * light) * (0.35 + 0.65 * dome)
    c.person = np.maximum(c.person, wide)


def beard(c: FaceCanvas, fg: FaceGeometry, look: Look) -> None:
    """A beard of short hairs over a thinner mass, dense on the chin and lip, thinning up the
    cheeks along a line from the sideburn to the mouth's corner."""
    if look.beard == "none":
        return
    dx = c.xs - fg.fx
    ax = np.abs(dx)
    ys = c.ys
    jaw = fg.half_width(ys[:, 0])[:, None]
    inside = smoothstep(0, fg.wz * 0.04, jaw - np.abs(c.xs - fg.cx))
    lips = (
        (ax < fg.mouth_w * 1.0)
        & (ys > fg.mouth - fg.lip_up * 1.1)
        & (ys < fg.mouth + fg.lip_lo * 1.05)
    )
    # The moustache follows the upper lip and droops at the corners; a goatee's chin patch
    # is rounded.
    bend = (ax / fg.mouth_w) ** 2
    lip_top = fg.nose + fg.nose_w * 0.25 + bend * fg.wz * 0.04
    moustache = smoothstep(lip_top, lip_top + fg.wz * 0.04, ys) * smoothstep(
        fg.mouth_w * 1.2, fg.mouth_w * 0.95, ax
    )
    moustache *= smoothstep(
        fg.mouth - fg.lip_up * 0.2, fg.mouth - fg.lip_up * 0.7, ys - bend * fg.lip_up * 2.2
    )
    ry = (fg.chin - fg.mouth) * 0.75
    cy = fg.mouth + fg.lip_lo * 0.9 + ry
    chin = smoothstep(1.05, 0.8, np.hypot(dx / (fg.mouth_w * 0.8), (ys - cy) / ry))
    top = fg.mouth - fg.lip_up - np.maximum(0, ax - fg.mouth_w * 0.9) * 1.1
    top = np.maximum(top, fg.ear_y - fg.ear_len * 0.3)
    cheeks = smoothstep(0, fg.wz * 0.14, ys - top)
    region = (
        {
            "stubble": np.maximum(cheeks, moustache),
            "moustache": moustache,
            "goatee": np.maximum(moustache, chin),
            "full": np.maximum(cheeks, moustache),
        }[look.beard]
        * inside
        * ~lips
    )
    alpha = soft(region.astype(np.float32), 1.5)
    colour = np.asarray(hair_colour(look), np.float32)
    stubble = look.beard == "stubble"
    c.paint(alpha * (0.3 if stubble else 0.6), colour)
    g = c.g
    ys_, xs_ = np.nonzero(alpha > 0.15)
    if len(xs_) == 0:
        return
    count = int(len(xs_) / (3 if stubble else 2))
    pick = g.integers(0, len(xs_), count)
    keep = g.random(count) < alpha[ys_[pick], xs_[pick]]
    x, y = xs_[pick][keep].astype(np.float32), ys_[pick][keep].astype(np.float32)
    n = len(x)
    length = fg.wz * (0.012 if stubble else 0.05) * (0.6 + 0.8 * g.random(n))
    lean = np.sign(x - fg.fx) * np.clip(np.abs(x - fg.fx) / fg.wz, 0, 1) * 0.6
    ang = np.pi / 2 - lean + g.normal(0, 0.35, n)
    paths = np.stack(
        [np.stack([x, y], 1), np.stack([x + np.cos(ang) * length, y + np.sin(ang) * length], 1)],
        axis=1,
    )
    m = np.zeros((c.h, c.w), np.float32)
    cv2.polylines(m, list(np.round(paths * 8).astype(np.int32)), False, 1.0, 1, cv2.LINE_AA, 3)
    c.paint(np.minimum(m, 1) * np.float32(0.6 if stubble else 0.9), colour * 0.85)
    if look.beard == "full":
        c.height[:] += alpha * fg.wz * 0.04
        c.person = np.maximum(c.person, alpha)
