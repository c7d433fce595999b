"""How a TD3 booklet is put together: its pages, the sheets they sit on, and the numbering
every sheet carries (the perforated number, whose holes shrink sheet by sheet, and the index
marks that step down the page edge).

The laser drills the document number through the closed booklet from the front cover: each
sheet takes some of its energy, so the holes get smaller from the first sheet to the last. A
sheet from another booklet brings its own hole size, its own index-mark position and its own
printed numbers, which is how a substituted page shows itself.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from docexam.core.domain.geometry import Rect
from docexam.core.domain.material import Ink, Material
from docexam.core.synth import personal
from docexam.core.synth.canvas import Layer, PageCanvas
from docexam.core.synth.features import add_layer

PAGE_MM = (125.0, 88.0)  # a book-block page, landscape, spine along the top edge
COVER_MM = (88.0, 125.0)  # the closed booklet, upright, spine along the left edge
PERFORATION_AT = (87.0, 64.2)  # the first hole on a book-block page (mm); as the data page has it
PITCH_MM = 0.55
HOLE_MM = (0.46, 0.38, 0.32, 0.26)  # hole diameter on sheet 0 (cover) .. 3


@dataclass(frozen=True)
class Leaf:
    """One page of the booklet: the sheet it is on, which side, the number printed on it."""

    id: str
    sheet: int  # 0 = the cover board, 1 = the data-page sheet, 2.. = visa sheets
    verso: bool  # the back of the sheet: what the front shows is seen mirrored
    number: int | None  # the printed page number (None: unnumbered)
    name: str
    name_zh: str


LEAVES: tuple[Leaf, ...] = (
    Leaf("cover", 0, False, None, "Cover", "封面"),
    Leaf("inside-cover", 0, True, None, "Inside cover", "封二（封面内页）"),
    Leaf("data", 1, False, 2, "Data page", "资料页"),
    Leaf("observations", 1, True, 3, "Observations (page 3)", "备注页（第 3 页）"),
    Leaf("visa-4", 2, False, 4, "Visa page 4", "签证页（第 4 页）"),
    Leaf("visa-5", 2, True, 5, "Visa page 5", "签证页（第 5 页）"),
    Leaf("visa-6", 3, False, 6, "Visa page 6", "签证页（第 6 页）"),
    Leaf("visa-7", 3, True, 7, "Visa page 7", "签证页（第 7 页）"),
)
BY_ID = {leaf.id: leaf for leaf in LEAVES}
VISA_PAGES = tuple(leaf.id for leaf in LEAVES if leaf.id.startswith("visa-"))
# The centre spread, where the sewing thread lies open between the pages.
CENTRE_SPREAD = ("visa-5", "visa-6")


def reverse_of(page_id: str) -> str:
    leaf = BY_ID[page_id]
    return next(o.id for o in LEAVES if o.sheet == leaf.sheet and o.id != page_id)


def sheet_pages(sheet: int) -> tuple[str, ...]:
    return tuple(leaf.id for leaf in LEAVES if leaf.sheet == sheet)


def hole_mm(sheet: int) -> float:
    return HOLE_MM[min(sheet, len(HOLE_MM) - 1)]


def perforation(canvas: PageCanvas, number: str, page_id: str, hole: float | None = None) -> Layer:
    """The document number drilled through this page; ``hole`` overrides the sheet's size (a
    sheet brought from another booklet, where it sat elsewhere in the stack)."""
    leaf = BY_ID[page_id]
    size = hole_mm(leaf.sheet) if hole is None else hole
    if leaf.sheet > 0:
        return personal.perforation(canvas, number, *PERFORATION_AT, PITCH_MM, size, leaf.verso)
    # The cover stands upright: the same holes, turned with it (spine from the top to the left).
    flat = PageCanvas(PAGE_MM, canvas.dpi)
    drilled = personal.perforation(flat, number, *PERFORATION_AT, PITCH_MM, size)
    assert drilled.mask is not None
    mask = np.ascontiguousarray(np.rot90(drilled.mask, 1))
    if leaf.verso:
        mask = np.ascontiguousarray(mask[:, ::-1])
    mask = mask[: canvas.height, : canvas.width]
    x0, y0, x1, y1 = drilled.region.bounds()
    rw, rh = y1 - y0, x1 - x0  # turned: the width is the flat region's height
    x, y = y0, PAGE_MM[0] - x1
    if leaf.verso:
        x = COVER_MM[0] - x - rw
    return add_layer(
        canvas,
        drilled.id,
        drilled.category,
        "Laser-perforated document number",
        drilled.material,
        mask,
        region=Rect(round(x, 3), round(y, 3), round(rw, 3), round(rh, 3)),
    )


def index_mark(canvas: PageCanvas, page_id: str, number: str, colour: str) -> Layer:
    """A mark on the outer page edge that steps down one place per page: fanned, the marks of a
    booklet form one unbroken staircase."""
    leaf = BY_ID[page_id]
    step = (leaf.number or 0) - 2
    y0 = 16.0 + 6.0 * (int(number[-1]) % 4) + 3.0 * step
    mask = canvas.blank()
    mask[
        round(canvas.px(y0)) : round(canvas.px(y0 + 4.0)), canvas.width - round(canvas.px(1.2)) :
    ] = 255
    return add_layer(
        canvas,
        "index-mark",
        "binding.index_marks",
        "Index mark on the page edge",
        Material(visible=Ink(colour, 1.0)),
        mask,
    )
