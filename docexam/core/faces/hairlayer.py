"""A layer of hair painted into a face canvas: its colour broken by locks and fibres, the
shading of its mass, the sheen across its fibres, and the relief the lamp then shades."""

from __future__ import annotations

import math

import cv2
import numpy as np

from docexam.core.faces.canvas import F32, FaceCanvas, line_mask, smoothstep
from docexam.core.faces.fibres import Fibres, Flow, Shades
from docexam.core.faces.strands import fading
from docexam.core.faces.traits import Look

GLOSS = 0.03  # the render's round specular on hair: faint (``lay`` says why)


def half_vector(look: Look) -> np.ndarray:
    """Half-way between the lamp and the camera (the lamp as render._light places it)."""
    # A soft box is broad: its light reaches the hair from higher up than its middle, which
    # puts the band on the upper dome where a passport photo shows it.
    az, el = math.radians(look.light_azimuth), math.radians(look.light_elevation + 40)
    v = np.array([-math.sin(az) * math.cos(el), -math.sin(el), math.cos(az) * math.cos(el) + 1])
    return (v / np.linalg.norm(v)).astype(np.float32)


def lay(
    c: FaceCanvas,
    look: Look,
    shades: Shades,
    rows: slice,
    alpha: F32,
    fib: Fibres,
    flow: Flow,
    z: F32,
    curl: float,
    shade: float | F32 = 1.0,
    gaps: float = 0.45,
    dome: tuple[float, float, float, float] | None = None,
    mass: bool = True,
    firm: F32 | None = None,
    beyond: int = 9,
    combed: bool = False,
    lies_on: F32 | None = None,
    fall: float = 0.0,
) -> None:
    """Paint a layer of hair into the canvas rows ``rows``: colour broken by locks and fibres,
    darker between locks (the light does not reach in), a sheen across the fibres where they
    turn to face the lamp, and the relief the lamp then shades. ``dome`` (centre x, y and radii)
    is the form the hair lies on over the skull, which places the sheen. ``combed`` hair (from
    a parting, its locks gathered in clumps) is a smoother mass: its fibres hardly show. Below
    the dome the fibres' course down the picture is the mass's, smoothed over ``fall`` rows."""
    pale = float(np.mean(shades.mean))
    # Coils are no locks: their white fibres are a fine speckle, not streaks.
    coiled = curl >= 0.9
    colour = shades.mix(fib.strand, fib.tilt * (not coiled), alpha, 0.25 if coiled else 0.12)
    # Between locks and fibres the light is trapped: darker, and richer in colour.
    if curl >= 0.9:  # a matt mass of tiny coils: little contrast at this scale, and the
        # light caught between them leaves the mass darker (white fibres scatter it back out)
        gaps *= 0.5
        shade = shade * (0.85 + 0.15 * shades.grey)
    # (White fibres pass light on into the gaps: grey hair is less deep between its locks.)
    # (Softened across: the light sinks gradually into a parting between locks; a crisp dark
    # line down every gap read as brush strokes.)
    ridge = cv2.GaussianBlur(fib.ridge, (0, 0), 1.2)
    occl = 1 - gaps * (1 - 0.4 * shades.grey) * (1 - ridge**0.6)
    contrast = (0.6 + 0.4 * min(1.0, 0.2 / max(pale, 0.05))) * (0.5 if curl >= 0.9 else 1.0)
    # Single fibres barely resolve at a portrait's size: a fine grain, not stripes; each lock
    # has its own tone (turned a little towards or away from the light).
    # (Inside a lock the fibres lie together: their grain is faint there and shows at its edges.)
    # (A pixel here is some hundred fibres across: their grain is faint, a streak of a lock's
    # few pixels at full contrast read as brushed paint.)
    # (Yet some: at 0.18 the mass read as a smooth painted shell.)
    grain = (0.28 + 0.3 * (1 - fib.ridge)) * (0.6 if combed else 1.0)
    fibre = (0.85 + grain * (fib.strand - 0.5) * contrast) * (1 + 1.2 * fib.tilt * (curl < 0.9))
    if mass:
        shade = shade * _mass(c, rows, alpha, curl, combed)
    tone = np.clip(occl * fibre * shade, 0.05, 1.6)
    richer = colour**1.35 - colour  # deeper in, a darker and more saturated colour
    albedo = (colour + richer * (1 - occl[..., None])) * tone[..., None]
    # Kajiya-Kay: a fibre glints where its direction is square to the half-vector. Taken over
    # the head's form, not each lock's, it is one broad soft band across the crown; the locks
    # only break it up a little (each lies at its own angle), they do not stripe it.
    # (Coils keep their own glints: a matt mass lit in points, not a band.)
    zb = cv2.GaussianBlur(z, (0, 0), 1.5 if curl >= 0.9 else 4.0)
    gy, gx = np.gradient(zb)
    if fall > 0 and not coiled:
        # Down the fall a fibre runs the way the mass does: its course is the curtain's form,
        # smoothed far along it, with only a little of each lock's own swell. (Taken from the
        # relief as it stands, each rise of the face's relief under the hair turned the fibres
        # of a whole row into the sheen's lobe and out of it together: bands across the fall,
        # plainest on grey hair.)
        w = smoothstep(0.2, 0.8, alpha)
        num = cv2.GaussianBlur(z * w, (0, 0), sigmaX=4.0, sigmaY=fall)
        form = num / np.maximum(cv2.GaussianBlur(w, (0, 0), sigmaX=4.0, sigmaY=fall), 1e-3)
        gy_form = np.gradient(form, axis=0)
        gy = (gy_form + 0.3 * (gy - gy_form)).astype(np.float32)
    # Below the dome the relief can rise downwards (hair ending above the ear, over the skin's
    # own relief): no surface of the hair faces up there, and its sheen made a white speck.
    edge_on = np.exp(-((np.maximum(gy - 0.3, 0) / 0.3) ** 2))
    if dome is not None:  # over the skull: the dome's own slopes, free of every bump in z
        x0, y0, rx, ry = dome
        dx = (c.xs[rows] - x0) / rx
        # (Flatter than the skull: hair lies thicker over the crown than at the hairline, and the
        # soft box's light comes from above; the band then crosses the crown, not the hairline.)
        dy = np.minimum((c.ys[rows] - y0) / ry, 0) * 0.75
        dz = np.sqrt(np.clip(1 - dx**2 - dy**2, 0.04, 1))
        on = smoothstep(y0 + ry * 0.3, y0 - ry * 0.1, c.ys[rows])
        gx = gx + (-dx / dz - gx) * on
        gy = gy + (-dy / dz * rx / ry * 0.75 - gy) * on
        edge_on = edge_on + (1 - edge_on) * on
    tx, ty = flow.slope, np.ones_like(flow.slope)
    tz = tx * gx + ty * gy + fib.tilt * 0.5
    norm = np.sqrt(tx**2 + ty**2 + tz**2) + 1e-6
    hv = half_vector(look)
    th = (tx * hv[0] + ty * hv[1] + tz * hv[2]) / norm
    # (A soft box is a broad lamp: round its tight band the sheen runs on, fainter, down the
    # hair as far as it still turns towards the lamp.)
    lobe = np.exp(-((th / 0.26) ** 2)) + 0.35 * np.exp(-((th / 0.6) ** 2))
    if dome is not None and not coiled:
        lobe = _over_crown(lobe, alpha, on, dome[2] * 0.25)
    # Clumps of locks catch it and others lie out of it: a broken band, not a fan of gloss.
    # (Combed hair's clumps break it, below: blots of noise across its fibres read as stains.)
    broken = 1.0 if combed else np.clip(1 + 0.22 * c.noise(5.0)[rows], 0.5, 1.4)
    # (The band is made of fibres: lit in streaks along the fall, the gaps between them dark;
    # evenly lit across, it read as a gloss painted on.)
    # (Combed, fibres lie together: the band is lit almost evenly along them, broken by the
    # clumps, not streaked fibre by fibre: that read as a brushed strip texture.)
    # (Still at 0.6 of the fibres' grain, a dark crown's band was combed into thin lines.)
    streaks = np.clip(0.85 + 0.3 * fib.strand if combed else 0.35 + 1.3 * fib.strand, 0.2, 1.6)
    sheen = lobe * (0.55 + 0.45 * fib.ridge) * streaks * broken
    # Not at the silhouette, where the relief turns edge-on (it would draw a bright rim).
    # (Coils glint in points over the top of the mass: what shows a dark one's form.)
    sheen *= (1 - 0.6 * curl) * (0.5 + 0.5 * shade) * np.exp(-((gx / 2.0) ** 2)) * alpha * edge_on
    # White fibres are translucent: a faint sheen, or grey hair would glare.
    tint = colour * 0.6 + 0.18 if pale < 0.25 else colour * (1.35 - 0.6 * shades.grey)
    # (Red and brown hair hold more of the light in their colour: a softer band than black's.)
    bright = 1.1 - 3.0 * max(0.0, pale - 0.08) if pale < 0.25 else 0.35
    albedo = albedo + (sheen * bright)[..., None] * tint
    if pale < 0.12 and not coiled:
        # Dark hair shows its form by its sheen and by a few fibres that catch the light
        # across the mass; its dark itself has no texture a camera picks up.
        # (On the locks turned towards the light, most in the sheen: all over the mass they
        # read as specks of dust.)
        few = smoothstep(0.68, 0.85, fib.strand) * smoothstep(0.0, 0.06, fib.tilt)
        albedo = albedo + (few * (0.15 + 0.8 * sheen))[..., None] * (colour * 2.0 + 0.05)
    c.albedo[rows] += (albedo - c.albedo[rows]) * alpha[..., None]
    # Against the background the relief runs on past the hair's fuzzy edge (unseen there): a
    # drop at the edge itself would turn the normals sideways and outline the hair in dark.
    # (``beyond`` pixels across: the lamp's broad form reaches that far; dropped nearer, the
    # outline was lit dark.)
    spread = cv2.dilate(alpha, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (9, 9)))
    if beyond > 9:
        spread = cv2.dilate(spread, np.ones((beyond, beyond), np.uint8))
    reach = np.maximum(alpha, spread * (1 - c.person[rows]))
    if firm is not None:
        # (Where ``firm``, faint ends keep the hair's depth: blended down to what lies behind,
        # each tip's relief dropped away from the lamp and drew it dark.)
        reach = np.maximum(reach, smoothstep(0.03, 0.3, alpha) * firm)
    if lies_on is not None:  # (the skin ``z`` slopes down to from the hair's edge)
        reach = np.maximum(reach, lies_on)
    c.height[rows] = c.height[rows] * (1 - reach) + z * reach
    # (Hair's glint is its sheen above, along the fibres' course; the lamp's round glint on
    # the relief, lit where the curtain turns towards the face, ran down the locks' edges as
    # thin parallel streaks: a fibre running down the picture glints whatever way the curtain
    # turns across it.)
    c.gloss[rows] = c.gloss[rows] * (1 - alpha) + alpha * GLOSS
    c.person[rows] = np.maximum(c.person[rows], alpha)


