"""Combined documents: genuine parts joined with counterfeit ones.

A booklet (TD3): the forger keeps what is hard to make (the cover, the chip, the visa sheets
and their stamps) and reproduces only the sheet that carries the data page and the observations
page, with office means: the counterfeit's signs (brightened paper, printed fibres, a print
process's screen, a printed watermark and perforation, a flat OVD) are on that sheet alone, so a
careful examiner sees them as a contrast between pages of one booklet, and the booklet had to be
re-sewn. Every other page stays genuine.

A card (TD1): the forger splits a genuine card between its layers, keeps its back (the MRZ, the
chip, the card body) and glues on a counterfeit front printed on foreign material: the front
glows under UV where the back stays dull, its data are printed instead of engraved, a seam runs
round the edge and the window no longer lets light through cleanly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from docexam.core.pack.forgery_record import ForgeryError
from docexam.core.synth.booklet import sheets
from docexam.core.synth.forgery import counterfeit, polycarbonate, processes, swap
from docexam.core.synth.forgery.workbench import Workbench

OpFn = Callable[[Workbench], None]
COUNTERFEIT_SHEET = 1  # the data-page sheet: data and observations
CARD_FRONT = ("front",)  # the side of a card that carries the portrait and data


@contextmanager
def _only(wb: Workbench, page_ids: tuple[str, ...]) -> Iterator[None]:
    """The bench narrowed to the counterfeit sheet's pages while a counterfeit step runs."""
    everything = wb.pages
    wb.pages = {pid: work for pid, work in everything.items() if pid in page_ids}
    try:
        yield
    finally:
        wb.pages = everything


def counterfeit_part(wb: Workbench) -> tuple[str, ...]:
    """The pages the forger reproduced: a booklet's data sheet, a card's front."""
    if wb.doc.doc_type == "td3" and not set(sheets.BY_ID) - set(wb.pages):
        return sheets.sheet_pages(COUNTERFEIT_SHEET)
    if wb.doc.doc_type == "td1" and set(CARD_FRONT) <= set(wb.pages):
        return CARD_FRONT
    raise ForgeryError("a combined document needs a passport booklet (TD3) or a card (TD1)")


def on_the_sheet(step: OpFn) -> OpFn:
    """A counterfeit operation done to the inserted sheet (or the card's front) only."""

    def run(wb: Workbench) -> None:
        with _only(wb, counterfeit_part(wb)):
            step(wb)

    run.__name__ = step.__name__
    run.__doc__ = step.__doc__
    return run


def foreign_material(wb: Workbench) -> None:
    """The counterfeit front is not polycarbonate: printed PVC or synthetic film whose
    brightener glows under UV (level 1 like office paper, level 2 faintly), so the front and
    the back of one card differ under the lamp."""
    for pid in wb.pages:
        counterfeit.brighten(wb, pid, "polycarbonate")
        strong = counterfeit.BRIGHTENER[wb.difficulty] >= 1.0
        wb.sign(
            pid,
            wb.canvas(pid).full_region(),
            ("uv365", "uv254"),
            ("Front layer of another material", "正面卡层为其他材料"),
            (
                "Under UV-A the front of the card "
                + ("glows blue-white" if strong else "is a shade lighter and bluer")
                + " while its back stays UV-dull: the front layer is printed film with "
                "optical brightener, joined to a genuine card's back. A polycarbonate card is "
                "dull on both sides; turn it over under the lamp.",
                "长波紫外灯下卡片正面"
                + ("发蓝白色荧光" if strong else "略亮、略偏蓝")
                + "，而背面无荧光：正面卡层为含荧光增白剂的印刷薄膜，粘合在真证的背面上。"
                "聚碳酸酯证卡两面在紫外灯下均无荧光；请在灯下翻面比对。",
            ),
        )


OPERATIONS: dict[str, OpFn] = {
    "brightener_paper": on_the_sheet(counterfeit.brightener_paper),
    "printed_fibres": on_the_sheet(counterfeit.printed_fibres),
    "inkjet_print": on_the_sheet(processes.inkjet_print),
    "toner_print": on_the_sheet(processes.toner_print),
    "offset_print": on_the_sheet(processes.offset_print),
    "blurred_microprint": on_the_sheet(counterfeit.blurred_microprint),
    "fake_watermark": on_the_sheet(counterfeit.fake_watermark),
    "flat_ovd": on_the_sheet(counterfeit.flat_ovd),
    "printed_perforation": on_the_sheet(counterfeit.printed_perforation),
    # A card's front: foreign film, data printed instead of engraved.
    "foreign_material": on_the_sheet(foreign_material),
    "flat_engraving": on_the_sheet(polycarbonate.flat_engraving),
    # The join: the booklet opened at the centre and sewn again with ordinary thread; the card
    # split between its layers and glued, its window clouded where the layers meet.
    "resewn_binding": swap.resewn_binding,
    "layer_split": on_the_sheet(polycarbonate.layer_split),
    "window_tampered": on_the_sheet(polycarbonate.window_tampered),
}
