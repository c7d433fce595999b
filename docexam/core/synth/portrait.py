"""Procedural portraits and signatures: stylised, random, never a real face.

A portrait is drawn as lightness (1 = white) from simple shapes with random proportions (head,
hair, ears, shoulders, features) and softened a little so it reads as a photograph at arm's
length. It is returned as ink coverage (darkness) so the same array serves the white-light
composite and the IR view, where a genuine portrait must stay visible.
"""

from __future__ import annotations

import cv2
import numpy as np
import numpy.typing as npt

from docexam.core.synth.canvas import Mask
from docexam.core.synth.guilloche import Points

Grey = npt.NDArray[np.float32]


def _poly(img: Grey, pts: Points, value: float) -> None:
    cv2.fillPoly(img, [np.round(pts * 16).astype(np.int32)], float(value), cv2.LINE_AA, shift=4)


def _ellipse(
    img: Grey, c: tuple[float, float], ax: tuple[float, float], value: float, angle: float = 0
) -> None:
    t = np.linspace(0, 2 * np.pi, 90, endpoint=False)
    ca, sa = np.cos(np.radians(angle)), np.sin(np.radians(angle))
    x = ax[0] * np.cos(t)
    y = ax[1] * np.sin(t)
    _poly(img, np.stack([c[0] + ca * x - sa * y, c[1] + sa * x + ca * y], axis=1), value)


def _line(img: Grey, pts: Points, value: float, width: float) -> None:
    cv2.polylines(
        img,
        [np.round(pts * 16).astype(np.int32)],
        False,
        float(value),
        max(1, round(width)),
        cv2.LINE_AA,
        shift=4,
    )


