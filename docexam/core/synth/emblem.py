"""The state emblem: a sun-and-wreath motif whose proportions come from the series design.

It is reused as watermark motif, UV print, anti-Stokes mark and see-through motif, the way real
documents repeat a national symbol across several features.
"""

from __future__ import annotations

import cv2
import numpy as np

from docexam.core.domain.seeds import rng
from docexam.core.synth.canvas import Mask
from docexam.core.synth.states import Design


def emblem(design: Design, size_px: int) -> Mask:
    g = rng("emblem", design.code, design.series)
    n = max(size_px, 8)
    img = np.zeros((n, n), dtype=np.uint8)
    c = n / 2
    rays = int(g.integers(8, 17))
    inner = float(g.uniform(0.22, 0.3))
    t = np.linspace(0, 2 * np.pi, rays * 2, endpoint=False)
    r = np.where(np.arange(rays * 2) % 2 == 0, 0.47, inner + 0.08)
    star = np.stack([c + np.cos(t) * r * n, c + np.sin(t) * r * n], axis=1)
    cv2.fillPoly(img, [np.round(star * 16).astype(np.int32)], 255, cv2.LINE_AA, shift=4)
    cv2.circle(
        img, (round(c * 16), round(c * 16)), round(inner * n * 16), 0, -1, cv2.LINE_AA, shift=4
    )
    cv2.circle(
        img,
        (round(c * 16), round(c * 16)),
        round(inner * 0.8 * n * 16),
        255,
        -1,
        cv2.LINE_AA,
        shift=4,
    )
    # A small shield shape cut into the centre, different per state
    k = int(g.integers(3, 7))
    a = np.linspace(0, 2 * np.pi, k, endpoint=False) + float(g.uniform(0, np.pi))
    shield = np.stack([c + np.cos(a) * inner * 0.5 * n, c + np.sin(a) * inner * 0.5 * n], axis=1)
    cv2.fillPoly(img, [np.round(shield * 16).astype(np.int32)], 0, cv2.LINE_AA, shift=4)
    return img


def stamp(dst: Mask, tile: Mask, x0: int, y0: int) -> None:
    """Merge ``tile`` into ``dst`` at (x0, y0) by maximum, clipped to ``dst``."""
    h, w = tile.shape
    dh, dw = dst.shape
    ax0, ay0 = max(0, x0), max(0, y0)
    ax1, ay1 = min(dw, x0 + w), min(dh, y0 + h)
    if ax1 <= ax0 or ay1 <= ay0:
        return
    view = dst[ay0:ay1, ax0:ax1]
    np.maximum(view, tile[ay0 - y0 : ay1 - y0, ax0 - x0 : ax1 - x0], out=view)
