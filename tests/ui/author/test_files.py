"""Save, reopen, export, autosave and restore, and live validation, driven through the UI."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from docexam.core.authoring.drafts import draft_info
from docexam.core.domain.geometry import Rect
from docexam.core.library.library import Library
from docexam.core.pack.io import read_pack
from docexam.ui.author.canvas import Tool
from docexam.ui.author.opening import drafts_root, open_for_editing
from docexam.ui.author.tab import AuthorTab

from .conftest import PAGE, SPEC, make_tab
from .test_annotate import at, draw_triangle, features


def test_save_reopen_compare(qtbot: QtBot, tab: AuthorTab, tmp_path: Path) -> None:
    draw_triangle(qtbot, tab)
    tab.pack_path = tmp_path / "packs" / "my-pack"
    saved = tab.save()
    assert saved is not None and tab.stack.isClean()
    pack = read_pack(saved)
    assert pack.specimens == tuple(tab.doc.specimens)
    reopened = open_for_editing(None, saved)
    assert reopened is not None
    again = make_tab(qtbot, reopened, saved)
    assert features(again) == features(tab)


def test_export_imports_on_a_fresh_data_directory(
    qtbot: QtBot, tab: AuthorTab, tmp_path: Path
) -> None:
    draw_triangle(qtbot, tab)
    out = tab.export(tmp_path / "my-pack.dxpack")
    assert out is not None and out.is_file()
    pack = Library(tmp_path / "fresh-data" / "packs").import_pack(out)
    assert pack.specimens[0].pages[0].features[0].region == features(tab)[0].region


def test_autosave_writes_a_draft_and_restore_brings_it_back(
    qtbot: QtBot, tab: AuthorTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab.pack_path = tmp_path / "packs" / "my-pack"
    assert tab.save() is not None  # the pack on disk has no feature
    draw_triangle(qtbot, tab)
    assert tab.autosave.isActive()
    qtbot.waitUntil(lambda: not tab.autosave.isActive(), timeout=5000)
    info = draft_info(drafts_root(), "my-pack")
    assert info is not None
    text = (info.path / "pack" / "specimens" / SPEC / "specimen.json").read_text(encoding="utf-8")
    assert '"polygon"' in text
    asked = []

    def answer(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(args)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    restored = open_for_editing(None, tab.pack_path)
    assert asked and restored is not None
    assert restored.page(SPEC, PAGE).features == features(tab)


def _errors(tab: AuthorTab) -> list[object]:
    return [p for p in tab.problems.problems if not p.warning]


def test_live_validation_lists_region_outside_page_and_clears(qtbot: QtBot, tab: AuthorTab) -> None:
    assert _errors(tab) == []
    tab.set_tool(Tool.RECT)
    viewport = tab.canvas.viewport()
    # From on the page to past its right edge (the canvas has a margin around the page).
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=at(tab, (115, 30)))
    qtbot.mouseMove(viewport, at(tab, (130, 40)))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=at(tab, (130, 40)))
    fid = features(tab)[0].id
    qtbot.waitUntil(lambda: len(_errors(tab)) == 1, timeout=5000)
    item = next(
        tab.problems.list.item(i)
        for i in range(tab.problems.list.count())
        if "outside" in tab.problems.list.item(i).text()
    )
    # Named for the instructor (the feature and its page), not by file or JSON path; the full
    # location stays in the tooltip.
    name = features(tab)[0].name["en"]
    assert name and item.text().startswith(f"✕ {name} (")
    assert "): extends outside" in item.text() and "features[0]" not in item.text()
    assert "features[0].region" in item.toolTip()
    tab.editor.select(None)
    tab.problems.list.itemClicked.emit(item)
    assert tab.editor.feature_id == fid  # clicking the problem selects the feature
    for _ in range(10):  # Shift+Left: 1 mm per press, back onto the page
        qtbot.keyClick(tab.canvas, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    region = features(tab)[0].region
    assert isinstance(region, Rect) and region.x + region.w <= 125
    qtbot.waitUntil(lambda: _errors(tab) == [], timeout=5000)
    assert "ready to share" in tab.problems.summary.text().lower()  # advice (⚠) never blocks
