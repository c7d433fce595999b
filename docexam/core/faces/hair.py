"""Hair and beard: a volume over the skull with strands, a hairline of the identity's form."""

from __future__ import annotations

import cv2
import numpy as np

from docexam.core.faces.canvas import F32, FaceCanvas, smoothstep, soft
from docexam.core.faces.geometry import FaceGeometry
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
    c = np.asarray(COLOURS[look.hair_colour], np.float32) * 0.8
    c = c * (1 - look.grey * 0.5) + GREY * look.grey * 0.5
    return (float(c[0]), float(c[1]), float(c[2]))


def _hairline(c: FaceCanvas, fg: FaceGeometry, who: Identity, look: Look) -> F32:
    """Row of the hairline for every column: hair grows above it."""
    nx = (c.xs[0] - fg.cx) / fg.wc
    a = np.abs(nx)
    y = np.full(c.w, fg.hairline, np.float32)
    recede = 0.0
    if who.sex == "M":
        recede = float(np.clip((look.age - 30) / 40, 0, 1)) * (fg.hairline - fg.crown) * 0.8
    form = who.bucket("hairline_shape")
    if form == 1:  # rounded: lower towards the temples
        y += (fg.eye - fg.hairline) * 0.18 * a**2
    elif form == 2:  # widow's peak
        y += (fg.eye - fg.hairline) * 0.14 * np.exp(-((nx / 0.13) ** 2))
    elif form == 3:  # M: recessed temples
        y -= (fg.eye - fg.hairline) * 0.16 * np.exp(-(((a - 0.5) / 0.16) ** 2))
    y -= recede * (0.6 + 0.8 * np.exp(-(((a - 0.5) / 0.2) ** 2)))
    side = fg.eye - fg.eye_w * 0.2 if look.hair_style != "bald" else fg.eye - fg.eye_w
    return (y + (side - y) * smoothstep(0.72, 0.98, a)).astype(np.float32)


def hair_back(c: FaceCanvas, fg: FaceGeometry, look: Look) -> None:
    """Long hair falling behind the neck and shoulders."""
    if look.hair_style not in ("long", "medium"):
        return
    bottom = c.h * (0.98 if look.hair_style == "long" else 0.84)
    half = fg.wz * (1.45 if look.hair_style == "long" else 1.3)
    nx = (c.xs - fg.cx) / half
    ny = (c.ys - fg.eye) / (bottom - fg.eye)
    ends = 0.08 * c.noise(0.5, 1.0, (1, 10))  # strand ends, not a cut edge
    m = (np.abs(nx) < 1 - 0.4 * np.clip(ny, 0, 1) ** 2 + ends) & (c.ys > fg.eye) & (ny < 1 + ends)
    alpha = soft(m.astype(np.float32), 3.0) * np.clip(1 - (ny - 0.8) * 4, 0, 1)
    _strands(c, fg, alpha, look, fg.wz * 0.55, np.sqrt(np.clip(1 - nx**2, 0, 1)))


def hair_front(c: FaceCanvas, fg: FaceGeometry, who: Identity, look: Look) -> None:
    style = look.hair_style
    volume = {
        "short": 0.12,
        "cropped": 0.05,
        "side": 0.14,
        "medium": 0.2,
        "long": 0.2,
        "tied": 0.08,
        "bald": 0.03,
    }[style]
    top = fg.crown - fg.wz * volume
    half = fg.wc + fg.wz * volume
    line = _hairline(c, fg, who, look)[None, :]
    ny = (c.ys - (fg.eye - fg.eye_w)) / (fg.eye - fg.eye_w - top)
    cap = (np.abs(c.xs - fg.cx) / half) ** 2.2 + np.clip(-ny, 0, None) ** 2.2 < 1
    covered = cap & (c.ys < line)
    if style in ("long", "medium"):  # falls down the sides, in front of the ears
        reach = fg.mouth + (fg.chin - fg.mouth) * (0.9 if style == "long" else 0.2)
        outline = fg.half_width(c.ys[:, 0])[:, None]
        frame = np.abs(c.xs - fg.cx) > np.maximum(outline * 0.9, fg.wz * 0.75)
        # Hair falls in locks that taper and end unevenly: no straight outer edge or hem.
        fall = np.clip((c.ys - fg.eye) / max(1.0, reach - fg.eye), 0, 1)
        ends = fg.wz * 0.18 * c.noise(0.5, 1.0, (1, 10))
        outer = half * (1 - 0.28 * fall**2) + ends * 0.4
        sides = frame & (np.abs(c.xs - fg.cx) < outer) & (c.ys < reach + ends)
        covered |= sides & (c.ys > fg.eye - fg.eye_w)
    if style == "side":  # a side parting sweeping over one corner of the forehead
        sweep = c.ys < line + (fg.eye - fg.hairline) * 0.25 * np.clip(
            1 - (c.xs - fg.cx + fg.wz * 0.6) / fg.wz, 0, 1
        )
        covered |= cap & sweep
    if style == "bald":
        covered &= (np.abs(c.xs - fg.cx) > fg.wc * 0.7) & (c.ys > fg.crown + fg.wz * 0.4)
    alpha = soft(covered.astype(np.float32), 2.5 if style in ("long", "medium") else 1.2)
    edge = np.clip(1.0 - np.abs(c.ys - line) / (fg.wz * 0.06), 0, 1)
    thin = 1 - edge * np.clip(0.5 + 0.5 * c.noise(0.4, 1.0, (1, 2)), 0, 1)
    alpha *= np.where(c.ys < line, thin, 1.0)
    if style == "cropped" or style == "bald":
        alpha *= 0.8
    dome = np.sqrt(np.clip(1 - ((c.xs - fg.cx) / half) ** 2, 0, 1))
    _strands(c, fg, alpha, look, fg.wz * (1.2 + volume), dome, lift=fg.wz * volume * 1.5)


