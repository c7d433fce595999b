"""The eyeball seen between the lids: the white shaded as a ball, the iris and pupil under
the cornea, and the lamp's reflection on the cornea, shaped as the lamp is."""

from __future__ import annotations

import numpy as np

from docexam.core.faces.canvas import F32, FaceCanvas, smoothstep, soft
from docexam.core.faces.geometry import FaceGeometry
from docexam.core.faces.lamps import Lamp
from docexam.core.faces.lids import single as single_lid
from docexam.core.faces.patch import Patch

CORNEA = 1.3  # the cornea's radius of curvature over the iris's (7.8 mm over 6)
# How near the pupil's middle each lamp's reflection may sit, in iris radii: its inner edge
# stays on the pupil's rim (the pupil's radius is 0.42).
PUPIL = {"softbox": 0.41, "umbrella": 0.42, "flash": 0.38, "ring": 0.39, "overhead": 0.43}
# How far the lens stands from the face, in frame heights: further than the lamp.
CAMERA = 5.0
NEAR = {"softbox": 0.55, "umbrella": 0.55, "flash": 0.45, "ring": 0.52, "overhead": 0.5}


def ball(
    c: FaceCanvas,
    p: Patch,
    fg: FaceGeometry,
    centre: tuple[float, float],
    lids: tuple[F32, F32],
    inside: F32,
    white: F32,
    iris: F32,
    lamp: Lamp,
    grain: np.random.Generator,
    fold: float = 0.0,
    hood: float = 0.0,
) -> None:
    """The white, iris and pupil inside the opening ``inside``; ``lids`` gives the upper and
    lower lid margins' heights per column of the patch; ``grain`` draws the iris's fibres and
    the white's veins; ``fold`` how far an epicanthic fold covers the caruncle (0 .. 1),
    ``hood`` how far a fold of skin overhangs the lid (0 .. 1)."""
    ex, ey = centre
    top, foot = lids
    ys, xs = np.mgrid[p.rows, p.cols].astype(np.float32)
    dx, dy = xs - ex, ys - ey
    uu = np.minimum(np.abs(dx) / fg.eye_w, 1.3)
    side = 1.0 if ex > fg.fx else -1.0
    outer = smoothstep(0.0, 0.3, dx * side / fg.eye_w)
    # The white is the front of a ball about as wide as the opening, lit as one: full on its
    # front, turning away into the corners and a little to the bottom, a shade lighter on
    # the lamp's side. Flat, or grey in the corners only, it read as a paper almond.
    radius = fg.eye_w * 1.12
    nx, ny = dx / radius, (dy - fg.eye_h * 0.15) / radius
    nz = np.sqrt(np.clip(1 - nx**2 - ny**2, 0.03, 1))
    lx, ly, lz = (float(v) for v in lamp.direction)
    lit = np.clip(nx * lx + ny * ly + nz * lz, 0, 1) / max(lz, 0.5)
    form = 0.3 + 0.45 * nz + 0.25 * np.minimum(lit, 1.1)
    # The outer corner lies tucked under the lid's overhang.
    form *= 1 - 0.18 * outer * smoothstep(0.45, 1.0, uu)
    sclera = white * form[..., None]
    # Greyer and a little pinker into the corners, where the lids' thickness keeps the light
    # from it and the blood vessels show: white up to the corners, the opening read as a
    # hole cut in the skin. The inner corner lies deeper still, in the socket beside the
    # nose, whose side shades it.
    sclera *= 1 - np.array([0.24, 0.28, 0.12], np.float32) * (uu**3)[..., None]
    sclera *= (1 - 0.12 * (1 - outer) * smoothstep(0.35, 0.8, uu))[..., None]
    # Faint veins and unevenness: pinker and a touch yellower towards the corners.
    # The iris's fibres and the white's veins come from the same noise, the eye's own stream:
    # drawn from the photo's, as many numbers as the eye has pixels, any change to the eye's
    # size drew every layer after it (brows, beard, hair) anew.
    noise = grain.standard_normal(dx.shape, dtype=np.float32)
    mottle = soft(noise[::-1, ::-1].copy(), 0.7)
    mottle /= max(float(mottle.std()), 1e-6)
    veiny = smoothstep(0.45, 1.0, uu) * (0.03 + 0.025 * np.clip(mottle, 0, None))
    sclera *= 1 - np.array([0.6, 0.9, 0.1], np.float32) * veiny[..., None]
    # The iris sits on the ball's front, its top under the upper lid.
    r = np.hypot(dx, dy + fg.eye_h * 0.05) / fg.iris
    theta = np.arctan2(dy + fg.eye_h * 0.05, dx)
    col = _iris(noise, r, theta, iris, lamp)
    # The pupil is wider under a hall's ceiling light than in a studio's flash; its rim is
    # soft, seen through the cornea and a little out of focus.
    pr = PUPIL[lamp.kind]
    pupil = smoothstep(pr + 0.08, pr - 0.08, r)[..., None]
    # Round at a few pixels across, and the darkest thing in the eye whatever the light.
    col = col * (1 - pupil) + np.float32(0.015) * pupil
    # It tucks under the lower lid's margin instead of bleeding past it. Its rim, the limbus,
    # blends into the white over a pixel and a half: cut in one, the camera's sharpening drew
    # a pale halo round it.
    disc = np.clip((1.0 - r) * fg.iris / 1.5 + 0.4, 0, 1) * np.clip(foot - ys + 0.3, 0, 1)
    ball_col = sclera + (col - sclera) * disc[..., None]
    # The upper lid has a thickness: its margin stands over the ball as a ledge, and it and
    # the lashes shade the white and the iris's top quarter, softly and most just under it
    # (a deep, hard shade there narrowed every eye to a slit). A higher lamp casts it longer.
    below = ys - top
    # It reaches down over the iris's upper third: without it the eye sat on the face, a
    # ball under no lid.
    # A full fold of skin over the lash line (a single lid) stands further out over the
    # ball and shades it deeper and further down. (Only a full one: a lid under a crease
    # shaded so drew the eye's darkest disc off the pupil.)
    single = single_lid(hood)
    reach = fg.iris * (0.7 + 0.35 * max(-ly, 0.0) + 0.35 * single)
    # (Less towards the corners, which the ball's turn already darkens: there the two made
    # the white as dark as the iris.)
    # Least of all into the outer corner, where the opening narrows to a few pixels: shaded
    # as deeply, the corner's white went as dark as the lash line and the two drew a wing.
    depth = (0.62 + 0.12 * single) * (
        1 - 0.35 * smoothstep(0.55, 0.95, uu) - 0.25 * outer * smoothstep(0.6, 1.0, uu)
    )
    shade = 1 - depth * (1 - smoothstep(-0.3, 1.0, below / reach)) ** 1.2
    # The lower lid casts nothing, but the ball turns away under it and the tear's thin
    # meniscus lies along it: the white dims into the margin instead of ending on a cut edge.
    # (Reaching a little higher: ending bright on the lid, the white drew a crisp edge.)
    shade *= 1 - 0.12 * (1 - smoothstep(0.0, fg.eye_h * 0.45, foot - ys))
    ball_col *= shade[..., None]
    # The corners close softly: the white's last millimetres, shaded by the lids' thickness
    # and lit by their pink inner faces, are a pinkish mid-tone, a little darker than the
    # skin round them. Every shade above multiplied there turned the outer corner as dark as
    # the lash line: a pointed dark wing, an eyeliner's, on every face.
    close = smoothstep(0.62, 1.02, uu) * (0.6 + 0.4 * outer)
    tone = white * np.array([0.68, 0.65, 0.78], np.float32)
    ball_col += (tone - ball_col) * (0.8 * close)[..., None]
    p.paint(inside, ball_col.astype(np.float32))
    # A pink caruncle fills the inner corner, a rounded, wet lump a little proud of the
    # lids' outlines: it blunts and rounds the corner that they alone drew as a point.
    mid, half = (top + foot) / 2, np.maximum((foot - top) / 2, 0.6)
    lump = np.exp(-0.5 * ((dx + side * fg.eye_w * 0.9) / (fg.eye_w * 0.12)) ** 2)
    lump *= np.clip(1.3 - np.abs(ys - mid) / (half + 0.4), 0, 1)
    pink = white * np.array([0.6, 0.58, 0.86], np.float32)
    pink = pink * (1 - 0.15 * (ys - mid) / (half + 0.4))[..., None]  # lit from above
    p.paint((lump * 0.8 * (1 - 0.6 * fold)).astype(np.float32), pink)
    # The wet ball has a faint sheen (a strong one lit the white brighter than the skin), its
    # sharp reflection belonging to the cornea (the glow).
    gloss = c.gloss[p.rows, p.cols]
    gloss += (0.08 - gloss) * inside


