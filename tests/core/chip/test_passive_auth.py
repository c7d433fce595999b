"""Passive authentication of generated chips: an independent tool agrees, a Master List without
the state fails the chain, and any changed byte of any data group fails its hash."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from docexam.core.chip.pki import country, state_pki
from docexam.core.chip.portrait import printed_face
from docexam.core.chip.tlv import unwrap
from docexam.core.chip.trust import shipped_trust
from docexam.core.chip.verify import Outcome, verify_chip
from docexam.core.domain.model import Pack
from tests.core.chip.helpers import UTOPIAN, VALMERAN, ZARNOVIAN, mrz_lines, specimen_and_chip

ROOT = Path(__file__).resolve().parents[3]


def _openssl() -> str:
    """The openssl binary; these checks skip without it on a workstation, but CI must run them."""
    found = shutil.which("openssl")
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail("openssl is missing on CI, where the independent CMS check is mandatory")
        pytest.skip("openssl is not installed (CI has it)")
    return found


def _cms_verify(sod: Path, csca: Path, out: Path) -> subprocess.CompletedProcess[str]:
    """``openssl cms -verify`` of the DER ``sod`` against the CA certificate ``csca``."""
    command = [_openssl(), "cms", "-verify", "-inform", "DER", "-in", sod, "-CAfile", csca]
    return subprocess.run([*command, "-out", out], capture_output=True, text=True, check=False)


@pytest.mark.parametrize("specimen_id", [UTOPIAN, VALMERAN, ZARNOVIAN])
def test_openssl_cms_verify_accepts_the_sod_against_the_state_csca(
    genuine_pack: Pack, specimen_id: str, tmp_path: Path
) -> None:
    spec, chip = specimen_and_chip(genuine_pack, specimen_id)
    sod = tmp_path / "sod.der"
    sod.write_bytes(unwrap(chip.files["EF.SOD"], 0x77, "EF.SOD"))
    state = spec.document.issuing_state
    csca = tmp_path / "csca.pem"
    ca = next(
        c for c in shipped_trust().cscas if c.subject.rfc4514_string().endswith(country(state))
    )
    csca.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    content = tmp_path / "content.der"
    done = _cms_verify(sod, csca, content)
    assert done.returncode == 0, done.stderr
    assert "Verification successful" in done.stderr
    # What OpenSSL verified is the LDS security object holding the hash of every data group.
    assert content.read_bytes() in chip.files["EF.SOD"]


def test_openssl_refuses_the_sod_against_another_state_csca(
    genuine_pack: Pack, tmp_path: Path
) -> None:
    _, chip = specimen_and_chip(genuine_pack, UTOPIAN)
    sod = tmp_path / "sod.der"
    sod.write_bytes(unwrap(chip.files["EF.SOD"], 0x77, "EF.SOD"))
    csca = tmp_path / "csca.pem"
    other = state_pki("QVL", "Kingdom of Valmera").csca
    csca.write_bytes(other.public_bytes(serialization.Encoding.PEM))
    done = _cms_verify(sod, csca, tmp_path / "x")
    assert done.returncode != 0


def test_a_master_list_without_the_state_csca_fails_the_chain(genuine_pack: Pack) -> None:
    for sid in (UTOPIAN, VALMERAN, ZARNOVIAN):
        spec, chip = specimen_and_chip(genuine_pack, sid)
        trust = shipped_trust().without(country(spec.document.issuing_state))
        report = verify_chip(chip, mrz_lines(spec), spec.viz, printed_face(spec), trust)
        assert report.failed == ("chain",)
        assert "no CSCA named" in report.step("chain").reason
        assert report.step("revocation").outcome is Outcome.SKIP


def test_the_shipped_master_list_and_crls_are_what_the_seed_rebuilds() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_pki.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_changing_any_byte_of_any_data_group_fails_its_hash(
    genuine_pack: Pack, data: st.DataObject
) -> None:
    spec, chip = specimen_and_chip(
        genuine_pack, data.draw(st.sampled_from([UTOPIAN, VALMERAN, ZARNOVIAN]))
    )
    groups = sorted(k for k in chip.files if k.startswith("DG"))
    group = data.draw(st.sampled_from(groups))
    blob = bytearray(chip.files[group])
    at = data.draw(st.integers(0, len(blob) - 1))
    blob[at] ^= data.draw(st.integers(1, 255))
    changed = replace(chip, files={**chip.files, group: bytes(blob)})
    report = verify_chip(changed, mrz_lines(spec), spec.viz, printed_face(spec), shipped_trust())
    assert report.step("hashes").outcome is Outcome.FAIL
    assert group in report.step("hashes").reason
    # The signature over the security object is untouched: only the data are wrong.
    assert report.step("sod_signature").outcome is Outcome.PASS
