"""PACE (ICAO 9303 Part 11): the password key of the worked example to the byte; a chip that
offers PACE opens with it from the printed MRZ, one without opens with BAC, and an altered
printed MRZ opens neither. Checked as `docexam chip verify --json` reports it."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from docexam.cli import run
from docexam.core.chip import pace
from docexam.core.chip.portrait import printed_face
from docexam.core.chip.trust import shipped_trust
from docexam.core.chip.verify import Outcome, verify_chip
from docexam.core.domain.model import Pack
from tests.core.chip.helpers import (
    UTOPIAN,
    VALMERAN,
    altered_mrz,
    mrz_lines,
    pack_root,
    specimen_and_chip,
)

# ICAO 9303 Part 11, Appendix G (PACE worked example, ECDH generic mapping): the MRZ
# information, f(pi) = SHA-1 of it, and K_pi = SHA-1(f(pi) || 00000003) cut to 16 bytes.
MRZ_INFO = "T22000129364081251010318"
K_PI = "89DED1B26624EC1E634C1989302849DD"


def test_password_key_of_the_part_11_worked_example() -> None:
    assert pace.password_key(MRZ_INFO).hex().upper() == K_PI


def test_the_exchange_agrees_only_on_the_same_password() -> None:
    key = pace.password_key(MRZ_INFO)
    other = pace.password_key("T22000129364081251010319")
    for _ in range(5):  # fresh nonces and ephemeral keys every time
        assert pace.run_pace(key, key)
        assert not pace.run_pace(key, other)


def _verify(pack: Pack, sid: str, capsys: pytest.CaptureFixture[str]) -> dict:  # type: ignore[type-arg]
    assert run(["chip", "verify", str(pack_root(pack)), sid, "--json"]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


@pytest.mark.parametrize(("sid", "protocol"), [(UTOPIAN, "PACE"), (VALMERAN, "BAC")])
def test_the_reader_opens_with_pace_when_the_chip_offers_it_else_bac(
    genuine_pack: Pack, sid: str, protocol: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _, chip = specimen_and_chip(genuine_pack, sid)
    assert ("EF.CardAccess" in chip.files) is (protocol == "PACE")
    report = _verify(genuine_pack, sid, capsys)
    assert report["access_protocol"] == protocol
    access = report["steps"][0]
    assert (access["id"], access["outcome"], access["code"]) == ("access", "pass", "ok")
    assert protocol in access["reason"]
    assert run(["chip", "read", str(pack_root(genuine_pack)), sid, "--json"]) == 0
    read = json.loads(capsys.readouterr().out)
    if protocol == "PACE":
        assert read["pace"] == {
            "protocol": pace.PACE_ECDH_GM_AES_128,
            "version": 2,
            "parameters": pace.NIST_P256,
        }
    else:
        assert "pace" not in read


def test_an_altered_printed_mrz_fails_pace(genuine_pack: Pack) -> None:
    spec, chip = specimen_and_chip(genuine_pack, UTOPIAN)
    for birth in ("010101", "991231", "500615"):
        report = verify_chip(
            chip, altered_mrz(mrz_lines(spec), birth), spec.viz, printed_face(spec), shipped_trust()
        )
        assert report.failed == ("access",)
        assert report.protocol == "PACE"
        assert report.step("access").why.machine_code == "access_denied"
        assert "PACE" in report.step("access").reason
        assert all(s.outcome is Outcome.SKIP for s in report.steps[1:])


def test_a_pace_chip_opens_only_with_its_own_password(genuine_pack: Pack) -> None:
    spec, chip = specimen_and_chip(genuine_pack, UTOPIAN)
    for wrong in (pace.password_key(MRZ_INFO), None):
        other = replace(chip, pace_key=wrong)
        report = verify_chip(other, mrz_lines(spec), spec.viz, printed_face(spec), shipped_trust())
        assert report.failed == ("access",)


def test_a_card_access_without_a_pace_info_this_reader_runs_fails_access(
    genuine_pack: Pack,
) -> None:
    spec, chip = specimen_and_chip(genuine_pack, UTOPIAN)
    files = {**chip.files, "EF.CardAccess": b"\x31\x00"}
    report = verify_chip(
        replace(chip, files=files), mrz_lines(spec), spec.viz, printed_face(spec), shipped_trust()
    )
    assert report.failed == ("access",)
    assert report.step("access").why.machine_code == "card_access_unreadable"
