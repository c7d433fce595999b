"""chip.json is pack format: schema-checked on the way in, and a damaged one is a readable error
naming the file and the field, never a traceback."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from docexam.cli import run
from docexam.core.domain.model import Pack
from tests.core.chip.helpers import UTOPIAN, pack_root


def _copy(pack: Pack, tmp_path: Path) -> tuple[Path, Path]:
    dest = tmp_path / "pack"
    shutil.copytree(pack_root(pack), dest)
    return dest, dest / "specimens" / UTOPIAN / "chip.json"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d.update(access_key="not hex"), "access_key"),
        (lambda d: d["files"].update({"DG99": "AAAA"}), "DG99"),
        (lambda d: d["files"].update({"DG1": "***"}), "files.DG1"),
        (lambda d: d.pop("responds"), "responds"),
    ],
)
def test_a_chip_json_that_breaks_the_schema_is_named_by_validate_and_verify(
    genuine_pack: Pack,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    change,
    expected,  # type: ignore[no-untyped-def]
) -> None:
    dest, chip = _copy(genuine_pack, tmp_path)
    data = json.loads(chip.read_text())
    change(data)
    chip.write_text(json.dumps(data))
    assert run(["pack", "validate", str(dest)]) == 2
    err = capsys.readouterr().err
    assert f"specimens/{UTOPIAN}/chip.json" in err and expected in err
    assert run(["chip", "verify", str(dest), UTOPIAN]) == 2
    err = capsys.readouterr().err
    assert "chip.json" in err and "Traceback" not in err


def test_damaged_files_in_a_valid_chip_json_are_a_failed_step(
    genuine_pack: Pack, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dest, chip = _copy(genuine_pack, tmp_path)
    data = json.loads(chip.read_text())
    data["files"]["EF.SOD"] = "AAAA"
    chip.write_text(json.dumps(data))
    assert run(["chip", "verify", str(dest), UTOPIAN, "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["failed"] == ["files"]
    assert "EF.SOD" in report["steps"][1]["reason"]


def test_the_chip_survives_an_import_into_the_library(
    genuine_pack: Pack,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DOCEXAM_DATA_DIR", str(tmp_path / "data"))
    assert run(["pack", "import", str(pack_root(genuine_pack))]) == 0
    kept = list((tmp_path / "data").rglob(f"specimens/{UTOPIAN}/chip.json"))
    assert len(kept) == 1


def test_a_hand_made_specimen_without_a_chip_has_none(capsys: pytest.CaptureFixture[str]) -> None:
    from docexam import shipped

    assert run(["chip", "verify", str(shipped.UTOPIA_BASIC), _first_id(), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["verdict"] == "none"
    assert {s["outcome"] for s in report["steps"]} == {"skip"}


def _first_id() -> str:
    from docexam import shipped
    from docexam.core.pack.io import read_pack

    return read_pack(shipped.UTOPIA_BASIC).specimens[0].id
