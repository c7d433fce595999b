"""A results store in tmp_path and a main window on it, as the app opens them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from docexam.core.cases.builder import holding_of
from docexam.core.cases.codec import write_cases
from docexam.core.cases.generate import make_case
from docexam.core.library.library import Library
from docexam.core.pack.io import read_pack, write_pack
from docexam.core.synth.forgery.chip_frauds import forge_chip_pack
from docexam.store import Store, open_store
from docexam.ui.main_window import MainWindow
from docexam.ui.training.training_tab import TrainingTab

from ..conftest import BASIC, variety_library  # noqa: F401  (fixture re-exported)


@pytest.fixture
def face_library(tmp_path: Path) -> Library:
    """Generated genuine Utopian passports with their chips (and their chip-fraud twins)."""
    bundled = tmp_path / "bundled"
    jobs = [("UTO", "A", 41), ("UTO", "B", 42), ("UTO", "A", 43)]
    recipes = [(state, series, seed, "revoked_signer") for state, series, seed in jobs]
    forge_chip_pack("faces", recipes, bundled / "faces", 150.0, True)
    return Library(tmp_path / "library", [bundled])


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(f"sqlite:///{tmp_path / 'results.sqlite'}")
    yield s
    s.close()


@pytest.fixture
def basic_library(tmp_path: Path) -> Library:
    """The hand-made Utopia pack only: one specimen whose features the tests know."""
    return Library(tmp_path / "library", [BASIC.parent])


@pytest.fixture
def exam_library(tmp_path: Path) -> Library:
    """Six documents (the hand-made passport under six ids): an exam shows each at most once,
    so it needs several to have several items."""
    base = read_pack(BASIC)
    original = base.specimens[0]
    copies = tuple(replace(original, id=f"{original.id}-{n}") for n in range(6))
    write_pack(replace(base, id="six", specimens=copies), tmp_path / "bundled" / "six")
    return Library(tmp_path / "library", [tmp_path / "bundled"])


@pytest.fixture
def fog_library(tmp_path: Path) -> Library:
    """A fraudulently obtained genuine passport (generated as ``forge --fraud fog`` makes it)
    with its case file."""
    from docexam.core.synth.forgery import ForgeJob, forge_pack

    bundled = tmp_path / "bundled"
    job = ForgeJob("QNB", "td3", 12, "fraudulently_obtained", 2)
    forge_pack("questioned", [job], bundled / "questioned", 150.0)
    pack = read_pack(bundled / "questioned")
    [held] = [h for s in pack.specimens if (h := holding_of(pack.id, s)) is not None]
    write_cases(bundled / "questioned", [make_case("fraudulently_obtained", 4, held)])
    return Library(tmp_path / "library", [bundled])


def open_window(qtbot: QtBot, library: Library, store: Store) -> MainWindow:
    window = MainWindow(library, store=store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def training(window: MainWindow) -> TrainingTab:
    tab = window.training
    assert tab is not None
    return tab
