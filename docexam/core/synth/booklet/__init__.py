"""A TD3 passport as a booklet: cover, inside cover, data page, observations page and numbered
visa pages, with the numbering that ties every sheet to its booklet and the travel story its
stamps tell (``docs/generator.md``, "Booklets").

:data:`PAGES` lists the pages in the order a specimen holds them: the data page first (where an
examiner opens a passport and where the viewer starts), then the book block in leaf order, then
the covers. :data:`sheets.LEAVES` keeps the physical order.
"""

from __future__ import annotations

from docexam.core.synth import layout_page
from docexam.core.synth.booklet import cover, inner, sheets
from docexam.core.synth.booklet.travel import travel_for
from docexam.core.synth.page_plan import PageBuilder, PagePlan
from docexam.core.synth.states import Design


def _see_through_y(d: Design) -> float | None:
    # Where the data page draws its front half, so both halves meet against the light; None
    # when the series has no see-through register.
    slots = layout_page._right_column(d)
    return slots["see"] + 4 if "see" in slots else None


def _builders() -> dict[str, PageBuilder]:
    out: dict[str, PageBuilder] = {
        "cover": cover.cover,
        "inside-cover": cover.inside_cover,
        "data": layout_page.data_page,
        "observations": inner.builder("observations", _see_through_y),
    }
    for pid in sheets.VISA_PAGES:
        out[pid] = inner.builder(pid)
    return out


def _pages() -> tuple[PagePlan, ...]:
    build = _builders()
    order = [leaf for leaf in sheets.LEAVES if leaf.sheet > 0]
    order += [leaf for leaf in sheets.LEAVES if leaf.sheet == 0]
    return tuple(
        PagePlan(
            leaf.id,
            leaf.name,
            leaf.name_zh,
            build[leaf.id],
            sheets.reverse_of(leaf.id),
            sheets.COVER_MM if leaf.sheet == 0 else sheets.PAGE_MM,
            cover.cover_substrate if leaf.id == "cover" else None,
        )
        for leaf in order
    )


PAGES = _pages()

__all__ = ["PAGES", "sheets", "travel_for"]
