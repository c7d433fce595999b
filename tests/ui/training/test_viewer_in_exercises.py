"""The viewer inside an exercise: every tool, nothing that gives the answer away, and the study
viewer's saved preferences left as they were; the study viewer itself still saves them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from docexam.core.domain.lights import LightSource
from docexam.core.library.library import Library
from docexam.store import Store
from docexam.ui.settings import settings
from docexam.ui.training import start_page
from docexam.ui.viewer.specimen_tab import SpecimenTab

from .conftest import open_window, training
from .helpers import settle


@pytest.fixture(autouse=True)
def fixed_seed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(start_page, "_seed", lambda: 0)


def _viewer_preferences() -> dict[str, str]:
    """As the INI file holds them (within the process QSettings keeps the written types)."""
    store = settings()
    return {k: str(store.value(k)).lower() for k in store.allKeys() if k.startswith("viewer/")}


def _activate(qtbot: QtBot, window: QWidget) -> None:
    """Shortcuts reach only the active window."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_an_exercise_hides_the_hotspots_and_saves_no_preferences(
    qtbot: QtBot, basic_library: Library, store: Store
) -> None:
    window = open_window(qtbot, basic_library, store)
    tab = training(window)
    tab.start.create_trainee("Mia Holm", "Airport", 1)
    button = tab.start.findChild(type(tab.start.next_button), "practise_L1.uv")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.exercise is not None, timeout=20000)
    page = tab.exercise
    assert page is not None
    viewer = page.stage.tab
    assert isinstance(viewer, SpecimenTab)
    settle(qtbot, viewer)

    assert viewer.view.hotspots  # the page has features...
    assert not any(item.isVisible() for item in viewer.view.hotspots)  # ...and none is shown
    buttons = [b.defaultAction() for b in viewer.findChildren(QToolButton)]
    assert viewer.hotspots_action not in buttons and viewer.all_features_action not in buttons
    assert viewer.hotspots_action not in page.actions()
    assert not viewer.panel.isVisible()
    # The caption names the item, never the document's title or status.
    assert "Item 1" in viewer.facts.text()
    assert "Genuine" not in viewer.facts.text() and "Utopia" not in viewer.facts.text()

    # The trainee works the viewer with its keys: the shortcuts for hotspots do nothing.
    _activate(qtbot, window)
    viewer.view.setFocus()
    for key, modifier in (
        (Qt.Key.Key_H, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_H, Qt.KeyboardModifier.ShiftModifier),
        (Qt.Key.Key_I, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_BracketRight, Qt.KeyboardModifier.NoModifier),
    ):
        qtbot.keyClick(viewer.view, key, modifier)
    settle(qtbot, viewer)
    assert viewer.state.light is LightSource.IR and viewer.state.loupe_power == 20
    assert not any(item.isVisible() for item in viewer.view.hotspots)
    assert _viewer_preferences() == {}  # the study viewer's preferences are untouched

    # The study viewer, opened beside it, saves what the examiner changes.
    window.open_specimen(window.browser.model.entries()[0])
    study = window.current_tab()
    assert isinstance(study, SpecimenTab) and study is not viewer
    settle(qtbot, study)
    _activate(qtbot, window)
    assert any(item.isVisible() for item in study.view.hotspots)
    assert study.state.light is LightSource.VISIBLE  # the exercise's IR was not remembered
    study.view.setFocus()
    for key in (Qt.Key.Key_U, Qt.Key.Key_H, Qt.Key.Key_BracketRight):
        qtbot.keyClick(study.view, key)
    settle(qtbot, study)
    assert _viewer_preferences() == {
        "viewer/light": "uv365",
        "viewer/overlay": "false",
        "viewer/loupe_power": "20",
    }