def _iris(noise: F32, r: F32, theta: F32, iris: F32, lamp: Lamp) -> F32:
    """The iris's colour at polar (r in iris radii, theta): fibres running out from the
    pupil, a darker limbal ring, and light coming through the cornea on the side away from
    the lamp (the lamp's light lands there after the cornea bends it)."""
    # The fibres' phases come from the noise too.
    phases = 3.0 * noise.ravel()[:8]
    fib = np.zeros_like(r)
    for i, (n, amp) in enumerate(((11, 0.4), (17, 0.6), (26, 0.7), (37, 0.6))):
        wave = 1.6 * np.sin(2.5 * r + phases[2 * i + 1])
        fib += amp * np.sin(n * theta + phases[2 * i] + wave)
    fib /= 1.6
    grain = soft(noise, 0.5)
    fib += 0.4 * grain / max(float(grain.std()), 1e-6)
    # Spokes: irregular radial streaks, lighter and darker fibres, each running the whole
    # way out (the sines alone are too regular, and noise alone a flat speckle).
    wheel = noise.ravel()[8:56].astype(np.float32)
    wheel = (np.roll(wheel, 1) + 2 * wheel + np.roll(wheel, -1)) * np.float32(0.25)
    at = (theta + np.pi) / (2 * np.pi) * len(wheel)
    i0 = at.astype(np.int32) % len(wheel)
    f = at - np.floor(at)
    spokes = wheel[i0] * (1 - f) + wheel[(i0 + 1) % len(wheel)] * f
    fib += 0.6 * spokes / max(float(wheel.std()), 1e-6)
    # Fibres show in the ciliary zone; the pupillary zone inside the collarette is darker
    # and warmer, without a bright ring between them (a ring drew a target).
    zone = smoothstep(0.45, 0.62, r)
    # The limbal ring: a darker band round the rim, its inner edge soft (reaching a little in:
    # the blend into the white, a pixel and a half, takes its outer part in a small eye).
    radial = (1.0 - 0.3 * smoothstep(0.62, 0.82, r) - 0.45 * smoothstep(0.78, 0.92, r)) * (
        0.8 + 0.2 * zone
    )
    # Mostly below: a lamp stands above the eyes, and a glow to one side would pull the
    # pupil's apparent centre sideways. It is what makes the iris a lens-covered bowl rather
    # than a flat, painted disc.
    lx, ly = 0.4 * float(lamp.direction[0]), float(lamp.direction[1])
    away = -(np.cos(theta) * lx + np.sin(theta) * ly) / max(np.hypot(lx, ly), 0.3)
    bowl = smoothstep(0.4, 0.75, r) * (1 - smoothstep(0.86, 1, r))
    glow = 1 + 0.8 * np.clip(away, 0, 1) ** 1.5 * bowl
    tone = radial * glow * (1 + 0.3 * fib * (0.4 + 0.6 * zone))
    # The collarette, a ragged, lighter and warmer ring a third of the way out where the two
    # zones meet (in light eyes a brownish one round the pupil), and dark crypts beside it.
    edge = 0.6 + 0.05 * np.sin(5 * theta + phases[0]) + 0.03 * np.sin(9 * theta + phases[3])
    ring = np.exp(-0.5 * ((r - edge) / 0.06) ** 2) * (0.7 + 0.3 * np.sin(13 * theta + phases[5]))
    tone *= 1 + 0.1 * ring - 0.12 * np.clip(-grain / max(float(grain.std()), 1e-6) - 1, 0, 1)
    warm = np.array([0.8, 0.95, 1.15], np.float32) * (1 - zone)[..., None] + zone[..., None]
    amber = 1 + np.array([-0.15, 0.03, 0.15], np.float32) * ring[..., None]
    return (iris * warm * amber * tone[..., None]).astype(np.float32)


