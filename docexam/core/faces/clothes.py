"""What the sitter wears on the shoulders: a neckline, a shirt collar or a jacket."""

from __future__ import annotations

import cv2
import numpy as np

from docexam.core.domain.seeds import rng
from docexam.core.faces.canvas import F32, FaceCanvas, polygon_mask, smoothstep, soft
from docexam.core.faces.geometry import FaceGeometry
from docexam.core.faces.torso import Torso
from docexam.core.faces.traits import Identity, Look

# Where each neckline meets the neck's side and how low it dips in front, in head heights
# below the chin (a shirt's collar stands up the neck and closes at the foot of the throat;
# a jersey's lies on the neck's base; a vee or a scoop runs out of the frame), and how wide
# it opens in necks (a scoop lies out on the trapezius).
NECKLINES = {
    "crew": (0.13, 0.26, 1.05),
    "vee": (0.14, 0.45, 1.15),
    "shirt": (0.085, 0.2, 1.0),
    "jacket": (0.085, 0.2, 1.0),
    "scoop": (0.16, 0.42, 1.45),
}
FOLD_BOW = -0.1  # a shirt collar's fold: bowed in over the wing by this share of its length


def clothes(
    c: FaceCanvas,
    fg: FaceGeometry,
    who: Identity,
    look: Look,
    t: Torso,
    band: slice,
    figure: F32,
    depth: float,
) -> None:
    """A round or V neckline, a shirt collar, or a jacket over a shirt (and tie), each with
    its own edges, so no two photos show the same jersey; all below a stretch of bare neck.
    Arrays here hold the rows of ``band`` only."""
    g = rng("clothes", who.seed, repr(look.clothing))
    male = who.sex == "M"
    style = _style(g, male)
    base = np.asarray(look.clothing, np.float32)
    shirt = np.asarray(
        [(0.86, 0.86, 0.85), (0.86, 0.8, 0.74), (0.8, 0.83, 0.86)][int(g.integers(0, 3))],
        np.float32,
    )
    head = fg.chin - fg.crown
    dx = c.xs[band] - fg.cx
    ys = c.ys[band, :1]
    nw = t.neck_base
    side, front = _ends(fg, t, style)
    neckline = neckline_row(fg, t, style, dx)
    # Cloth covers the body below the neckline: beside the neck that is all the shoulder.
    below = np.clip((ys - neckline) / 1.6 + 0.5, 0, 1)
    covered = figure * below
    albedo, height, detail = c.albedo[band], c.height[band], c.detail[band]
    # Where shadows fall, as the lamp stands: down, and away from its side.
    az = np.radians(look.light_azimuth)
    fall = (fg.wz * 0.05 * float(np.tan(az)), fg.wz * 0.05)
    # The neckline's edge stands off the skin: a soft shadow on the skin just above it.
    edge = _cast(covered, fall, fg.wz * 0.06) * (1 - covered) * figure
    # Where the skin goes under the cloth it sees little of the room: a thin shade along the
    # edge, on the skin, so the neck runs under the neckline instead of meeting it.
    contact = soft(covered, 2.2) * (1 - covered) * figure
    albedo *= 1 - (0.3 * np.minimum(edge * 1.6, 1) + 0.4 * np.minimum(contact * 2, 1))[..., None]
    sx = np.clip(dx / (t.acromion * 1.2), -1, 1)
    dy = ys - t.junction
    shoulder_z = depth * 0.6 * np.sqrt(1 - sx**2) + 0.15 * depth * smoothstep(0, c.h * 0.1, dy)
    knit = style in ("crew", "vee", "scoop")
    # Cloth at a photo's scale is a mottle of its weave a pixel or two across (a knit's
    # loops run in vertical wales): as a fine relief only, it averaged away at the
    # document's size and the jersey read as plastic.
    weave = c.noise(0.7, 1.0, (1.0, 2.0))[band]
    lumps = c.noise(8.0)[band]
    folds = _folds(dx, ys - side, fg, t.acromion * 0.93, lumps, c.g)
    shoulder_z = shoulder_z + folds * depth
    if knit:  # the neckline's ribbed band rolls over its edge: a lit ridge along it
        band_w = fg.wz * 0.06
        rib = np.exp(-0.5 * ((ys - neckline - band_w) / band_w) ** 2) * figure
        shoulder_z = shoulder_z + depth * 0.05 * rib
    height += (shoulder_z - height) * covered
    # The weave only faintly (at full strength a jersey read as a screen of noise); the
    # folds carry the cloth: their crests lighter, the hollows between them in shade, which
    # the soft lamp alone all but flattened.
    detail += (0.03 * weave - detail) * covered
    texture = (
        1 + 0.012 * weave + 0.03 * lumps + 0.6 * (folds - cv2.GaussianBlur(folds, (0, 0), 6.0))
    )
    if knit:  # the band is knitted apart and sewn on: a seam's faint dark line below it
        seam = np.exp(-0.5 * ((ys - neckline - band_w * 2.6) / (band_w * 0.4)) ** 2)
        texture = texture * (1 - 0.08 * seam * figure)
    body_rgb = base * (0.55 if style == "jacket" else 1.0)
    c.paint(covered, body_rgb[None, None, :] * texture[..., None], rows=band)
    shape = (c.h, c.w)
    bottom = c.h + 2
    if style in ("shirt", "jacket"):
        inner = shirt if style == "jacket" else base
        if style == "jacket":  # the shirt front between the lapels
            vee = np.array(
                [
                    [fg.cx - nw * 1.0, side],
                    [fg.cx + nw * 1.0, side],
                    [fg.cx + nw * 0.5, bottom],
                    [fg.cx - nw * 0.5, bottom],
                ]
            )
            shirtfront = polygon_mask(shape, vee, 0.8)[band] * covered
            c.paint(shirtfront, inner * texture[..., None] ** 0.3, rows=band)
            if male and g.random() < 0.6:  # a tie, its knot where the collar closes
                tie = np.array(
                    [
                        [fg.cx - nw * 0.15, front - head * 0.03],
                        [fg.cx + nw * 0.15, front - head * 0.03],
                        [fg.cx + nw * 0.24, bottom],
                        [fg.cx - nw * 0.24, bottom],
                    ]
                )
                tie_rgb = np.asarray(g.uniform(0.1, 0.5, 3), np.float32)
                m = polygon_mask(shape, tie, 0.7)[band] * covered
                c.paint(m, tie_rgb * texture[..., None] ** 0.5, rows=band)
                height += m * depth * 0.05 * soft(m, fg.wz * 0.05)
            for s in (-1, 1):  # lapels: the jacket's edge folds back
                lapel = np.array(
                    [
                        [fg.cx + s * nw * 1.05, side + head * 0.04],
                        [fg.cx + s * nw * 0.5, bottom],
                        [fg.cx + s * nw * 1.15, bottom],
                        [fg.cx + s * nw * 1.65, t.junction + head * 0.12],
                    ]
                )
                m = polygon_mask(shape, _curved(lapel, (0.04, 0.0, 0.05, 0.05)), 0.8)[band]
                m = m * figure
                _thick(c, band, m, fall, fg.wz, 0.35)
                # Its edge by the shirt is where it folds back: a roll that catches the lamp.
                k = max(1, int(fg.wz * 0.04))
                outward = np.zeros_like(m)
                if s > 0:
                    outward[:, k:] = m[:, :-k]
                else:
                    outward[:, :-k] = m[:, k:]
                roll = soft(np.clip(m - outward, 0, 1), 1.0)
                # It turns from its roll out over the chest, its edge curled under.
                lit = 1.08 * _bend(m, lapel, band, head) + 0.12 * roll
                c.paint(m, body_rgb * (lit * texture)[..., None], rows=band)
                height += m * depth * 0.08 * soft(m, fg.wz * 0.04)
        bare = figure * (1 - covered)
        cloth = np.asarray(inner * texture[..., None] ** 0.3, np.float32)
        wings = _collar(c, fg, t, band, cloth, shoulder_z, bare, fall)
        covered = np.maximum(covered, wings)
    gloss = c.gloss[band]
    gloss += (0.05 - gloss) * covered
    np.maximum(c.person[band], covered, out=c.person[band])


