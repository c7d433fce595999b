"""Hair as single strands and coils: the texture of a mass of tight coils, stray hairs out of a
silhouette, short sprigs at a hairline, and the signed distance outlines are measured by."""

from __future__ import annotations

import math

import cv2
import numpy as np
import numpy.typing as npt

from docexam.core.faces.canvas import F32, FaceCanvas
from docexam.core.faces.fibres import Flow
from docexam.core.faces.geometry import FaceGeometry


def coils(
    c: FaceCanvas,
    shape: tuple[int, int],
    fg: FaceGeometry,
    size: float = 0.014,
    clumps: float = 0.0,
) -> tuple[F32, F32]:
    """Tight curls: a mass of small springy coils, not locks (ridge, fine texture); with
    ``clumps``, the coils gather into clumps of a few times their size."""
    h, w = shape
    n = c.g.standard_normal((h, w), dtype=np.float32)
    blob = cv2.GaussianBlur(n, (0, 0), max(0.9, fg.wz * size))
    blob = blob / (float(blob.std()) + 1e-6)
    if clumps > 0:
        big = cv2.GaussianBlur(c.g.standard_normal((h, w), dtype=np.float32), (0, 0), fg.wz * 0.04)
        big = big / (float(big.std()) + 1e-6)
        # (Rounded tops, deep clefts between: a clump is a ball of coils, not a wave.)
        big = np.tanh(big * 1.5)
        blob = blob * (1 - clumps) + big * clumps * 1.3
    blob = np.clip(0.6 + blob / 4, 0, 1)
    fine = cv2.GaussianBlur(c.g.standard_normal((h, w), dtype=np.float32), (0, 0), 0.7)
    return blob, np.clip(0.5 + 0.18 * fine / (float(fine.std()) + 1e-6), 0, 1)


def signed_distance(mask: np.ndarray) -> F32:
    """Signed distance in pixels to a mask's border: + inside, - outside."""
    m = mask.astype(np.uint8)
    inside = cv2.distanceTransform(m, cv2.DIST_L2, 3)
    outside = cv2.distanceTransform(1 - m, cv2.DIST_L2, 3)
    return (inside - outside).astype(np.float32)


def strays(
    c: FaceCanvas,
    fg: FaceGeometry,
    colour: npt.NDArray[np.float32],
    rows: slice,
    sdf: F32,
    flow: Flow,
    n: int,
    backdrop: F32,
    reach: float = 0.0,
) -> None:
    """Single hairs standing out of the silhouette against the background."""
    g = c.g
    ys, xs = np.nonzero(
        (sdf > 0)
        & (sdf < 2.5)
        & (c.ys[rows] < fg.eye + (fg.chin - fg.eye) * reach)
        & (backdrop > 0.5)
    )
    if len(xs) == 0 or n <= 0:
        return
    pick = g.integers(0, len(xs), n)
    y0, x0 = ys[pick].astype(np.float32), xs[pick].astype(np.float32)
    gy, gx = np.gradient(cv2.GaussianBlur(sdf, (0, 0), 2.0))
    ox, oy = -gx[ys[pick], xs[pick]], -gy[ys[pick], xs[pick]]
    on = np.hypot(ox, oy) + 1e-6
    fx, fy = flow.slope[ys[pick], xs[pick]], np.ones(n, np.float32)
    fn = np.hypot(fx, fy)
    sign = np.sign(fx * ox + fy * oy + 1e-3)
    dx = 0.4 * ox / on + 0.8 * sign * fx / fn
    dy = 0.4 * oy / on + 0.8 * sign * fy / fn
    # Mostly short, a few long flyaways curving off the mass.
    long = g.random(n) < 0.2
    length = fg.wz * g.uniform(0.03, 0.12, n) * (1 + 1.5 * long)
    bend = g.normal(0, 0.5, n)
    pts = []
    for t in (0.0, 0.2, 0.4, 0.6, 0.8, 1.0):
        a = bend * t
        px = x0 + (dx * np.cos(a) - dy * np.sin(a)) * length * t
        py = y0 + rows.start + (dy * np.cos(a) + dx * np.sin(a)) * length * t
        pts.append(np.stack([px, py], 1))
    paths = np.round(np.stack(pts, 1) * 8).astype(np.int32)
    # How much each hair shows: most barely, a few catch the eye. (Its own generator, seeded
    # from the draws above: the canvas's draws after this stay as they were.)
    own = np.random.default_rng(int(pick.sum()) + 7 * n)
    seen = (0.45 + 0.55 * own.random(n) ** 2) * np.where(long, 0.6, 1.0)
    m = fading(paths, seen, (c.h, c.w))
    # (A fibre is a tenth of a pixel wide here: a faint line, not a wire.)
    m = (m * 0.32).astype(np.float32)
    c.paint(m, colour * 0.9)
    c.person = np.maximum(c.person, m * 0.5)


