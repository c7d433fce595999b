"""Combined documents. A counterfeit data sheet sewn into a genuine booklet: the counterfeit's
signs are on that sheet only (the rest of the booklet stays genuine, re-sewn at the centre),
each under its recorded light, on paper. A counterfeit front glued onto a genuine card's back:
signs on the front only, polycarbonate ones (foreign material, printed data, a split seam, a
clouded window), each under its recorded light."""

from __future__ import annotations

import pytest

from docexam.core.domain.lights import LightSource
from docexam.core.pack.forgery_record import ForgeryError
from docexam.core.synth import GeneratedSpecimen
from docexam.core.synth.booklet import sheets
from docexam.core.synth.forgery import forge, polycarbonate
from docexam.core.synth.forgery.polycarbonate import SUBSTRATE_ONLY
from tests.core.forgery.conftest import Forger
from tests.core.forgery.helpers import assert_changes_recorded, changed, render
from tests.core.forgery.test_methods import assert_each_light_shows

SHEET = set(sheets.sheet_pages(1))


@pytest.mark.parametrize("difficulty", [1, 2, 3])
def test_only_the_inserted_sheet_is_counterfeit(
    genuines: dict[str, GeneratedSpecimen], forged: Forger, difficulty: int
) -> None:
    genuine = genuines["td3"]
    for seed in (1, 2):
        forgery = forged("td3", "combined", difficulty, seed=seed)
        assert forgery.specimen.document.status.value == "combined"
        assert_changes_recorded(genuine, forgery)
        for sign in forgery.record.signs:
            allowed = sheets.CENTRE_SPREAD if sign.operation == "resewn_binding" else SHEET
            assert sign.page_id in allowed, (sign.operation, sign.page_id)
            assert sign.reveal
        for page_id in genuine.pages:
            if page_id not in SHEET | set(sheets.CENTRE_SPREAD):
                assert not changed(genuine, forgery, page_id).any(), page_id
        ops = {o.name for o in forgery.record.operations}
        assert "resewn_binding" in ops
        assert len(ops & {"inkjet_print", "toner_print", "offset_print"}) == 1
        # Paper only: nothing that belongs to a polycarbonate card.
        card_only = {name for name, kind in SUBSTRATE_ONLY.items() if kind.value != "paper"}
        assert not ops & card_only


def test_the_inserted_sheet_glows_under_uv_where_the_booklet_stays_dull(
    genuines: dict[str, GeneratedSpecimen], forged: Forger
) -> None:
    genuine = genuines["td3"]
    forgery = forged("td3", "combined", 1)
    sign = next(s for s in forgery.record.signs if s.operation == "brightener_paper")
    assert sign.page_id in SHEET and "uv365" in sign.reveal
    uv = LightSource.UV365
    data = render(forgery.specimen, "data", uv).mean() - render(genuine.specimen, "data", uv).mean()
    visa = (
        render(forgery.specimen, "visa-4", uv).mean()
        - render(genuine.specimen, "visa-4", uv).mean()
    )
    assert data > 60 and abs(visa) < 1


PAPER_ONLY = {name for name, kind in SUBSTRATE_ONLY.items() if kind.value == "paper"}
CARD_SIGNS = set(polycarbonate.COMBINED_SIGNS)


@pytest.mark.parametrize("difficulty", [1, 2, 3])
def test_a_combined_card_is_a_counterfeit_front_on_a_genuine_back(
    genuines: dict[str, GeneratedSpecimen], forged: Forger, difficulty: int
) -> None:
    genuine = genuines["td1"]
    for seed in (1, 2, 3, 4):
        forgery = forged("td1", "combined", difficulty, seed=seed)
        assert_changes_recorded(genuine, forgery)
        assert not changed(genuine, forgery, "back").any()  # the genuine half
        ops = {o.name for o in forgery.record.operations}
        assert not ops & PAPER_ONLY, ops
        assert "layer_split" in ops  # the join, at every level
        assert len(ops & {"inkjet_print", "toner_print", "offset_print"}) == 1
        for sign in forgery.record.signs:
            assert sign.page_id == "front"
            assert forgery.specimen.page(sign.page_id).substrate.kind.value == "polycarbonate"
        # Every sign shows through the light engine under each light its record names.
        assert_each_light_shows(genuine, forgery)
        if difficulty < 3:
            assert {"foreign_material", "layer_split"} <= ops
        if difficulty == 1:
            assert ops >= CARD_SIGNS


def test_a_combined_cards_front_glows_where_its_back_stays_dull(
    genuines: dict[str, GeneratedSpecimen], forged: Forger
) -> None:
    genuine = genuines["td1"]
    uv = LightSource.UV365
    glow = {}
    for level in (1, 2):
        forgery = forged("td1", "combined", level, seed=1)
        sign = next(s for s in forgery.record.signs if s.operation == "foreign_material")
        assert "uv365" in sign.reveal
        front = render(forgery.specimen, "front", uv).mean()
        glow[level] = front - render(genuine.specimen, "front", uv).mean()
        back = render(forgery.specimen, "back", uv).mean()
        assert back == render(genuine.specimen, "back", uv).mean()
    # Office-bright film at level 1, a faint one at level 2: still there, measurably subtler.
    assert glow[1] > 60 and 5 < glow[2] < glow[1] / 2, glow


def test_a_combined_document_needs_a_booklet_or_a_card(
    genuines: dict[str, GeneratedSpecimen],
) -> None:
    with pytest.raises(ForgeryError, match="td3, td1"):
        forge(genuines["td2"], "combined", 1)


def test_the_bundled_set_holds_a_combined_document() -> None:
    from docexam.core.library.bundled import load_recipes

    jobs = [j for p in load_recipes()["forgery_packs"] for j in p["jobs"]]
    assert any(j["fraud"] == "combined" and j["type"] == "td3" for j in jobs)
    assert any(j["fraud"] == "combined" and j["type"] == "td1" for j in jobs)
