"""Eyebrows: a soft mass of short hairs over skin, shaped by the eyebrow traits alone."""

from __future__ import annotations

import cv2
import numpy as np

from docexam.core.domain.seeds import rng
from docexam.core.faces import hairgrain
from docexam.core.faces.canvas import F32, LUMA, FaceCanvas, smoothstep, soft
from docexam.core.faces.geometry import SOCKET, FaceGeometry
from docexam.core.faces.patch import Patch
from docexam.core.faces.traits import Identity


def brows(
    c: FaceCanvas, fg: FaceGeometry, who: Identity, colour: tuple[float, float, float]
) -> None:
    """Relaxed eyebrows of short hairs, as a neutral face holds them: the head over the
    inner eye corner a little lower, sparse, with hairs standing up; a gentle arch peaking
    about two thirds out over the densest body; the tail thinning to a point. Their shape,
    weight and arch come from the eyebrow traits, within what is a man's or a woman's: a
    woman's brow is thinner, higher over the eye and more arched, its peak further out and
    its tail finer; a man's is thicker, lower and closer to the eye, and straighter. (The
    traits' steps are the same for both: only the middle of their range moves.) A thick
    brow is a dense one too, a thin one sparse, skin showing through its body. The two brows
    are not one mirrored: each stands and arches as the face's own asymmetry says."""
    tr = who.traits
    female = who.sex == "F"
    # Sized by the orbit the brow lies over, not the drawn eye's length (geometry.SOCKET).
    e = fg.eye_w * SOCKET
    thick = e * (0.22 + 0.24 * tr["brow_thickness"]) * (0.8 if female else 1.12)
    # How densely the hairs grow, the person's own: from a sparse brow to a bushy one.
    full = 0.55 + 0.8 * tr["brow_thickness"]
    g = c.g
    # A relaxed brow sits a little above the ridge's crest, never pulled down onto the lid;
    # a man's lies on the crest itself, a woman's (often shaped) a little above it.
    base = fg.brow - e * (0.28 if female else 0.14)
    rise = e * (0.24 * tr["brow_arch"] + (0.2 if female else 0.03))
    peak = (0.64 if female else 0.55) + 0.1 * tr["brow_arch"]
    # Tilt lifts or lowers the tail against the head; the head stays below the arch, so the
    # brow never slants down towards the nose.
    tail_y = e * (0.05 + 0.3 * (tr["brow_tilt"] - 0.5))
    reach = fg.eye_gap + e * 1.6
    p = Patch(
        c,
        [fg.fx - reach, fg.fx + reach],
        [base - rise - e * 0.9, base + e * 0.7],
        3,
    )
    spots = []
    t = np.linspace(0, 1, 28, dtype=np.float32)
    fall = np.clip((t - peak) / (1 - peak), 0, 1) ** 1.6
    climb = np.minimum(t / peak, 1)
    # Nearly straight up from the head, rounding over the peak, falling away along the tail.
    up = np.where(t < peak, 0.45 * climb + 0.55 * np.sin(np.pi / 2 * climb), 1 - fall)
    # The head is about as tall as the body (its hairs stand up) and rounded off; the tail
    # narrows to a point, a woman's sooner and finer.
    taper = 1.0 if female else 1.6
    width = thick * (
        (0.55 + 0.45 * np.sqrt(smoothstep(0.0, 0.1, t)))
        * (1 - 0.85 * smoothstep(0.5, 1.0, t) ** taper)
    )
    # Hairs per unit length: the head's stand up a little less dense than the body, the
    # body is densest, the tail thins out to single hairs. (A head as sparse as the tail
    # left a brow that began in a scatter of strokes.)
    density = (0.4 + 0.6 * smoothstep(0.02, 0.28, t)) * (1 - 0.8 * smoothstep(0.5, 1.0, t))
    hairs, weights, layers = [], [], []
    for side in (-1, 1):
        fs = fg.sided(side)
        ex = fg.fx + side * fg.eye_gap
        # A man's brows reach further in over the nose, nearer each other.
        x_in = ex - side * e * (0.98 if female else 1.1)
        x_out = ex + side * e * (1.35 + 0.1 * tr["brow_thickness"])
        xs = x_in + (x_out - x_in) * t
        arch = 1 + side / 2 * fg.skew.arch
        ys = base + (fs.brow - fg.brow) - rise * up * arch - tail_y * fall
        # (Spots overlap along the brow: each weighted so that they sum to its density, a
        # little more in the middle of its height.) They give the brow's relief and the
        # faint shade of its roots and fine hairs under the single ones.
        sx = e * 0.13
        k = 1.3 * abs(x_out - x_in) / (len(t) - 1) / (np.sqrt(2 * np.pi) * sx)
        spots += [
            (x, y, sx, w * 0.6, d * k) for x, y, w, d in zip(xs, ys, width, density, strict=True)
        ]
        h, w, n = _hairs(who, side, female, thick, (xs, ys, width, density * full), t)
        hairs.append(h - np.asarray(p.origin, np.float32))
        weights.append(w)
        layers.append(n)
    body = soft(p.spots(spots), 0.8)
    # Streaked the way the hairs lie: up at the head, out along the body and the tail.
    offs = np.arange(p.cols.start, p.cols.stop, dtype=np.float32) - fg.fx
    along = np.clip((np.abs(offs) - fg.eye_gap + e) / (e * 2.4), 0, 1)
    lie = np.sign(offs) * np.radians(10 + 65 * smoothstep(0.06, 0.38, along))
    # (Drawn from the photo's generator as before the single hairs, which is what keeps every
    # later layer's random stream where it was.)
    grain = hairgrain.streaks(
        g.standard_normal((c.h, c.w), dtype=np.float32)[p.rows, p.cols],
        np.broadcast_to(lie[None, :], p.shape).astype(np.float32),
        thick * 0.7,
    )
    strands = hairgrain.strands(
        p.shape, np.concatenate(hairs), np.concatenate(weights), np.concatenate(layers)
    )
    shade = _photographed(colour, who.skin)
    # The brow is a soft mass: the many fine, short hairs between the long ones and their
    # roots cover the skin densely over the body, streaked the way they lie, and thin out
    # over its edges, where skin shows between them. (A faint tone under the single hairs
    # read as pencil strokes floating on the skin; an even fill as a caterpillar, a block.)
    # The mass fades out into the head: there the hairs stand up singly, skin between them,
    # and the brow begins softly (a mass to its first hair drew a blunt, rounded end, a
    # sticker's). A sparse brow's mass is thinner, its skin showing through. The mass is
    # hairs too: streaked through to the skin, the more so over its upper half, whose edge
    # frays at a hair's scale and thins out upwards while the lower keeps the roots' cleaner
    # line. (A smooth fill with strokes over it printed as a blurred smudge or a bar.)
    head = (0.15 + 0.85 * smoothstep(0.0, 0.24, along))[None, :]
    # (Along its spine the body stays dense and even: there skin between strokes read as a
    # scribble. What frays and thins is its upper edge, away from the spine.)
    spine = smoothstep(0.4, 0.8, body / (body.max(axis=0, keepdims=True) + 1e-3))
    top = _above(body) * (1 - spine)
    edge = body + (0.05 + 0.15 * top) * grain * smoothstep(0.02, 0.2, body)
    mass = smoothstep(0.06 - 0.02 * top, 0.45 + 0.25 * top, edge) * head
    mass *= np.clip(1 - 0.4 * top + (0.15 + 0.45 * top) * (1 - 0.75 * spine) * grain, 0, 1.2)
    weight = (0.4 if female else 0.46) * float(np.clip(full, 0.8, 1.1))
    under = np.clip(mass * weight, 0, 0.62).astype(np.float32)
    p.paint(under, shade * 1.06)
    # Each layer of hairs in its own tone, some catching the lamp, some in their neighbours'
    # shade: a brow is not one flat colour.
    for i, layer in enumerate(strands):
        p.paint(layer, shade * np.float32(0.88 + 0.24 * i / max(len(strands) - 1, 1)))
    alpha = 1 - (1 - under) * np.prod(1 - strands, axis=0)
    # The hairs lie on the skin as a thin layer: the lamp lights their top and they shade a
    # little below them, over the brow ridge's own shade.
    p.lift(soft(body, 1.5), e * 0.04)
    rows, cols = p.rows, p.cols
    c.detail[rows, cols] = c.detail[rows, cols] * (1 - alpha) + grain * 0.02 * alpha


