from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from docexam.core.library.library import Library
from docexam.ui.main_window import MainWindow
from docexam.ui.viewer.specimen_tab import SpecimenTab


def _window(qtbot: QtBot, library: Library) -> MainWindow:
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _ids(window: MainWindow) -> set[str]:
    return {e.specimen_id for e in window.browser.visible_entries()}


def test_search_narrows_and_clears(qtbot: QtBot, variety_library: Library) -> None:
    window = _window(qtbot, variety_library)
    assert len(_ids(window)) == 4
    assert window.browser.count_label.text() == "4 of 4 specimens"
    qtbot.keyClicks(window.browser.search, "zeranian")
    assert _ids(window) == {"zrn-td1-card"}
    assert window.browser.count_label.text() == "1 of 4 specimens"
    window.browser.search.clear()
    qtbot.keyClicks(window.browser.search, "td3 substituted")  # every word must match
    assert _ids(window) == {"uto-td3-photo-sub"}


def test_search_matches_chinese_feature_names(qtbot: QtBot, variety_library: Library) -> None:
    window = _window(qtbot, variety_library)
    # QtTest can only type ASCII keys; typing Chinese arrives through the input method as text.
    window.browser.search.insert("机读区")
    assert _ids(window) == {"uto-td3-eriksson", "zrn-td1-card", "uto-td3-photo-sub"}


def test_filters_by_type_state_status_and_category(qtbot: QtBot, variety_library: Library) -> None:
    window = _window(qtbot, variety_library)
    browser = window.browser
    browser.type_filter.setCurrentIndex(browser.type_filter.findData("td1"))
    assert _ids(window) == {"zrn-td1-card"}
    browser.type_filter.setCurrentIndex(0)
    browser.state_filter.setCurrentIndex(browser.state_filter.findData("UTO"))
    assert _ids(window) == {"uto-td3-eriksson", "uto-td3-photo-sub"}
    browser.status_filter.setCurrentIndex(browser.status_filter.findData("photo_substitution"))
    assert _ids(window) == {"uto-td3-photo-sub"}
    browser.state_filter.setCurrentIndex(0)
    browser.status_filter.setCurrentIndex(browser.status_filter.findData("any_fraud"))
    assert _ids(window) == {"uto-td3-photo-sub"}  # every status but genuine
    browser.clear_filters()
    browser.category_filter.setCurrentIndex(browser.category_filter.findData("mrz.mrz"))
    assert _ids(window) == {"uto-td3-eriksson", "zrn-td1-card", "uto-td3-photo-sub"}


def test_no_match_shows_a_way_back(qtbot: QtBot, variety_library: Library) -> None:
    window = _window(qtbot, variety_library)
    qtbot.keyClicks(window.browser.search, "no such specimen anywhere")
    assert window.browser.stack.currentWidget() is window.browser.empty
    window.browser.clear_filters()
    assert window.browser.stack.currentWidget() is window.browser.view
    assert len(_ids(window)) == 4


def test_double_click_opens_a_zoomable_specimen(qtbot: QtBot, variety_library: Library) -> None:
    window = _window(qtbot, variety_library)
    qtbot.keyClicks(window.browser.search, "zeranian")
    view = window.browser.view
    index = view.model().index(0, 0)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    tab = window.current_tab()
    assert isinstance(tab, SpecimenTab)
    assert tab.specimen.id == "zrn-td1-card"
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Zeranian identity card"
    fitted = tab.view.zoom()
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Plus)
    assert tab.view.zoom() > fitted
    qtbot.keyClick(tab.view, Qt.Key.Key_1)
    assert tab.view.zoom() == 1.0
    qtbot.keyClick(tab.view, Qt.Key.Key_0)
    assert abs(tab.view.zoom() - fitted) < 1e-6


def test_thumbnails_are_made_once_and_cached(qtbot: QtBot, variety_library: Library) -> None:
    window = _window(qtbot, variety_library)
    window.thumbs.wait()
    cache = window.thumbs.cache
    made = sorted(cache.rglob("*.png"))
    assert len(made) == 1  # all four variants share one page image
    stamp = made[0].stat().st_mtime_ns
    window.close()
    again = _window(qtbot, variety_library)
    again.thumbs.wait()
    assert sorted(cache.rglob("*.png")) == made
    assert made[0].stat().st_mtime_ns == stamp


def test_window_geometry_is_remembered(qtbot: QtBot, variety_library: Library) -> None:
    window = _window(qtbot, variety_library)
    window.resize(700, 520)  # the offscreen screen is 800 x 600
    window.close()
    again = _window(qtbot, variety_library)
    assert (again.width(), again.height()) == (700, 520)
