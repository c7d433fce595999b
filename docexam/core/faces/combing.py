"""Hair combed from a parting: the fall of its lines out over the skull from the parting and
down the sides, and its two sides' locks lit alike where they meet."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from docexam.core.faces.canvas import F32, smoothstep
from docexam.core.faces.fibres import Fibres, Flow


@dataclass
class Parted:
    """Hair combed from a parting: its fall, each pixel's place along its line (in rows: the
    row itself where it hangs) and how far it lies out of the fall's inner edge (pixels; over
    the skull, the arch the hair frames the forehead with)."""

    flow: Flow
    along: F32
    into: F32


def parted(
    ys: F32,
    xs: F32,
    part: float,
    mid: float,
    inner: tuple[float, float, float],
    outer: tuple[float, float, float],
    flare: F32,
) -> Parted:
    """The fall of hair combed from a parting at column ``part``: each line leaves the parting,
    runs out over the skull along a shell of it and hangs straight below row ``mid``. The
    innermost leaves the parting's front and frames the forehead in an arch down to the
    temples (``inner``: its reach left and right of the parting at ``mid`` and its height
    above it), the outermost leaves the top of the head and hangs at its sides (``outer``);
    the shells between are blends of the two. Lines from the two sides of the parting are
    locks of their own. (Lines fanning down from a point above the head left the hair's top
    outline cutting across them: a slab sliced off flat.)"""
    h, w = xs.shape
    a_mean = 0.5 * (outer[0] + outer[1])
    dy = np.clip(mid - ys[:, :1], 0, None)  # (rows and columns apart: the sums broadcast)
    b0, b1 = max(inner[2], 1.0), max(outer[2], 1.0)
    s, slope, along, into = (np.empty((h, w), np.float32) for _ in range(4))
    right = int(np.searchsorted(xs[0], part))
    up = int(np.searchsorted(ys[:, 0], mid))  # rows above ``mid``
    # The two sides of the parting, each its own shells (and no gradient across the parting).
    for k, cols in ((0, slice(0, right)), (1, slice(right, w))):
        if cols.start >= cols.stop:
            continue
        side = 1.0 if k else -1.0
        dx = np.abs(xs[:1, cols] - part)
        a0, a1 = (inner[k] * flare)[:, None], (outer[k] * flare)[:, None]
        r0 = np.sqrt((dx / a0) ** 2 + (dy / b0) ** 2)
        r1 = np.sqrt((dx / a1) ** 2 + (dy / b1) ** 2)
        # 0 on the inner shell, 1 on the outer, between as the two radii say.
        t = np.clip((r0 - 1) / np.maximum(r0 - r1, 1e-3), -1.0, 2.5)
        a_t, b_t = a0 + t * (a1 - a0), b0 + t * (b1 - b0)
        # Inside the inner shell where hair hangs (below ``mid``: a fall drawn in over the
        # shoulders beside the neck) its lines hang straight, each at its own column. (With
        # ``t`` at its floor every column of a row was one line: its locks ran across the fall
        # and ended row by row, in horizontal bands of hair and skin beside the neck.)
        a_t = np.where((dy == 0) & (t < 0), dx, a_t)
        s[:, cols] = side * np.maximum(a_t, 1.0) / (a_mean * flare[:, None])
        # Along its shell from the parting: its arc, short of ``mid`` by the angle still to
        # turn.
        along[:, cols] = ys[:, cols]
        top = slice(0, up)
        turn = np.arctan2(dy[top] / np.maximum(b_t[top], 1.0), dx / np.maximum(a_t[top], 1.0))
        along[top, cols] = mid - turn * 0.5 * (np.abs(a_t[top]) + b_t[top])
        # The shell's direction, down and away from the parting (t is the same along it).
        tx = cv2.Sobel(t, cv2.CV_32F, 1, 0, ksize=1)
        ty = cv2.Sobel(t, cv2.CV_32F, 0, 1, ksize=1)
        # Combed hair rises off the parting before it turns down and out: its sheen runs on
        # across it. (Leaving it level, the two sides took the light each its own way and the
        # parting split the crown into a light and a dark panel.)
        rise = smoothstep(0.0, 0.35 * a_mean, dx)
        slope[:, cols] = np.clip(-ty * side / np.maximum(np.abs(tx), 1e-3), -2.0, 2.0) * rise
        into[:, cols] = (r0 - 1) * a0  # (at ``mid``, pixels across, as the fall below)
    flow = Flow(s, slope, (a_mean * flare).astype(np.float32))
    return Parted(flow, along, into)


def knit(fib: Fibres, xs: F32, part: float, wide: float, narrow: float = 1.5) -> None:
    """Hair combed from a parting at column ``part``: its two sides leave the same scalp and the
    lamp lights them alike, yet their locks are drawn apart (each side its own lines of the
    fall). Each side's fields are levelled towards their mean across the parting, the less the
    further from it: their broad tone over ``wide`` pixels, lock by lock over ``narrow``. (Left
    apart, a lock of one tone met one of another along the whole parting: a seam with a step of
    brightness, the head a moulded shell of two halves.)"""
    j = int(np.searchsorted(xs[0], part))
    if not 0 < j < xs.shape[1]:
        return
    left = xs[:1] < part
    dx = np.abs(xs[:1] - part).astype(np.float32)
    w_wide, w_near = np.exp(-((dx / wide) ** 2)), np.exp(-((dx / narrow) ** 2))
    for name in ("ridge", "strand", "tilt", "bulge"):
        f = getattr(fib, name)
        lo, hi = f[:, j - 1 : j], f[:, j : j + 1]
        # (The broad step along the parting, rows averaged: its fine part is the locks'.)
        broad = cv2.GaussianBlur(hi - lo, (1, 0), sigmaX=0, sigmaY=4.0)
        step = np.where(left, 0.5, -0.5) * (hi - lo)
        even = np.where(left, 0.5, -0.5) * broad
        f = f + even * w_wide + (step - even) * w_near
        if name == "ridge":  # (a lock's crest is never deeper than the gap beside it: below
            # the temples, where the two sides' lines now hang apart, levelling sank it under 0)
            f = np.maximum(f, 0.0)
        setattr(fib, name, f.astype(np.float32))


def spread(s: F32, where: np.ndarray) -> float:
    """How many pixels a unit of the fall's ``s`` spans where its lines lie furthest apart
    ``where`` hair covers (over the crown, combed from a parting, they fan far apart)."""
    gy, gx = np.gradient(s)
    step = np.hypot(gx, gy)[where]
    if step.size == 0:
        return 0.0
    return float(1.0 / max(float(np.percentile(step, 5)), 1e-3))
