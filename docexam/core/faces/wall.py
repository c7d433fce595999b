"""What stands behind a traveller at a border booth: not a studio's even backdrop but the
booth's own panel or the hall's wall, lit unevenly by the ceiling, with a panel's edge and
the hall past it at one side, all out of the focus of a lens set for the face."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from docexam.core.faces.canvas import F32, LUMA
from docexam.core.faces.geometry import FaceGeometry

Box = tuple[float, float, float, float, float]  # x0, y0, x1, y1 (frame fractions), tone


@dataclass(frozen=True)
class Wall:
    # A panel's edge or the booth's side (x, frame widths; 0: none), and the light and colour
    # of what lies past it against the wall's (BGR), with the hall's things there: lamps,
    # signs, doors, as boxes of their own tone.
    edge: float = 0.0
    beyond: tuple[float, float, float] = (1.0, 1.0, 1.0)
    things: tuple[Box, ...] = ()
    ledge: float = 0.0  # a rail's or a sign's lower edge (y, frame heights; 0: none)
    ledge_tone: float = 1.0
    pool: tuple[float, float, float, float] = (0.5, 0.0, 0.5, 0.0)  # a lamp's: x, y, r, gain
    slope: float = 0.0  # how much brighter the wall is at its right edge than its left
    soft: float = 4.0  # how far out of focus: blur, px at the working height


def hall_wall(g: np.random.Generator) -> Wall:
    edge, beyond, things = 0.0, (1.0, 1.0, 1.0), tuple[Box, ...]()
    if g.random() < 0.55:
        side = float(g.choice([-1.0, 1.0]))
        edge = 0.5 + side * float(g.uniform(0.3, 0.45))
        # Mostly the hall past the booth's side is darker than the lit panel; seldom lighter.
        tone = float(g.uniform(0.62, 0.9) if g.random() < 0.8 else g.uniform(1.05, 1.15))
        b, gr, r = (float(tone * (1 + t)) for t in g.normal(0, 0.04, 3))
        beyond = (b, gr, r)
        out = (0.0, edge) if side < 0 else (edge, 1.0)
        things = tuple(_thing(g, *out) for _ in range(int(g.integers(0, 4))))
    ledge, ledge_tone = 0.0, 1.0
    if g.random() < 0.35:
        ledge = float(g.uniform(0.04, 0.3))
        ledge_tone = float(g.uniform(0.85, 0.95) if g.random() < 0.6 else g.uniform(1.04, 1.1))
    pool = (0.5, 0.0, 0.5, 0.0)
    if g.random() < 0.6:
        pool = (
            float(g.uniform(0.1, 0.9)),
            float(g.uniform(-0.25, 0.25)),
            float(g.uniform(0.25, 0.6)),
            float(g.uniform(0.06, 0.16)),
        )
    return Wall(
        edge,
        beyond,
        things,
        ledge,
        ledge_tone,
        pool,
        float(g.normal(0, 0.06)),
        float(g.uniform(2.5, 6.0)),
    )


def _thing(g: np.random.Generator, lo: float, hi: float) -> Box:
    x0 = float(g.uniform(lo, hi))
    y0 = float(g.uniform(-0.1, 0.8))
    return (
        x0,
        y0,
        x0 + float(g.uniform(0.03, 0.2)),
        y0 + float(g.uniform(0.05, 0.4)),
        float(g.uniform(0.6, 1.35)),
    )


def wall(img: F32, fg: FaceGeometry, w: Wall) -> F32:
    """``img`` with its backdrop made the hall's wall ``w``: only where the backdrop shows."""
    h, wd = img.shape[:2]
    xs = np.linspace(0, 1, wd, dtype=np.float32)[None, :]
    ys = np.linspace(0, 1, h, dtype=np.float32)[:, None]
    light = np.ones((h, wd, 3), np.float32)
    if w.edge:
        past = (xs < w.edge) if w.edge < 0.5 else (xs > w.edge)
        light += past[..., None] * (np.asarray(w.beyond, np.float32) - 1)
        things = np.ones((h, wd), np.float32)
        for x0, y0, x1, y1, tone in w.things:
            things[(xs >= x0) & (xs < x1) & (ys >= y0) & (ys < y1) & past] *= tone
        # (The hall is further off than the booth's panel: further out of focus.)
        light = light * cv2.GaussianBlur(things, (0, 0), 2 * w.soft)[..., None]
    if w.ledge:
        light[: round(w.ledge * h)] *= w.ledge_tone
    x, y, r, gain = w.pool
    d2 = (xs - x) ** 2 + ((ys - y) * h / wd) ** 2
    light = light * (1 + gain * np.exp(-d2 / r**2))[..., None]
    light = light * (1 + w.slope * (xs - 0.5))[..., None]
    light = cv2.GaussianBlur(light, (0, 0), w.soft)
    return img * (1 + (light - 1) * backdrop(img, fg)[..., None])


def backdrop(img: F32, fg: FaceGeometry) -> F32:
    """Where the photo shows its backdrop, 0..1, read off the lit frame: the backdrop is one
    colour (its light varies, its hue does not) and smooth (no grain yet), which the hair,
    skin and clothes are not; and it reaches the frame's top. (The mesh's own cover keeps a
    smooth cheek of the wall's hue out.)"""
    lum = np.maximum(img @ LUMA, 1e-3)
    # (Against its own blur, not its neighbourhood's spread: the backdrop's light and the
    # sitter's shadow on it are gradients, which a spread counted as texture.)
    fine = np.abs(lum - cv2.GaussianBlur(lum, (0, 0), 2.0))
    rough = cv2.GaussianBlur(fine, (0, 0), 1.5) / lum
    hue = img / lum[..., None]
    corners = np.concatenate([hue[:6, :10].reshape(-1, 3), hue[:6, -10:].reshape(-1, 3)])
    near = np.abs(hue - np.median(corners, axis=0)).max(axis=-1) < 0.05
    smooth = near & (rough < 0.006)
    if fg.mesh is not None:
        person = cv2.dilate((fg.mesh.full > 0.02).astype(np.uint8), np.ones((5, 5), np.uint8))
        smooth &= person == 0
    _, labels = cv2.connectedComponents(smooth.astype(np.uint8), connectivity=4)
    top = np.unique(labels[:3])
    inside = np.isin(labels, top[top > 0])
    return cv2.GaussianBlur(inside.astype(np.float32), (0, 0), 2.0)
