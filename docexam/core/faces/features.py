"""The inner face: the nose, where marks lie and the lines age brings (mouth: lips.py, eyes:
eyes.py, brows: brows.py, the marks' own drawing: markshape.py)."""

from __future__ import annotations

import cv2
import numpy as np

from docexam.core.faces import ageing
from docexam.core.faces.canvas import F32, FaceCanvas, soft
from docexam.core.faces.geometry import SOCKET, FaceGeometry
from docexam.core.faces.patch import Patch
from docexam.core.faces.skin import skin_colour
from docexam.core.faces.traits import Identity, Look, Mark


def nose(c: FaceCanvas, fg: FaceGeometry, who: Identity) -> None:
    """The nose's form is the mesh's, shaded with the rest of the face: the paint adds only
    what its shading cannot give, the dark inside the nostrils where the camera sees into
    them past the wings, and the tip's and wings' skin, warmer and oilier than the bridge's."""
    hd = fg.mesh
    assert hd is not None
    pts = hd.points
    (rx, ry), (lx, ly) = pts["ala_r"], pts["ala_l"]
    base = fg.nose
    nw = fg.nose_w
    tip_x, tip_y = _tip(hd.depth, rx, lx, (fg.eye + base) / 2, base)
    # The mesh is too coarse for the cartilage: a definite tip, a groove round each wing where
    # it joins the cheek (without them the nose was one soft mound, a smudge at a document's size).
    c.bump(tip_x, tip_y, nw * 0.32, nw * 0.26, nw * 0.1)
    for side, (x, y) in ((-1, (rx, ry)), (1, (lx, ly))):
        c.bump(x + side * nw * 0.08, y - nw * 0.12, nw * 0.09, nw * 0.32, -nw * 0.07, side * 25)
    skin = np.asarray(skin_colour(who), np.float32)
    nostril = skin * np.array([0.36, 0.31, 0.34], np.float32)
    p = Patch(c, [rx - nw * 0.6, lx + nw * 0.6], [tip_y - nw, base + nw * 0.6], 3)
    # The lobule and wings carry more blood than the bridge: a touch warmer, the tip a little
    # lighter (thicker, oilier skin over cartilage).
    wings = [(x, y, nw * 0.3, nw * 0.25, 0.7) for x, y in ((rx, ry), (lx, ly))]
    warm = p.spots([(tip_x, tip_y + nw * 0.1, nw * 0.45, nw * 0.35, 0.8), *wings])
    p.paint(warm * 0.12, skin * np.array([0.9, 0.9, 1.05], np.float32))
    lobule = p.spots([(tip_x, tip_y - nw * 0.05, nw * 0.3, nw * 0.25, 1.0)])
    p.paint(lobule * 0.1, np.minimum(1, skin * 1.1))
    # Inside a nostril no lamp reaches: the mesh's own openings, as far as the camera sees
    # into them (a turned or lowered head hides them behind the wings and the tip).
    inside = soft(np.ascontiguousarray(hd.nostrils[p.rows, p.cols]), 1.1)
    # Darkest by the columella, where the passage runs up and back out of the light; its
    # outer end, under the wing, is shallow and catches light from below.
    half = max((lx - rx) / 2, 1.0)
    across = np.abs(c.xs[p.rows, p.cols] - tip_x) / half
    deep = np.clip((1.0 - across) / 0.45, 0, 1) ** 0.8
    # Seen from a booth's camera, low and close, the openings grow: the passage's walls
    # near the rim are skin the light still reaches, so they do not go black.
    p.paint(np.minimum(inside * 2.4, 0.85) * (0.3 + 0.5 * deep), nostril)
    # The tip's skin is a little oilier than the bridge's: a faint, broad addition (a tight
    # one, as glossy as a wet lip, left a hot spot on every nose).
    win = c.window(tip_x, tip_y, nw * 1.2, nw * 1.2)
    if win is not None:
        rows, cols, dx, dy = win
        c.gloss[rows, cols] += 0.04 * np.exp(-0.5 * (dx**2 + dy**2) / (nw * 0.4) ** 2)


def _tip(depth: F32, x0: float, x1: float, y0: float, y1: float) -> tuple[float, float]:
    """The nose's tip as the camera sees it: its nearest point. The tip's landmark vertex
    is not the lobule's front under every nose's morph (on a short nose it sat by the
    nostrils, on a long one up on the supratip)."""
    r0, r1 = max(0, int(y0)), min(depth.shape[0], int(y1) + 1)
    c0, c1 = max(0, int(x0)), min(depth.shape[1], int(x1) + 1)
    if r0 >= r1 or c0 >= c1:
        return (x0 + x1) / 2, y1
    near = cv2.GaussianBlur(depth[r0:r1, c0:c1], (0, 0), 1.5)
    y, x = np.unravel_index(int(np.argmax(near)), near.shape)
    return float(c0 + x), float(r0 + y)


