"""Whatever goes wrong, the command line prints readable lines and an exit code, no traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from docexam.cli import run

from .packs import BASIC, SPECIMEN_ID, copy_basic


def test_no_command_prints_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert run([]) == 2
    out = capsys.readouterr().out
    assert out.startswith("usage: docexam") and "generate" in out and "pack" in out


def test_every_problem_of_a_refused_pack_is_its_own_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = copy_basic(tmp_path / "broken")
    (pack / "specimens" / SPECIMEN_ID / "front.png").write_bytes(b"GIF89a")
    manifest = json.loads((pack / "pack.json").read_text(encoding="utf-8"))
    manifest["format_version"] = 9
    (pack / "pack.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert run(["pack", "import", str(pack)]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert lines and all(line.startswith("error: ") for line in lines)
    assert any("version 9 is not supported" in line for line in lines)


def test_a_file_system_error_names_the_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    out = blocker / "page.png"
    assert run(["render", str(BASIC), SPECIMEN_ID, "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {out}: ") and "Traceback" not in err
