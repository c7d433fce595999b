"""The main window's tabs say what they offer: title, menus, whether they close, a specimen."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from docexam.core.library.library import Library
from docexam.core.pack.io import read_pack
from docexam.store import Store, open_store
from docexam.ui.author.tab import AuthorTab
from docexam.ui.main_window import MainWindow
from docexam.ui.tabs import Tab
from docexam.ui.viewer.specimen_tab import SpecimenTab

from .conftest import BASIC


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(f"sqlite:///{tmp_path / 'results.sqlite'}")
    yield s
    s.close()


def _close_tab_action(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    next(a for a in file_menu.actions() if a.text() == "&Close tab").trigger()


def test_every_tab_offers_its_title_menus_and_closing(
    qtbot: QtBot, variety_library: Library, store: Store, tmp_path: Path
) -> None:
    window = MainWindow(variety_library, store=store)
    qtbot.addWidget(window)
    tabs = window.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Library", "Training"]
    entry = next(e for e in window.browser.model.entries() if e.specimen_id == "zrn-td1-card")
    specimen = window.open_specimen(entry)
    assert isinstance(specimen, SpecimenTab)
    shutil.copytree(BASIC, tmp_path / "draft")
    author = window.author_menus.open_pack(tmp_path / "draft")
    assert isinstance(author, AuthorTab)
    assert [tabs.tabText(i) for i in range(2, 4)] == [
        "Zeranian identity card",
        "✎ " + read_pack(BASIC).title["en"],
    ]
    assert all(isinstance(tabs.widget(i), Tab) for i in range(tabs.count()))

    # Light and Specimen menus hold the actions of the specimen in front, and nothing else's.
    tabs.setCurrentWidget(specimen)
    assert window.light_menu.isEnabled() and window.specimen_menu.isEnabled()
    assert window.light_menu.actions() == specimen.light_actions()
    assert window.compare_action in window.specimen_menu.actions()
    assert specimen.hotspots_action in window.specimen_menu.actions()
    assert not window.author_menus.edit_menu.isEnabled()
    tabs.setCurrentWidget(author)
    assert not window.light_menu.isEnabled() and not window.specimen_menu.isEnabled()
    assert window.author_menus.edit_menu.isEnabled()
    for fixed in (window.browser, window.training):
        tabs.setCurrentWidget(fixed)
        assert not window.light_menu.isEnabled() and not window.specimen_menu.isEnabled()

    # File > Close tab closes what may close, never the library or the training tab.
    for fixed in (window.browser, window.training):
        tabs.setCurrentWidget(fixed)
        _close_tab_action(window)
        assert tabs.indexOf(fixed) >= 0
    tabs.setCurrentWidget(specimen)
    _close_tab_action(window)
    assert tabs.indexOf(specimen) < 0 and not specimen.pane.renderer.worker.busy()
    assert tabs.count() == 3