def _ends(fg: FaceGeometry, t: Torso, style: str) -> tuple[float, float]:
    """The rows where a neckline meets the neck's sides and where it dips to in front."""
    side_k, front_k, _ = NECKLINES[style]
    # A collar sits up the neck by as much as the neck is long: the same share of a long neck.
    return (
        fg.chin + (t.junction - fg.chin) * side_k / 0.13,
        fg.chin + (fg.chin - fg.crown) * front_k,
    )


def neckline_row(fg: FaceGeometry, t: Torso, style: str, dx: F32) -> F32:
    """The row of the neckline's edge at offsets ``dx`` from the middle. A collar's (shirt,
    jacket) runs under its fold, which follows the neck round: from the front it falls
    steeply from beside the neck and flattens to the collar's closing, bowed down from the
    ruled line between (which, with the fold's, drew the collar as a polygon)."""
    side, front = _ends(fg, t, style)
    span = t.neck_base * NECKLINES[style][2]
    if style in ("vee", "jacket", "shirt"):
        reach = np.clip(1 - np.abs(dx) / span, 0, 1)
    else:
        reach = np.clip(1 - (dx / span) ** 2, 0, 1) ** 0.7
    row = side + (front - side) * reach
    if style in ("jacket", "shirt"):
        # The fold's sag (``FOLD_BOW`` of the chord across it), as rows at the chord's middle.
        sag = -FOLD_BOW * float(np.hypot(span, front - side)) ** 2 / span
        row = row + 4 * sag * reach * (1 - reach)
    return np.asarray(row, np.float32)


