"""One small specimen of each document type, generated once per test session (150 dpi)."""

from __future__ import annotations

from pathlib import Path

import pytest

from docexam.core.domain.model import Specimen
from docexam.core.synth import generate_specimen

DPI = 150.0
KINDS = (("UTO", "td3"), ("ZRN", "td1"), ("QVL", "td2"), ("QTK", "mrv-a"))


@pytest.fixture(scope="session")
def specimens(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Specimen]:
    work: Path = tmp_path_factory.mktemp("synth")
    return {t: generate_specimen(s, t, 5, DPI, work) for s, t in KINDS}