# An eye's opening with its lids' margin, in half eye widths across and half openings down.
EYE_RX, EYE_RY = 1.25, 1.9


def eye_openings(fg: FaceGeometry, xs: np.ndarray, ys: np.ndarray) -> F32:
    """How far inside either eye's opening (with its lids' margin) each point lies: 1 inside,
    0 outside. Marks are the skin's: none lies on an eye."""
    out = np.zeros(np.broadcast(xs, ys).shape, np.float32)
    for side in (-1, 1):
        ex = fg.fx + side * fg.eye_gap
        d = np.hypot((xs - ex) / (fg.eye_w * EYE_RX), (ys - fg.eye) / (fg.eye_h * EYE_RY))
        out = np.maximum(out, np.clip((1.15 - d) / 0.3, 0, 1))
    return out


def _off_the_eyes(fg: FaceGeometry, x: float, y: float) -> tuple[float, float]:
    """Where a mole that would fall on an eye lies: pushed out from the eye's middle to just
    past its opening, each in its own direction (moved to one row, three moles by an eye lined
    up as a stamp's dots). Marks are drawn from face coordinates, so two people with a mole
    on one spot have it moved alike."""
    for side in (-1, 1):
        ex = fg.fx + side * fg.eye_gap
        ax, ay = fg.eye_w * EYE_RX, fg.eye_h * EYE_RY
        d = float(np.hypot((x - ex) / ax, (y - fg.eye) / ay))
        if d < 1:
            if d < 1e-6:  # (its very middle: under the lower lid)
                return x, fg.eye + ay + fg.wz * 0.02
            k = 1 / d + fg.wz * 0.02 / (ay * d)
            return ex + (x - ex) * k, fg.eye + (y - fg.eye) * k
    return x, y


# A brow's reach round its eye's centre, in half eye widths: in, out, above and below the brow
# line (``fg.brow``). Wider than any brow brows.py draws (its head, its arch, its hairs' haze).
BROW_IN, BROW_OUT, BROW_UP, BROW_DOWN = 1.25, 1.65, 1.25, 0.35


def _off_the_brows(fg: FaceGeometry, x: float, y: float, r: float) -> tuple[float, float]:
    """Where a mark that would lie in a brow is drawn: just above it, keeping the order of
    marks within it (a brow's hairs, drawn over the skin, would hide it in every photo and a
    comparison of marks would compare nothing)."""
    e = fg.eye_w * SOCKET  # (the brows' own unit, brows.py's)
    top, bottom = fg.brow - e * BROW_UP, fg.brow + e * BROW_DOWN
    if not top - r < y < bottom + r:
        return x, y
    for side in (-1, 1):
        out = side * (x - fg.fx - side * fg.eye_gap) / e
        if -BROW_IN - r / e < out < BROW_OUT + r / e:
            return x, top - r - 0.4 * max(0.0, bottom - y)
    return x, y


def _off_the_lips(fg: FaceGeometry, x: float, y: float, r: float) -> tuple[float, float]:
    """Where a mark that would lie on the lips is drawn: on the skin just above or below them,
    as it lay nearer the upper or the lower lip. On the lips' own dark red a mole was lost."""
    top, bottom = fg.mouth - fg.lip_up * 1.3, fg.mouth + fg.lip_lo * 1.3
    if abs(x - fg.fx) > fg.mouth_w * 1.1 + r or not top - r < y < bottom + r:
        return x, y
    if y < fg.mouth:
        return x, top - r - 0.4 * max(0.0, y - top)
    # (Below the shade the lower lip casts under a lamp from high up, a booth's.)
    return x, bottom + fg.lip_lo * 0.6 + r + 0.4 * max(0.0, bottom - y)


def mark_centre(fg: FaceGeometry, m: Mark) -> tuple[float, float]:
    """Where a mark's centre is drawn in the canvas: its face coordinates on the head as it
    is turned, moved off the eyes (a scar's centre too: a scar across the lids stops at them,
    and centred on one it would show only its ends), out of the brows and off the lips."""
    y = fg.eye + m.y * (fg.nose - fg.eye)
    x = fg.fx + m.x * fg.wz * _foreshortened(fg, y, m.x)
    x, y = _off_the_eyes(fg, x, y)
    r = mole_radius(fg, m) if m.length == 0 else fg.wz * 0.03
    return _off_the_lips(fg, *_off_the_brows(fg, x, y, r), r)


