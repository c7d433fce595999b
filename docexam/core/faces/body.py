"""The neck, shoulders and clothes below the face."""

from __future__ import annotations

import cv2
import numpy as np
import numpy.typing as npt

from docexam.core.domain.seeds import rng
from docexam.core.faces.canvas import F32, FaceCanvas, polygon_mask, smoothstep, soft
from docexam.core.faces.geometry import FaceGeometry
from docexam.core.faces.head import face_mask
from docexam.core.faces.skin import skin_colour
from docexam.core.faces.traits import Identity, Look


def neck_width(fg: FaceGeometry, male: bool) -> float:
    """Half the neck's width at its base, where it meets the trapezius: about the span between
    the inner sides of the jaw's angles, a man's a little wider (the muscles beside the
    windpipe), a woman's slimmer."""
    return fg.wg * (0.82 if male else 0.74)


def _neck_top(fg: FaceGeometry, male: bool) -> float:
    """Half the neck's width just under the jaw: a neck tapers up into the head."""
    return neck_width(fg, male) * (0.92 if male else 0.9)


def _junction(fg: FaceGeometry, male: bool) -> float:
    """The row where the neck's sides meet the trapezius' slope: below the chin by about the
    chin's own height, a woman's a little lower (her trapezius slopes more), never a stem."""
    return fg.chin + (fg.chin - fg.mouth) * (0.7 if male else 0.78)


def _outline(fg: FaceGeometry, male: bool, h: int) -> npt.NDArray[np.float64]:
    """The neck and shoulders as one silhouette: the neck widens a little as it goes down,
    its sides flare into the trapezius, which slopes out to rounded shoulders and down the
    arms."""
    base, narrow = neck_width(fg, male), _neck_top(fg, male)
    top = _junction(fg, male)
    sw = fg.wz * (2.55 if male else 2.2)
    drop = fg.wz * (0.45 if male else 0.5)
    ax = np.linspace(0, sw * 1.25, 240)
    t = np.clip((ax - base) / (sw - base), 0, 1)
    # The trapezius leaves the neck steeply and flattens towards the shoulder (a concave
    # slope), then the arm turns down.
    y = top + drop * (1 - (1 - t) ** 1.7)
    y += np.maximum(ax - sw * 0.92, 0) ** 2 / (sw * 0.1)
    side = np.clip((ax - narrow) / max(base - narrow, 1e-3), 0, 1)
    y = np.where(ax < base, fg.gonion + (top - fg.gonion) * side, y)
    # Fillet where the neck's side meets the slope, so the two read as one body.
    k = 27
    y = np.convolve(np.pad(y, k, mode="edge"), np.ones(2 * k + 1) / (2 * k + 1), "valid")
    right = np.stack([fg.cx + ax, np.minimum(y, h + 4)], axis=1)
    left = right[::-1] * [-1, 1] + [2 * fg.cx, 0]
    return np.vstack([left, right, [[fg.cx + sw * 1.25, h + 4], [fg.cx - sw * 1.25, h + 4]]])


