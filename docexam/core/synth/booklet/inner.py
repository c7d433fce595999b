"""The book-block pages after the data page: the observations page (its reverse) and the
numbered visa pages, each on the same security paper, with the numbering that ties it to its
booklet (printed number, perforated number, page number, index mark), the sewing thread at the
centre spread, and the stamps of the travel story."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from docexam.core.domain.geometry import Rect
from docexam.core.domain.material import Emission, Ink, Material
from docexam.core.synth import features as ft
from docexam.core.synth import inks, printing
from docexam.core.synth.booklet import sheets, stamps
from docexam.core.synth.booklet.travel import travel_for
from docexam.core.synth.canvas import PageCanvas
from docexam.core.synth.docdata import DocData
from docexam.core.synth.emblem import emblem
from docexam.core.synth.features import add_layer
from docexam.core.synth.page_plan import PageBuilder
from docexam.core.synth.states import FIELDS, Design
from docexam.core.synth.text import draw_text

THREAD_X = 40.2  # the embedded thread on the front of a sheet, as the data page has it
SERIAL_AT = (8.0, 10.0)  # the printed document number: x, baseline (mm)
SERIAL_CAP_MM = 2.2


def builder(
    page_id: str, see_through_y: Callable[[Design], float | None] | None = None
) -> PageBuilder:
    """The drawing of one inner page; ``see_through_y`` places the back half of the data page's
    see-through register (observations page only)."""

    def build(canvas: PageCanvas, d: Design, doc: DocData, g: np.random.Generator) -> None:
        leaf = sheets.BY_ID[page_id]
        w, h = canvas.size_mm
        ft.uv_dull(canvas)
        # The paper's features are the series' (docexam.core.synth.inventory); the numbering
        # that ties a sheet to its booklet is on every series.
        if d.has("fibres-visible"):
            ft.fibres(canvas, g, d.fibre_colours[0], True, 40, "fibres-visible", (0.9, 0.6))
        if d.has("fibres-uv-a"):
            ft.fibres(canvas, g, d.uv_colours[0], False, 60, "fibres-uv-a")
        if d.has("fibres-uv-c"):
            ft.fibres(canvas, g, d.uv_colours[2], False, 40, "fibres-uv-c", (0.0, 0.9))
        if d.has("planchettes"):
            ft.planchettes(canvas, g, "#f4f070", "#70d0ff", 30)
        ft.thread(canvas, w - THREAD_X if leaf.verso else THREAD_X, d.uv_colours[2])
        mark = Rect(round(w - 94 - 26, 3), 18.0, 26.0, 30.0) if leaf.verso else Rect(94, 18, 26, 30)
        ft.watermark(canvas, mark, emblem(d, 400), mirrored=leaf.verso, shaded=d.newer)
        bg = printing.guilloche(canvas, d, [(w / 2, h / 2 + 4, 26.0)], 2.5)
        for rosettes in bg[1:]:
            rosettes.material = type(rosettes.material)(
                visible=Ink(d.rainbow[1], 0.9), ir_cutoff_nm=printing.BACKGROUND_IR_NM
            )
        printing.microprint(canvas, d, [(5.0, 14.0, 115.0), (5.0, h - 5.0, 115.0)])
        if d.has("page-heading"):
            heading(canvas, d, page_id)
        page_number(canvas, d, page_id)
        if see_through_y is not None:  # the reverse of the data page
            y = see_through_y(d)
            if y is not None:
                printing.see_through(canvas, d, (111.5, y), 3.4, back=True)
            if d.has("penetrating-number"):
                # The reverse of the data page: the number's ink soaked through the sheet.
                num = canvas.blank()
                draw_text(num, canvas, doc.number, 121.0, 13.5, 2.2, "bold", "right")
                inks.penetrating_number(canvas, num, reverse=True)
        sheet_serial(canvas, doc.number)
        sheets.perforation(canvas, doc.number, page_id)
        if page_id in sheets.CENTRE_SPREAD:
            binding(canvas, page_id, glue=d.has("uv-glue"))
        sheets.index_mark(canvas, page_id, doc.number, d.accent)
        stamps.draw_page(canvas, page_id, travel_for(doc))

    return build


def heading(canvas: PageCanvas, d: Design, page_id: str) -> None:
    w, _ = canvas.size_mm
    words = (
        f"{d.state.labels_local[FIELDS.index('remarks')]} / OBSERVATIONS"
        if page_id == "observations"
        else f"VISAS · {d.state.name_local}"
    )
    head = canvas.blank()
    draw_text(head, canvas, words.upper(), w / 2, 10.0, 2.6, "bold", "center")
    add_layer(
        canvas,
        "page-heading",
        "ink.ir_dropout",
        "Page heading in IR drop-out ink",
        Material(visible=Ink(d.accent, 0.9), ir_cutoff_nm=inks.DROPOUT_IR_NM),
        head,
    )


def page_number(
    canvas: PageCanvas, d: Design, page_id: str, font: str = "bold", number: int | None = None
) -> None:
    """The page number in the outer bottom corner, printed in ink that also glows under UV-A;
    ``number`` other than the page's own is what a sheet from another booklet shows."""
    leaf = sheets.BY_ID[page_id]
    w, h = canvas.size_mm
    mask = canvas.blank()
    x, align = (6.0, "left") if leaf.verso else (w - 6.0, "right")
    draw_text(mask, canvas, str(number or leaf.number), x, h - 8.0, 2.4, font, align)
    add_layer(
        canvas,
        "page-number",
        "binding.page_number",
        "Page number",
        Material(
            visible=Ink(d.accent, 0.95),
            ir_cutoff_nm=printing.BACKGROUND_IR_NM,
            uv365=Emission(d.uv_colours[1], 0.7),
        ),
        mask,
    )


def sheet_serial(canvas: PageCanvas, number: str) -> None:
    serial = canvas.blank()
    draw_text(serial, canvas, number, *SERIAL_AT, SERIAL_CAP_MM, "bold")
    add_layer(
        canvas,
        "sheet-serial",
        "binding.sheet_serial",
        "Sheet serial number",
        Material(
            visible=Ink("#b02020", 1.0),
            ir_cutoff_nm=printing.BACKGROUND_IR_NM,
            uv365=Emission("#ff5030", 0.6),
        ),
        serial,
    )


def binding(canvas: PageCanvas, page_id: str, glue: bool = True) -> None:
    """The sewing thread lying open at the centre spread, and the UV-cured glue of the spine."""
    w, _ = canvas.size_mm
    stitches = canvas.blank()
    for x in np.arange(8.0, w - 8.0, 4.0):
        stitches[
            round(canvas.px(0.6)) : round(canvas.px(1.1)),
            round(canvas.px(x)) : round(canvas.px(x + 2.6)),
        ] = 255
    add_layer(
        canvas,
        "sewing-thread",
        "binding.sewing_thread",
        "Sewing thread along the spine",
        Material(visible=Ink("#c03050", 0.9), uv365=Emission("#ff3080", 0.9)),
        stitches,
    )
    if not glue:
        return
    spine = canvas.blank()
    spine[: round(canvas.px(1.8)), :] = 255
    add_layer(
        canvas,
        "uv-glue",
        "binding.uv_glue",
        "UV-cured glue along the spine",
        Material(uv365=Emission("#a0c0ff", 0.5)),
        spine,
    )