def _over_crown(lobe: F32, alpha: F32, on: F32, sigma: float) -> F32:
    """The sheen's lobe over the crown ``on``, averaged over ``sigma`` pixels of the mass: a
    soft box lights the fibres over a spread of angles, and the fibres about a pixel lie at a
    spread of their own, so the band fades into the shaded hair over a lock's width or more.
    (Taken pixel by pixel, where the fall turns from one side of a side parting to the other
    on the skull's steep flank the lobe went from dark to full within a few pixels: the crown
    beside the parting a pale flat panel with a hard edge.)"""
    w = smoothstep(0.3, 0.9, alpha)
    num = cv2.GaussianBlur(lobe * w, (0, 0), sigma)
    mean = num / np.maximum(cv2.GaussianBlur(w, (0, 0), sigma), 1e-3)
    return (lobe + (mean - lobe) * on).astype(np.float32)


def seams(alpha: F32, shut: np.ndarray, fringe: np.ndarray, most: float) -> tuple[F32, F32]:
    """Where the parts of a head of hair meet (the fall from the parting, a fringe, the hair
    at the temples) they leave no slit of skin between them: gaps close where ``shut``, and
    beside a ``fringe`` thin slits close and holes of under ``most`` pixels fill (its tips
    stay apart). Gives the alpha and where it lies beside the fringe."""
    k = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (7, 7))
    closed = cv2.morphologyEx(alpha, cv2.MORPH_CLOSE, k)
    alpha = np.where(shut, np.maximum(alpha, closed), alpha).astype(np.float32)
    k5 = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (5, 5))
    near = cv2.dilate(fringe.astype(np.uint8), k) > 0
    slit = cv2.erode(cv2.dilate(alpha, k5), k5)
    alpha = np.where(near, np.maximum(alpha, slit), alpha).astype(np.float32)
    n, labels, stats, _ = cv2.connectedComponentsWithStats((alpha < 0.85).astype(np.uint8), 4)
    h, w = alpha.shape
    x, y, bw, bh, area = (stats[:, i] for i in range(5))
    inner = (x > 0) & (y > 0) & (x + bw < w) & (y + bh < h) & (area < most)
    inner[0] = False  # (label 0 is the hair itself)
    touched = np.zeros(n, bool)
    touched[np.unique(labels[near])] = True
    alpha = np.where((inner & touched)[labels], 1.0, alpha).astype(np.float32)
    return alpha, near.astype(np.float32)