def shoulder_line(fg: FaceGeometry, male: bool, h: int, xs: F32) -> F32:
    """The row of the neck's and shoulders' outline above columns ``xs`` (hair hanging behind
    the shoulders goes out of sight there)."""
    outline = _outline(fg, male, h)
    right = outline[len(outline) // 2 - 1 : -2]
    return np.interp(np.abs(xs - fg.cx), right[:, 0] - fg.cx, right[:, 1]).astype(np.float32)


def _jaw_shadow(c: FaceCanvas, fg: FaceGeometry, who: Identity, look: Look, band: slice) -> F32:
    """The jaw's shadow on the neck: the jaw's outline cast down (and aside, as the lamp
    stands) by the soft box above the camera, with a soft but definite edge, lightest far
    from the jaw. Rows of ``band`` only."""
    az, el = np.radians(look.light_azimuth), np.radians(look.light_elevation)
    reach = fg.wz * 0.4  # how far the jaw stands in front of the neck
    drop = float(np.clip(reach * np.tan(el) / np.cos(az), fg.wz * 0.1, fg.wz * 0.4))
    aside = float(reach * np.tan(az))
    face = face_mask(c, fg, who, look)
    m = np.array([[1, 0, aside], [0, 1, drop]], np.float32)
    cast = cv2.warpAffine(face, m, (c.w, c.h), borderMode=cv2.BORDER_REPLICATE)[band]
    cast = soft(cast, fg.wz * 0.05)
    # Nearer the jaw the neck also sees less of the room: a glow of shade just below it.
    near = soft(face[max(0, band.start - 4) : c.h - 4], fg.wz * 0.12)
    return np.maximum(cast * 0.7, near * 0.45)


def body(c: FaceCanvas, fg: FaceGeometry, who: Identity, look: Look) -> None:
    """Shoulders in clothes and the neck, behind the face."""
    skin = skin_colour(who)
    male = who.sex == "M"
    top = fg.chin + (fg.chin - fg.mouth) * 0.3
    sw = fg.wz * (2.55 if male else 2.2)
    # Everything here lies below the jaw's angle: work on those rows only.
    band = slice(max(0, int(fg.gonion - fg.wz * 0.3)), c.h)
    figure = polygon_mask((c.h, c.w), _outline(fg, male, c.h), 1.0)[band]
    neck_w = neck_width(fg, male)
    narrow = _neck_top(fg, male)
    dx = c.xs[:1] - fg.cx
    ys = c.ys[band, :1]
    depth = fg.wz * 0.55
    # A neck is round in section, its front a little flatter (windpipe and the muscles beside
    # it): it turns away towards its sides as a cylinder does, wider as it goes down; below it
    # the trapezius falls away to the shoulders.
    half = narrow + (neck_w - narrow) * smoothstep(fg.gonion, _junction(fg, male), ys)
    across = np.clip(1 - np.abs(dx / half) ** 2.0, 0, 1) ** 0.5
    sx = np.clip(dx / (sw * 1.3), -1, 1)
    neck_z = np.maximum(depth * (0.15 + 0.45 * across), depth * (0.15 + 0.45 * np.sqrt(1 - sx**2)))
    height = c.height[band]
    height += (neck_z - height) * figure
    shade = _jaw_shadow(c, fg, who, look, band)
    # The neck is the face's skin without its flush, and its sides lie in the hair's and the
    # jaw's shade.
    sides = 1 - 0.28 * np.minimum(np.abs(dx / half), 1.2) ** 2
    tone = (0.93 + 0.025 * c.noise(6.0)[band] - 0.3 * shade) * sides
    neck_rgb = np.asarray(skin, np.float32) * np.array([1.0, 0.99, 0.97], np.float32)
    c.paint(figure, neck_rgb * tone[..., None], rows=band)
    # The two muscles from behind the ears to the top of the breastbone: faint ridges in soft
    # light, not a dark V.
    notch = top + fg.wz * 0.45
    for side in (-1, 1):
        for t in np.linspace(0.1, 0.9, 6):
            c.bump(
                fg.cx + side * narrow * (0.85 - 0.7 * t),
                fg.gonion + (notch - fg.gonion) * t,
                fg.wz * 0.12,
                fg.wz * 0.14,
                fg.wz * 0.008,
                angle=side * 30,
            )
    c.bump(fg.cx, notch, fg.wz * 0.1, fg.wz * 0.07, -fg.wz * 0.02)
    if male:  # the larynx's prominence, halfway down the throat
        c.bump(fg.cx, (fg.chin + notch) / 2, fg.wz * 0.06, fg.wz * 0.09, fg.wz * 0.025)
    c.detail[band] += figure * 0.06 * c.noise(0.9)[band]
    gloss = c.gloss[band]
    gloss += (0.06 - gloss) * figure
    np.maximum(c.person[band], figure, out=c.person[band])
    _clothes(c, fg, who, look, band, figure, top, sw, depth)


def _clothes(
    c: FaceCanvas,
    fg: FaceGeometry,
    who: Identity,
    look: Look,
    band: slice,
    figure: F32,
    top: float,
    sw: float,
    depth: float,
) -> None:
    """What the sitter wears: a round or V neckline, a shirt collar, or a jacket over a shirt
    (and tie), each with its own edges, so no two photos show the same jersey. Arrays here
    hold the rows of ``band`` only."""
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
        [(0.86, 0.86, 0.85), (0.86, 0.8, 0.74), (0.8, 0.83, 0.86)][int(g.integers(0, 3))],
        np.float32,
    )
    dx = c.xs[:1] - fg.cx
    ys = c.ys[band, :1]
    neck_w = neck_width(fg, male)
    reach = np.clip(1 - (dx / (neck_w * 1.35)) ** 2, 0, 1)
    dip = {"crew": 0.3, "vee": 0.8, "shirt": 0.55, "jacket": 0.6, "scoop": 0.75}[style]
    if style in ("vee", "jacket", "shirt"):
        reach = np.clip(1 - np.abs(dx) / (neck_w * 1.25), 0, 1)
    neckline = top - fg.wz * 0.05 + fg.wz * dip * reach
    # Cloth covers the body below the neckline and the shoulders beyond the neck.
    beside = smoothstep(neck_w * 1.0, neck_w * 1.25, np.abs(dx))
    below = soft((ys > neckline).astype(np.float32), 1.0)
    cloth = figure
    covered = figure * np.maximum(below, beside * smoothstep(top - fg.wz * 0.2, top, ys))
    albedo, height, detail = c.albedo[band], c.height[band], c.detail[band]
    # The neckline's edge stands off the skin: a soft shadow on the skin just above it.
    edge = soft(covered, fg.wz * 0.05) * (1 - covered) * figure
    albedo *= 1 - 0.35 * np.minimum(edge * 2, 1)[..., None]
    sx = np.clip(dx / (sw * 1.3), -1, 1)
    dy = ys - top
    shoulder_z = depth * 0.6 * np.sqrt(1 - sx**2) + 0.15 * depth * smoothstep(0, c.h * 0.1, dy)
    weave, lumps = c.noise(0.7, 1.0, (1.0, 2.0))[band], c.noise(8.0)[band]
    shoulder_z = shoulder_z + _folds(dx, dy, fg, sw, lumps, c.g) * depth
    height += (shoulder_z - height) * covered
    detail += (0.08 * weave - detail) * covered
    texture = 1 + 0.03 * weave + 0.05 * lumps
    body_rgb = base * (0.55 if style == "jacket" else 1.0)
    c.paint(covered, body_rgb[None, None, :] * texture[..., None], rows=band)
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
            front = polygon_mask(shape, vee, 0.8)[band] * cloth
            c.paint(front, inner * texture[..., None] ** 0.3, rows=band)
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
                c.paint(polygon_mask(shape, tie, 0.7)[band] * cloth, tie_rgb, rows=band)
            for side in (-1, 1):  # lapels: the jacket's edge folds back
                lapel = np.array(
                    [
                        [fg.cx + side * neck_w * 1.05, top - fg.wz * 0.02],
                        [fg.cx + side * neck_w * 0.5, c.h + 2],
                        [fg.cx + side * neck_w * 1.1, c.h + 2],
                        [fg.cx + side * neck_w * 1.6, top + fg.wz * 0.6],
                    ]
                )
                m = polygon_mask(shape, lapel, 0.8)[band] * cloth
                c.paint(m, body_rgb * 1.15, rows=band)
                height += m * depth * 0.06
        for side in (-1, 1):  # the shirt collar's two wings
            wing = np.array(
                [
                    [fg.cx + side * neck_w * 1.02, top - fg.wz * 0.2],
                    [fg.cx + side * neck_w * 0.08, top + fg.wz * 0.42],
                    [fg.cx + side * neck_w * 0.55, top + fg.wz * 0.55],
                    [fg.cx + side * neck_w * 1.45, top + fg.wz * 0.18],
                ]
            )
            m = polygon_mask(shape, wing, 0.8)[band]
            # The wing stands off what is under it and shades it along its lower edge.
            k = max(1, int(fg.wz * 0.04))
            under = np.zeros_like(m)
            under[k:] = m[:-k]
            albedo *= 1 - 0.3 * (soft(under, fg.wz * 0.03) * (1 - m))[..., None]
            c.paint(m, inner * 1.02, rows=band)
            height += (shoulder_z + depth * 0.12 - height) * m
            covered = np.maximum(covered, m)
    gloss = c.gloss[band]
    gloss += (0.05 - gloss) * covered
    np.maximum(c.person[band], covered, out=c.person[band])


