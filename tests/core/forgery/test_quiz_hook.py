"""A forged specimen in a pack turns into a mark-the-alterations exercise through the quiz hook."""

from __future__ import annotations

from pathlib import Path

from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import Status
from docexam.core.pack.io import read_pack
from docexam.core.synth.forgery import ForgeJob, forge_pack
from docexam.core.synth.forgery.chip_frauds import PLAN, forge_chip_pack
from docexam.core.training.quiz.first_line import first_line_signs
from docexam.core.training.quiz.fraud_truth import fraud_records


def test_forged_pack_specimen_yields_fraud_records(tmp_path: Path) -> None:
    job = ForgeJob("UTO", "td3", 11, Status.PHOTO_SUBSTITUTION.value)
    forge_pack("forged", [job], tmp_path / "pack", dpi=150)
    [specimen] = read_pack(tmp_path / "pack").specimens
    records = fraud_records(specimen)
    assert records, "the forgery record was not found"
    assert all(r.category.startswith("fraud.") for r in records)
    pages = {p.id for p in specimen.pages}
    assert {r.page_id for r in records} <= pages


def test_first_line_signs_are_those_white_light_or_a_glance_shows(tmp_path: Path) -> None:
    job = ForgeJob("UTO", "td3", 11, Status.PHOTO_SUBSTITUTION.value)
    forge_pack("forged", [job], tmp_path / "pack", dpi=150)
    [specimen] = read_pack(tmp_path / "pack").specimens
    seen, unseen = first_line_signs(specimen)
    assert seen, "a substituted photo shows at the booth"
    assert all(LightSource.VISIBLE in r.lights or r.contrast is not None for r in seen)
    assert all(LightSource.VISIBLE not in r.lights for r in unseen)
    names = [r.name["en"] for r in seen + unseen]
    assert len(names) == len(set(names))  # a sign repeated on several regions is named once
    assert {r.id for r in seen + unseen} <= {r.id for r in fraud_records(specimen)}


def test_a_failing_chip_is_a_first_line_reason_to_refer(tmp_path: Path) -> None:
    # A revoked signer changes nothing on the page: only the booth's reader shows it.
    forge_chip_pack("chip", [("UTO", "A", 12, "revoked_signer")], tmp_path / "pack", 150.0)
    [specimen] = read_pack(tmp_path / "pack").specimens
    seen, unseen = first_line_signs(specimen)
    assert [r.tools for r in seen] == [("chip",)] and unseen == []
    assert seen[0].name["en"] == PLAN["revoked_signer"].title[0]
