"""One small specimen of each document type, generated once per test session (150 dpi)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from docexam.core.domain.model import Specimen
from docexam.core.synth import generate_specimen
from docexam.core.synth.states import STATES, design_for

DPI = 150.0
KINDS = (("UTO", "td3"), ("ZRN", "td1"), ("QVL", "td2"), ("QTK", "mrv-a"))


@pytest.fixture(scope="session")
def specimens(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Specimen]:
    work: Path = tmp_path_factory.mktemp("synth")
    return {t: generate_specimen(s, t, 5, DPI, work) for s, t in KINDS}


def series_with(kind: str) -> tuple[str, str]:
    """The first (state, series) whose inventory carries the optional feature ``kind``."""
    for code, state in STATES.items():
        for series in state.series:
            if design_for(state, series).has(kind):
                return code, series
    raise AssertionError(f"no series carries {kind}")


@pytest.fixture(scope="session")
def with_feature(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Specimen]:
    """A TD3 specimen (150 dpi) of a series that carries an optional feature, made once."""
    work: Path = tmp_path_factory.mktemp("synth-kinds")
    made: dict[tuple[str, str], Specimen] = {}

    def get(kind: str) -> Specimen:
        key = series_with(kind)
        if key not in made:
            made[key] = generate_specimen(key[0], "td3", 5, DPI, work, key[1])
        return made[key]

    return get