def fading(
    paths: np.ndarray, seen: npt.NDArray[np.float64], shape: tuple[int, int], under: bool = False
) -> F32:
    """Coverage of hairs along ``paths`` (hair, point, xy; 8ths of a pixel), each as strong
    as ``seen`` (0..1) where it starts and fading out to its tip: a fibre leaving the mass thins
    and turns out of the light along its length. (Drawn at one strength from root to tip, a
    long flyaway read as a scratch on the print.) ``under``: it lies on the mass, coming out
    from under the locks and going under again, faint at both ends."""
    out = np.zeros(shape, np.float32)
    steps = paths.shape[1] - 1
    # (Hairs drawn in a few bands of strength: one line drawing per band and segment.)
    band = np.minimum((np.asarray(seen) * 4).astype(int), 3)
    for b in np.unique(band):
        k = (b + 0.5) / 4
        for s in range(steps):
            seg = np.zeros(shape, np.float32)
            cv2.polylines(seg, list(paths[band == b, s : s + 2]), False, 1.0, 1, cv2.LINE_AA, 3)
            along = math.sin(math.pi * (s + 0.5) / steps) if under else (1 - s / steps) ** 1.2
            out = np.maximum(out, np.minimum(seg, 1) * k * along)
    return out


SPRIG = 0.14  # a single hair's cover of its pixel at the root


def sprigs(
    c: FaceCanvas,
    rows: slice,
    where: np.ndarray,
    source: tuple[float, float],
    length: float,
    n: int,
    colour: npt.NDArray[np.float32],
) -> None:
    """Single short hairs rooted in ``where``, each leaning towards ``source`` (the point the
    hair is combed from), ``length`` pixels or so long."""
    ys, xs = np.nonzero(where)
    if len(xs) == 0:
        return
    g = c.g
    pick = g.integers(0, len(xs), n)
    x0 = xs[pick].astype(np.float32)
    y0 = (ys[pick] + rows.start).astype(np.float32)
    ang = np.arctan2(source[1] - y0, source[0] - x0) + g.normal(0, 0.3, n)
    size = length * g.uniform(0.5, 1.5, n)
    bend = g.normal(0, 0.15, n)
    pts = []
    for t in (0.0, 0.25, 0.5, 0.75, 1.0):
        a = ang + bend * t
        pts.append(np.stack([x0 + np.cos(a) * size * t, y0 + np.sin(a) * size * t], 1))
    paths = np.round(np.stack(pts, 1) * 8).astype(np.int32)
    # (Their own generator: the canvas's later draws stay as they were.)
    seen = 0.5 + 0.5 * np.random.default_rng(int(pick.sum()) + n).random(n)
    # A single hair is a tenth of a pixel wide here and thins to its tip: drawn a pixel wide
    # at a third of the hair's cover, from root to tip, each was a dark pen stroke and the
    # hairline a scribbled edge (thin dark lines beside the hair, 90th percentile of 25
    # holders, 0.14 of the forehead's band; 0.07 without them).
    m = fading(paths, seen, (c.h, c.w))
    c.paint((m * SPRIG).astype(np.float32), colour * 0.9)
