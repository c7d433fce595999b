"""Genuine specimens built once per session (150 dpi, written to disk) and forgeries made from
them on demand, cached by (document, fraud, difficulty, operations)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from docexam.core.synth import GeneratedSpecimen, build_specimen
from docexam.core.synth.forgery import ForgedSpecimen, forge

DPI = 150.0
DOCS = {"td3": ("UTO", "td3"), "td1": ("ZRN", "td1"), "td2": ("QVL", "td2")}
Forger = Callable[..., ForgedSpecimen]


@pytest.fixture(scope="session")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("forgery")


@pytest.fixture(scope="session")
def genuines(workdir: Path) -> dict[str, GeneratedSpecimen]:
    return {k: build_specimen(s, t, 5, DPI, workdir / "genuine") for k, (s, t) in DOCS.items()}


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