def _mass(c: FaceCanvas, rows: slice, alpha: F32, curl: float, combed: bool = False) -> F32:
    """Hair is a mass before it is locks: it catches the light where it faces up, over the
    crown, and falls into shadow underneath, towards its lower ends and where it tucks in
    behind the shoulders; the mass also swells and sinks in broad clumps."""
    ys = c.ys[rows]
    lines = np.flatnonzero((alpha > 0.5).any(axis=1))
    if lines.size < 4:
        return np.ones_like(alpha)
    y0, y1 = float(lines[0] + (rows.start or 0)), float(lines[-1] + (rows.start or 0))
    t = np.clip((ys - y0) / max(1.0, y1 - y0), 0, 1)
    up = 1.08 - 0.1 * smoothstep(0.0, 0.35, t) - 0.14 * smoothstep(0.55, 1.0, t)
    if combed:  # (its clumps are its locks'; streaks down the picture crossed its fibres)
        return up.astype(np.float32)
    clumps = c.noise(5.0, stretch=(1.0, 5.0))[rows] * (1 - 0.6 * curl)
    return (up * (1 + 0.07 * clumps)).astype(np.float32)


def crossing(
    c: FaceCanvas,
    rows: slice,
    alpha: F32,
    flow: Flow,
    colour: np.ndarray,
    n: int,
    length: float,
) -> None:
    """Single hairs lying across the locks, off their fall: combed hair never lies all
    parallel, and a fibre at its own angle catches the light (or shades) where its
    neighbours do not."""
    ys, xs = np.nonzero(alpha > 0.95)
    if len(xs) == 0 or n <= 0:
        return
    g = c.g
    pick = g.integers(0, len(xs), n)
    y0, x0 = ys[pick], xs[pick]
    fall = np.arctan2(1.0, flow.slope[y0, x0])  # the fall's direction (dx = slope, dy = 1)
    ang = fall + g.choice([-1.0, 1.0], n) * g.uniform(0.2, 0.7, n) + np.pi * (g.random(n) < 0.5)
    size = length * g.uniform(0.6, 1.6, n)
    bend = g.normal(0, 0.3, n)
    px, py = x0.astype(np.float32), (y0 + (rows.start or 0)).astype(np.float32)
    pts = [np.stack([px, py], 1)]
    for _ in range(4):  # (a fibre curves as it goes)
        ang = ang + bend * 0.25
        px, py = px + np.cos(ang) * size / 4, py + np.sin(ang) * size / 4
        pts.append(np.stack([px, py], 1))
    paths = np.round(np.stack(pts, 1) * 8).astype(np.int32)
    # (A fibre catching the light is a little lighter than the hair, not a white scratch.)
    lit = g.random(n) < 0.6
    # It comes out from under the locks and goes under again: faint at its ends, some fibres
    # more than others. (At one strength end to end, pale ones across grey hair read as
    # scratches.) (Their own generator, seeded from the draws above: the canvas's later draws
    # stay as they were.)
    own = np.random.default_rng(int(pick.sum()) + 11 * n)
    seen = 0.45 + 0.55 * own.random(n)
    under = np.zeros((c.h, c.w), np.float32)
    under[rows] = smoothstep(0.9, 1.0, alpha)  # (on the mass only, never off its outline)
    for sel, tone, k in (
        (lit, np.minimum(colour * 1.7 + 0.03, colour + 0.1), 0.3),
        (~lit, colour * 0.55, 0.35),
    ):
        m = fading(paths[sel], seen[sel], (c.h, c.w), under=True)
        c.paint((m * under * k).astype(np.float32), np.minimum(tone, 1))


