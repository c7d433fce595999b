"""Frauds on a whole booklet: a substituted sheet changes only its own pages (and the thread at
the centre spread), and forged stamps break the travel story the way the rule says."""

from __future__ import annotations

import itertools

import pytest

from docexam.core.domain.travel import story_findings
from docexam.core.pack.forgery_record import ForgeryError
from docexam.core.pack.travel_file import read_travel
from docexam.core.synth import GeneratedSpecimen
from docexam.core.synth.booklet import sheets
from docexam.core.synth.booklet.travel import style_of
from docexam.core.synth.forgery import forge
from docexam.core.synth.forgery.swap import MIN_COLOUR_STEP, _distance
from tests.core.forgery.conftest import Forger
from tests.core.forgery.helpers import assert_changes_recorded, changed

SEEDS = (1, 2, 3, 4)


@pytest.mark.parametrize("difficulty", [1, 2, 3])
def test_page_substitution_leaves_every_other_page_unchanged(
    genuines: dict[str, GeneratedSpecimen], forged: Forger, difficulty: int
) -> None:
    genuine = genuines["td3"]
    sheets_seen = set()
    for seed in SEEDS:
        forgery = forged("td3", "page_substitution", difficulty, seed=seed)
        touched = {p for op in forgery.record.operations for p in op.pages}
        sheet_pages = {pid for pid in touched if pid not in sheets.CENTRE_SPREAD}
        sheet_ids = {sheets.BY_ID[pid].sheet for pid in sheet_pages}
        assert len(sheet_ids) <= 1, touched  # one sheet replaced, not pages of several
        sheets_seen |= sheet_ids
        assert touched <= {*sheet_pages, *sheets.CENTRE_SPREAD}
        for page_id in genuine.pages:
            if page_id not in touched:
                assert not changed(genuine, forgery, page_id).any(), (seed, page_id)
        assert_changes_recorded(genuine, forgery)
        assert forgery.record.signs and all(s.reveal for s in forgery.record.signs)
    assert sheets_seen, "no sheet was ever substituted"


def test_both_the_data_sheet_and_a_visa_sheet_get_substituted(forged: Forger) -> None:
    sheets_seen = set()
    for seed in range(1, 9):
        forgery = forged("td3", "page_substitution", 3, seed=seed)
        op = next(o for o in forgery.record.operations if o.name == "other_perforation")
        sheets_seen.add(sheets.BY_ID[op.pages[0]].sheet)
    assert sheets_seen == {1, 3}


def test_a_substituted_sheet_breaks_the_shrinking_perforation(forged: Forger) -> None:
    for seed in SEEDS:
        forgery = forged("td3", "page_substitution", 3, seed=seed)
        op = next(o for o in forgery.record.operations if o.name == "other_perforation")
        areas = {}
        for leaf in sheets.LEAVES:
            mask = forgery.generated.pages[leaf.id].layers
            holes = next(la for la in mask if la.id == "laser-perforation").mask
            assert holes is not None
            areas[leaf.sheet] = float((holes > 127).sum())
        order = [areas[s] for s in sorted(areas)]
        assert any(a <= b for a, b in itertools.pairwise(order)), (op.pages, order)


@pytest.mark.parametrize("difficulty", [1, 2, 3])
def test_forged_stamps_break_the_story_and_the_rule_finds_them(
    genuines: dict[str, GeneratedSpecimen], forged: Forger, difficulty: int
) -> None:
    genuine = genuines["td3"]
    doc = genuine.doc
    assert genuine.travel is not None
    assert story_findings(genuine.travel, doc.issue, doc.expiry) == []
    for seed in SEEDS:
        forgery = forged("td3", "visa_stamp_fraud", difficulty, seed=seed)
        assert forgery.specimen.root is not None
        history = read_travel(forgery.specimen.root)
        assert history is not None and history == forgery.generated.travel
        names = {o.name for o in forgery.record.operations}
        found = {f.code for f in story_findings(history, doc.issue, doc.expiry)}
        expect = {
            "stamp_before_issue": "before_issue",
            "exit_without_entry": "exit_without_entry",
            "entry_before_visa": "entry_without_visa",
        }
        wanted = {expect[n] for n in names if n in expect}
        # A trip added before issue to a state that requires a visa also lacks the visa.
        extra = {"entry_without_visa"} if "stamp_before_issue" in names else set()
        assert wanted <= found <= wanted | extra, (seed, names, found)
        assert_changes_recorded(genuine, forgery)


