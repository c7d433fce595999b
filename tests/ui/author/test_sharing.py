"""Sharing a pack as an instructor does: Export in the authoring tab (button and Ctrl+E), then
File > Import pack… on another workstation (a fresh data directory), then open the specimen."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QToolButton
from pytestqt.qtbot import QtBot

from docexam.core.library.library import Library
from docexam.ui.author.tab import AuthorTab
from docexam.ui.main_window import MainWindow
from docexam.ui.viewer.specimen_tab import SpecimenTab

from ..conftest import BASIC
from .conftest import SPEC
from .test_annotate import draw_triangle, features


def _import_through_menu(
    qtbot: QtBot, window: MainWindow, source: Path, monkeypatch: pytest.MonkeyPatch
) -> bool:
    if source.is_dir():
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(source))
        action = window.import_folder_action
    else:
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
        action = window.import_action
    action.trigger()
    flow = window._import
    assert flow is not None
    with qtbot.waitSignal(flow.finished, timeout=15_000) as blocker:
        pass
    assert flow.result_box is not None
    flow.result_box.close()
    return bool(blocker.args[0])


def _export_button(tab: AuthorTab) -> QToolButton:
    button = tab.toolbar.widgetForAction(tab.export_action)
    assert isinstance(button, QToolButton)
    return button


def test_export_button_then_import_on_a_fresh_data_directory_opens_the_same_specimen(
    qtbot: QtBot, tab: AuthorTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draw_triangle(qtbot, tab)
    out = tmp_path / "shared" / "my-pack.dxpack"
    out.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(_export_button(tab), Qt.MouseButton.LeftButton)
    assert out.is_file()
    assert "Exported" in tab.position.text()

    fresh = Library(tmp_path / "other-workstation" / "packs")
    window = MainWindow(fresh)
    qtbot.addWidget(window)
    assert _import_through_menu(qtbot, window, out, monkeypatch)
    entry = next(e for e in window.browser.visible_entries() if e.specimen_id == SPEC)
    opened = window.open_specimen(entry)
    assert isinstance(opened, SpecimenTab)
    assert window.tabs.currentWidget() is opened
    imported = fresh.load_specimen("my-pack", SPEC)
    assert imported == tab.doc.specimen(SPEC)
    assert imported.pages[0].features == features(tab)
    assert opened.specimen == tab.doc.specimen(SPEC)


def test_ctrl_e_exports(
    qtbot: QtBot, tab: AuthorTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "by-key.dxpack"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    tab.canvas.setFocus()
    qtbot.keyClick(tab.canvas, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert out.is_file()
    names = zipfile.ZipFile(out).namelist()
    assert "pack.json" in names and f"specimens/{SPEC}/specimen.json" in names


def test_cancelled_export_writes_nothing(
    qtbot: QtBot, tab: AuthorTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    tab.export_action.trigger()
    assert list(tmp_path.glob("*.dxpack")) == []
    assert "Exported" not in tab.position.text()


def _zip_folder_itself(folder: Path, out: Path) -> Path:
    """What a file manager's "Compress" makes of a folder: every entry under its name."""
    with zipfile.ZipFile(out, "w") as zf:
        for path in sorted(folder.rglob("*")):
            zf.write(path, path.relative_to(folder.parent).as_posix())
        zf.writestr("__MACOSX/._pack.json", b"")
    return out


def test_import_accepts_a_zip_of_the_folder_itself_and_a_folder(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(Library(tmp_path / "library" / "packs"))
    qtbot.addWidget(window)
    folder = tmp_path / "utopia-basic"
    shutil.copytree(BASIC, folder)
    zipped = _zip_folder_itself(folder, tmp_path / "utopia-basic.zip")
    assert _import_through_menu(qtbot, window, zipped, monkeypatch)
    assert {e.pack_id for e in window.browser.visible_entries()} == {"utopia-basic"}

    other = MainWindow(Library(tmp_path / "library-2" / "packs"))
    qtbot.addWidget(other)
    assert _import_through_menu(qtbot, other, folder, monkeypatch)
    assert {e.pack_id for e in other.browser.visible_entries()} == {"utopia-basic"}