def _foreshortened(fg: FaceGeometry, y: float, across: float) -> float:
    """How a turned head narrows the cheek it turns away and widens the other: the way from
    the features' centre to the face's edge on the mark's side, as a share of the outline's
    half width (1 facing the camera). Placed a fixed share of the face's width from the
    features, a mark on the far cheek of a head turned at a booth fell past the face's outline.
    The edge is the mesh's own in the photo: the layout's outline is its wider side's half
    width mirrored about the ears' middle, and on the near cheek that put a mole beside the
    mouth out on the jaw's shadowed rim, where a booth's photo lost it."""
    if fg.mesh is None or across == 0:
        return 1.0
    hw = float(fg.half_width(np.array([y], np.float32))[0])
    if hw <= 1.0:
        return 1.0
    left, right = _edges(fg, y)
    near = right - fg.fx if across > 0 else fg.fx - left
    # (Over the outline's half width, as ``wz`` is: both are the wider side's on a turned head.)
    return max(0.0, near) / hw


def _edges(fg: FaceGeometry, y: float) -> tuple[float, float]:
    """The skin's edges on either side of the features' centre over the rows round ``y``,
    out to an ear or the silhouette (the median over the rows: a lobe's or a hollow's edge
    in one row is no face's)."""
    hd = fg.mesh
    assert hd is not None
    h, w = hd.head.shape
    c = int(np.clip(round(fg.fx), 0, w - 1))
    lefts, rights = [], []
    for row in range(max(0, round(y) - 6), min(h, round(y) + 7)):
        off = np.flatnonzero((hd.head[row] < 0.5) | (hd.whole_ears[row] >= 0.5))
        if not (hd.head[row, c] >= 0.5) or off.size == 0:
            continue
        lefts.append(float(off[off < c].max() + 1) if (off < c).any() else 0.0)
        rights.append(float(off[off > c].min()) if (off > c).any() else float(w))
    if not lefts:
        hw = float(fg.half_width(np.array([y], np.float32))[0])
        return fg.cx - hw, fg.cx + hw
    return float(np.median(lefts)), float(np.median(rights))


MOLE_MIN = 0.85  # the smallest mole's size drawn: a smaller one was lost in a booth's blur


def mole_radius(fg: FaceGeometry, m: Mark) -> float:
    return fg.wz * 0.022 * max(m.size, MOLE_MIN)


def age_lines(c: FaceCanvas, fg: FaceGeometry, look: Look) -> None:
    """Nasolabial folds and forehead lines that deepen from the thirties on (crow's feet and
    the forms age brings are ageing.py's).

    Skin's lines are faint, uneven and broken: each follows the forehead's curve (rising over
    the brows), its strength wanders along it, and where it falls is the forehead's own (from
    its traits, through ``fg.forehead_form``), so a person keeps their lines across photos."""
    k = float(np.clip((look.age - 28) / 40, 0, 1))
    f = fg.forehead_form
    # Everyone's cheek meets the lip in a soft fold, faint in the young; age deepens it, and
    # weight, as the cheek's fat above it grows heavier. The cheek stands over the fold as a
    # rounded step down to the lip's skin, which keeps its light. (Drawn as a trench beside
    # the lip with a dark stroke in it, a booth's light from above filled both its walls with
    # shade down each side of the upper lip, and on a woman it read as a moustache's.)
    full = float(np.clip(look.weight, 0, 1))
    deep = (0.15 + 0.85 * k) * (1 + 0.6 * full) * (1 + 0.5 * look.smile)
    tt = np.linspace(0, 1, 10)
    top = fg.nose - fg.nose_w * 0.4
    rows = top + (fg.mouth + fg.lip_lo * 0.8 - top) * tt
    for side in (-1, 1):
        across = fg.fx + side * (
            fg.nose_w * 1.1
            + (fg.mouth_w * 1.25 - fg.nose_w * 1.1) * tt
            + np.sin(np.pi * tt) * fg.wz * 0.05
        )
        # The line runs down: the cheek is its right on the viewer's left (side -1).
        ageing.fold(
            c,
            np.stack([across, rows], axis=1),
            -side,
            fg.wz * 0.03 * deep,
            (fg.wz * 0.04, fg.wz * 0.3),
            fg.wz * 0.008 * deep,
            0.08 * deep,
            fine=0.15 * deep,
        )
    if k <= 0:
        return
    _forehead(c, fg, k, f)
    # From about fifty, two faint upright lines between the brows (the glabella's), left by
    # years of frowning; faint, as they show in a relaxed face.
    old = float(np.clip((look.age - 50) / 25, 0, 1))
    if old > 0:
        e = fg.eye_w * SOCKET  # (between the brows: the brows' unit)
        skin = np.asarray(c.albedo[int(fg.brow - e), int(fg.fx)])
        p = Patch(
            c,
            [fg.fx - e * 0.7, fg.fx + e * 0.7],
            [fg.brow - e * 0.9, fg.brow + e * 0.3],
            3,
        )
        folds = p.blank()
        s = np.linspace(0, 1, 6)
        for side in (-1, 1):
            x = fg.fx + side * e * (0.22 + 0.12 * f)
            rise = e * (0.45 + 0.2 * f)
            pts = np.stack([x + side * s * e * 0.06, fg.brow + e * 0.1 - s * rise], 1)
            p.draw(folds, pts, old * np.sin(s * np.pi) ** 0.7)
        folds = soft(folds, 0.8)
        p.paint(folds * 0.3, skin * np.array([0.6, 0.6, 0.65], np.float32))
        p.lift(folds, -fg.wz * 0.004)


