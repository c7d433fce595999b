"""Every chip fraud, made as `docexam forge --chip-fraud` makes it and checked as `docexam chip
verify` checks it, fails exactly the reader step it should and no other, over several seeds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from docexam.cli import run
from docexam.core.chip.frauds import CHIP_FRAUDS, FAILS
from docexam.core.pack.forgery_record import read_record
from docexam.core.pack.io import read_pack

# The stable machine code `chip verify --json` gives each fraud's failing step (docs/chip.md).
CODES = {
    "dg_altered": "hash_mismatch",
    "untrusted_csca": "untrusted_csca",
    "revoked_signer": "revoked_signer",
    "expired_signer": "signer_expired",
    "cloned_chip": "aa_failed",
    "photo_substituted": "dg2_mismatch",
    "data_differs": "dg1_mismatch",
    "dead_chip": "dead_chip",
    "pseudo_pki": "untrusted_csca",
}
# States whose chips have Active Authentication, so the clone is detectable; seeds vary data.
RECIPES = (("UTO", 21), ("ZRN", 22), ("QNB", 23))
SERIES = {"UTO": "A", "ZRN": "2024", "QNB": "2024"}  # with and without PACE, DG11/DG12


def _verify(pack: Path, specimen: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict]:  # type: ignore[type-arg]
    code = run(["chip", "verify", str(pack), specimen, "--json"])
    return code, json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("fraud", CHIP_FRAUDS)
def test_each_chip_fraud_fails_exactly_its_step(
    fraud: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for state, seed in RECIPES:
        out = tmp_path / f"{state}-{seed}"
        args = ["forge", "--chip-fraud", fraud, "--state", state, "--seed", str(seed)]
        args += ["--series", SERIES[state]]
        assert run([*args, "--dpi", "150", "--with-genuine", "-o", str(out)]) == 0
        capsys.readouterr()
        pack = read_pack(out)
        genuine, forged = pack.specimens
        code, report = _verify(out, genuine.id, capsys)
        assert (code, report["failed"]) == (0, []), report
        code, report = _verify(out, forged.id, capsys)
        assert code == 1
        assert report["failed"] == [FAILS[fraud]], report
        by_outcome = {(s["outcome"], s["code"]) for s in report["steps"]}
        assert ("fail", CODES[fraud]) in by_outcome
        assert {c for o, c in by_outcome if o == "pass"} <= {"ok"}
        # The ground truth names the chip reader as what reveals it.
        record = read_record(forged.root)
        assert record is not None
        assert any("chip" in s.reveal for s in record.signs)


def test_a_clone_of_a_chip_without_active_authentication_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["forge", "--chip-fraud", "cloned_chip", "--state", "QVL", "--dpi", "150"]
    assert run([*args, "-o", str(tmp_path / "x")]) == 2
    assert "no Active Authentication" in capsys.readouterr().err
