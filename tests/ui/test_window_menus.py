"""The main window's menus as a person uses them: a new pack, a broken pack opened for editing,
comparing with a reference, closing tabs, the language. Modal boxes are answered by stand-ins
that record what they were asked (QMessageBox / QInputDialog statics block otherwise)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from docexam.core.authoring.drafts import draft_info
from docexam.core.library.library import Library
from docexam.ui.author.opening import NewPackDialog, drafts_root
from docexam.ui.author.tab import AuthorTab
from docexam.ui.i18n import choose_language
from docexam.ui.main_window import MainWindow
from docexam.ui.viewer.specimen_tab import SpecimenTab

from .conftest import BASIC


@pytest.fixture
def window(qtbot: QtBot, variety_library: Library) -> MainWindow:
    window = MainWindow(variety_library)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every message box shown, as "title: text", answered with its default."""
    shown: list[str] = []

    def static(title_index: int) -> Any:
        def answer(*args: Any, **_: Any) -> QMessageBox.StandardButton:
            shown.append(f"{args[title_index]}: {args[title_index + 1]}")
            return QMessageBox.StandardButton.Ok

        return answer

    def exec_box(box: QMessageBox) -> int:
        shown.append(f"{box.windowTitle()}: {box.text()}\n{box.detailedText()}".rstrip())
        return int(QMessageBox.StandardButton.Ok.value)

    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, static(1))
    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    return shown


def _open(window: MainWindow, specimen_id: str) -> SpecimenTab:
    entry = next(e for e in window.browser.model.entries() if e.specimen_id == specimen_id)
    tab = window.open_specimen(entry)
    assert isinstance(tab, SpecimenTab)
    return tab


def test_new_pack_refuses_a_bad_id_then_opens_an_authoring_tab(
    qtbot: QtBot, window: MainWindow, boxes: list[str]
) -> None:
    filled: list[str] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, NewPackDialog):
            return
        timer.stop()
        qtbot.keyClicks(dialog.pack_id, "My Course!")
        qtbot.keyClick(dialog.pack_id, Qt.Key.Key_Return)  # OK is the default button
        filled.append(f"visible after a bad id: {dialog.isVisible()}")
        dialog.pack_id.clear()
        qtbot.keyClicks(dialog.pack_id, "uv-course")
        qtbot.keyClicks(dialog.title_en, "UV course")
        qtbot.keyClicks(dialog.author, "Instructor Lin")
        qtbot.keyClick(dialog.pack_id, Qt.Key.Key_Return)

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(fill)
    timer.start()
    window.author_menus.new_action.trigger()  # File > New pack… (runs the dialog)
    timer.stop()
    assert filled == ["visible after a bad id: True"]
    assert len(boxes) == 1 and "lower-case letters" in boxes[0]
    tab = window.tabs.currentWidget()
    assert isinstance(tab, AuthorTab)
    assert tab.doc.info.id == "uv-course" and tab.doc.info.title == {"en": "UV course"}
    assert tab.doc.info.author == "Instructor Lin" and tab.doc.info.licence == "CC-BY-4.0"
    assert draft_info(drafts_root(), "uv-course") is not None  # autosaved from the start


def test_a_broken_pack_opened_for_editing_says_what_is_wrong(
    window: MainWindow, boxes: list[str], tmp_path: Path
) -> None:
    pack = tmp_path / "broken"
    shutil.copytree(BASIC, pack)
    (pack / "pack.json").write_text(json.dumps({"id": "Not An Id"}), encoding="utf-8")
    tabs_before = window.tabs.count()
    assert window.author_menus.open_pack(pack) is None
    assert window.tabs.count() == tabs_before
    [message] = boxes
    assert message.startswith("Open pack for editing: ") and "pack.json" in message


def test_compare_never_offers_the_forgery_its_own_source(
    qtbot: QtBot, window: MainWindow, boxes: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[list[str]] = []

    def pick_first(*args: Any, **_: Any) -> tuple[str, bool]:
        offered.append(list(args[3]))
        return args[3][0], True

    monkeypatch.setattr(QInputDialog, "getItem", pick_first)
    tab = _open(window, "uto-td3-photo-sub")
    window.compare_action.trigger()  # Specimen > Compare with a reference…
    # The only genuine passport shares the questioned one's holder, number and dates: it is the
    # document the forgery was made from, and comparing with it would give the answer away.
    assert offered == []
    [message] = boxes
    assert "No genuine specimen of this document type" in message
    assert tab.reference is None


def test_compare_with_nothing_else_in_the_library_says_so(
    qtbot: QtBot, boxes: list[str], tmp_path: Path
) -> None:
    shutil.copytree(BASIC, tmp_path / "bundled" / "utopia-basic")
    window = MainWindow(Library(tmp_path / "lib", [tmp_path / "bundled"]))
    qtbot.addWidget(window)
    [entry] = window.browser.model.entries()
    tab = window.open_specimen(entry)
    assert isinstance(tab, SpecimenTab)
    window.compare_action.trigger()
    assert boxes == ["Compare: No genuine specimen of this document type to compare with."]
    assert tab.reference is None
    tab.pane.renderer.wait()


def test_a_specimen_opens_once_and_its_tab_closes_but_the_library_stays(
    qtbot: QtBot, window: MainWindow
) -> None:
    first = _open(window, "zrn-td1-card")
    again = _open(window, "zrn-td1-card")
    assert again is first and window.tabs.count() == 2
    first.pane.renderer.wait()
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    close = next(a for a in file_menu.actions() if a.text() == "&Close tab")
    window.tabs.setCurrentWidget(first)
    close.trigger()  # File > Close tab
    assert window.tabs.count() == 1
    close.trigger()  # on the library: nothing closes
    assert window.tabs.count() == 1 and window.tabs.widget(0) is window.browser


def test_choosing_a_language_is_remembered_for_the_next_start(
    window: MainWindow, boxes: list[str]
) -> None:
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    language = next(a.menu() for a in view_menu.actions() if a.text() == "Language")
    chinese = next(a for a in language.actions() if a.text() == "简体中文")
    chinese.trigger()
    assert boxes == ["Language: The new language applies when docexam starts next time."]
    assert choose_language(None) == "zh"
    english = next(a for a in language.actions() if a.text() == "English")
    english.trigger()  # the language in use: nothing to announce
    assert len(boxes) == 1 and choose_language(None) == "en"