LAYERS = 4


def _above(body: F32) -> F32:
    """1 over the brow's upper half, 0 over its lower (which way its mass grows, downwards
    above the spine)."""
    gy = cv2.Sobel(body, cv2.CV_32F, 0, 1, ksize=3)
    gx = cv2.Sobel(body, cv2.CV_32F, 1, 0, ksize=3)
    return smoothstep(-0.2, 0.6, gy / (np.hypot(gx, gy) + 1e-4))


def _hairs(
    who: Identity,
    side: int,
    female: bool,
    thick: float,
    brow: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
    t: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One brow's single hairs as three-point polylines (root, bend, tip), their opacities and
    layers. Roots are strewn as the brow's density and width say. The hairs rise nearly
    straight up at the head and turn outwards to lie along the body and tail, the lower row
    growing up and out, the upper row out and a little down, meeting along the brow's spine;
    the tail's follow its fall. Drawn from the person's own stream: a brow's hairs are the
    person's, the same in every photo of them."""
    xs, ys, width, density = brow
    g = rng("brow-hairs", who.seed, side)
    along = density * width
    cdf = np.concatenate([[0.0], np.cumsum((along[1:] + along[:-1]) / 2)])
    span = float(abs(xs[-1] - xs[0]))
    length = thick * (0.75 if female else 0.95)
    # Enough hairs that each point of the body lies under two or three of them; the head and
    # the tail, sparser, under one or none.
    n = int(3.2 * float(cdf[-1]) * span / (len(t) - 1) * 1.5 / max(length, 1.0))
    s = np.interp(g.random(n) * cdf[-1], cdf, t)
    # (A few stray past the mass's edges: its outline is hairs, not a cut.)
    across = np.clip(g.normal(0, 0.55, n), -1.4, 1.4)
    # Their roots end in a clean line along the lower edge; upwards they straggle and thin.
    across = np.where(across > 0, across, 1.2 * across)
    # The head's hairs stand up over its first third before they turn to lie along it.
    lie = smoothstep(0.06, 0.38, s)
    elev = 84 - 70 * lie + 20 * across * lie - 16 * smoothstep(0.6, 1.0, s)
    elev = np.radians(elev + g.normal(0, 7, n))
    dx, dy = side * np.cos(elev), -np.sin(elev)
    # Head hairs stand up short; the body's are longest.
    ln = length * (0.6 + 0.4 * lie) * g.uniform(0.7, 1.15, n)
    cx = np.interp(s, t, xs)
    cy = np.interp(s, t, ys) + across * 0.62 * np.interp(s, t, width)
    x0, y0 = cx - dx * ln / 2, cy - dy * ln / 2
    # A hair curves as it grows, most towards lying flat along the brow.
    bend = g.normal(0, 0.08, n) * ln
    mx, my = cx - dy * bend, cy + dx * bend * side
    pts = np.stack(
        [np.stack([x0, y0], 1), np.stack([mx, my], 1), np.stack([x0 + dx * ln, y0 + dy * ln], 1)],
        axis=1,
    )
    weights = g.uniform(0.16, 0.4, n) * (0.9 if female else 1.0)
    weights *= 1 - 0.5 * smoothstep(0.9, 1.4, np.abs(across))
    weights *= 1 - 0.25 * smoothstep(0.6, 1.6, -across.astype(np.float32))
    return pts.astype(np.float32), weights.astype(np.float32), g.integers(0, LAYERS, n)


def _photographed(colour: tuple[float, float, float], skin: float) -> np.ndarray:
    """A brow's hairs as a photo shows them: finer and shorter than the scalp's, light passes
    through and round them, so a dark head's brows read lighter and greyer than its hair, a
    soft brown-grey, not the hair's black (drawn as dark, every dark-haired man's brows were
    two heavy bars). Fair brows are left as they are, darker than the hair. A dark face,
    exposed brighter, lifts them itself: lifted as much, they turned ashen on it."""
    c = np.asarray(colour, np.float32)
    lum = float(c @ LUMA)
    k = float(smoothstep(0.16, 0.04, lum)) * (1 - 0.4 * float(smoothstep(0.45, 0.9, skin)))
    grey = c * (1 - 0.4 * k) + lum * 0.4 * k
    return (grey * (1 + 0.75 * k)).astype(np.float32)
