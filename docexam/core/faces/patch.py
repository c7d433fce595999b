"""A window of the canvas to draw one small feature in (an eye, a brow, a mole)."""

from __future__ import annotations

import itertools

import cv2
import numpy as np
import numpy.typing as npt

from docexam.core.faces.canvas import F32, FaceCanvas, soft


class Patch:
    """A window of the canvas to draw one feature's masks in: each feature covers a small
    part of the frame, and full-frame masks and blurs made a portrait some 40 % slower."""

    def __init__(self, c: FaceCanvas, xs: npt.ArrayLike, ys: npt.ArrayLike, pad: float) -> None:
        x, y = np.asarray(xs, np.float64), np.asarray(ys, np.float64)
        c0 = int(np.clip(np.floor(x.min() - pad), 0, c.w - 1))
        c1 = int(np.clip(np.ceil(x.max() + pad) + 1, c0 + 1, c.w))
        r0 = int(np.clip(np.floor(y.min() - pad), 0, c.h - 1))
        r1 = int(np.clip(np.ceil(y.max() + pad) + 1, r0 + 1, c.h))
        self.c = c
        self.rows, self.cols = slice(r0, r1), slice(c0, c1)
        self.origin = np.array([c0, r0], np.float64)
        self.shape = (r1 - r0, c1 - c0)

    def blank(self) -> F32:
        return np.zeros(self.shape, np.float32)

    def poly(self, pts: np.ndarray, blur: float) -> F32:
        m = self.blank()
        q = np.round((pts - self.origin) * 16).astype(np.int32)
        cv2.fillPoly(m, [q], 1.0, cv2.LINE_AA, shift=4)
        return soft(m, blur)

    def draw(self, m: F32, pts: np.ndarray, weights: np.ndarray) -> None:
        """A one-pixel line through ``pts`` whose strength varies along it (``weights`` per
        point): a line that fades, breaks and comes back, as skin's lines and lid margins do."""
        q = np.round((pts - self.origin) * 8).astype(np.int32)
        mid = (weights[:-1] + weights[1:]) / 2
        for (a, b), w in zip(itertools.pairwise(q), mid, strict=True):
            if w > 0.01:
                cv2.line(
                    m, (int(a[0]), int(a[1])), (int(b[0]), int(b[1])), float(w), 1, cv2.LINE_AA, 3
                )

    def stroke(self, pts: np.ndarray, weights: np.ndarray | float, blur: float) -> F32:
        m = self.blank()
        self.draw(m, pts, np.broadcast_to(np.asarray(weights, np.float64), (len(pts),)))
        return soft(m, blur)

    def spots(self, spots: list[tuple[float, float, float, float, float]]) -> F32:
        """Gaussian blobs (x, y, sx, sy, weight) summed, capped at 1."""
        acc = self.blank()
        h, w = self.shape
        for x0, y0, sx, sy, k in spots:
            x, y = x0 - self.origin[0], y0 - self.origin[1]
            c0, c1 = max(0, int(x - 3 * sx)), min(w, int(x + 3 * sx) + 2)
            r0, r1 = max(0, int(y - 3 * sy)), min(h, int(y + 3 * sy) + 2)
            if c0 >= c1 or r0 >= r1:
                continue
            dx = (np.arange(c0, c1, dtype=np.float32) - x) / sx
            dy = (np.arange(r0, r1, dtype=np.float32) - y) / sy
            acc[r0:r1, c0:c1] += k * np.outer(np.exp(-0.5 * dy**2), np.exp(-0.5 * dx**2))
        return np.minimum(acc, 1)

    def paint(self, alpha: npt.NDArray[np.floating], colour: npt.ArrayLike) -> None:
        self.c.paint(alpha.astype(np.float32, copy=False), colour, self.rows, self.cols)

    def lift(self, m: F32, amount: float) -> None:
        self.c.height[self.rows, self.cols] += m * amount
