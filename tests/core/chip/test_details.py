"""DG11 and DG12 (ICAO 9303 Part 10): chips of a later series carry them, listed in EF.COM,
hashed in the SOD, shown by `docexam chip read` and compared with what the page prints; the
first series (A) carries DG1 and DG2 only."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime

import pytest

from docexam.cli import run
from docexam.core.chip import details, lds
from docexam.core.chip.portrait import printed_face
from docexam.core.chip.sod import digest, parse_sod
from docexam.core.chip.trust import shipped_trust
from docexam.core.chip.verify import Outcome, verify_chip
from docexam.core.domain.model import Pack
from tests.core.chip.helpers import (
    UTOPIAN,
    VALMERAN,
    ZARNOVIAN,
    mrz_lines,
    pack_root,
    specimen_and_chip,
)


def test_dg11_and_dg12_use_the_part_10_tags() -> None:
    dg11 = details.dg11("Ashmore", "Clara Jane", "0103522329", date(1983, 1, 22), "Anyder")
    assert dg11[:1] == b"\x6b"
    # The tag list names exactly the fields present, in order.
    assert b"\x5c\x08\x5f\x0e\x5f\x10\x5f\x2b\x5f\x11" in dg11
    assert details.parse_dg11(dg11) == {
        "full_name": "Ashmore<<Clara Jane",
        "personal_number": "0103522329",
        "full_birth_date": "19830122",
        "birth_place": "Anyder",
    }
    dg12 = details.dg12("Amaurot Passport Office", date(2025, 5, 22), datetime(2025, 5, 22, 9))
    assert dg12[:1] == b"\x6c" and b"\x5f\x19" in dg12 and b"\x5f\x26\x08" in dg12
    assert details.parse_dg12(dg12)["issue_date"] == "20250522"
    assert details.parse_dg12(dg12)["personalised"] == "20250522090000"


def test_a_tag_outside_the_tag_list_is_named() -> None:
    bad = b"\x6b\x07\x5c\x00\x5f\x11\x02AB"
    with pytest.raises(details.TlvError, match="DG11: tag 5F11 is not in its tag list"):
        details.parse_dg11(bad)


@pytest.mark.parametrize(("sid", "has"), [(ZARNOVIAN, True), (UTOPIAN, False), (VALMERAN, False)])
def test_later_series_carry_dg11_dg12_listed_and_hashed(
    genuine_pack: Pack, sid: str, has: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    spec, chip = specimen_and_chip(genuine_pack, sid)
    listed = lds.parse_ef_com(chip.files["EF.COM"])
    assert ({"DG11", "DG12"} <= set(listed)) is has
    sod = parse_sod(chip.files["EF.SOD"])
    for group in ("DG11", "DG12"):
        if has:
            assert sod.hashes[lds.DG_NUMBERS[group]] == digest(chip.files[group])
        else:
            assert group not in chip.files and lds.DG_NUMBERS[group] not in sod.hashes
    assert run(["chip", "read", str(pack_root(genuine_pack)), sid, "--json"]) == 0
    read = json.loads(capsys.readouterr().out)
    if has:
        assert read["dg11"]["birth_place"] == spec.viz["birth_place"]
        assert read["dg11"]["personal_number"] == spec.viz["personal_number"]
        assert read["dg12"]["authority"] == spec.viz["authority"]
        assert read["dg12"]["issue_date"] == spec.viz["issue_date"].replace("-", "")
    else:
        assert "dg11" not in read and "dg12" not in read
    assert run(["chip", "verify", str(pack_root(genuine_pack)), sid, "--json"]) == 0
    step = next(
        s for s in json.loads(capsys.readouterr().out)["steps"] if s["id"] == "dg11_dg12_vs_page"
    )
    assert (step["outcome"], step["code"]) == (("pass", "ok") if has else ("skip", "no_dg11_dg12"))


@pytest.mark.parametrize("field", ["birth_place", "authority", "personal_number", "issue_date"])
def test_a_page_differing_from_dg11_dg12_fails_that_step_only(
    genuine_pack: Pack, field: str
) -> None:
    spec, chip = specimen_and_chip(genuine_pack, ZARNOVIAN)
    viz = {**spec.viz, field: "2001-02-03" if field == "issue_date" else "ALTERED"}
    report = verify_chip(chip, mrz_lines(spec), viz, printed_face(spec), shipped_trust())
    assert report.failed == ("dg11_dg12_vs_page",)
    step = report.step("dg11_dg12_vs_page")
    assert step.why.machine_code == "dg11_dg12_mismatch"
    assert dict(step.why.params)["fields"] == field
    row = next(r for r in report.fields if r.field == field)
    assert not row.matches and row.viz == viz[field]


def test_a_dg11_that_does_not_parse_fails_files_and_its_hash(genuine_pack: Pack) -> None:
    spec, chip = specimen_and_chip(genuine_pack, ZARNOVIAN)
    broken = replace(chip, files={**chip.files, "DG11": b"\x6b\x02\x5f\x11"})
    report = verify_chip(broken, mrz_lines(spec), spec.viz, printed_face(spec), shipped_trust())
    assert report.step("files").outcome is Outcome.FAIL and "DG11" in report.step("files").reason
    assert report.step("hashes").outcome is Outcome.FAIL
    assert report.step("dg11_dg12_vs_page").outcome is Outcome.SKIP
