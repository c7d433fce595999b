"""The bundled set holds every method of photo substitution (laminate lift, cut-in, re-lasering
on a card) and of data alteration (chemical, mechanical, overlay): the shipped recipes pin them,
and building those recipes the way the first start does gives records that name each method."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from docexam.core.domain.model import Status
from docexam.core.library.bundled import jobs_of, load_recipes
from docexam.core.pack.forgery_record import ForgeryError, read_record
from docexam.core.pack.io import read_pack
from docexam.core.synth import GeneratedSpecimen
from docexam.core.synth.forgery import forge
from docexam.core.synth.forgery.plans import METHODS


def _pinned_jobs() -> dict[str, Any]:
    shipped = load_recipes()
    packs = [
        dict(p, jobs=[j for j in p["jobs"] if "method" in j]) for p in shipped["forgery_packs"]
    ]
    return {"dpi": 150, "packs": [], "forgery_packs": packs}


def test_the_bundled_recipes_pin_every_method(tmp_path: Path) -> None:
    data = _pinned_jobs()
    pinned = [j for p in data["forgery_packs"] for j in p["jobs"]]
    found: dict[str, set[str]] = {}
    for i, (_, _, build) in enumerate(jobs_of(data)):
        build(tmp_path / str(i))
        pack = read_pack(tmp_path / str(i))
        (specimen,) = pack.specimens
        record = read_record(specimen.root)
        assert record is not None
        assert record.method == pinned[i]["method"], (pinned[i], record.method)
        found.setdefault(record.fraud.value, set()).add(record.method)
    for status, methods in METHODS.items():
        assert found.get(status.value) == set(methods), (status, found)


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_a_pinned_method_is_the_one_the_forger_used(
    genuines: dict[str, GeneratedSpecimen], seed: int
) -> None:
    signs_by_method = {
        "lift": "laminate_edge",
        "cut": "cut_edge",
        "relaser": "engraving_mismatch",
    }
    for method, doc in (("lift", "td3"), ("cut", "td3"), ("relaser", "td1")):
        record = forge(genuines[doc], "photo_substitution", seed, None, 2, method=method).record
        assert record.method == method
        assert signs_by_method[method] in {s.operation for s in record.signs}
    titles = {
        "chemical": "Erasure stain under UV",
        "mechanical": "Surface scraped round the field",
        "overlay": "Patch laid over the field",
    }
    for method, title in titles.items():
        record = forge(genuines["td3"], "data_alteration", seed, None, 2, method=method).record
        assert record.method == method
        assert title in {s.title["en"] for s in record.signs}, method


def test_a_method_the_document_cannot_take_is_refused(
    genuines: dict[str, GeneratedSpecimen],
) -> None:
    with pytest.raises(ForgeryError, match="needs paper"):
        forge(genuines["td1"], "data_alteration", 1, None, 1, method="chemical")
    with pytest.raises(ForgeryError, match="needs polycarbonate"):
        forge(genuines["td3"], "photo_substitution", 1, None, 1, method="relaser")
    with pytest.raises(ForgeryError, match="unknown method"):
        forge(genuines["td3"], Status.COUNTERFEIT, 1, None, 1, method="lift")
