"""``docexam --self-check``: the app starts on the shipped files and says so in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from docexam import shipped
from docexam.__main__ import main
from docexam.core.training.curriculum import load_curriculum
from docexam.ui.settings import settings


def test_self_check_finds_every_shipped_file_and_quits(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--self-check"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert len(out.splitlines()) == 1
    objectives = len(load_curriculum().objectives())
    assert "self-check passed" in out
    assert "bundled: utopia-basic;" in out
    assert f"{objectives} objectives" in out
    assert (
        "fonts DejaVuSans.ttf, DejaVuSans-Bold.ttf, DejaVuSerif-Bold.ttf, "
        "DejaVuSansCondensed-Bold.ttf, OCRB.otf" in out
    )
    assert "results store open" in out and "tabs 2" in out and "specimens listed 1" in out
    assert out.rstrip().endswith(f"shipped files in {shipped.ROOT}")
    # It left the user's saved window alone (closing the window would have saved its geometry).
    assert settings().value("window/geometry") is None


@pytest.mark.parametrize(
    ("attribute", "replacement", "named"),
    [
        ("CURRICULUM", "gone/curriculum.json", "gone/curriculum.json: cannot read"),
        ("TRANSLATIONS", "empty", "empty: the Chinese translation did not load"),
        ("SCHEMAS", "noschemas", "noschemas/pack-v1.schema.json: cannot read the schema"),
    ],
)
def test_self_check_names_the_missing_file_and_fails(
    attribute: str,
    replacement: str,
    named: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from docexam.core.pack import schemas

    (tmp_path / "empty").mkdir()
    monkeypatch.setattr(shipped, attribute, tmp_path / replacement)
    schemas.schema.cache_clear()
    schemas.validator.cache_clear()
    try:
        assert main(["--self-check"]) == 1
    finally:
        schemas.schema.cache_clear()
        schemas.validator.cache_clear()
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("docexam self-check failed: ") and named in err
    assert "Traceback" not in err
