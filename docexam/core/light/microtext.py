"""Microprint drawn from its vector source at the loupe's magnification.

A page image at 300 dpi gives a 0.2 mm capital two or three pixels: enlarged, that is a blur on a
genuine document as on a copy, so "illegible microprint" could not tell them apart. A real loupe
shows the printed letters. Genuine microprint carries its plate's text (``Feature.microtext``),
which is set again here at the loupe's own scale; a reproduction carries none and keeps the
pixels it was copied as. White light only: microprint ink neither glows nor drops out anywhere
the loupe would need the letters, and every other light keeps the page's own render.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import cv2
import numpy as np
from PIL import Image as PilImage
from PIL import ImageDraw, ImageFont

from docexam import shipped
from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import Feature, MicroText, Page
from docexam.core.light.blend import bgr
from docexam.core.light.params import Image

# Cap height per em of the shipped faces: the record gives capitals in mm, Pillow wants an em.
_CAP_PER_EM = {
    "DejaVuSans.ttf": 0.729,
    "DejaVuSans-Bold.ttf": 0.729,
    "DejaVuSansCondensed-Bold.ttf": 0.729,
    "DejaVuSerif-Bold.ttf": 0.729,
    "OCRB.otf": 0.72,
}
SHARP_LIGHTS = frozenset({LightSource.VISIBLE})
# Below this many screen pixels per page pixel the page image already holds what the eye sees.
MIN_GAIN = 1.2


@cache
def _font(name: str, size_px: float) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(shipped.FONTS / name), size=max(size_px, 1.0))


def micro_coverage(
    lines: Iterable[MicroText],
    origin_mm: tuple[float, float],
    px_per_mm: float,
    size: tuple[int, int],
) -> Image:
    """Coverage 0..255 of ``lines`` over ``size`` (w, h) pixels at ``px_per_mm`` whose top-left
    pixel is at ``origin_mm`` on the page. Lines in a font that is not shipped are skipped.
    Lines reading upwards (``angle`` 90) are set in a quarter-turned tile and turned back."""
    w, h = size
    flat = PilImage.new("L", (w, h), 0)
    turned = PilImage.new("L", (h, w), 0)  # U = h - Y across, V = X down
    drawn = {0: False, 90: False}
    for m in lines:
        per_em = _CAP_PER_EM.get(m.font)
        if per_em is None or m.angle not in drawn:
            continue
        # Rounded so a loupe sweeping the page reuses a handful of font sizes.
        fnt = _font(m.font, round(m.cap_mm * px_per_mm / per_em, 1))
        x = (m.x_mm - origin_mm[0]) * px_per_mm
        y = (m.baseline_mm - origin_mm[1]) * px_per_mm
        if m.angle == 90:
            x, y, tile, width, height = h - y, x, turned, h, w
        else:
            tile, width, height = flat, w, h
        if -2 * fnt.size < y < height + 2 * fnt.size:
            text, x = _visible_part(m.text, fnt, x, width)
            if text:
                ImageDraw.Draw(tile).text((x, y), text, font=fnt, fill=255, anchor="ls")
                drawn[m.angle] = True
    out = np.array(flat, dtype=np.uint8)
    if drawn[90]:
        out = np.maximum(out, np.rot90(np.asarray(turned, dtype=np.uint8)))
    return out


def _visible_part(text: str, fnt: ImageFont.FreeTypeFont, x: float, w: int) -> tuple[str, float]:
    """The characters of a line starting at ``x`` that can reach pixels 0..``w``, and where they
    start: a line is up to 115 mm long, which at 40x is 17 000 pixels to rasterise per move."""
    advance = fnt.getlength(text) / max(len(text), 1)
    first = max(0, int(-x / advance) - 4)
    last = min(len(text), int((w - x) / advance) + 5)
    if last <= first:
        return "", x
    return text[first:last], x + fnt.getlength(text[:first])


def _in_view(feature: Feature, x0: float, y0: float, x1: float, y1: float) -> bool:
    fx0, fy0, fx1, fy1 = feature.region.bounds()
    return fx0 < x1 and x0 < fx1 and fy0 < y1 and y0 < fy1


def sharpen_microprint(
    view: Image,
    page: Page,
    light: LightSource,
    origin_mm: tuple[float, float],
    px_per_mm: float,
    image_dpi: float,
) -> Image:
    """``view`` (a magnified crop of ``page`` under ``light``, its top-left pixel at
    ``origin_mm``) with every vector-sourced microprint in it set sharp at ``px_per_mm``.

    The page's own microprint pixels are first taken out (replaced by the lightest colour close
    by, the paper and print between the letters), then the letters are laid in the feature's
    ink the way the white-light composite lays every ink. Anything else returns ``view``."""
    gain = px_per_mm * 25.4 / image_dpi  # view pixels per page pixel
    if light not in SHARP_LIGHTS or gain < MIN_GAIN or view.ndim != 3:
        return view
    h, w = view.shape[:2]
    x0, y0 = origin_mm
    x1, y1 = x0 + w / px_per_mm, y0 + h / px_per_mm
    out: Image | None = None
    for feature in page.features:
        ink = feature.material.visible
        # Negative lines (letters cut out of solid print) are the plate module's.
        positive = [m for m in feature.microtext if m.box is None]
        if not positive or ink is None or not _in_view(feature, x0, y0, x1, y1):
            continue
        cov = micro_coverage(positive, origin_mm, px_per_mm, (w, h))
        for bx0, by0, bx1, by1 in feature.damaged:  # worn away by a forger: the page's pixels
            c0, c1 = (max(0, int((v - x0) * px_per_mm)) for v in (bx0, bx1 + 1 / px_per_mm))
            r0, r1 = (max(0, int((v - y0) * px_per_mm)) for v in (by0, by1 + 1 / px_per_mm))
            cov[r0:r1, c0:c1] = 0
        if not cov.any():
            continue
        if out is None:
            out = view.astype(np.float32)
        # Where the page image smeared the letters: their footprint one page pixel wide.
        spread = cv2.GaussianBlur(cov.astype(np.float32) / 255.0, (0, 0), gain * 0.6)
        presence = np.clip(spread * 4.0, 0.0, 1.0)
        cap_px = max(m.cap_mm for m in positive) * px_per_mm
        k = max(3, int(cap_px * 1.5 + gain * 2) | 1)
        between = cv2.dilate(out, np.ones((k, 1), np.uint8))
        p3 = presence[:, :, None]
        out = out * (1.0 - p3) + between * p3
        alpha = (cov.astype(np.float32) * (ink.opacity / 255.0))[:, :, None]
        out -= alpha * (out - np.asarray(bgr(ink.colour), dtype=np.float32))
    if out is None:
        return view
    return np.clip(out + 0.5, 0, 255).astype(np.uint8)
