"""Transmitted light: the page held against a lamp.

What reaches the eye is the lamp filtered by the sheet: the substrate's base density (``opacity``),
each feature's ``transmission`` density (negative = thinner, brighter watermark tones; positive =
thicker or a printed-on imitation), and the print of *both* sides - the reverse page mirrored left
to right, as the sheet is turned over about its vertical axis - so see-through register motifs
complete. Holes (``hole``) let the lamp through unfiltered and are the brightest pixels.

A polycarbonate card is built round an opaque white core that scatters what little light gets
through: the print on the far side reaches the eye only as a diffuse shadow (``CORE_DIFFUSION_MM``)
and cannot be read, unlike the print on the back of a thin paper sheet. Only a clear window, where
there is no core, lets the lamp through.
"""

from __future__ import annotations

import math

import cv2
import numpy as np

from docexam.core.domain.model import Substrate
from docexam.core.light.blend import Window, crop, lerp_to, mul_channels, parts, scale_by
from docexam.core.light.layers import Layer, mm_to_px
from docexam.core.light.page import PageData
from docexam.core.light.params import Image, LightParams

EXPOSURE = 3.0  # the camera opens up for the backlight: opacity 0.85 shows paper at 45 %
THINNEST = 0.9  # the thinnest watermark tone still passes less light than a hole
LAMP = (255.0, 255.0, 255.0)
_LEVELS = np.arange(256, dtype=np.float32) / 255.0
CORE_DIFFUSION_MM = 1.5  # blur of the far side's print seen through a card's white core


def _relative(data: PageData, win: Window) -> Image:
    """Per-channel transmittance of the print in ``win``: 255 where the paper is bare."""
    p = data.paper
    return mul_channels(crop(data.visible, win), (255.0 / p[0], 255.0 / p[1], 255.0 / p[2]))


def _far_side(data: PageData, back: PageData, seen: Window) -> Image:
    """The reverse page's print under ``seen`` (its own pixels), as it reaches the eye."""
    if data.page.substrate.kind is not Substrate.POLYCARBONATE:
        return _relative(back, seen)
    sigma = mm_to_px(CORE_DIFFUSION_MM, data.dpi)
    pad = math.ceil(3 * sigma)
    x0, y0, x1, y1 = seen
    grown = (
        max(0, x0 - pad),
        max(0, y0 - pad),
        min(back.width, x1 + pad),
        min(back.height, y1 + pad),
    )
    # So wide a blur is smooth: done on a copy a few pixels per sigma, then enlarged (a full-size
    # kernel would cost seconds on a 600 dpi card).
    rel = _relative(back, grown)
    step = max(1.0, sigma / 3.0)
    small_size = (max(1, round(rel.shape[1] / step)), max(1, round(rel.shape[0] / step)))
    small = cv2.resize(rel, small_size, interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(small, (0, 0), sigma / step)
    blurred = cv2.resize(small, (rel.shape[1], rel.shape[0]), interpolation=cv2.INTER_LINEAR)
    gx, gy = grown[0], grown[1]
    return blurred[y0 - gy : y1 - gy, x0 - gx : x1 - gx]


def mirrored(layer: Layer, width: int) -> Layer:
    """The layer as seen from the other side of the sheet."""
    cov = np.ascontiguousarray(layer.cov[:, ::-1])
    return Layer(layer.feature, width - layer.x - layer.w, layer.y, cov, layer.paper)


def render_transmitted(
    data: PageData, back: PageData | None, params: LightParams, win: Window
) -> Image:
    out = _relative(data, win)
    if back is not None:
        x0, y0, x1, y1 = win
        seen = (data.width - x1, y0, data.width - x0, y1)
        cv2.multiply(out, cv2.flip(_far_side(data, back, seen), 1), dst=out, scale=1 / 255)
    level = min(1.0, EXPOSURE * (1.0 - data.page.substrate.opacity))
    p = data.paper  # the sheet's own colour tints the light that passes through it
    mul_channels(out, (level * p[0] / 255, level * p[1] / 255, level * p[2] / 255), dst=out)
    holes: list[Layer] = []
    for layer in data.layers:
        m = layer.feature.material
        if m.hole:
            holes.append(layer)
        elif m.transmission:
            hit = parts(layer, layer.cov, 0, out, win)
            if hit is not None:
                lut = np.power(10.0, -m.transmission * _LEVELS).astype(np.float32)
                np.minimum(lut, THINNEST / max(level, 1e-3), out=lut)
                scale_by(hit[0], lut[hit[1]])
    if back is not None:  # a perforation goes through the whole sheet, whichever side lists it
        holes += [mirrored(ly, data.width) for ly in back.holes]
    for layer in holes:
        hit = parts(layer, layer.cov, 0, out, win)
        if hit is not None:
            lerp_to(hit[0], hit[1], LAMP, 1.0)
    return out
