"""Starting the window does not load the generator, numpy or OpenCV: the library and the case
files only read states' names, and loading the generator for that cost seconds at every start."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import docexam.core.synth as synth

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent(
    """
    import sys
    import docexam.ui.app
    import docexam.ui.main_window
    from docexam.core.cases.builder import airport

    assert airport("UTO")[0] != "UTO Uto", airport("UTO")  # a state's city, from its table
    heavy = sorted(
        m for m in sys.modules
        if m.split(".")[0] in ("numpy", "cv2") or m.startswith("docexam.core.synth.compose")
    )
    assert not heavy, f"loaded at start: {heavy[:5]} ({len(heavy)} modules)"
    print("light")
    """
)


def test_the_window_modules_load_without_the_generator_numpy_or_opencv() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["light"]


def test_the_generator_package_still_gives_its_api_on_use() -> None:
    assert synth.get_state("UTO").code == "UTO"
    assert "td3" in synth.DOC_TYPES
    assert callable(synth.generate_pack)
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        synth.Nope  # type: ignore[attr-defined]  # noqa: B018
