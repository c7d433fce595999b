"""The neck and shoulders below the face, and where the clothes go on them."""

from __future__ import annotations

import numpy as np

from docexam.core.faces import clothes
from docexam.core.faces.canvas import F32, FaceCanvas, smoothstep
from docexam.core.faces.geometry import FaceGeometry
from docexam.core.faces.skin import skin_colour
from docexam.core.faces.torso import Torso, torso
from docexam.core.faces.traits import Identity, Look


def neck_width(t: Torso, ys: F32) -> F32:
    """Half the neck's width on rows ``ys``: near the jaw's width under it, flaring a little
    as the muscles beside the windpipe and the trapezius spread towards its base."""
    s = np.clip((ys - t.top) / (t.junction - t.top), 0, 1)
    return t.neck_top + (t.neck_base - t.neck_top) * s**2


def neck_centre(fg: FaceGeometry, t: Torso, ys: F32) -> F32:
    """The neck's middle column on rows ``ys``: under the jaw at its top, the head's axis at
    its base. A turned head takes the top of the neck with it: the neck runs from under the
    jaw down to the shoulders, which face the camera (centred on the head's axis all the way
    up, a turned jaw left the neck's far side standing out under it as a step)."""
    twist = (_under_the_jaw(fg) if fg.mesh is not None else fg.cx) - fg.cx
    return (fg.cx + twist * smoothstep(t.junction, t.top, ys)).astype(np.float32)


def _slope(t: Torso, ax: F32) -> tuple[F32, F32]:
    """The trapezius' upper edge over offsets ``ax`` from the middle, and its steepness: it
    leaves the neck steeply and flattens towards the shoulder (a concave slope), where the
    deltoid rounds it over and down the arm."""
    run = t.acromion - t.neck_base
    s = np.clip((ax - t.neck_base) / run, 0, 1)
    y = t.junction + t.drop * (1 - (1 - s) ** 1.6)
    dy = t.drop * 1.6 * (1 - s) ** 0.6 / run
    over = np.maximum(ax - t.acromion * 0.9, 0)
    y = y + over**2 / (t.acromion * 0.12)
    dy = dy + 2 * over / (t.acromion * 0.12)
    return y, dy


def inside(t: Torso, dx: F32, ys: F32) -> F32:
    """How far (in pixels) points lie inside the figure: the neck and the shoulders joined by a
    smooth fillet, so the two read as one body (negative outside)."""
    ax = np.abs(dx)
    neck = neck_width(t, ys) - ax
    y, dy = _slope(t, ax)
    shoulders = (ys - y) / np.sqrt(1 + dy**2)
    k = np.clip(0.5 + 0.5 * (neck - shoulders) / t.fillet, 0, 1)
    joined = shoulders + (neck - shoulders) * k + t.fillet * k * (1 - k)
    return np.minimum(joined, ys - t.top)


def shoulder_line(fg: FaceGeometry, male: bool, h: int, xs: F32, weight: float = 0.0) -> F32:
    """The row of the neck's and shoulders' outline above columns ``xs`` (hair hanging behind
    the shoulders goes out of sight there)."""
    t = torso(fg, male, weight)
    ax = np.linspace(0, t.acromion * 1.3, 160, dtype=np.float32)
    rows = np.arange(t.top - 1, h + 4, 0.5, dtype=np.float32)
    d = inside(t, ax[None, :], rows[:, None])
    # The field grows down each column: its first row inside, to a fraction of a row.
    first = np.clip(np.argmax(d >= 0, axis=0), 1, len(rows) - 1)
    cols = np.arange(len(ax))
    d0, d1 = d[first - 1, cols], d[first, cols]
    edge = rows[first] - 0.5 * d1 / np.maximum(d1 - d0, 1e-6)
    edge = np.where(d[-1] >= 0, edge, h + 4)
    return np.interp(np.abs(xs - fg.cx), ax, edge).astype(np.float32)


