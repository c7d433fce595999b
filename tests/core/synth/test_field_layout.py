"""No caption or field of a data page runs into another, in any state's languages."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from docexam.core.domain.geometry import Rect
from docexam.core.domain.model import DOCUMENT_SIZES_MM, DocumentType
from docexam.core.synth import layout_page, layout_td1
from docexam.core.synth.canvas import PageCanvas
from docexam.core.synth.docdata import DocData, make_doc_data
from docexam.core.synth.layout_common import FieldWriter
from docexam.core.synth.layout_td1 import CARD_SCALE
from docexam.core.synth.states import STATES, Design, design_for

SEEDS = (1, 7, 23, 58, 311)


def _card(put: Callable[[FieldWriter, DocData], None]) -> Callable[..., FieldWriter]:
    def draw(canvas: PageCanvas, d: Design, doc: DocData) -> FieldWriter:
        fw = FieldWriter(canvas, d, CARD_SCALE)
        put(fw, doc)
        return fw

    return draw


# Every page that carries captioned fields, as the layouts draw it.
PAGES: tuple[tuple[str, str, Callable[..., FieldWriter]], ...] = (
    ("td3", "data page", layout_page.data_fields),
    ("td2", "front", layout_page.data_fields),
    ("mrv-a", "sticker", layout_page.data_fields),
    ("td1", "front", _card(layout_td1.front_fields)),
    ("td1", "back", _card(layout_td1.back_fields)),
)


def _overlap(a: Rect, b: Rect) -> bool:
    return a.x < b.x + b.w and b.x < a.x + a.w and a.y < b.y + b.h and b.y < a.y + a.h


@pytest.mark.parametrize("state", sorted(STATES))
@pytest.mark.parametrize(("doc_type", "page", "draw"), PAGES, ids=[f"{t}-{p}" for t, p, _ in PAGES])
def test_captions_and_fields_do_not_overlap(
    state: str, doc_type: str, page: str, draw: Callable[..., FieldWriter]
) -> None:
    st = STATES[state]
    w, h = DOCUMENT_SIZES_MM[DocumentType(doc_type)]
    for series in st.series:
        d = design_for(st, series)
        for seed in SEEDS:
            canvas = PageCanvas((w, h), 300.0)
            fw = draw(canvas, d, make_doc_data(st, doc_type, seed, series))
            where = f"{state} {series} {doc_type} {page} seed {seed}"
            for i, (name, box) in enumerate(fw.boxes):
                x0, y0, x1, y1 = box.bounds()
                assert x0 >= 0 and y0 >= 0 and x1 <= w and y1 <= h, f"{name} off the page: {where}"
                for other, obox in fw.boxes[i + 1 :]:
                    assert not _overlap(box, obox), f"{name} runs into {other}: {where}"