def test_a_counterfeit_stamp_differs_from_its_states_genuine_stamps(forged: Forger) -> None:
    # The same forgeries as the story test at difficulty 1 (cached), where every plan counterfeits.
    for seed in SEEDS:
        forgery = forged("td3", "visa_stamp_fraud", 1, seed=seed)
        sign = next(s for s in forgery.record.signs if s.operation == "counterfeit_stamp")
        layers = forgery.generated.pages[sign.page_id].layers
        fake = next(
            la for la in layers if la.origin.value == "forgery" and la.id.startswith("stamp-")
        )
        history = forgery.generated.travel
        assert history is not None
        stamp = history.stamps[int(fake.id.split("-")[1]) - 1]
        genuine = style_of(stamp.state)
        visible = fake.material.visible
        assert visible is not None and visible.colour != genuine.ink, seed
        assert (fake.material.uv365 is not None) != genuine.uv, seed
        assert {"uv365", "loupe", "comparison"} <= set(sign.reveal), seed


def test_stamp_fraud_needs_a_booklet(genuines: dict[str, GeneratedSpecimen]) -> None:
    with pytest.raises(ForgeryError, match="td3"):
        forge(genuines["td1"], "visa_stamp_fraud", 1)


@pytest.mark.parametrize("difficulty", [1, 2, 3])
def test_a_substituted_visa_sheet_carries_its_own_booklets_stamps(
    genuines: dict[str, GeneratedSpecimen], forged: Forger, difficulty: int
) -> None:
    """Not the genuine's stamps: the other booklet's, older than this passport, which the story
    rule finds; the stamps on every other page stay the genuine's."""
    genuine = genuines["td3"]
    doc = genuine.doc
    assert genuine.travel is not None
    visa_sheets = 0
    for seed in range(1, 9):
        forgery = forged("td3", "page_substitution", difficulty, seed=seed)
        op = next(o for o in forgery.record.operations if o.name == "other_perforation")
        pages = set(op.pages)
        history = read_travel(forgery.specimen.root)
        assert history is not None and history == forgery.generated.travel
        if sheets.BY_ID[op.pages[0]].sheet == 1:
            assert history == genuine.travel  # the data sheet carries no stamps
            continue
        visa_sheets += 1
        kept = [s for s in genuine.travel.stamps if s.page not in pages]
        assert [s for s in history.stamps if s.page not in pages] == kept
        on_sheet = [i for i, s in enumerate(history.stamps) if s.page in pages]
        assert on_sheet and not {history.stamps[i] for i in on_sheet} & set(genuine.travel.stamps)
        found = story_findings(history, doc.issue, doc.expiry)
        assert {f.stamp for f in found if f.code == "before_issue"} == set(on_sheet)
        signs = [s for s in forgery.record.signs if s.operation == "other_stamps"]
        assert signs and {s.page_id for s in signs} <= pages
    assert visa_sheets


def test_other_paper_changes_the_fibres_a_series_has(
    genuines: dict[str, GeneratedSpecimen], forged: Forger
) -> None:
    """The test booklet's series has no UV-A-only fibres (the one set other_paper used to
    change): the other batch's paper still shows, in the colours of the fibre sets the page has
    and the missing planchettes."""
    genuine = genuines["td3"]
    assert not any(la.id == "fibres-uv-a" for la in genuine.pages["data"].layers)
    for seed in (1, 2):
        forgery = forged("td3", "page_substitution", 1, ("other_paper",), seed)
        signs = [s for s in forgery.record.signs if s.operation == "other_paper"]
        pages = {s.page_id for s in signs}
        assert len({sheets.BY_ID[p].sheet for p in pages}) == 1  # the one substituted sheet
        for s in signs:
            assert "uv365" in s.reveal
            real = {la.id: la for la in genuine.pages[s.page_id].layers}
            fake = {la.id: la for la in forgery.generated.pages[s.page_id].layers}
            assert "planchettes" in real and "planchettes" not in fake
            fibres = [lid for lid in real if lid.startswith("fibres-uv-")]
            assert fibres
            for lid in fibres:  # a colour the lamp tells apart, not the next series' near hue
                before, after = (
                    (la.material.uv365 or la.material.uv254) for la in (real[lid], fake[lid])
                )
                assert before is not None and after is not None
                assert _distance(before.colour, after.colour) >= MIN_COLOUR_STEP, (s.page_id, lid)
        assert_changes_recorded(genuine, forgery)
