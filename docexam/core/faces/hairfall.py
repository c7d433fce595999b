"""Hair hanging beside the face: where the fall lies (its edge by the face, its outline, and
for hair combed from a parting the arch it frames the forehead with), its shade as a rounded
mass, and its ends."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import cv2
import numpy as np

from docexam.core.faces import combing, fibres
from docexam.core.faces.body import shoulder_line
from docexam.core.faces.canvas import F32, FaceCanvas, smoothstep
from docexam.core.faces.geometry import FaceGeometry
from docexam.core.faces.traits import Look


def day(look: Look) -> tuple[str, ...]:
    """What seeds the way hair lies beside its style: a live photo's (``look.jpeg``) is another
    day's, its parting and locks fallen their own way; a document's portrait keeps the hair it
    was printed with. (Seeded by the person and style alone, the booth's photo showed the
    document's hair lock for lock.)"""
    return (repr(look),) if look.jpeg else ()


@dataclass
class Drape:
    """How a head of hair lies, in the picture's rows and columns: the parting's column, the
    row its fall fans from (hair not combed from a parting), its top, the row below which it
    hangs free (the temples'), the row its ends reach, its half width at the temples, its half
    width over the skull row by row, how far it spreads out on the shoulders, row by row, and
    (for hair falling past the jaw) the neck's half width and middle column row by row. The
    neck and shoulders are drawn round the head's layout (``body``), not the hair's: on a
    turned head the neck leans under the jaw, the hair's middle does not."""

    part: float
    py: float
    top: float
    temple: float
    reach: float
    half: float
    side_half: F32
    flare: F32
    neck: F32 | None = None  # the neck's half width row by row, where a fall reaches below it
    neck_mid: F32 | None = None  # and its middle column row by row
    body: FaceGeometry | None = None


@dataclass
class Fall:
    """Where hair hangs (``fallen``), how many pixels in from its inner edge by the face
    (``into``), its shade as a mass, and combed hair's outline (``hull``)."""

    fallen: np.ndarray
    into: F32
    shade: float | F32
    hull: np.ndarray | None


def hang(
    c: FaceCanvas,
    fg: FaceGeometry,
    rows: slice,
    style: str,
    fib: fibres.Fibres,
    flow: fibres.Flow,
    pt: combing.Parted | None,
    d: Drape,
    coiled: bool,
    g: np.random.Generator,
) -> Fall:
    """Hair falling down the sides, over the ears, framing the face (``pt``: its fall when
    combed from a parting; ``g`` draws its clumps)."""
    xs, ys = c.xs[rows], c.ys[rows]
    temple, reach, top = d.temple, d.reach, d.top
    combed = pt is not None
    # Its inner edge is a line of the fall: from the parting over the temple, then down
    # beside the cheek and jaw; waves swing it with the locks.
    yr = ys[:, 0]
    outline = fg.half_width(np.clip(yr, temple, fg.gonion))
    # (Smoothed down the rows: the mesh's silhouette steps from row to row, and the fall's
    # edge along it showed every step as a notch.)
    # (Nor following short bumps and hollows in it, an ear's root or the temple's hollow: it
    # lies over them, straight. Followed, they drew a notch in its edge by the eye.)
    span = np.ones((int(fg.wz * 0.4) | 1, 1), np.uint8)
    outline = outline[:, None].astype(np.float32)
    outline = cv2.morphologyEx(
        cv2.morphologyEx(outline, cv2.MORPH_OPEN, span), cv2.MORPH_CLOSE, span
    )
    outline = cv2.GaussianBlur(outline, (1, 0), sigmaX=0, sigmaY=fg.wz * 0.06)[:, 0]
    drop = np.clip((yr - fg.eye) / max(1.0, reach - fg.eye), 0, 1)
    inner = np.where(yr > fg.gonion, np.maximum(outline, fg.wz * 0.62), outline)
    inner = inner * (0.92 + 0.1 * drop)
    arc = np.clip((yr - d.py) / max(1.0, temple - d.py), 0, 1) ** 0.7
    sway = fib.sway
    if combed:  # (its edges swing with the waves as a whole, not lock by lock: flags)
        # (Blurred at a quarter of the width: the same, for a tenth of the time.)
        quarter = (max(4, sway.shape[1] // 4), sway.shape[0])
        small = cv2.resize(sway, quarter, interpolation=cv2.INTER_AREA)
        small = cv2.GaussianBlur(small, (0, 0), sigmaX=fg.wz * 0.0375, sigmaY=1.0)
        sway = cv2.resize(small, sway.shape[::-1], interpolation=cv2.INTER_LINEAR)
    x_eff = xs + sway
    part = d.part
    left = np.where(yr < temple, part + (fg.cx - inner - part) * arc, fg.cx - inner)
    right = np.where(yr < temple, part + (fg.cx + inner - part) * arc, fg.cx + inner)
    if d.neck is not None:
        # Below the jaw the fall drapes over the trapezius to the neck's side: hanging on
        # straight down from the jaw's corners, it left a strip of shaded skin between it and
        # the neck's outline, which read as a see-through panel over the neck. (Each side to
        # the neck's own: on a turned head the neck leans under the jaw, and taken round the
        # hair's middle the fall covered one side of the throat and left the strip on the other;
        # nor only ever inwards: the face's outline, taken as even about the hair's middle, lies
        # inside the neck on one side of a turned head, and the fall came over the throat.)
        onto = smoothstep(fg.gonion, fg.chin + fg.wz * 0.2, yr)
        mid = fg.cx if d.neck_mid is None else d.neck_mid
        left = left + (mid - d.neck * 1.01 - left) * onto
        right = right + (mid + d.neck * 1.01 - right) * onto
    # Hanging hair stands out from the head below the crown (its own volume).
    fuller = fg.wz * 0.18 * smoothstep(top, fg.eye, yr) * (1 - 0.5 * drop)
    outer = (d.half + fuller) * d.flare * (1 + 0.05 * drop)
    # Its sides are no plumb line: the mass bellies out and comes in towards its ends
    # (a bob most), and wanders lock by lock, each side its own way.
    inwards = {"bob": 0.14, "medium": 0.09, "pixie": 0.05}.get(style, 0.0)
    outer = outer * (1 - inwards * smoothstep(0.45, 1.0, drop))
    wander = c.noise(fg.wz * 0.25)[rows] * fg.wz * 0.05
    outer = outer[:, None] + np.where(xs < fg.cx, wander[:, :1], wander[:, -1:])
    # Its inner edge is no plumb line down the cheek: a lock lies further over it here, stops
    # short there (drawn smooth, the face read as cut out of a shell of hair).
    bite = _bites(g.spawn(1)[0], yr, fg.eye + fg.wz * 0.1, fg.wz)
    # The hair's inner edge turns towards the face, out of the light.
    into = np.maximum(left[:, None] - x_eff + bite[0], x_eff - right[:, None] + bite[1])
    fallen = into > 0
    if pt is not None:  # over the skull combed hair frames the forehead in an arch
        into = np.where(ys < temple, pt.into, into).astype(np.float32)
        fallen = into > 0
    # Hair turns under where it meets the face: the lamp reaches its underside only past the
    # locks in front, so it darkens over a broad band towards its inner edge. (A little at the
    # edge itself: deeper there, with the skin's shade beside it, it read as a drawn outline.)
    under = (
        0.88
        + 0.06 * smoothstep(0, fg.wz * 0.15, into)
        + 0.06 * smoothstep(fg.wz * 0.1, fg.wz * 0.45, into)
    )
    shade: float | F32 = np.where(fallen, under, 1.0)
    hull: np.ndarray | None = None
    ny = (ys - temple) / (temple - top)
    if coiled:  # springy hair stands out round the head as a rounded mass
        # (A mass of coils has no parting and no inner edge of locks: no fold down from it;
        # it drew a dark stripe through the mass beside the cheek.)
        shade = 1.0
        lumpy = 1 + 0.025 * c.noise(8.0)[rows]
        ry = np.where(ys < temple, temple - top, reach - temple)
        # Below the temples it stays full to its ends, over the ears (round there, the lobes
        # showed under it); a pixie's coils are short at the sides.
        k = np.where(ys < temple, 2.0, 2.0 if style == "pixie" else 3.2)
        ax, ay = np.abs(xs - fg.cx) / (d.half * 1.12), np.abs(ys - temple) / ry
        fallen &= ax**k + ay**k < lumpy**k
        return Fall(fallen, into.astype(np.float32), shade, hull)
    if combed:
        # One outline over the skull and down the sides: round over the top as a skull is
        # from the front, as wide at the temples as below them. (The dome's outline and the
        # fall's met in a step; a half ellipse down to the temples rose to a point.)
        r = min(d.half * 1.1, temple - top)
        dome = np.sqrt(np.clip(1 - np.clip((top + r - ys[:, :1]) / r, 0, None) ** 2, 0, 1))
        hull = np.abs(x_eff - fg.cx) < outer * dome
        # A bob's ends (a medium cut's a little) turn under towards the neck: its outline
        # rounds in at the bottom corner, and what turns under faces down, out of the light.
        # (Hanging straight to a cut, its ends read as a comb's row.)
        turn = {"bob": 0.35, "medium": 0.2}.get(style, 0.0) * fg.wz
        if turn > 0:
            k = np.clip((ys[:, :1] - (reach - turn)) / turn, 0, 1)
            hull &= np.abs(x_eff - fg.cx) < outer - (1 - np.sqrt(1 - k**2)) * turn
            shade = shade * (1 - 0.18 * k**1.5)
        fallen &= hull
    else:
        fuller_x = (np.abs(xs - fg.cx) / (d.side_half + fuller[:, None])) ** 2.2
        wider = fuller_x + np.clip(-ny, 0, None) ** 2.2 < 1
        fallen &= (np.abs(x_eff - fg.cx) < outer) & (wider | (ys > temple))
    # The curtain is a rounded mass of clumps, tucked in under the jaw (no flat painted
    # sheet). (Combed hair's clumps are its locks': the curtain's own would cross them.)
    beyond = outer - np.abs(x_eff - fg.cx)
    s_fall = None if combed else flow.s + fib.sway / flow.width[:, None]
    mass = curtain(into, beyond, s_fall, ys, (fg.gonion, fg.chin), fg.wz, g)
    shade = (shade * np.where(fallen, mass, 1.0)).astype(np.float32)
    return Fall(fallen, into.astype(np.float32), shade, hull)


def layered(
    ends: fibres.Ends, style: str, reach: float, height: int, g: np.random.Generator
) -> fibres.Ends:
    """``ends`` in a layered cut: its locks end at rows of their own (``layers``: how far
    apart, a bob's the least, cut to a line), and long hair's outer clumps, which hang behind
    the shoulders, are cut shorter, some ending above them. (Hanging on behind the shoulders
    every one, the outer ends were all cut off at the shoulders' line, straight.)"""
    layers = {"bob": 0.0, "pixie": 0.5, "medium": 0.8}.get(style, 1.0)
    if style != "long":
        return dataclasses.replace(ends, layers=layers)
    behind = ends.front < 0.5
    short = behind & (g.random(len(ends.length)) < 0.6)
    length = np.where(
        short, reach + g.uniform(0.15, 0.7, len(ends.length)) * (height - reach), ends.length
    ).astype(np.float32)
    return dataclasses.replace(ends, layers=layers, length=length)


def _bites(g: np.random.Generator, yr: F32, start: float, wz: float) -> tuple[F32, F32]:
    """How far, row by row, the fall's inner edge comes in over each cheek past its line: by
    long stretches, from nothing at the row ``start``. (From the temple, and a lock's length
    each, one came in and went out again beside the eye: a notch, an S in a bob's edge.)"""
    out = []
    for _ in range(2):
        n = g.standard_normal((yr.size, 1)).astype(np.float32)
        b = cv2.GaussianBlur(n, (1, 0), sigmaX=0, sigmaY=wz * 0.22)[:, 0]
        b = np.clip(b / max(float(b.std()), 1e-6) + 0.4, 0, None)
        out.append((wz * 0.05 * b * smoothstep(start, start + wz * 0.5, yr))[:, None])
    return out[0].astype(np.float32), out[1].astype(np.float32)


def curtain(
    into: F32,
    beyond: F32,
    s: F32 | None,
    ys: F32,
    jaw: tuple[float, float],
    wz: float,
    g: np.random.Generator,
) -> F32:
    """The shade of hair hanging beside the face, ``into`` pixels in from its inner edge and
    ``beyond`` in from its outer one, on line ``s`` of the fall: a rounded mass, lit where it
    bulges towards the lamp and darker where it turns away at its edges; a few broad clumps
    (unless ``s`` is None), each swelling in its middle, with a crease of shadow where two
    part; and darker low down beside the neck, where it tucks in under the jaw's shadow
    (``jaw``: the rows of the jaw's corner and the chin)."""
    u = np.clip(into / np.maximum(into + beyond, 1.0), 0, 1)
    across = 0.87 + 0.17 * np.sqrt(np.clip(np.sin(np.pi * u), 0, 1)) - 0.04 * u
    low = smoothstep(jaw[0], jaw[1] + wz * 0.5, ys) * (1 - u) ** 1.5
    tucked = 1 - 0.22 * low
    if s is None:
        return (across * tucked).astype(np.float32)
    # Clumps a few to a side, of their own widths: a crease where two part.
    width = g.uniform(0.22, 0.34)
    t = s / width + g.uniform(0, 1)
    wob = 0.12 * np.sin(t * 2.3 + g.uniform(0, 6.3))
    f = (t + wob) % 1.0
    swell = 1 + 0.06 * np.cos(2 * np.pi * (f - 0.5))
    crease = np.exp(-(((np.minimum(f, 1 - f)) / 0.07) ** 2))
    return (across * swell * (1 - 0.18 * crease) * tucked).astype(np.float32)


def ends(
    c: FaceCanvas,
    fg: FaceGeometry,
    rows: slice,
    alpha: F32,
    fib: fibres.Fibres,
    fall: Fall,
    sdf: F32,
    d: Drape,
    behind: tuple[bool, float] | None,
    coiled: bool = False,
) -> F32:
    """Hanging hair's ``alpha`` where its locks end: they end at their own lengths, in tips of
    fibres; hair not combed from a parting thins towards its outline (``sdf``); locks behind
    the shoulders (``behind``: a man's?, the sitter's weight; None if none are) go out of
    sight at their line."""
    xs, ys = c.xs[rows], c.ys[rows]
    alpha = alpha * np.where(ys > fg.hairline, fib.inside, 1.0)
    # The ends are fibres finer than a pixel: a narrow tip is faint, not a solid tooth.
    # (Blurred more along the fall: a tip fades out down its length; a lock ending at its
    # own length otherwise left a square step in the outline.)
    tips = np.minimum(alpha, cv2.GaussianBlur(alpha, (0, 0), sigmaX=1.6, sigmaY=4.5))
    alpha = np.where(ys > fg.mouth, tips, alpha).astype(np.float32)
    if fall.hull is None:  # (combed hair's outline is thinned all round, as its crown's is)
        # Hanging hair thins towards its outline: against the background the last strands
        # let it show through between them (a veil of hairs, not a cut-out).
        strand = fib.strand
        if coiled:  # (coil by coil, a few pixels each: pixel by pixel the edge was dithered)
            strand = cv2.GaussianBlur(strand, (0, 0), 1.3) * 2.2 - 0.6
        veil = smoothstep(0.0, fg.wz * 0.12, sdf + 2.0 * (strand - 0.5))
        # (Fibre by fibre, not lock by lock: thinned by whole locks, the outline showed
        # see-through blocks.)
        thin = np.clip(0.1 + 2.2 * (strand - 0.45) + 0.2 * fib.ridge, 0.0, 1.0)
        # (Coming in down the dome, not at the temple's row: there it stepped the outline.)
        see = reach_fall(fall.fallen, ys, d.top, d.temple) * (1 - c.person[rows])
        alpha *= 1 - see * (1 - veil) * (1 - thin)
    if behind is not None:
        shoulder = shoulder_line(d.body or fg, behind[0], c.h, xs, behind[1])
        alpha *= fib.front + (1 - fib.front) * smoothstep(shoulder + 1.0, shoulder - 1.5, ys)
    return alpha.astype(np.float32)


def reach_fall(fallen: np.ndarray, ys: F32, top: float, temple: float) -> F32:
    """Where hanging hair is its fall rather than the dome over the skull: from part way down
    the dome, fully from the temples."""
    return (fallen * smoothstep(top + (temple - top) * 0.35, temple, ys)).astype(np.float32)


def against_face(z: F32, skin: F32, into: F32, wz: float) -> tuple[F32, F32]:
    """The relief ``z`` of hair falling beside the face (``into``: pixels in from its inner
    edge), over the ``skin``'s relief: a sheet lying against the cheek, as deep to its edge as a
    little inside it (carried out from there), stepping down to the skin over a few pixels of
    the skin beside it. Gives the relief and where it lies on that skin. (Smoothed with the
    face's relief beside it, the fall rose to a ridge along its edge: lit on the crest and dark
    where it turned to the face, it outlined the face with a light and a dark line; its step
    down on the hair's own edge turned that edge from the lamp, a dark line too.)"""
    inner = smoothstep(wz * 0.12, wz * 0.24, into).astype(np.float32)
    sigma = wz * 0.12
    num = cv2.GaussianBlur(z * inner, (0, 0), sigmaX=sigma, sigmaY=2.0)
    den = cv2.GaussianBlur(inner, (0, 0), sigmaX=sigma, sigmaY=2.0)
    carried = num / np.maximum(den, 1e-3)
    out = wz * 0.15
    edge = (1 - inner) * smoothstep(0.02, 0.2, den) * (into > -out)
    z = z + (carried - z) * edge
    # (On the skin a slope over a few pixels: it turns a little from the lamp, a soft shade
    # along the hair.)
    z = skin + (z - skin) * smoothstep(-out, 0.5, into) ** 1.5
    on_skin = (into > -out) & (into < 2.0) & (edge > 0)
    return z.astype(np.float32), on_skin.astype(np.float32)