def _under_the_jaw(fg: FaceGeometry) -> float:
    """The column midway between the jaw's outlines halfway from its angles to the chin."""
    assert fg.mesh is not None
    head = fg.mesh.head
    row = head[min(head.shape[0] - 1, int(fg.gonion + (fg.chin - fg.gonion) * 0.5))]
    cols = np.flatnonzero(row > 0.5)
    return float(cols[0] + cols[-1]) / 2 if len(cols) else fg.cx


def _ridge(dx: F32, ys: F32, p0: tuple[float, float], p1: tuple[float, float], w: float) -> F32:
    """A rounded ridge along the segment p0..p1, ``w`` its half width, fading at both ends."""
    vx, vy = p1[0] - p0[0], p1[1] - p0[1]
    n = vx * vx + vy * vy
    s = (((dx - p0[0]) * vx + (ys - p0[1]) * vy) / n).astype(np.float32)
    px, py = dx - p0[0] - s * vx, ys - p0[1] - s * vy
    fade: F32 = smoothstep(0.0, 0.2, s) * smoothstep(1.05, 0.75, s)
    return np.exp(-0.5 * (px * px + py * py) / (w * w)) * fade


def _creases(
    c: FaceCanvas,
    fg: FaceGeometry,
    t: Torso,
    look: Look,
    band: slice,
    dx: F32,
    ys: F32,
    half: F32,
    mottle: F32,
) -> None:
    """The neck's rings: faint creases across its front, deeper with age and weight. Seen
    from eye level they are the near halves of rings round the neck, so they sag in the
    middle; they fade towards its sides and come and go along their length (with the skin's
    ``mottle``: drawing noise of their own would change every later draw of the photo)."""
    k = 0.15 + 0.85 * float(np.clip((look.age - 25) / 45, 0, 1))
    k *= 0.7 + 0.3 * float(np.clip(look.weight + 0.5, 0, 1.5))
    across = np.clip(1 - (dx / half) ** 2, 0, 1)
    wander = 0.6 + 0.4 * mottle
    lines = np.zeros_like(dx)
    for at, strength in ((0.42, 1.0), (0.78, 0.6)):
        row = fg.chin + (t.junction - fg.chin) * at + fg.wz * 0.06 * across
        lines += strength * np.exp(-0.5 * ((ys - row) / 2.0) ** 2)
    # Very faint, and broken along their length: drawn evenly they read as stripes.
    lines *= k * across**0.7 * np.clip(wander - 0.2, 0, 1)
    c.albedo[band] *= 1 - (0.06 * lines)[..., None]
    # (Mostly colour: as relief the lamp drew each edge of a crease, two lines that read
    # as scratches on a lit neck.)
    c.detail[band] -= 0.02 * lines