def catchlight(
    c: FaceCanvas,
    p: Patch,
    fg: FaceGeometry,
    centre: tuple[float, float],
    lids: tuple[F32, F32],
    lamp: Lamp,
    cornea: tuple[float, float, float, float] = (0.0, 0.0, 1.0, 0.0),
) -> None:
    """The lamp's reflection on the cornea, a convex mirror: it sits where the cornea's
    normal is halfway between the lamp and the lens (so on the lamp's side and as high as it
    stands), and is shaped and sized as the lamp looks from the face. ``cornea`` is this
    eye's own: where its gaze falls off the lens (x, y, radians), its curve against the
    average (a flatter cornea mirrors the lamp larger) and the tear film's wobble (a phase).
    lamps.catchlight then gives it the lamp's softness (and turns a ring light's dot into
    the ring)."""
    ir = fg.iris
    # Each eye sees the lamp from its own place: a near lamp stands at a slightly different
    # angle to each eye, a little nearer the one on its side, and each eye's aim at the lens
    # is its own. (One reflection copied into both eyes, pixel for pixel, read as a decal.)
    off = np.array([centre[0] - fg.fx, 0.0, 0.0], np.float32)
    near = lamp.direction * np.float32(lamp.distance * c.h) - off
    gaze = np.array([-off[0], 0.0, CAMERA * c.h], np.float32)
    gaze /= np.linalg.norm(gaze)
    half = near / np.linalg.norm(near) + gaze
    half /= np.linalg.norm(half)
    hx = float(half[0] - gaze[0]) + cornea[0]
    hy = float(half[1] - gaze[1]) + cornea[1]
    # Kept off the pupil's middle, whatever the lamp: the pupil stays the darkest thing in
    # the eye (a ring light's ring, round the lens, would circle it).
    reach = max(CORNEA * np.hypot(hx, hy), NEAR[lamp.kind]) * ir / max(np.hypot(hx, hy), 1e-3)
    ox, oy = hx * reach, hy * reach
    # How big and bright the lamp looks (its size, how near it stands, its power) is the
    # photo's own; how big in this eye, the eye's distance to it and its cornea's curve.
    # (Both reflections stay on the same side of their pupils: set nearer the nose, as a
    # near lens sees them, they pulled the pupils' dark centres apart.)
    big, bright = _spread(lamp)
    # (A ring light's ring is its dot blurred and hollowed: a larger dot is a brighter ring,
    # which greyed the pupil over, so its size barely varies.)
    curve = cornea[2] if lamp.kind != "ring" else cornea[2] ** 0.25
    big *= curve * lamp.distance * c.h / float(np.linalg.norm(near))
    ir *= big
    ys, xs = np.mgrid[p.rows, p.cols].astype(np.float32)
    # A high lamp's reflection stands high on the cornea, and a sitter's upper lid covers
    # the iris's top: the lid cuts the reflection's upper part off, as in a photo, but
    # never all of it (an eye without one looked dead; a photographer lowers the lamp).
    top, inside = lids
    col = int(np.clip(round(centre[0] + ox) - p.cols.start, 0, top.shape[1] - 1))
    tall = {"softbox": 0.09, "umbrella": 0.1, "flash": 0.09, "ring": 0.08}.get(lamp.kind, 0.06)
    # (A ring light's ring stands round the lens, its reflection round the pupil: kept clear
    # of the lid, or the ring was lost under it. The others 1.2 px under the margin: at 1, a
    # smaller eye's lid covered most of one.)
    cut = 1.2 + 0.3 * tall * ir if lamp.kind != "ring" else 1.5 + 0.12 * ir
    oy = max(oy, float(top[0, col]) + cut - centre[1] + fg.eye_h * 0.05)
    dx = xs - (centre[0] + ox)
    dy = ys - (centre[1] - fg.eye_h * 0.05 + oy)
    # A convex mirror squeezes what it shows towards its rim: off the cornea's middle the
    # reflection is narrower across that way.
    rr = float(np.hypot(ox, oy))
    ux, uy = (ox / rr, oy / rr) if rr > 1e-3 else (1.0, 0.0)
    squeeze = float(np.sqrt(max(1 - (rr / (CORNEA * fg.iris * 1.35)) ** 2, 0.35)))
    along = (dx * ux + dy * uy) / squeeze
    dx, dy = along * ux - (dy * ux - dx * uy) * uy, along * uy + (dy * ux - dx * uy) * ux
    # The tear film is no perfect mirror: the reflection's edge wobbles a little.
    wobble = 1 + 0.12 * np.sin(3 * np.arctan2(dy, dx) + cornea[3])
    dx, dy = dx * wobble, dy * wobble
    # At least a pixel or so across: smaller, a reflection between pixel centres vanished.
    # Soft-edged: a crisp one was a sticker's.
    if lamp.kind == "softbox":  # a small upright window
        shape = _box(dx, max(0.07 * ir, 0.55)) * _box(dy, max(0.09 * ir, 0.65)) * 0.4
    elif lamp.kind == "umbrella":  # a round blob, soft-edged once lamps.py blurs it
        shape = _box(np.hypot(dx, dy), max(0.1 * ir, 0.8)) * 0.36
    elif lamp.kind == "flash":  # a small, bright point
        shape = np.exp(-0.5 * (dx**2 + dy**2) / max(0.09 * ir, 0.6) ** 2) * 0.75
    elif lamp.kind == "ring":  # a dot that lamps.py hollows into a ring, kept small and
        # dim: a wide or bright ring covered the pupil with grey
        shape = np.exp(-0.5 * (dx**2 + dy**2) / max(0.08 * ir, 0.55) ** 2) * 0.6
    else:  # ceiling tubes: a bar high on the cornea, which lamps.py draws out sideways
        shape = _box(dx, 0.22 * ir) * _box(dy, max(0.06 * ir, 0.5)) * 0.9
    # The wet surface scatters a little of it round about: a faint halo.
    halo = np.exp(-0.5 * (dx**2 + dy**2) / max(0.22 * ir, 1.2) ** 2)
    shape = shape + 0.06 * halo
    c.glow[p.rows, p.cols] += shape * inside * bright


def _spread(lamp: Lamp) -> tuple[float, float]:
    """How large (0.75..1.2) and how bright (0.7..1.1) a photo's lamp looks in the eyes, from
    its fill and sheen, which the studio's lamp and how it was set up already vary: the same
    reflection in every photo made every face stare alike."""
    a = (lamp.sheen * 7.31 + lamp.fill * 13.7 + lamp.size) % 1.0
    b = (lamp.sheen * 3.17 + lamp.fill * 29.3 + lamp.distance) % 1.0
    return 0.75 + 0.45 * a, 0.7 + 0.4 * b


def _box(d: F32, half: float) -> F32:
    """1 within ``half`` of 0, its edges soft over about a pixel and a half."""
    return smoothstep(half + 0.75, half - 0.75, np.abs(d))