def outline(alpha: F32, backdrop: F32, strand: F32, reach: float, where: F32) -> tuple[F32, F32]:
    """The outline of a mass of hair against the ``backdrop``: fine hairs stand out past it for
    up to ``reach`` pixels, streaks along the fall (``strand``), and its last pixels are hairs
    with the backdrop between them (cut at the mass's edge, dark hair drew a hard dark line round
    the head). Only as much as ``where`` (hanging hair's sides have their own veil of ends).
    Gives the alpha and the band at the outline where the light from behind comes
    through the fibres."""
    solid = (alpha > 0.5).astype(np.uint8)
    d_out = cv2.distanceTransform(1 - solid, cv2.DIST_L2, 3)
    # (Measured in from the backdrop only: against the face the hair's edge is another's.)
    open_ = ((solid == 0) & (backdrop > 0.5)).astype(np.uint8)
    d_in = cv2.distanceTransform(1 - open_, cv2.DIST_L2, 3)
    hairs = np.clip(3.0 * (strand - 0.5), 0, 1)
    fuzz = np.clip(1 - d_out / reach, 0, 1) ** 1.5 * hairs * 0.6
    # (Close to the mass the hairs are many, each finer than a pixel: a haze of them.)
    haze = cv2.GaussianBlur(alpha, (0, 0), reach * 0.3) * (0.4 + 0.6 * hairs)
    fuzz = np.maximum(fuzz, haze) * backdrop * where
    gaps = 1 - np.clip(2.0 * (strand - 0.3), 0, 1)
    thin = 1 - 0.6 * smoothstep(reach * 0.7, 0.0, d_in) * gaps * where
    rim = smoothstep(reach, 0.0, d_in) * np.maximum(alpha, fuzz)
    return np.maximum(alpha * thin, fuzz).astype(np.float32), rim.astype(np.float32)