def _folds(
    dx: F32, dy: F32, fg: FaceGeometry, sw: float, lumps: F32, g: np.random.Generator
) -> F32:
    """Cloth hangs in folds: soft ridges running from the collar down and out to the arms,
    with a crease where the sleeve meets the shoulder (relief, in units of the body's depth).
    ``dx`` and ``dy`` are offsets from the middle of the neckline."""
    down = np.maximum(dy + fg.wz * 0.3, 1.0)
    angle = np.arctan2(dx, down)  # 0 straight down, growing towards the shoulders
    bins = 48
    raw = g.standard_normal(bins + 1)
    ridge = np.convolve(np.pad(raw, 2, mode="wrap"), np.ones(3) / 3, "valid")[1:-1]
    ridge = ridge.astype(np.float32)
    pos = (angle / np.pi + 1) * 0.5 * bins
    i = np.clip(pos.astype(np.int32), 0, bins - 1)
    f = pos - i
    along = ridge[i] * (1 - f) + ridge[i + 1] * f
    near = smoothstep(0, fg.wz * 0.6, down) * smoothstep(sw * 1.2, sw * 0.3, np.abs(dx))
    crease = np.exp(-0.5 * ((np.abs(dx) - sw * 0.85) / (sw * 0.06)) ** 2)
    return (0.09 * along + 0.03 * lumps) * near - 0.06 * crease * smoothstep(0, fg.wz * 0.5, down)