def portrait(g: np.random.Generator, w_px: int, h_px: int) -> Mask:
    """Ink coverage (0..255) of a stylised head-and-shoulders portrait of ``w_px`` x ``h_px``."""
    img: Grey = np.empty((h_px, w_px), dtype=np.float32)
    ramp = np.linspace(0.93, 0.84, h_px, dtype=np.float32)[:, None]
    img[:] = ramp
    u = float(w_px)
    cx = u * (0.5 + float(g.uniform(-0.03, 0.03)))
    cy = h_px * float(g.uniform(0.40, 0.45))
    fw = u * float(g.uniform(0.21, 0.26))  # half face width
    fh = fw * float(g.uniform(1.22, 1.42))
    skin = float(g.uniform(0.45, 0.82))
    hair = float(g.uniform(0.08, 0.55)) if g.random() < 0.9 else skin
    cloth = float(g.uniform(0.12, 0.6))
    long_hair = g.random() < 0.45
    # Shoulders and clothes
    sw = u * float(g.uniform(0.40, 0.49))
    top = cy + fh * 1.05
    xs = np.linspace(-1, 1, 40)
    shoulder = np.stack(
        [cx + xs * sw, top + (h_px - top) * 0.45 * (np.abs(xs) ** 1.6) + fh * 0.15], axis=1
    )
    _poly(img, np.vstack([shoulder, [[cx + sw * 1.2, h_px + 2], [cx - sw * 1.2, h_px + 2]]]), cloth)
    if long_hair:
        _ellipse(img, (cx, cy + fh * 0.25), (fw * 1.25, fh * 1.2), hair)
    _poly(
        img,
        np.array(
            [
                [cx - fw * 0.45, cy + fh * 0.6],
                [cx + fw * 0.45, cy + fh * 0.6],
                [cx + fw * 0.5, top + fh * 0.2],
                [cx - fw * 0.5, top + fh * 0.2],
            ]
        ),
        skin * 0.9,
    )
    collar = cloth + 0.25 if cloth < 0.5 else cloth - 0.2
    _poly(
        img,
        np.array(
            [
                [cx - fw * 0.55, top + fh * 0.12],
                [cx, top + fh * 0.55],
                [cx + fw * 0.55, top + fh * 0.12],
                [cx, top + fh * 0.3],
            ]
        ),
        collar,
    )
    for side in (-1, 1):  # ears
        _ellipse(img, (cx + side * fw * 0.98, cy + fh * 0.05), (fw * 0.14, fh * 0.2), skin * 0.92)
    # Face with a jaw: an ellipse whose lower half narrows
    t = np.linspace(0, 2 * np.pi, 120, endpoint=False)
    jaw = float(g.uniform(0.75, 0.92))
    x = np.cos(t) * fw * np.where(np.sin(t) > 0, 1 - (1 - jaw) * np.sin(t) ** 2, 1.0)
    _poly(img, np.stack([cx + x, cy + np.sin(t) * fh], axis=1), skin)
    # Hair cap: the upper face outline pushed out by a random bumpy radius
    n = 60
    a = np.linspace(np.pi * 1.02, np.pi * 1.98, n)
    bumps = 1.0 + 0.05 * np.sin(a * float(g.integers(5, 14)) + float(g.uniform(0, 6)))
    rad = 1.12 * bumps
    outer = np.stack(
        [cx + np.cos(a) * fw * rad, cy - fh * 0.15 + np.sin(a) * fh * 0.98 * rad], axis=1
    )
    fringe = float(g.uniform(0.35, 0.6))
    inner = np.stack(
        [cx + np.cos(a[::-1]) * fw * 0.98, cy - fh * fringe + np.sin(a[::-1]) * fh * 0.45], axis=1
    )
    if hair != skin:
        _poly(img, np.vstack([outer, inner]), hair)
    # Features
    ey = cy - fh * float(g.uniform(0.02, 0.12))
    es = fw * float(g.uniform(0.36, 0.46))
    lw = max(1.0, u / 120)
    for side in (-1, 1):
        ex = cx + side * es
        _ellipse(img, (ex, ey), (fw * 0.17, fh * 0.06), 0.95)
        _ellipse(img, (ex, ey), (fw * 0.07, fh * 0.06), 0.15)
        brow = np.array(
            [
                [ex - side * fw * 0.2, ey - fh * 0.16],
                [ex, ey - fh * 0.21],
                [ex + side * fw * 0.22, ey - fh * 0.15],
            ]
        )
        _line(img, brow, min(hair, 0.35), lw * 1.6)
    nose = np.array(
        [[cx, ey + fh * 0.05], [cx - fw * 0.1, ey + fh * 0.36], [cx + fw * 0.05, ey + fh * 0.4]]
    )
    _line(img, nose, skin * 0.65, lw)
    my = cy + fh * float(g.uniform(0.5, 0.6))
    smile = float(g.uniform(-0.02, 0.06))
    mouth = np.array([[cx - fw * 0.3, my], [cx, my + fh * smile], [cx + fw * 0.3, my]])
    _line(img, mouth, skin * 0.55, lw * 1.3)
    # Soft studio shading: darker towards one side of the face
    shade = np.linspace(1.0, float(g.uniform(0.88, 0.97)), w_px, dtype=np.float32)[None, :]
    img *= shade
    k = max(1, int(u / 140)) * 2 + 1
    img = cv2.GaussianBlur(img, (k, k), 0)
    return np.clip((1.0 - img) * 255.0 + 0.5, 0, 255).astype(np.uint8)


def signature_strokes(g: np.random.Generator, w_mm: float, h_mm: float) -> list[Points]:
    """Smooth random strokes in a w x h mm box: a loopy name and an underline flourish."""
    strokes: list[Points] = []
    n = int(g.integers(6, 11))
    t = np.linspace(0, 1, n * 24)
    xs = 0.05 * w_mm + t * w_mm * float(g.uniform(0.6, 0.85))
    loops = np.zeros_like(t)
    for _ in range(3):
        loops += float(g.uniform(0.1, 0.3)) * np.sin(
            2 * np.pi * t * float(g.uniform(n * 0.7, n * 1.3)) + float(g.uniform(0, 6))
        )
    ys = h_mm * (0.5 + 0.6 * loops - 0.15 * t)
    xs = xs + 0.9 * np.cos(2 * np.pi * t * n) * w_mm / (n * 6)
    strokes.append(np.stack([xs, np.clip(ys, 0.05 * h_mm, 0.95 * h_mm)], axis=1))
    u = np.linspace(0, 1, 60)
    x0 = float(g.uniform(0.0, 0.2)) * w_mm
    under = np.stack([x0 + u * w_mm * 0.8, h_mm * (0.85 - 0.2 * u + 0.08 * np.sin(u * 3))], axis=1)
    strokes.append(np.clip(under, 0, [w_mm, h_mm]))
    return strokes
