"""Printing that defeats copying: anti-scan line screens, a deliberate error, a unique font and a
negative microprint band."""

from __future__ import annotations

from dataclasses import replace

import cv2
import numpy as np

from docexam.core.domain.geometry import Rect
from docexam.core.domain.material import Ink, Material
from docexam.core.synth.canvas import Layer, PageCanvas
from docexam.core.synth.features import add_layer
from docexam.core.synth.microprint import micro_line, micro_source
from docexam.core.synth.printing import BACKGROUND_IR_NM
from docexam.core.synth.states import Design
from docexam.core.synth.text import draw_text, fit_cap

ANTI_SCAN_PITCH_MM = 0.2  # near a scanner's sampling pitch: a copy beats into moire


def anti_scan(canvas: PageCanvas, d: Design, box: Rect) -> Layer:
    """A patch of fine lines: inside the hidden word they run vertically, outside horizontally,
    at the same pitch and weight, so the eye sees an even tint and a copier a word."""
    x0, y0, x1, y1 = canvas.pixel_box(box, 0)
    word = canvas.blank()
    draw_text(
        word, canvas, "COPY", box.x + box.w / 2, box.y + box.h * 0.8, box.h * 0.6, "bold", "center"
    )
    step = max(2, round(canvas.px(ANTI_SCAN_PITCH_MM)))
    h, w = y1 - y0, x1 - x0
    horiz = np.zeros((h, w), np.uint8)
    horiz[::step, :] = 255
    vert = np.zeros((h, w), np.uint8)
    vert[:, ::step] = 255
    inside = word[y0:y1, x0:x1] > 127
    mask = canvas.blank()
    mask[y0:y1, x0:x1] = np.where(inside, vert, horiz)
    return add_layer(
        canvas,
        "anti-scan",
        "printing.anti_scan",
        "Anti-scan line pattern",
        Material(visible=Ink(d.primary, 0.6), ir_cutoff_nm=BACKGROUND_IR_NM),
        mask,
        region=box,
    )


def misspelt(word: str) -> str:
    """The word with two letters in its middle swapped: the series' deliberate error."""
    letters = list(word)
    i = max(1, len(letters) // 2 - 1)
    if i + 1 < len(letters):
        letters[i], letters[i + 1] = letters[i + 1], letters[i]
    return "".join(letters)


def deliberate_error(canvas: PageCanvas, d: Design, x: float, y: float, length: float) -> Layer:
    """A microprint line repeating the state's name with two letters swapped, on purpose: a
    counterfeiter who retypes the text corrects it."""
    mask = canvas.blank()
    text = misspelt(d.state.name_local.upper())
    micro_line(mask, canvas, text, x, y, length)
    layer = add_layer(
        canvas,
        "deliberate-error",
        "printing.deliberate_error",
        f"Deliberate error '{text}'",
        Material(visible=Ink(d.accent, 0.95), ir_cutoff_nm=BACKGROUND_IR_NM),
        mask,
    )
    # Read in the loupe like the other microprint, so the swapped letters can be found.
    layer.microtext = (micro_source(canvas, text, x, y, length, d.accent),)
    return layer


def unique_font(canvas: PageCanvas, d: Design, number: str, box: Rect) -> Layer:
    """The document number again in the state's own face: condensed capitals with a stencil
    cut through every character, a shape no office font has."""
    mask = canvas.blank()
    cap = fit_cap(canvas, number, box, 0.7, "condensed")
    draw_text(
        mask, canvas, number, box.x + box.w / 2, box.y + box.h * 0.85, cap, "condensed", "center"
    )
    cut_y = round(canvas.px(box.y + box.h * 0.85 - cap * 0.5))
    x0, _, x1, _ = canvas.pixel_box(box, 0)
    thick = max(1, round(canvas.px(0.12)))
    mask[cut_y : cut_y + thick, x0:x1] = 0
    return add_layer(
        canvas,
        "unique-font",
        "printing.unique_font",
        "Document number in the state's unique font",
        Material(visible=Ink(d.accent, 0.9), ir_cutoff_nm=BACKGROUND_IR_NM),
        mask,
        region=box,
    )


def microprint_band(canvas: PageCanvas, d: Design, box: Rect) -> Layer:
    """Negative microprint: a solid band with the motto cut out of it as white letters."""
    mask = canvas.blank()
    x0, y0, x1, y1 = canvas.pixel_box(box, 0)
    mask[y0:y1, x0:x1] = 255
    words = canvas.blank()
    micro_line(
        words,
        canvas,
        f"{d.state.motto_local} {d.code}",
        box.x + 0.2,
        box.y + box.h * 0.8,
        box.w - 0.4,
    )
    mask = cv2.subtract(mask, words)
    layer = add_layer(
        canvas,
        "microprint-band",
        "printing.microprint",
        "Negative microprint band",
        Material(visible=Ink(d.secondary, 0.8), ir_cutoff_nm=BACKGROUND_IR_NM),
        mask,
        region=box,
    )
    # The letters are paper: the solid print is the band as the page's pixels fill it.
    solid = tuple(round(v / canvas.scale, 4) for v in (x0, y0, x1, y1))
    letters = micro_source(
        canvas,
        f"{d.state.motto_local} {d.code}",
        box.x + 0.2,
        box.y + box.h * 0.8,
        box.w - 0.4,
        d.secondary,
    )
    layer.microtext = (replace(letters, box=(solid[0], solid[1], solid[2], solid[3])),)
    return layer