def rim_light(c: FaceCanvas, rows: slice, rim: F32, colour: np.ndarray, back: float) -> None:
    """Light from the backdrop (and a lamp on it) comes through the fibres at the outline: a
    faint rim, paler than the mass; on pale hair it hardly shows."""
    pale = float(np.mean(colour))
    k = (0.45 + 2.0 * back) * (1 - smoothstep(0.12, 0.4, pale)) * rim
    lit = np.minimum(colour * 1.9 + 0.1, 1.0)
    c.albedo[rows] += (lit - c.albedo[rows]) * k[..., None]


def parting_line(
    c: FaceCanvas,
    cover: F32,
    part: tuple[float, float],
    rows: tuple[float, float],
    hair: np.ndarray,
    scalp: np.ndarray,
    reach: float,
) -> None:
    """The parting: a thin line of scalp (colour ``scalp``) where the hair leaves it, from column
    ``part[0]`` at the front row ``rows[0]`` to ``part[1]`` at the crown's ``rows[1]``, under the
    hair's ``cover`` (full frame). A little irregular, fading out towards the crown, hidden here
    and there by hair, and crossed by a few hairs (``hair``, ``reach`` px long) lying over it from
    one side or the other. (Ruled straight and as deep from the hairline to the crown, it read
    as the seam of a moulded shell.)"""
    g = c.g
    n = 14
    t = np.linspace(0.0, 1.0, n)
    ys = rows[0] + (rows[1] - rows[0]) * t
    wander = np.cumsum(g.normal(0, 0.3, n))
    xs = part[0] + (part[1] - part[0]) * t + wander - wander.mean()
    m = line_mask((c.h, c.w), np.stack([xs, ys], 1), 1, 0.6)
    fade = smoothstep(rows[1], rows[1] + (rows[0] - rows[1]) * 0.45, c.ys) ** 0.7
    # The hair's roots either side of it lie in the shade of the hair rising off them: a
    # soft darker band along the parting, most where it opens. (Without it the parting was a
    # pale line drawn on one smooth sheet.)
    roots = cv2.GaussianBlur(m, (0, 0), reach * 0.2)
    roots = roots / max(float(roots.max()), 1e-6)
    c.albedo *= (1 - 0.18 * roots * fade * cover)[..., None]
    broken = np.clip(0.8 + 0.6 * c.noise(1.5, stretch=(1, 2)), 0, 1)
    c.paint((m * 0.5 * fade * broken * cover).astype(np.float32), scalp)
    # A few hairs from either side lie across it.
    k = 6
    y0 = rows[0] + (rows[1] - rows[0]) * g.uniform(0.05, 0.6, k)
    x0 = np.interp(y0, ys[::-1], xs[::-1])
    side = g.choice([-1.0, 1.0], k)
    ang = np.where(side > 0, 0.0, np.pi) + side * g.uniform(0.15, 0.45, k)
    size = reach * g.uniform(0.6, 1.4, k)
    start = np.stack([x0 - np.cos(ang) * size * 0.35, y0 - np.sin(ang) * size * 0.35], 1)
    pts = [start]
    for _ in range(3):  # (a hair curves as it goes)
        ang = ang + g.normal(0, 0.08, k)
        pts.append(pts[-1] + np.stack([np.cos(ang), np.sin(ang)], 1) * size[:, None] / 3)
    lines = np.zeros((c.h, c.w), np.float32)
    paths = np.round(np.stack(pts, 1) * 8).astype(np.int32)
    cv2.polylines(lines, list(paths), False, 1.0, 1, cv2.LINE_AA, 3)
    lit = np.minimum(hair * 1.4 + 0.03, hair + 0.08)  # (a hair off the fall catches the light)
    c.paint((np.minimum(lines, 1) * 0.3 * cover).astype(np.float32), lit)