def _forehead(c: FaceCanvas, fg: FaceGeometry, k: float, f: float) -> None:
    """Forehead lines: shallow grooves the light picks out, not dark strokes, and each
    forehead's own. How many (one to five), where each starts and ends, how it curves, where
    it breaks and how deep it is come from the forehead's form ``f``; drawn alike for every
    person (two to four long, evenly spaced parallel arcs) they were a stamp."""
    e = fg.eye_w * SOCKET  # (sized by the head round the eyes, not the drawn eye)
    # The lowest line stays clear of the relaxed brows' arch.
    low = fg.brow - e * 0.3
    p = Patch(c, [fg.fx - fg.wz * 0.75, fg.fx + fg.wz * 0.75], [low - e * 3.3, low], 4)
    lines = p.blank()

    # Smooth in f but quickly varying, so that two foreheads alike carry alike lines and
    # the rest differ (a hash of f would part look-alikes whose foreheads agree).
    def u(j: int, n: int) -> float:
        return float(0.5 + 0.5 * np.sin((23.0 + 6.1 * n) * f + 2.7 * j + 1.3 * n * n))

    count = int(np.clip(round(k * (1.2 + 3.8 * u(0, 0))), 1, 5))
    x = np.linspace(-1, 1, 49)
    # The frontalis lifts the skin as a whole: a forehead's lines share a broad arch, and
    # each keeps its own bend, tilt and spacing from the one below.
    arch = e * (0.02 + 0.2 * u(0, 1))
    first = 0.7 + 0.4 * u(0, 2)
    gaps = np.array([0.38 + 0.42 * u(j, 3) for j in range(1, count)])
    # All within the forehead, below the hairline of a high one.
    gaps *= min(1.0, (3.1 - first) / max(float(gaps.sum()), 1e-6))
    rows = low - e * (first + np.concatenate([[0.0], np.cumsum(gaps)]))
    for j, y in enumerate(rows):
        # Where the line lies across the forehead: off centre, often one-sided, the upper
        # lines shorter.
        centre = fg.wz * 0.18 * (u(j, 4) - 0.5)
        reach = fg.wz * (0.3 + 0.35 * u(j, 5)) * (1 - 0.1 * j)
        bend = arch * (0.6 + 0.8 * u(j, 6)) + e * 0.08 * (u(j, 7) - 0.5)
        curve = (
            bend * x**2
            + e * 0.12 * (u(j, 8) - 0.5) * x
            + e * 0.05 * u(j, 9) * np.sin(x * (2 + 3 * u(j, 10)) + 6.3 * u(j, 11))
        )
        pts = np.stack([fg.fx + centre + x * reach, y + curve], axis=1)
        # Broken: up to two gaps where the skin lies smooth, each its own width, and the
        # strength wanders along what is left.
        breaks = np.ones_like(x)
        for g in range(int(2.99 * u(j, 12))):
            at = -0.7 + 1.4 * u(j, 13 + g)
            wide = 0.04 + 0.08 * u(j, 16 + g)
            breaks *= 1 - np.exp(-(((x - at) / wide) ** 2))
        depth = (0.55 + 0.45 * u(j, 19)) * (1 - 0.12 * j)
        strength = (
            np.sin(np.pi * (x + 1) / 2) ** 0.8
            * breaks
            * (0.75 + 0.25 * np.sin(x * (3 + 4 * u(j, 20)) + 5 * u(j, 21)))
            * depth
            * k
        )
        p.draw(lines, pts, strength)
    skin = np.asarray(c.albedo[int(fg.brow - e), int(fg.fx)])
    # A forehead's line is a soft groove between two rolls of skin, which the light shades:
    # painted as a dark stroke a pixel wide it read as a scratch. Only its floor is a touch
    # darker in colour; the rest is shallow relief, partly in the fine relief, which is lit
    # unblurred (the main one's averaging erased a groove this narrow). Faint: at a
    # passport photo's scale a forehead's lines are a hint unless the brows are raised.
    groove = np.minimum(soft(lines, 1.3) * 3.0, 1)
    p.paint(groove * 0.3, skin * np.array([0.72, 0.72, 0.76], np.float32))
    # Deeper with the years (the relief, not the colour: the light draws them).
    p.lift(groove, -fg.wz * 0.022 * (1 + 0.9 * k))
    p.c.detail[p.rows, p.cols] -= groove * (0.3 + 0.9 * k)