def body(c: FaceCanvas, fg: FaceGeometry, who: Identity, look: Look) -> None:
    """Shoulders in clothes and the neck, behind the face."""
    skin = skin_colour(who)
    male = who.sex == "M"
    t = torso(fg, male, look.weight)
    # Everything here lies below the jaw's angle: work on those rows only.
    band = slice(max(0, int(t.top - 2)), c.h)
    ys = c.ys[band, :1]
    dx = c.xs[band] - neck_centre(fg, t, ys)
    d = inside(t, dx, ys)
    figure = smoothstep(-0.9, 0.9, d)
    depth = fg.wz * 0.55
    # A neck is round in section, its front a little flatter (windpipe and the muscles beside
    # it): it turns away towards its sides as a cylinder does; below it the trapezius falls
    # away to the shoulders.
    half = neck_width(t, ys)
    # Its sides turn away over a finger's width without ever going edge-on: a true circle's
    # section turned the normals flat within a pixel of the outline and drew a dark rim line
    # down both sides, which no photographed neck has (light wraps round skin).
    across = np.clip(1 - np.abs(dx / (half * 1.08)) ** 2.4, 0, 1)
    sx = np.clip(dx / (t.acromion * 1.2), -1, 1)
    # Above the trapezius' line the neck's own section: taking the higher of it and the
    # shoulders' (nearly flat across the neck) had flattened the neck into the chest.
    line, _ = _slope(t, np.abs(dx))
    k = smoothstep(-t.fillet, t.fillet, ys - line)
    neck_z = depth * (0.15 + 0.45 * (across + (np.sqrt(1 - sx**2) - across) * k))
    # The two sternocleidomastoids run from behind the ears down to the breastbone: soft
    # ridges in the front light with the throat a little hollow between them low down, and
    # the pit where they meet the breastbone.
    for side in (-1, 1):
        top = (side * t.neck_top * 0.95, float(fg.gonion))
        foot = (side * t.neck_top * 0.18, t.notch)
        # Faint, fainter on a woman's smoother neck: at full strength they were cords.
        neck_z += depth * (0.09 if male else 0.045) * _ridge(dx, ys, top, foot, fg.wz * 0.1)
        # The collarbones run out from the notch, rising a little to the shoulders: they
        # show where a low neckline leaves them bare.
        out = (side * t.acromion * 0.85, t.notch - (t.notch - t.junction) * 0.35)
        neck_z += (
            depth * 0.08 * _ridge(dx, ys, (side * t.neck_top * 0.15, t.notch), out, fg.wz * 0.06)
        )
    throat = np.exp(-0.5 * (dx / (t.neck_top * 0.3)) ** 2) * smoothstep(t.junction, t.notch, ys)
    neck_z -= depth * 0.05 * throat
    height = c.height[band]
    # The relief runs on a few pixels past the outline (the backdrop is composited over it):
    # a cliff there would read as a dark contour at the outline.
    past = np.clip(1 + d / (fg.wz * 0.08), 0, 1) * (height < neck_z)
    height += (neck_z - height) * np.maximum(figure, past)
    if male:  # the larynx's prominence, a third of the way down the throat
        c.bump(fg.cx, fg.chin + (t.notch - fg.chin) * 0.32, fg.wz * 0.07, fg.wz * 0.1, fg.wz * 0.03)
    c.bump(fg.cx, t.notch, fg.wz * 0.12, fg.wz * 0.08, -fg.wz * 0.03)
    # The neck is the face's skin without its flush; its front, towards the lamp, keeps the
    # light and only its sides, towards the hair, go a little darker, softly. (The jaw's
    # shade on it is head.py's, laid over the chin's underside and the neck as one.)
    sides = 1 - 0.1 * smoothstep(0.45, 1.1, np.abs(dx / half))
    mottle = c.noise(6.0)[band]
    # Faint: at 2.5 % its blotches, a finger across, read down the neck's middle as dark
    # bands across it between the jaw's shade and the collar.
    tone = (0.92 + 0.012 * mottle) * sides
    neck_rgb = np.asarray(skin, np.float32) * np.array([1.0, 0.985, 0.965], np.float32)
    c.neck_skin[band] = neck_rgb * tone[..., None]
    c.paint(figure, c.neck_skin[band], rows=band)
    # Skin's grain on the neck, none on the chest: a low neckline's chest faces the lamp at
    # the sheen's angle and caught any grain as a grey lace.
    neck_only = 1 - smoothstep(t.junction - t.fillet, t.junction + t.fillet, ys)
    c.detail[band] += figure * neck_only * 0.03 * c.noise(0.9)[band]
    _creases(c, fg, t, look, band, dx, ys, half, mottle)
    gloss = c.gloss[band]
    gloss += (0.06 - gloss) * figure
    np.maximum(c.person[band], figure, out=c.person[band])
    clothes.clothes(c, fg, who, look, t, band, figure, depth)
    # The lamp is aimed at the face: the shoulders, further from it, take a little less.
    falloff = 0.12 * smoothstep(t.junction, c.h * 1.1, ys) * smoothstep(0.0, 0.5, figure)
    # Not on the neck above its pit: it stands as near the lamp as the jaw (only the chest
    # below falls back with the shoulders). Darkened from the junction down, a band across
    # the neck's lower half left a lit strip above it, under the jaw's shade.
    neck = smoothstep(1.3, 0.8, np.abs(dx) / half) * smoothstep(t.notch, t.junction, ys)
    falloff *= 1 - neck
    c.albedo[band] *= (1 - falloff)[..., None]
