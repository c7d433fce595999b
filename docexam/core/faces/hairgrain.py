"""The grain of short hair (a beard, a brow) as a camera resolves it: fine streaks along the
way the hairs lie, none of them a line one could follow."""

from __future__ import annotations

import cv2
import numpy as np

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
