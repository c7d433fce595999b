"""TrueType text drawn into coverage masks at page resolution (Pillow, anti-aliased).

Sizes are cap heights in millimetres, the way document layouts are specified, so text keeps its
physical size at any resolution.
"""

from __future__ import annotations

from functools import cache

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from docexam import shipped
from docexam.core.domain.geometry import Rect
from docexam.core.synth.canvas import Mask, PageCanvas

FONTS = {
    "sans": "DejaVuSans.ttf",
    "bold": "DejaVuSans-Bold.ttf",
    # Heading faces a state's design language chooses from (same DejaVu licence).
    "serif": "DejaVuSerif-Bold.ttf",
    "condensed": "DejaVuSansCondensed-Bold.ttf",
    "ocrb": "OCRB.otf",
}
# Cap height / em of each font, measured once, so "2 mm high" means the capitals are 2 mm.
_CAP = {"sans": 0.729, "bold": 0.729, "serif": 0.729, "condensed": 0.729, "ocrb": 0.72}
OCRB_PITCH_MM = 2.54  # 10 characters per inch (ICAO 9303 Part 3)


@cache
def font(name: str, size_px: float) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(shipped.FONTS / FONTS[name]), size=max(size_px, 1.0))


_ABSENT = "\U0010fffd"  # a private-use code point no shipped font maps: renders as .notdef


@cache
def _glyph(name: str, ch: str) -> tuple[tuple[int, int, int, int] | None, bytes]:
    mask = font(name, 40.0).getmask(ch)
    return mask.getbbox(), bytes(mask)


def covers(name: str, text: str) -> bool:
    """Whether font ``name`` draws every letter of ``text``: a letter the font does not map
    comes out as the .notdef glyph (blank in OCR-B), so it would silently vanish from the page."""
    notdef = _glyph(name, _ABSENT)
    for ch in set(text):
        if ch.isspace():
            continue
        glyph = _glyph(name, ch)
        if glyph[0] is None or glyph == notdef:
            return False
    return True


def _font_for(canvas: PageCanvas, name: str, cap_mm: float) -> ImageFont.FreeTypeFont:
    size = round(canvas.px(cap_mm) / _CAP[name], 2)  # rounding keeps the font cache small
    return font(name, size)


def text_width_mm(canvas: PageCanvas, text: str, cap_mm: float, name: str = "sans") -> float:
    return float(_font_for(canvas, name, cap_mm).getlength(text)) / canvas.scale


def fit_cap(canvas: PageCanvas, text: str, box: Rect, share: float, name: str) -> float:
    """The cap height filling ``share`` of the box's height, smaller if the text would run
    wider than nine tenths of the box."""
    cap = box.h * share
    return min(cap, cap * box.w * 0.9 / max(text_width_mm(canvas, text, cap, name), 1e-6))


def draw_text(
    mask: Mask,
    canvas: PageCanvas,
    text: str,
    x_mm: float,
    baseline_mm: float,
    cap_mm: float,
    name: str = "sans",
    align: str = "left",
    level: int = 255,
) -> Rect:
    """Draw ``text`` with its baseline at ``baseline_mm``; returns the inked box in page mm."""
    fnt = _font_for(canvas, name, cap_mm)
    anchor = {"left": "ls", "center": "ms", "right": "rs"}[align]
    left, top, right, bottom = fnt.getbbox(text, anchor=anchor)
    ox = canvas.px(x_mm)
    oy = canvas.px(baseline_mm)
    x0 = int(np.floor(ox + left)) - 1
    y0 = int(np.floor(oy + top)) - 1
    w = int(np.ceil(right - left)) + 3
    h = int(np.ceil(bottom - top)) + 3
    tile = Image.new("L", (w, h), 0)
    ImageDraw.Draw(tile).text((ox - x0, oy - y0), text, font=fnt, fill=level, anchor=anchor)
    _stamp(mask, np.asarray(tile, dtype=np.uint8), x0, y0)
    return Rect(
        round(max(x0, 0) / canvas.scale, 3),
        round(max(y0, 0) / canvas.scale, 3),
        round(w / canvas.scale, 3),
        round(h / canvas.scale, 3),
    )


def draw_mono(
    mask: Mask,
    canvas: PageCanvas,
    text: str,
    x_mm: float,
    baseline_mm: float,
    cap_mm: float,
    pitch_mm: float = OCRB_PITCH_MM,
    name: str = "ocrb",
) -> Rect:
    """Fixed-pitch text (the MRZ): each character centred in its own cell."""
    for i, ch in enumerate(text):
        if ch != " ":
            draw_text(
                mask, canvas, ch, x_mm + (i + 0.5) * pitch_mm, baseline_mm, cap_mm, name, "center"
            )
    return Rect(x_mm, baseline_mm - cap_mm * 1.1, len(text) * pitch_mm, cap_mm * 1.3)


def _stamp(mask: Mask, tile: Mask, x0: int, y0: int) -> None:
    """Merge ``tile`` into ``mask`` at (x0, y0) by maximum, clipped to the page."""
    h, w = tile.shape
    mh, mw = mask.shape
    sx0, sy0 = max(0, -x0), max(0, -y0)
    dx0, dy0 = max(0, x0), max(0, y0)
    dx1, dy1 = min(mw, x0 + w), min(mh, y0 + h)
    if dx1 <= dx0 or dy1 <= dy0:
        return
    region = mask[dy0:dy1, dx0:dx1]
    np.maximum(region, tile[sy0 : sy0 + dy1 - dy0, sx0 : sx0 + dx1 - dx0], out=region)