def _strands(
    c: FaceCanvas,
    fg: FaceGeometry,
    alpha: F32,
    look: Look,
    depth: float,
    dome: F32,
    lift: float = 0.0,
) -> None:
    colour = np.asarray(hair_colour(look), np.float32)
    # Hair is combed from the crown: strands run out from a point above the forehead and down
    # the sides, not in parallel vertical streaks (which read as brushed metal). Each strand
    # is a value of the angle round that point, wavering a little with the distance from it.
    px, py = fg.cx, fg.crown - fg.wz * 0.25
    radius = np.hypot(c.xs - px, c.ys - py)
    waver = c.noise(6.0, 0.05)
    angle = np.arctan2(c.xs - px, c.ys - py) + waver
    strands = 0.6 * _along(c, angle, 900, 1.2) + 0.4 * _along(c, angle, 240, 1.5)
    strands += 0.25 * c.noise(1.0, 1.0) * np.clip(radius / (fg.wz * 2), 0, 1)
    tone = np.clip(1 + (0.2 - 0.1 * look.grey) * strands, 0.5, 1.5)
    albedo = colour[None, None, :] * tone[..., None]
    c.paint(alpha, albedo)
    z = depth * dome + lift + strands * depth * 0.02
    c.height[:] = c.height * (1 - alpha) + np.maximum(c.height, z) * alpha
    c.gloss[:] = c.gloss * (1 - alpha) + alpha * 0.35
    c.person = np.maximum(c.person, alpha)


def beard(c: FaceCanvas, fg: FaceGeometry, look: Look) -> None:
    if look.beard == "none":
        return
    dx = c.xs - fg.fx
    ys = c.ys
    jaw = fg.half_width(ys[:, 0])[:, None]
    inside = np.abs(c.xs - fg.cx) < jaw
    lips = (
        (np.abs(dx) < fg.mouth_w * 1.0)
        & (ys > fg.mouth - fg.lip_up * 1.1)
        & (ys < fg.mouth + fg.lip_lo * 1.05)
    )
    moustache = (
        (np.abs(dx) < fg.mouth_w * 1.1)
        & (ys > fg.nose + fg.nose_w * 0.15)
        & (ys < fg.mouth - fg.lip_up * 0.8)
    )
    chin = (np.abs(dx) < fg.mouth_w * 0.85) & (ys > fg.mouth + fg.lip_lo)
    cheeks = ys > fg.nose - (fg.nose - fg.eye) * 0.1 + np.maximum(0, (fg.wz - np.abs(dx))) * 0.2
    region = {
        "stubble": inside & (cheeks | moustache),
        "moustache": moustache,
        "goatee": inside & (moustache | chin),
        "full": inside & (cheeks | moustache),
    }[look.beard] & ~lips
    alpha = soft(region.astype(np.float32), 2.0 if look.beard != "stubble" else 3.0)
    dots = np.clip(0.5 + c.noise(0.3), 0, 1)
    alpha *= (0.35 + 0.2 * dots) if look.beard == "stubble" else (0.75 + 0.25 * dots)
    colour = np.asarray(hair_colour(look), np.float32)
    c.paint(alpha, colour)
    if look.beard == "full":
        c.height[:] += alpha * fg.wz * 0.05


def _along(c: FaceCanvas, angle: F32, count: int, sigma: float) -> F32:
    """Noise that depends only on ``angle`` (radians): ``count`` strands round the circle."""
    line = c.g.standard_normal(count + 8, dtype=np.float32)
    line = cv2.GaussianBlur(line[None, :], (0, 0), sigma, sigmaY=0.01)[0]
    line /= max(1e-6, float(line.std()))
    pos = (angle / (2 * np.pi) + 0.5) * count
    i = np.floor(pos).astype(np.int32) % count
    t = (pos - np.floor(pos)).astype(np.float32)
    return (line[i] * (1 - t) + line[i + 1] * t).astype(np.float32)
