"""The chip symbol is drawn on generated passports, so the reader expects a chip: a passport
showing it whose chip does not answer reads as a dead chip. Forgeries made on an issued booklet
keep its chip (and the chip shows what was changed); a counterfeit has none that answers."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from docexam.cli import run
from docexam.core.chip.check import CHIP_SYMBOL
from docexam.core.pack.images import read_image
from docexam.core.pack.io import read_pack


def _verify(pack: Path, specimen: str, capsys: pytest.CaptureFixture[str]) -> dict:  # type: ignore[type-arg]
    run(["chip", "verify", str(pack), specimen, "--json"])
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


@pytest.mark.parametrize(("state", "series"), [("UTO", "A"), ("ZRN", "2024")])
def test_a_generated_passport_shows_the_symbol_and_without_its_chip_reads_dead(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], state: str, series: str
) -> None:
    out = tmp_path / "pack"
    args = ["generate", "--state", state, "--type", "td3", "--series", series, "--dpi", "150"]
    assert run([*args, "-o", str(out)]) == 0
    capsys.readouterr()
    specimen = read_pack(out).specimens[0]
    # On the data page and, blocked in foil, on the cover.
    symbols = {p.id: f for p in specimen.pages for f in p.features if f.category == CHIP_SYMBOL}
    assert set(symbols) == {"data", "cover"}
    for symbol in symbols.values():
        assert symbol.mask is not None
        mask = read_image(specimen.path(symbol.mask), grey=True)
        assert np.count_nonzero(mask) > 100  # drawn, not only listed
    assert _verify(out, specimen.id, capsys)["failed"] == []
    (out / "specimens" / specimen.id / "chip.json").unlink()
    report = _verify(out, specimen.id, capsys)
    assert report["failed"] == ["access"]
    assert "chip symbol" in report["steps"][0]["reason"]
    assert report["steps"][0]["code"] == "no_chip"
    assert {s["code"] for s in report["steps"][1:]} == {"not_run"}


@pytest.mark.parametrize(
    ("fraud", "failed"),
    [
        ("photo_substitution", ["dg2_vs_portrait"]),
        ("counterfeit", ["access"]),
    ],
)
def test_forgeries_keep_the_issued_chip_where_the_booklet_was_issued(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fraud: str, failed: list[str]
) -> None:
    out = tmp_path / "pack"
    args = ["forge", "--fraud", fraud, "--state", "UTO", "--seed", "7", "--dpi", "150"]
    assert run([*args, "-o", str(out)]) == 0
    capsys.readouterr()
    forged = read_pack(out).specimens[0]
    assert _verify(out, forged.id, capsys)["failed"] == failed
