"""Genuine specimens built once per session (150 dpi, written to disk) and forgeries made from
them on demand, cached by (document, fraud, difficulty, operations)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from docexam.core.synth import GeneratedSpecimen, build_specimen
from docexam.core.synth.forgery import ForgedSpecimen, forge
from docexam.core.synth.states import STATES, design_for

DPI = 150.0


def _series_with(code: str, kind: str) -> str:
    """The series of a state whose inventory carries ``kind``: the loupe tests need the rainbow
    print a counterfeiter has to reproduce, and not every series has one."""
    state = STATES[code]
    return next(s for s in state.series if design_for(state, s).has(kind))


DOCS = {
    "td3": ("UTO", "td3", _series_with("UTO", "rainbow-print")),
    "td1": ("ZRN", "td1", "A"),
    "td2": ("QVL", "td2", _series_with("QVL", "rainbow-print")),
}
Forger = Callable[..., ForgedSpecimen]


@pytest.fixture(scope="session")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("forgery")


@pytest.fixture(scope="session")
def genuines(workdir: Path) -> dict[str, GeneratedSpecimen]:
    return {
        k: build_specimen(s, t, 5, DPI, workdir / "genuine", series)
        for k, (s, t, series) in DOCS.items()
    }


@pytest.fixture(scope="session")
def forged(genuines: dict[str, GeneratedSpecimen], workdir: Path) -> Forger:
    cache: dict[tuple[object, ...], ForgedSpecimen] = {}

    def make(
        doc: str, fraud: str, difficulty: int = 1, ops: tuple[str, ...] | None = None, seed: int = 3
    ) -> ForgedSpecimen:
        key = (doc, fraud, difficulty, ops, seed)
        if key not in cache:
            cache[key] = forge(genuines[doc], fraud, seed, workdir / "forged", difficulty, ops)
        return cache[key]

    return make
