"""Microprint: text lines with capitals under 0.25 mm, a blur to the eye, legible in a loupe."""

from __future__ import annotations

from docexam.core.domain.geometry import Rect
from docexam.core.domain.model import MicroText
from docexam.core.synth.canvas import Mask, PageCanvas
from docexam.core.synth.text import FONTS, draw_text, text_width_mm

MICRO_CAP_MM = 0.2  # ICAO: under 0.25 mm; capitals only, so this is the full text height


def micro_line(
    mask: Mask,
    canvas: PageCanvas,
    phrase: str,
    x_mm: float,
    baseline_mm: float,
    length_mm: float,
    cap_mm: float = MICRO_CAP_MM,
) -> Rect:
    """Repeat ``phrase`` along a horizontal line ``length_mm`` long; returns the inked box."""
    text, repeats, unit_w = _repeated(canvas, phrase, length_mm, cap_mm)
    draw_text(mask, canvas, text, x_mm, baseline_mm, cap_mm, "bold")
    width = min(length_mm, repeats * unit_w)
    return Rect(
        round(x_mm, 3),
        round(baseline_mm - cap_mm * 1.2, 3),
        round(width, 3),
        round(cap_mm * 1.6, 3),
    )


def micro_source(
    canvas: PageCanvas,
    phrase: str,
    x_mm: float,
    baseline_mm: float,
    length_mm: float,
    colour: str,
    cap_mm: float = MICRO_CAP_MM,
) -> MicroText:
    """The vector source of the line :func:`micro_line` draws with the same arguments."""
    text, _, _ = _repeated(canvas, phrase, length_mm, cap_mm)
    return MicroText(text, FONTS["bold"], cap_mm, round(x_mm, 4), round(baseline_mm, 4), colour)


def _repeated(
    canvas: PageCanvas, phrase: str, length_mm: float, cap_mm: float
) -> tuple[str, int, float]:
    unit = phrase.upper().strip() + " · "
    unit_w = max(text_width_mm(canvas, unit, cap_mm, "bold"), 0.1)
    repeats = max(1, int(length_mm / unit_w))
    return (unit * repeats).rstrip(" ·"), repeats, unit_w
