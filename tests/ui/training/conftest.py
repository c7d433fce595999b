"""A results store in tmp_path and a main window on it, as the app opens them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from docexam.core.library.library import Library
from docexam.core.pack.io import read_pack, write_pack
from docexam.store import Store, open_store
from docexam.ui.main_window import MainWindow
from docexam.ui.training.training_tab import TrainingTab

from ..conftest import BASIC, variety_library  # noqa: F401  (fixture re-exported)


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
