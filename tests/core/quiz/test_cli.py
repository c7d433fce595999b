"""``docexam exercise generate`` and ``docexam curriculum coverage`` as a person runs them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from docexam.cli import run
from docexam.core.pack.exercise_file import read_exercises
from docexam.core.pack.io import read_pack

from .test_generate import BASIC


def test_generate_writes_an_importable_pack_with_exercises(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "set.dxpack"
    assert (
        run(
            [
                "exercise",
                "generate",
                "--pack",
                str(BASIC),
                "--count",
                "5",
                "--seed",
                "4",
                "--id",
                "uv-drill",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    assert "5 exercise(s)" in capsys.readouterr().out
    pack = read_pack(out)
    assert pack.id == "uv-drill" and [s.id for s in pack.specimens] == ["uto-td3-eriksson"]
    assert pack.root is not None
    [exercise_set] = read_exercises(pack.root)
    assert len(exercise_set.exercises) == 5
    assert {p for p, _ in exercise_set.specimens()} == {"uv-drill"}
    assert run(["pack", "import", str(out)]) == 0
    assert (
        run(
            [
                "exercise",
                "generate",
                "--pack",
                "utopia-basic",
                "--module",
                "L1.mrz",
                "-o",
                str(tmp_path / "mrz"),
            ]
        )
        == 0
    )
    assert (tmp_path / "mrz" / "exercises.json").is_file()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--pack", "no-such-pack"], "no pack 'no-such-pack'"),
        (["--pack", "utopia-basic", "--module", "L7.x"], "no module 'L7.x'"),
        (["--pack", "utopia-basic", "--count", "0"], "count: 0 must be at least 1"),
        (["--pack", "utopia-basic", "--id", "Bad Id!"], "is not a pack id"),
    ],
)
def test_generate_errors_are_readable(
    argv: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["exercise", "generate", *argv, "-o", str(tmp_path / "o.dxpack")]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not (tmp_path / "o.dxpack").exists()


def test_coverage_lists_objectives_with_and_without_exercises(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "uv"
    assert (
        run(["exercise", "generate", "--pack", str(BASIC), "--module", "L1.uv", "-o", str(out)])
        == 0
    )
    capsys.readouterr()
    assert run(["curriculum", "coverage", "--pack", str(out), "--level", "1"]) == 0
    text = capsys.readouterr().out
    assert "(exercises.json)" in text
    assert any(line.split()[:2] == ["-", "L1.mrz.check_digits"] for line in text.splitlines())
    uv = next(line for line in text.splitlines() if "L1.uv.inks" in line)
    assert uv.split()[0].isdigit()
    assert "objective(s) have exercises" in text
    assert run(["curriculum", "coverage", "--lang", "zh-Hans"]) == 0  # the library, generated
    assert "(generated)" in capsys.readouterr().out


@pytest.mark.parametrize("mode", ["exam", "practice"])
def test_an_imported_exam_set_is_sealed_in_the_library(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], mode: str
) -> None:
    """An instructor's exam, once imported, holds no key a trainee could read with a file
    manager; it still runs (the sets read back are the ones written). Practice stays plain."""
    out = tmp_path / "course"
    argv = ["exercise", "generate", "--pack", str(BASIC), "--count", "4", "--seed", "2"]
    assert run([*argv, "--mode", mode, "--id", f"course-{mode}", "-o", str(out)]) == 0
    written = read_exercises(out)
    assert run(["pack", "import", str(out)]) == 0
    capsys.readouterr()
    stored = Path(os.environ["DOCEXAM_DATA_DIR"]) / "packs" / f"course-{mode}" / "exercises.json"
    text = stored.read_text(encoding="utf-8")
    clues = ["genuine", "L1.", "expected", "ex-", "uto-td3-eriksson", "regions"]
    if mode == "exam":
        assert [c for c in clues if c in text] == []
    else:
        assert "uto-td3-eriksson" in text
    assert read_exercises(stored.parent) == written
    assert run(["pack", "validate", str(stored.parent)]) == 0


FACE_OBJECTIVES = {
    1: ("L1.face.impostor", "L1.face.fog"),
    2: ("L2.face.impostor", "L2.face.fog"),
    3: ("L3.face.impostor", "L3.face.fog"),
}


@pytest.mark.parametrize("level", [1, 2, 3])
def test_coverage_shows_impostor_and_fog_objectives_covered_at_every_level(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], level: int
) -> None:
    """Generated genuine documents give face items for the impostor and the fraudulently
    obtained objectives of each level, as ``docexam curriculum coverage`` reports."""
    out = tmp_path / "ids"
    assert run(["generate", "--type", "td1", "--count", "6", "--dpi", "150", "-o", str(out)]) == 0
    capsys.readouterr()
    assert run(["curriculum", "coverage", "--pack", str(out), "--level", str(level)]) == 0
    lines = capsys.readouterr().out.splitlines()
    for objective in FACE_OBJECTIVES[level]:
        line = next(li for li in lines if objective in li.split())
        assert line.split()[0].isdigit(), line
