"""Combined document: a counterfeit data sheet sewn into a genuine booklet. The counterfeit's
signs are on that sheet only (the rest of the booklet stays genuine, re-sewn at the centre),
each under its recorded light, on paper."""

from __future__ import annotations

import pytest

from docexam.core.domain.lights import LightSource
from docexam.core.pack.forgery_record import ForgeryError
from docexam.core.synth import GeneratedSpecimen
from docexam.core.synth.booklet import sheets
from docexam.core.synth.forgery import forge
from docexam.core.synth.forgery.polycarbonate import SUBSTRATE_ONLY
from tests.core.forgery.conftest import Forger
from tests.core.forgery.helpers import assert_changes_recorded, changed, render

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


def test_a_combined_document_needs_a_booklet(genuines: dict[str, GeneratedSpecimen]) -> None:
    with pytest.raises(ForgeryError, match="td3"):
        forge(genuines["td1"], "combined", 1)


def test_the_bundled_set_holds_a_combined_document() -> None:
    from docexam.core.library.bundled import load_recipes

    jobs = [j for p in load_recipes()["forgery_packs"] for j in p["jobs"]]
    assert any(j["fraud"] == "combined" and j["type"] == "td3" for j in jobs)
