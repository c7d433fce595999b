"""Each forgery changes only what its record says it changed."""

from __future__ import annotations

import pytest

from docexam.core.synth import GeneratedSpecimen
from tests.core.forgery.conftest import Forger
from tests.core.forgery.helpers import assert_changes_recorded

CASES = [
    ("td3", "counterfeit", 1, None),
    ("td3", "counterfeit", 2, ("offset_print", "blurred_microprint", "flat_ovd", "fake_watermark")),
    ("td3", "counterfeit", 1, ("inkjet_print",)),
    ("td3", "counterfeit", 1, ("toner_print",)),
    ("td3", "counterfeit", 3, None),
    ("td1", "counterfeit", 1, None),
    ("td3", "photo_substitution", 1, None),
    ("td3", "photo_substitution", 3, None),
    ("td1", "photo_substitution", 2, None),
    ("td2", "photo_substitution", 1, None),
    ("td3", "data_alteration", 1, ("field_rewrite",)),
    ("td3", "data_alteration", 2, ("field_rewrite",)),
    ("td1", "data_alteration", 1, ("field_rewrite",)),
    ("td2", "data_alteration", 3, ("field_rewrite",)),
    ("td3", "data_alteration", 2, ("mrz_wrong_check_digits",)),
    ("td1", "data_alteration", 3, ("mrz_recomputed",)),
    ("td3", "page_substitution", 1, None),
    ("td3", "stolen_blank", 1, None),
    ("td1", "stolen_blank", 2, None),
]


@pytest.mark.parametrize(("doc", "fraud", "difficulty", "ops"), CASES)
def test_changes_stay_in_recorded_regions(
    genuines: dict[str, GeneratedSpecimen],
    forged: Forger,
    doc: str,
    fraud: str,
    difficulty: int,
    ops: tuple[str, ...] | None,
) -> None:
    forgery = forged(doc, fraud, difficulty, ops)
    assert forgery.specimen.document.status.value == fraud
    assert_changes_recorded(genuines[doc], forgery)


def test_ops_that_change_nothing_on_a_document_are_not_recorded(forged: Forger) -> None:
    # TD2 has no watermark and no perforation: the plan may pick them, the record must not.
    forgery = forged("td2", "counterfeit", 1)
    names = {o.name for o in forgery.record.operations}
    assert "fake_watermark" not in names and "printed_perforation" not in names
    assert {s.operation for s in forgery.record.signs} <= names
