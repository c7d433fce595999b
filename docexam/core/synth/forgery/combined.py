"""Combined document: a genuine booklet with a counterfeit data sheet sewn in.

The forger keeps what is hard to make (the cover, the chip, the visa sheets and their stamps)
and reproduces only the sheet that carries the data page and the observations page, with office
means: the counterfeit's signs (brightened paper, printed fibres, a print process's screen, a
printed watermark and perforation, a flat OVD) are on that sheet alone, so a careful examiner
sees them as a contrast between pages of one booklet, and the booklet had to be re-sewn. Every
other page stays genuine.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from docexam.core.pack.forgery_record import ForgeryError
from docexam.core.synth.booklet import sheets
from docexam.core.synth.forgery import counterfeit, processes, swap
from docexam.core.synth.forgery.workbench import Workbench

OpFn = Callable[[Workbench], None]
COUNTERFEIT_SHEET = 1  # the data-page sheet: data and observations


@contextmanager
def _only(wb: Workbench, page_ids: tuple[str, ...]) -> Iterator[None]:
    """The bench narrowed to the counterfeit sheet's pages while a counterfeit step runs."""
    everything = wb.pages
    wb.pages = {pid: work for pid, work in everything.items() if pid in page_ids}
    try:
        yield
    finally:
        wb.pages = everything


def on_the_sheet(step: OpFn) -> OpFn:
    """A counterfeit operation done to the inserted sheet only."""

    def run(wb: Workbench) -> None:
        if wb.doc.doc_type != "td3" or set(sheets.BY_ID) - set(wb.pages):
            raise ForgeryError("a combined document needs a passport booklet (TD3)")
        with _only(wb, sheets.sheet_pages(COUNTERFEIT_SHEET)):
            step(wb)

    run.__name__ = step.__name__
    run.__doc__ = step.__doc__
    return run


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
    # The join: the booklet opened at the centre and sewn again with ordinary thread.
    "resewn_binding": swap.resewn_binding,
}
