"""A TD3 passport is a booklet: every page carries the number, the perforation's holes shrink
from the cover inwards, the stamps tell a story that fits the passport's dates."""

from __future__ import annotations

from datetime import timedelta
from itertools import pairwise
from pathlib import Path

import cv2
import numpy as np
import pytest

from docexam.core.domain.model import Specimen
from docexam.core.domain.travel import Direction, story_findings
from docexam.core.pack.images import read_image
from docexam.core.pack.travel_file import read_travel
from docexam.core.synth import PageCanvas, build_specimen, personal
from docexam.core.synth.booklet import sheets, travel_for
from docexam.core.synth.docdata import AS_OF, make_doc_data
from docexam.core.synth.states import STATES
from docexam.core.synth.text import draw_text


def _mask(spec: Specimen, page_id: str, feature_id: str) -> np.ndarray:
    page = spec.page(page_id)
    feature = next(f for f in page.features if f.id == feature_id)
    assert feature.mask is not None
    return read_image(spec.path(feature.mask), grey=True)


def test_a_passport_has_every_booklet_page_in_leaf_order(specimens: dict[str, Specimen]) -> None:
    spec = specimens["td3"]
    ids = [p.id for p in spec.pages]
    assert ids[0] == "data"  # where an examiner opens it
    assert sorted(ids) == sorted(leaf.id for leaf in sheets.LEAVES)
    for leaf in sheets.LEAVES:
        other = spec.page(leaf.id).reverse
        assert other is not None and sheets.BY_ID[other].sheet == leaf.sheet
        assert spec.page(other).size_mm == spec.page(leaf.id).size_mm


def test_every_page_carries_the_document_number(specimens: dict[str, Specimen]) -> None:
    """Perforated through every page (the holes spell the number: the mask is the number's
    drilling at that sheet's hole size), printed on every page of the book block."""
    spec = specimens["td3"]
    number = spec.viz["document_number"]
    for leaf in sheets.LEAVES:
        page = spec.page(leaf.id)
        drilled = _mask(spec, leaf.id, "laser-perforation")
        scratch = PageCanvas(page.size_mm, spec.page(leaf.id).visible.dpi)
        expected = sheets.perforation(scratch, number, leaf.id).mask
        assert expected is not None and np.array_equal(drilled, expected), leaf.id
        wrong = sheets.perforation(PageCanvas(page.size_mm, scratch.dpi), "XX0000000", leaf.id)
        assert not np.array_equal(drilled, wrong.mask)
        if leaf.sheet == 0:
            continue
        if leaf.id == "data":
            assert (_mask(spec, "data", "document-number") > 0).any()
            continue
        # The printed serial is the number: drawn again where it stands, it is the same ink.
        redraw = np.zeros((scratch.height, scratch.width), np.uint8)
        draw_text(redraw, scratch, number, 8.0, 10.0, 2.2, "bold")
        assert np.array_equal(redraw, _mask(spec, leaf.id, "sheet-serial")), leaf.id


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_perforation_holes_shrink_page_by_page(tmp_path: Path, seed: int) -> None:
    spec = build_specimen("QNB", "td3", seed, 300, tmp_path).specimen
    """Every page has the same holes, so the open area measures their size."""
    sizes = []
    for leaf in sheets.LEAVES:
        holes = (_mask(spec, leaf.id, "laser-perforation") > 127).astype(np.uint8)
        if leaf.sheet == 2:  # small enough to stand apart: one hole per dot of the number
            count = cv2.connectedComponents(holes)[0] - 1
            assert count == _dots(spec.viz["document_number"]), leaf.id
        sizes.append(float(holes.sum()))
    # Front and back of a sheet share their holes; from sheet to sheet they get smaller.
    assert np.allclose(sizes[0::2], sizes[1::2], rtol=0.05), sizes
    by_sheet = sizes[0::2]
    assert all(a > b * 1.15 for a, b in pairwise(by_sheet)), by_sheet


def _dots(number: str) -> int:
    scratch = PageCanvas(sheets.PAGE_MM, 300.0)
    mask = personal.perforation(scratch, number, 0, 0, 1.0, 0.3).mask
    assert mask is not None
    return int(cv2.connectedComponents((mask > 127).astype(np.uint8))[0] - 1)


@pytest.mark.parametrize("state", sorted(STATES))
def test_stamps_lie_within_validity_and_tell_a_consistent_story(state: str) -> None:
    for seed in range(40):
        doc = make_doc_data(STATES[state], "td3", seed, "A")
        history = travel_for(doc)
        # A passport issued within the last months before the world's day has not travelled yet.
        assert history.stamps or doc.issue > AS_OF - timedelta(days=250), (state, seed)
        assert all(doc.issue <= s.day <= doc.expiry for s in history.stamps)
        assert all(s.page in sheets.VISA_PAGES for s in history.stamps)
        assert all(s.state != state for s in history.stamps)
        assert story_findings(history, doc.issue, doc.expiry) == []
        for v in history.visas:
            assert doc.issue <= v.issued <= v.until
        entries = [s for s in history.stamps if s.direction is Direction.ENTRY]
        exits = [s for s in history.stamps if s.direction is Direction.EXIT]
        assert len(exits) <= len(entries)


def test_stamps_are_drawn_where_the_travel_file_says(specimens: dict[str, Specimen]) -> None:
    spec = specimens["td3"]
    assert spec.root is not None
    history = read_travel(spec.root)
    assert history is not None and history.stamps
    for i, stamp in enumerate(history.stamps):
        page = spec.page(stamp.page)
        feature = next(f for f in page.features if f.id == f"stamp-{i + 1}")
        assert feature.category == "endorsement.border_stamp"
        x0, y0, x1, y1 = feature.region.bounds()
        assert x0 < stamp.x < x1 and y0 < stamp.y < y1


def test_the_centre_spread_shows_the_thread_and_only_it(specimens: dict[str, Specimen]) -> None:
    spec = specimens["td3"]
    for leaf in sheets.LEAVES:
        ids = {f.id for f in spec.page(leaf.id).features}
        assert ("sewing-thread" in ids) == (leaf.id in sheets.CENTRE_SPREAD), leaf.id


def test_every_port_and_visa_line_prints_whole_in_its_states_stamp_font() -> None:
    """OCR-B lacks Ő, Ž, Ş...: a port's name set in it lost those letters, leaving gaps an
    examiner could take for a counterfeit's wrong font. Each is printed without its accent."""
    from docexam.core.synth.booklet.stamps import printable
    from docexam.core.synth.booklet.travel import style_of
    from docexam.core.synth.states import STATES
    from docexam.core.synth.text import covers

    seen_changed = 0
    for code, state in STATES.items():
        font = style_of(code).font
        for city in state.cities:
            for text in (f"{city.upper()} AIRPORT", f"VISA · {state.name_en.upper()}"):
                shown = printable(text, font)
                assert covers(font, shown), (code, text, shown)
                # no letter lost: one printed letter (or more: ß -> SS) for each letter written
                letters = [c for c in text if c.isalpha()]
                assert len([c for c in shown if c.isalpha()]) >= len(letters), (text, shown)
                seen_changed += shown != text
    assert seen_changed > 0  # the property meets OCR-B stamps with accented ports
    assert printable("ŐRHEGY PORT", "ocrb") == "ORHEGY PORT"
    assert printable("ŐRHEGY PORT", "bold") == "ŐRHEGY PORT"  # a font with the letter keeps it