def style(who: Identity, look: Look) -> str:
    """What ``who`` wears in a photo taken with ``look``: a key of NECKLINES."""
    return _style(rng("clothes", who.seed, repr(look.clothing)), who.sex == "M")


def _style(g: np.random.Generator, male: bool) -> str:
    return str(
        g.choice(
            ["crew", "vee", "shirt", "jacket", "scoop"],
            p=[0.25, 0.1, 0.25, 0.4, 0.0] if male else [0.25, 0.2, 0.2, 0.15, 0.2],
        )
    )


def _cast(mask: F32, fall: tuple[float, float], blur: float) -> F32:
    """The soft shadow ``mask`` throws on what lies just behind it, as the lamp stands."""
    m = np.array([[1, 0, fall[0]], [0, 1, fall[1]]], np.float32)
    moved = cv2.warpAffine(mask, m, (mask.shape[1], mask.shape[0]), borderMode=cv2.BORDER_REPLICATE)
    return soft(moved, blur)


def _curved(pts: np.ndarray, bows: tuple[float, ...], n: int = 16) -> np.ndarray:
    """The outline through the corners ``pts``, each edge bowed out from the shape's middle
    by ``bows`` of its length (in if negative) and the corners rounded a little: cut cloth's
    edges are never ruled lines meeting at a polygon's angles (the examiner: low-poly)."""
    mid = pts.mean(axis=0)
    t = np.linspace(0, 1, n, endpoint=False)[:, None]
    out = []
    for k, bow in enumerate(bows):
        a, b = pts[k], pts[(k + 1) % len(pts)]
        normal = np.array([a[1] - b[1], b[0] - a[0]])
        if normal @ ((a + b) / 2 - mid) < 0:
            normal = -normal
        # A parabola's sagitta: the bow at the edge's middle, none at its ends.
        out.append(a + (b - a) * t + normal * bow * 4 * t * (1 - t))
    ring = np.concatenate(out)
    for _ in range(2):  # Chaikin's corner cutting: the corners round over a few pixels
        nxt = np.roll(ring, -1, axis=0)
        ring = np.stack([0.75 * ring + 0.25 * nxt, 0.25 * ring + 0.75 * nxt], axis=1).reshape(-1, 2)
    return ring


def _thick(
    c: FaceCanvas, band: slice, m: F32, fall: tuple[float, float], wz: float, k: float
) -> None:
    """A piece of cloth lying on another has a thickness: it shades what is under its edge."""
    # Soft: a few millimetres of cloth under a soft box (narrow and dark, it was an outline).
    under = _cast(m, fall, wz * 0.07) * (1 - m)
    c.albedo[band] *= 1 - k * np.minimum(under * 1.5, 1)[..., None]


