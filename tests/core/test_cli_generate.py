"""``docexam generate`` as a person runs it: a pack that validates, opens, imports and renders."""

from __future__ import annotations

from pathlib import Path

import pytest

from docexam.cli import run
from docexam.core.domain.model import DocumentType
from docexam.core.mrz import check_mrz
from docexam.core.pack.images import read_image
from docexam.core.pack.io import read_pack
from docexam.core.synth import STATES


def test_generate_validate_open_import_and_render(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "cards.dxpack"
    argv = ["--state", "ZRN", "--type", "td1", "--seed", "7", "--count", "2", "--dpi", "150"]
    assert run(["generate", *argv, "-o", str(out)]) == 0
    printed = capsys.readouterr()
    assert f"wrote 2 specimen(s) to {out}" in printed.out
    assert "2/2" in printed.err  # the progress bar reached the end

    assert run(["pack", "validate", str(out)]) == 0
    assert "valid pack" in capsys.readouterr().out

    pack = read_pack(out)
    assert pack.id == "generated-zrn-td1-a-7"
    assert len(pack.specimens) == 2
    holders = set()
    for specimen in pack.specimens:
        assert specimen.generated
        assert specimen.document.type is DocumentType.TD1
        assert specimen.document.issuing_state == "ZRN"
        assert specimen.mrz is not None
        result = check_mrz(specimen.mrz.split("\n"))
        assert result.valid, result.findings
        holders.add(specimen.viz.get("surname", "") + specimen.viz.get("given_names", ""))
        for page in specimen.pages:
            image = read_image(specimen.path(page.visible))
            width_mm, height_mm = page.size_mm
            # 150 dpi: the page image is the card's size at that resolution.
            assert image.shape[1] == pytest.approx(width_mm * 150 / 25.4, abs=2)
            assert image.shape[0] == pytest.approx(height_mm * 150 / 25.4, abs=2)
    assert len(holders) == 2  # two seeds, two people

    assert run(["pack", "import", str(out)]) == 0
    assert run(["library", "list"]) == 0
    assert "generated-zrn-td1-a-7" in capsys.readouterr().out

    first = pack.specimens[0]
    png = tmp_path / "uv.png"
    assert run(["render", str(out), first.id, "--light", "uv365", "-o", str(png)]) == 0
    assert "simulated" in capsys.readouterr().out
    rendered = read_image(png)
    white = read_image(first.path(first.pages[0].visible))
    assert rendered.shape == white.shape
    assert rendered.mean() < white.mean()  # under UV-A the page goes dark


def test_generate_into_a_directory_is_a_pack_directory(tmp_path: Path) -> None:
    out = tmp_path / "passports"
    assert run(["generate", "--type", "td3", "--seed", "3", "--dpi", "150", "-o", str(out)]) == 0
    assert (out / "pack.json").is_file()
    assert run(["pack", "validate", str(out)]) == 0
    [specimen] = read_pack(out).specimens
    assert specimen.document.type is DocumentType.TD3
    assert specimen.document.issuing_state == "UTO"  # the default state


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--state", "FRA"], "known states"),
        (["--type", "td9"], "known types"),
        (["--count", "0"], "--count must be at least 1"),
        (["--dpi", "50"], "--dpi must be between"),
    ],
)
def test_bad_options_are_a_readable_error_and_write_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    out = tmp_path / "out.dxpack"
    assert run(["generate", *argv, "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and message in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []  # no pack, no staging folder left behind


def test_an_output_is_never_overwritten(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "mine.dxpack"
    out.write_bytes(b"someone's work")
    assert run(["generate", "-o", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert out.read_bytes() == b"someone's work"


def test_without_an_output_it_says_what_is_missing(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["generate"]) == 2
    assert "-o/--out is required" in capsys.readouterr().err


def test_list_states(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["generate", "--list-states"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == sorted(STATES)
    assert any(STATES["UTO"].name_en in line for line in lines)
