"""The grain of short hair (a beard, a brow) as a camera resolves it: fine streaks along the
way the hairs lie, none of them a line one could follow."""

from __future__ import annotations

import cv2
import numpy as np
import numpy.typing as npt

from docexam.core.faces.canvas import F32

# Kernel directions, radians from straight down (+ towards the viewer's right); a pixel takes
# its streaks from the two kernels its own direction lies between.
_ANGLES = np.radians(np.arange(-90, 91, 30, dtype=np.float32))


def _kernel(angle: float, length: float) -> F32:
    r = int(np.ceil(length))
    ys, xs = np.mgrid[-r : r + 1, -r : r + 1].astype(np.float32)
    along = xs * np.sin(angle) + ys * np.cos(angle)
    across = xs * np.cos(angle) - ys * np.sin(angle)
    k = np.exp(-0.5 * (along / (length / 2)) ** 2 - 0.5 * (across / 0.45) ** 2)
    return (k / k.sum()).astype(np.float32)


def streaks(white: F32, angle: F32, length: float) -> F32:
    """``white`` noise streaked ``length`` px along ``angle`` (radians from straight down, per
    pixel), made zero-mean of unit spread: short hairs lying together. Blurred along the
    hairs, white noise keeps their fineness across them and loses any single hair's outline.
    (The caller draws the noise over the whole frame and passes its window: a draw the
    window's size shifted every later layer's random stream whenever the window moved.)"""
    pos = np.clip((angle - _ANGLES[0]) / (_ANGLES[1] - _ANGLES[0]), 0, len(_ANGLES) - 1.001)
    lo = pos.astype(np.int32)
    frac = pos - lo
    out = np.zeros_like(white)
    for i in range(int(lo.min()), int(lo.max()) + 2):
        w = np.where(lo == i, 1 - frac, 0) + np.where(lo == i - 1, frac, 0)
        if w.any():
            out += w * cv2.filter2D(white, -1, _kernel(float(_ANGLES[i]), length))
    # (Between two kernels the blend of their streaks is fainter than either: made up.)
    out /= np.sqrt((1 - frac) ** 2 + frac**2)
    return (out / max(1e-6, float(out[::3, ::3].std()))).astype(np.float32)


def strands(shape: tuple[int, int], hairs: F32, weights: F32, layer: npt.NDArray[np.int_]) -> F32:
    """Single short hairs, each a polyline (``hairs``: n x points x 2, px in the window, root
    first) drawn antialiased at its own ``weights`` (its opacity: a hair is finer than a
    pixel) and thinning to its tip, into one of ``len(set(layer))`` layers (``layer`` per
    hair). A line drawn over another replaces it, so each layer's hairs are stacked as
    coverage, 1 - the product of what each layer lets through: crossing hairs darken as
    real ones do, and a dense patch builds up to a mass while a sparse one stays single
    hairs with skin between them. Gives the layers, layers x rows x cols."""
    count = int(layer.max()) + 1 if len(layer) else 1
    # (8 bit: OpenCV antialiases only those; a float line was a jagged staircase of pixels.)
    out = np.zeros((count, *shape), np.uint8)
    q = np.round(hairs * 16).astype(np.int32)
    last = hairs.shape[1] - 1
    for pts, w, k in zip(q, weights, layer, strict=True):
        for i in range(last):
            # Towards its tip a hair thins: the last part at two thirds of its root's weight.
            a = 255 * float(w) * (1 - 0.35 * i / max(last - 1, 1))
            p0, p1 = (int(pts[i, 0]), int(pts[i, 1])), (int(pts[i + 1, 0]), int(pts[i + 1, 1]))
            cv2.line(out[k], p0, p1, a, 1, cv2.LINE_AA, 4)
    return out.astype(np.float32) * np.float32(1 / 255)