def _collar(
    c: FaceCanvas,
    fg: FaceGeometry,
    t: Torso,
    band: slice,
    colour: F32,
    base_z: F32,
    bare: F32,
    fall: tuple[float, float],
) -> F32:
    """A shirt collar: a band standing round the neck, whose two wings fold over it and lie
    on the shirt, each a layer of cloth with a rolled, lit fold along its top and a shadow
    under its points; the neck goes into the band's shade. Returns the collar's coverage."""
    head = fg.chin - fg.crown
    nw, shape = t.neck_base, (c.h, c.w)
    side, front = _ends(fg, t, "shirt")
    depth = fg.wz * 0.55
    albedo, height = c.albedo[band], c.height[band]
    total = np.zeros_like(base_z)
    for s in (-1, 1):
        # The band's inside shows beside the neck above the wing, in its own shade.
        stand = np.array(
            [
                [fg.cx + s * nw * 0.86, side - head * 0.012],
                [fg.cx + s * nw * 1.06, side - head * 0.022],
                [fg.cx + s * nw * 1.2, t.junction],
                [fg.cx + s * nw * 0.75, side + head * 0.05],
            ]
        )
        # It hugs the neck: no tab of it stands out against the backdrop.
        m = polygon_mask(shape, _curved(stand, (0.06, 0.06, 0.06, 0.06)), 0.9)[band] * bare
        c.paint(m, colour * 0.78, rows=band)
        height += (base_z + depth * 0.08 - height) * m
        total = np.maximum(total, m)
    for s in (-1, 1):
        wing = np.array(
            [
                [fg.cx + s * nw * 1.06, side],
                [fg.cx + s * nw * 0.06, front],
                [fg.cx + s * nw * 0.5, front + head * 0.09],
                [fg.cx + s * nw * 1.3, t.junction + head * 0.04],
                [fg.cx + s * nw * 1.12, t.junction],
            ]
        )
        # Cloth, not card: the fold follows the neck round (from the front it sags to the
        # collar's closing, so bows in over the wing), the hemmed edges swell a little.
        m = polygon_mask(shape, _curved(wing, (FOLD_BOW, 0.05, 0.07, 0.05, 0.05)), 1.4)[band]
        _thick(c, band, m, fall, fg.wz, 0.32)
        # The fold along its top is rounded and catches the lamp; the wing's edges round off
        # into the shirt, so the shading gives it its thickness.
        k = max(1, int(fg.wz * 0.05))
        lower = np.zeros_like(m)
        lower[k:] = m[:-k]
        roll = soft(np.clip(m - lower, 0, 1), 1.2)
        c.paint(m, colour * (_bend(m, wing, band, head) + 0.08 * roll)[..., None], rows=band)
        rounded = soft(m, fg.wz * 0.035) * m
        height += (base_z + depth * (0.04 + 0.1 * rounded + 0.04 * roll) - height) * m
        total = np.maximum(total, m)
    # The neck goes into the collar, which stands off it: the skin near the band and the
    # wings lies in their shade (only the band's, it was a sliver at the neck's sides).
    near = soft(total, fg.wz * 0.09) * (1 - total) * bare
    albedo *= 1 - 0.42 * np.minimum(near * 1.5, 1)[..., None]
    return total


def _bend(m: F32, wing: np.ndarray, band: slice, head: float) -> F32:
    """A collar's wing is not flat card: from its fold it bends down over the shirt, turning
    from the lamp towards its points, and its hemmed edges curl under, so its shade deepens
    away from the fold and in a soft rim along its outline (a flat white shape with a hard
    edge read as paper cut out and laid on)."""
    (x0, y0), (x1, y1) = wing[0], wing[1]  # the fold, from beside the neck to the middle
    ux, uy = x1 - x0, y1 - y0
    n = float(np.hypot(ux, uy))
    ys, xs = np.mgrid[band.start : band.start + m.shape[0], 0 : m.shape[1]].astype(np.float32)
    # Distance from the fold towards the points (either winding: the wing lies below it).
    away = np.abs((xs - x0) * uy - (ys - y0) * ux) / n
    turn = np.clip(away / (head * 0.1), 0, 1)
    inside = cv2.distanceTransform((m > 0.5).astype(np.uint8), cv2.DIST_L2, 3)
    rim = np.exp(-inside / 1.8)
    return (1.0 - 0.14 * turn**1.5) * (1 - 0.12 * rim)


def _folds(
    dx: F32, dy: F32, fg: FaceGeometry, sw: float, lumps: F32, g: np.random.Generator
) -> F32:
    """Cloth hangs in folds: soft ridges running from the collar down and out to the arms,
    with a crease where the sleeve meets the shoulder (relief, in units of the body's depth).
    ``dx`` and ``dy`` are offsets from the middle of the neckline."""
    down = np.maximum(dy + fg.wz * 0.3, 1.0)
    angle = np.arctan2(dx, down)  # 0 straight down, growing towards the shoulders
    # A few broad folds, not many: two dozen ridges fanning out read as pleats or stripes.
    bins = 20
    # Drawn as many as before there were fewer folds: every later draw of the photo stays.
    raw = g.standard_normal(49)[: bins + 1]
    ridge = np.convolve(np.pad(raw, 2, mode="wrap"), np.ones(3) / 3, "valid")[1:-1]
    ridge = ridge.astype(np.float32)
    pos = (angle / np.pi + 1) * 0.5 * bins
    i = np.clip(pos.astype(np.int32), 0, bins - 1)
    f = pos - i
    f = f * f * (3 - 2 * f)  # eased, so a fold has no kink along its crest
    along = ridge[i] * (1 - f) + ridge[i + 1] * f
    # Each fold dies out and comes back along its length, as cloth's do.
    along *= np.clip(0.6 + 0.5 * lumps, 0, 1)
    near = smoothstep(0, fg.wz * 0.6, down) * smoothstep(sw * 1.2, sw * 0.3, np.abs(dx))
    crease = np.exp(-0.5 * ((np.abs(dx) - sw * 0.85) / (sw * 0.08)) ** 2)
    return (0.15 * along + 0.04 * lumps) * near - 0.05 * crease * smoothstep(0, fg.wz * 0.5, down)
