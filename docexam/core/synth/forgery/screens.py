"""How cheap reproduction looks up close: halftone dots, inkjet droplets, blur, stains, cut edges.

Each function turns a coverage mask (0..255, page-sized) into what an office printer or a forger's
hand would have left, inside one pixel box, so only the region an operation records changes.
"""

from __future__ import annotations

import cv2
import numpy as np

from docexam.core.domain.geometry import Rect
from docexam.core.synth.canvas import Mask, PageCanvas

Box = tuple[int, int, int, int]


def halftone(mask: Mask, canvas: PageCanvas, box: Box, period_mm: float = 0.3) -> None:
    """Replace fine line print with an amplitude-modulated dot screen at 45 degrees, the way a
    process-colour printer reproduces it: the lines blur into a tone and the tone becomes dots.
    The period never drops below 3.5 px, so the screen survives at low resolutions."""
    x0, y0, x1, y1 = box
    if x1 <= x0 or y1 <= y0:
        return
    period = max(canvas.px(period_mm), 3.5)
    tone = mask[y0:y1, x0:x1].astype(np.float32) / 255.0
    tone = cv2.GaussianBlur(tone, (0, 0), period * 0.6)
    yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    k = np.float32(2.0 * np.pi / (period * np.sqrt(2.0)))
    spot = 0.5 + 0.25 * (np.cos((xx + yy) * k) + np.cos((xx - yy) * k))
    # A soft threshold (about one pixel wide) keeps dot edges anti-aliased.
    dots = np.clip((np.minimum(tone * 1.6, 1.0) - spot) * 4.0 + 0.5, 0.0, 1.0)
    dots[tone < 0.02] = 0.0
    mask[y0:y1, x0:x1] = (dots * 255.0 + 0.5).astype(np.uint8)


def smear(mask: Mask, canvas: PageCanvas, box: Box, sigma_mm: float = 0.07) -> None:
    """Microprint copied below its resolution: letters melt into a dashed, blotchy line."""
    x0, y0, x1, y1 = box
    sigma = max(canvas.px(sigma_mm), 0.9)
    roi = cv2.GaussianBlur(mask[y0:y1, x0:x1].astype(np.float32), (0, 0), sigma)
    mask[y0:y1, x0:x1] = np.clip(roi * 1.8, 0, 255).astype(np.uint8)


def inkjet(
    mask: Mask, canvas: PageCanvas, box: Box, g: np.random.Generator, drop_mm: float
) -> None:
    """Stochastic droplets: each cell of a grid fires with the probability of its coverage, and
    drops land slightly off the grid, so strokes get ragged, dotted edges under a loupe."""
    x0, y0, x1, y1 = box
    if x1 <= x0 or y1 <= y0:
        return
    pitch = max(canvas.px(drop_mm), 2.0)
    roi = mask[y0:y1, x0:x1].astype(np.float32) / 255.0
    gh, gw = max(1, int((y1 - y0) / pitch)), max(1, int((x1 - x0) / pitch))
    cov = cv2.resize(roi, (gw, gh), interpolation=cv2.INTER_AREA)
    fire = g.random((gh, gw)) < np.clip(cov * 1.15, 0.0, 1.0)
    ys, xs = np.nonzero(fire)
    jitter = g.normal(0.0, 0.25, (2, ys.size)) * pitch
    out = np.zeros((y1 - y0, x1 - x0), np.uint8)
    radius = max(1, round(pitch * 0.55 * 16))
    for cy, cx, dy, dx in zip(ys, xs, jitter[0], jitter[1], strict=True):
        c = (round(((cx + 0.5) * pitch + dx) * 16), round(((cy + 0.5) * pitch + dy) * 16))
        cv2.circle(out, c, radius, 255, -1, cv2.LINE_AA, shift=4)
    mask[y0:y1, x0:x1] = out


def stain(canvas: PageCanvas, box: Rect, g: np.random.Generator, spread_mm: float = 1.2) -> Mask:
    """An irregular blot around ``box``: where an erasing solvent spread into the paper."""
    out = canvas.blank()
    x0, y0, x1, y1 = canvas.pixel_box(box, round(canvas.px(spread_mm)))
    h, w = y1 - y0, x1 - x0
    if h <= 0 or w <= 0:
        return out
    cell = max(2, round(canvas.px(0.8)))
    noise = g.random((h // cell + 2, w // cell + 2)).astype(np.float32)
    noise = cv2.resize(noise, (w, h), interpolation=cv2.INTER_CUBIC)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    # Distance from the box's core, normalised so its edge sits near 1.
    dx = np.abs(xx - w / 2) / (w / 2)
    dy = np.abs(yy - h / 2) / (h / 2)
    core = np.maximum(dx, dy) ** 3
    blot = np.clip(1.2 - core - 0.5 * noise, 0.0, 1.0)
    blot = cv2.GaussianBlur(blot, (0, 0), max(1.0, canvas.px(0.25)))
    out[y0:y1, x0:x1] = (blot * 255.0 + 0.5).astype(np.uint8)
    return out


def ring(canvas: PageCanvas, box: Rect, g: np.random.Generator, width_mm: float = 0.35) -> Mask:
    """A wavering band along the edge of ``box``: a laminate lifted and pressed back."""
    out = canvas.blank()
    x0, y0, x1, y1 = (canvas.px(v) for v in box.bounds())
    n = 160
    t = np.linspace(0.0, 1.0, n, endpoint=False)
    edges = []
    for (ax, ay), (bx, by) in (
        ((x0, y0), (x1, y0)),
        ((x1, y0), (x1, y1)),
        ((x1, y1), (x0, y1)),
        ((x0, y1), (x0, y0)),
    ):
        edges.append(np.stack([ax + (bx - ax) * t, ay + (by - ay) * t], axis=1))
    pts = np.concatenate(edges)
    wobble = g.normal(0.0, canvas.px(0.08), pts.shape)
    wobble = cv2.GaussianBlur(wobble.astype(np.float32), (1, 9), 0)
    pts = pts + wobble
    thickness = max(1, round(canvas.px(width_mm)))
    cv2.polylines(
        out, [np.round(pts * 16).astype(np.int32)], True, 255, thickness, cv2.LINE_AA, shift=4
    )
    return out


def line_screen(
    mask: Mask,
    canvas: PageCanvas,
    box: Box,
    g: np.random.Generator,
    period_mm: float = 0.3,
    angle_deg: float = 63.0,
) -> None:
    """A colour laser printer's tone: a line screen at one angle (lines thicken with the tone),
    with loose toner particles scattered round the print. The period never drops below 4 px."""
    x0, y0, x1, y1 = box
    if x1 <= x0 or y1 <= y0:
        return
    period = max(canvas.px(period_mm), 4.0)
    tone = mask[y0:y1, x0:x1].astype(np.float32) / 255.0
    tone = cv2.GaussianBlur(tone, (0, 0), period * 0.6)
    yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    a = np.deg2rad(np.float32(angle_deg))
    phase = (xx * np.cos(a) + yy * np.sin(a)) * np.float32(2.0 * np.pi / period)
    spot = 0.5 + 0.5 * np.cos(phase)
    lines = np.clip((np.minimum(tone * 1.6, 1.0) - spot) * 4.0 + 0.5, 0.0, 1.0)
    lines[tone < 0.02] = 0.0
    # Stray toner: isolated specks where the tone is faint but not absent.
    specks = (g.random(tone.shape) < 0.02) & (tone > 0.01) & (tone < 0.3)
    lines[specks] = 1.0
    mask[y0:y1, x0:x1] = (lines * 255.0 + 0.5).astype(np.uint8)
