"""Authoring reached the way an instructor reaches it: from the main window's menus."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from docexam.core.library.library import Library
from docexam.ui.author.canvas import Tool
from docexam.ui.author.tab import AuthorTab
from docexam.ui.main_window import MainWindow

from ..conftest import BASIC


def test_open_a_pack_for_editing_then_undo_from_the_edit_menu(
    qtbot: QtBot, variety_library: Library, tmp_path: Path
) -> None:
    window = MainWindow(variety_library)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    menus = window.author_menus
    assert not menus.edit_menu.isEnabled()  # the library tab has nothing to undo
    pack = tmp_path / "course-pack"
    shutil.copytree(BASIC, pack)
    tab = menus.open_pack(pack)
    assert isinstance(tab, AuthorTab) and window.tabs.currentWidget() is tab
    assert menus.edit_menu.isEnabled()
    before = len(tab.doc.specimens[0].pages[0].features)

    # Draw a rectangle with the keyboard tool and the mouse, as on any canvas.
    tab.canvas.setFocus()
    qtbot.keyClick(tab.canvas, Qt.Key.Key_R)
    assert tab.canvas.tool is Tool.RECT
    viewport = tab.canvas.viewport()
    a, b = tab.canvas.to_view((60.0, 58.0)), tab.canvas.to_view((80.0, 66.0))
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(viewport, (a + b) / 2)
    qtbot.mouseMove(viewport, b)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)
    assert len(tab.doc.specimens[0].pages[0].features) == before + 1

    undo = next(a for a in menus.edit_menu.actions() if a.text().startswith("Undo"))
    assert undo.text() == "Undo Draw rectangle" and undo.isEnabled()
    undo.trigger()
    assert len(tab.doc.specimens[0].pages[0].features) == before
    # The pack-wide steps that do not fit a 1024-pixel toolbar are in the Edit menu.
    texts = [a.text() for a in menus.edit_menu.actions()]
    for text in ("Save series template", "Apply series template", "Pack version…"):
        assert text in texts
    window.tabs.setCurrentIndex(0)
    assert not menus.edit_menu.isEnabled()
