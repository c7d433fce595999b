"""The pack and library commands as a person runs them: exit codes and readable lines."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from docexam.cli import run

from .packs import BASIC, copy_basic, edit_manifest, edit_specimen


def test_validate_valid_pack(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["pack", "validate", str(BASIC)]) == 0
    assert "valid pack" in capsys.readouterr().out


def test_validate_lists_every_problem_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = copy_basic(tmp_path / "bad")

    def break_it(data: dict[str, object]) -> None:
        pages = data["pages"]
        assert isinstance(pages, list)
        pages[0]["features"][0]["region"] = {"shape": "rect", "x": -50, "y": 0, "w": 10, "h": 10}
        pages[0]["features"][1]["category"] = "made.up"

    edit_specimen(pack, break_it)
    assert run(["pack", "validate", str(pack)]) == 2
    err = capsys.readouterr().err
    assert "features[0].region: extends outside" in err
    assert "features[1].category: unknown category 'made.up'" in err
    assert "2 problem(s)" in err


def test_import_list_export_cycle(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = copy_basic(tmp_path / "src")
    (source / "pack.json").write_text(
        (source / "pack.json").read_text(encoding="utf-8").replace("utopia-basic", "my-course"),
        encoding="utf-8",
    )
    assert run(["pack", "import", str(source)]) == 0
    assert run(["library", "list"]) == 0
    out = capsys.readouterr().out
    assert "imported pack 'my-course' with 1 specimen(s)" in out
    assert "my-course" in out and "imported" in out and "utopia-basic" in out
    target = tmp_path / "shared.dxpack"
    assert run(["pack", "export", "my-course", str(target)]) == 0
    assert run(["pack", "validate", str(target)]) == 0
    assert run(["pack", "import", str(source)]) == 2
    assert "already in the library" in capsys.readouterr().err


def test_unknown_pack_export_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run(["pack", "export", "nope", str(tmp_path / "x.dxpack")]) == 2
    assert "no pack 'nope'" in capsys.readouterr().err
    assert not (tmp_path / "x.dxpack").exists()


def test_garbage_never_prints_a_traceback(tmp_path: Path) -> None:
    junk = tmp_path / "junk.dxpack"
    junk.write_bytes(b"\x00\x01garbage")
    result = subprocess.run(
        [sys.executable, "-m", "docexam", "pack", "import", str(junk)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "junk.dxpack: not a readable .dxpack zip" in result.stderr


def test_data_dir_option_chooses_the_library(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from docexam.__main__ import main

    default = Path(os.environ["DOCEXAM_DATA_DIR"])
    source = copy_basic(tmp_path / "src")
    edit_manifest(source, lambda data: data.update(id="my-course"))
    other = tmp_path / "elsewhere"
    assert main(["--data-dir", str(other), "pack", "import", str(source)]) == 0
    assert (other / "packs" / "my-course").is_dir()
    capsys.readouterr()
    assert main([f"--data-dir={other}", "library", "list"]) == 0
    assert "my-course" in capsys.readouterr().out
    assert not (default / "packs" / "my-course").exists()
    assert main(["--data-dir"]) == 2
    assert "--data-dir needs a directory" in capsys.readouterr().err


@pytest.mark.parametrize("command", [["render"], ["chip", "read"], ["chip", "verify"]])
def test_an_unknown_specimen_names_the_ones_there_are(
    command: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    extra = ["-o", str(tmp_path / "out.png")] if command == ["render"] else []
    assert run([*command, str(BASIC), "nobody", *extra]) == 2
    err = capsys.readouterr().err
    assert "has no specimen 'nobody' (specimens: uto-td3-eriksson)" in err
