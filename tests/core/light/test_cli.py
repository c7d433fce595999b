"""``docexam render``: writes a PNG, says simulated or captured, and exits 2 with a message."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from docexam.cli import run
from docexam.cli.exits import EXIT_INVALID, EXIT_OK
from docexam.core.domain.geometry import Rect
from docexam.core.domain.lights import LightSource
from docexam.core.domain.material import Emission, Material
from docexam.core.domain.model import ImageRef, Pack
from docexam.core.pack.io import write_pack

from .pages import DPI, HEIGHT, WIDTH, blank, feature, page, specimen, write


@pytest.fixture
def pack_dir(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    src.mkdir()
    capture = write(src, "ir870.png", np.full((HEIGHT, WIDTH, 3), 90, np.uint8))
    glow = feature("glow", Rect(10, 10, 20, 10), Material(uv365=Emission("#ff2020")))
    front = page(src, blank(), (glow,), extra=(ImageRef(LightSource.IR, capture, DPI, 870),))
    spec = specimen(src, front)
    pack = Pack("test-pack", {"en": "Test"}, "tests", "CC0-1.0", ("en",), (spec,), root=src)
    return write_pack(pack, tmp_path / "pack")


def test_render_writes_a_simulated_png(
    pack_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "uv.png"
    code = run(
        ["render", str(pack_dir), "test", "--page", "front", "--light", "uv365", "-o", str(out)]
    )
    assert code == EXIT_OK
    image = cv2.imread(str(out))
    assert image is not None and image.shape == (HEIGHT, WIDTH, 3)
    assert "simulated" in capsys.readouterr().out


def test_render_reports_a_capture(
    pack_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "ir.png"
    argv = ["render", str(pack_dir), "test", "--light", "ir", "--ir-cutoff", "870", "-o", str(out)]
    assert run(argv) == EXIT_OK
    assert "captured" in capsys.readouterr().out
    assert int(cv2.imread(str(out)).mean()) == 90


def test_render_oblique_options(pack_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "ob.png"
    argv = ["render", str(pack_dir), "test", "--light", "oblique", "--azimuth", "135"]
    assert run([*argv, "--elevation", "20", "--scale", "0.5", "-o", str(out)]) == EXIT_OK
    assert cv2.imread(str(out)).shape[:2] == (round(HEIGHT / 2), round(WIDTH / 2))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["test", "--light", "x-ray"], "unknown light 'x-ray'"),
        (["nobody", "--light", "uv365"], "no specimen 'nobody'"),
        (["test", "--page", "back"], "no page 'back'"),
        (["test", "--light", "oblique", "--elevation", "-5"], "elevation"),
    ],
)
def test_render_errors_exit_2_with_a_message(
    pack_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    out = tmp_path / "x.png"
    assert run(["render", str(pack_dir), *args, "-o", str(out)]) == EXIT_INVALID
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not out.exists()
