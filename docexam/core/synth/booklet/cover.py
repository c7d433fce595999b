"""The cover board: outside, the state's name, emblem and the word PASSPORT blocked in gold foil
(with the chip symbol on an e-passport); inside, the state's request to let the bearer pass.
Both carry the perforated number, whose holes are the largest of the booklet."""

from __future__ import annotations

import numpy as np

from docexam.core.chip.issue import has_chip
from docexam.core.domain.geometry import Rect
from docexam.core.domain.material import Ink, Material
from docexam.core.domain.model import Substrate, SubstrateSpec, UvResponse
from docexam.core.synth import features as ft
from docexam.core.synth import inks, printing
from docexam.core.synth.booklet import sheets
from docexam.core.synth.canvas import PageCanvas
from docexam.core.synth.docdata import TITLES, DocData
from docexam.core.synth.emblem import emblem, stamp
from docexam.core.synth.features import add_layer
from docexam.core.synth.states import Design
from docexam.core.synth.text import draw_text, text_width_mm

# Gold foil pressed into the board: its rim stands up in grazing light.
FOIL = Material(visible=Ink("#d8b45a", 0.95), relief_um=20.0)


def cover_substrate(d: Design) -> SubstrateSpec:
    """A coated cover board in the state's colour, without optical brightener, opaque."""
    return SubstrateSpec(Substrate.PAPER, d.accent, UvResponse.DULL, opacity=0.995)


def cover(canvas: PageCanvas, d: Design, doc: DocData, g: np.random.Generator) -> None:
    w, _ = canvas.size_mm
    ft.uv_dull(canvas)
    foil = canvas.blank()
    name = d.state.name_local.upper()
    cap = min(4.2, 4.2 * (w - 14) / max(text_width_mm(canvas, name, 4.2, "bold"), 1.0))
    draw_text(foil, canvas, name, w / 2, 24.0, cap, "bold", "center")
    size = round(canvas.px(34.0))
    stamp(foil, emblem(d, size), round(canvas.px(w / 2) - size / 2), round(canvas.px(36.0)))
    draw_text(foil, canvas, d.state.doc_word("td3").upper(), w / 2, 86.0, 3.6, "bold", "center")
    if d.state.doc_word("td3").upper() != TITLES["td3"].upper():
        draw_text(foil, canvas, TITLES["td3"].upper(), w / 2, 93.0, 2.6, "sans", "center")
    add_layer(canvas, "cover-foil", "ink.metallic", "Gold foil blocking on the cover", FOIL, foil)
    if has_chip(doc.doc_type):
        symbol = printing.chip_symbol(canvas, d, Rect(round(w / 2 - 6, 3), 104.0, 12.0, 8.0))
        symbol.material = FOIL
    sheets.perforation(canvas, doc.number, "cover")


def inside_cover(canvas: PageCanvas, d: Design, doc: DocData, g: np.random.Generator) -> None:
    w, h = canvas.size_mm
    ft.uv_dull(canvas)
    printing.guilloche(canvas, d, [(w / 2, h * 0.62, 18.0)], 3.0)
    text = canvas.blank()
    lines = [
        f"THE GOVERNMENT OF {d.state.name_en.upper()}",
        "REQUESTS ALL WHOM IT MAY CONCERN",
        "TO ALLOW THE BEARER TO PASS FREELY",
        "AND TO AFFORD THE BEARER",
        "ALL NECESSARY ASSISTANCE.",
    ]
    for k, line in enumerate(lines):
        draw_text(text, canvas, line, w / 2, 20.0 + 5.0 * k, 2.0, "sans", "center")
    dropout = Material(visible=Ink(d.accent, 0.9), ir_cutoff_nm=inks.DROPOUT_IR_NM)
    add_layer(
        canvas, "page-heading", "ink.ir_dropout", "Page heading in IR drop-out ink", dropout, text
    )
    # The issuer's line is a second plate: under IR it vanishes with the request, apart from it.
    issuer = canvas.blank()
    draw_text(issuer, canvas, d.state.authority.upper(), w / 2, 52.0, 1.6, "bold", "center")
    add_layer(
        canvas,
        "issuer-line",
        "ink.ir_dropout",
        "Issuing authority in IR drop-out ink",
        dropout,
        issuer,
    )
    printing.microprint(canvas, d, [(5.0, h - 6.0, w - 10.0)])
    sheets.perforation(canvas, doc.number, "inside-cover")
