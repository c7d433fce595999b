"""Editing shapes and specimens as an instructor does: vertices, numbers, the feature list,
finding a category by typing, letter keys in drop-downs, deleting and replacing a specimen,
and the never-saved draft offered at start."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from docexam.core.authoring.drafts import flush
from docexam.core.authoring.scans import PageScans, build_specimen, default_document
from docexam.core.domain.geometry import Polygon
from docexam.core.domain.model import DocumentType
from docexam.core.library.library import Library
from docexam.core.pack.io import read_pack
from docexam.ui.author.canvas import Tool
from docexam.ui.author.specimen_ops import swap_scans
from docexam.ui.author.tab import AuthorTab
from docexam.ui.main_window import MainWindow

from ..conftest import BASIC
from .conftest import PAGE, SPEC
from .test_annotate import TRIANGLE, at, draw_triangle, features


def polygon(tab: AuthorTab) -> Polygon:
    region = features(tab)[0].region
    assert isinstance(region, Polygon)
    return region


def test_add_and_remove_vertices(qtbot: QtBot, tab: AuthorTab) -> None:
    draw_triangle(qtbot, tab)
    qtbot.keyClick(tab.canvas, Qt.Key.Key_V)
    viewport = tab.canvas.viewport()
    (ax, ay), (bx, by) = TRIANGLE[0], TRIANGLE[1]
    middle = at(tab, ((ax + bx) / 2, (ay + by) / 2))
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=middle)
    assert len(polygon(tab).points) == 4
    assert tab.undo_action.text() == "Undo Add vertex"
    assert tab.canvas.vertex == 1  # the new vertex is chosen: Delete would remove it

    # Choose another vertex by clicking its handle, and delete it: the polygon stays.
    third = polygon(tab).points[2]
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=at(tab, third))
    assert tab.canvas.vertex == 2
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Delete)
    assert len(features(tab)) == 1 and third not in polygon(tab).points
    assert len(polygon(tab).points) == 3
    # A triangle keeps its three vertices, and Delete on a chosen vertex never deletes the feature.
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=at(tab, polygon(tab).points[0]))
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Delete)
    assert len(features(tab)) == 1 and len(polygon(tab).points) == 3
    tab.undo_action.trigger()  # undo the vertex removal
    assert len(polygon(tab).points) == 4
    # A click on the body after choosing a vertex: Delete removes the feature again.
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=at(tab, polygon(tab).points[0]))
    assert tab.canvas.vertex == 0
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=at(tab, (35.0, 30.0)))
    assert tab.canvas.vertex is None and tab.editor.feature_id == features(tab)[0].id
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Delete)
    assert features(tab) == ()


def test_numeric_geometry(qtbot: QtBot, tab: AuthorTab) -> None:
    draw_triangle(qtbot, tab)
    x_box = tab.properties.box_fields["x"]
    w_box = tab.properties.box_fields["w"]
    x0, _, x1, _ = polygon(tab).bounds()
    assert abs(x_box.value() - x0) < 0.01 and abs(w_box.value() - (x1 - x0)) < 0.01
    x_box.selectAll()
    qtbot.keyClicks(x_box, "40")
    qtbot.keyClick(x_box, Qt.Key.Key_Return)
    assert abs(polygon(tab).bounds()[0] - 40.0) < 0.01
    assert abs(polygon(tab).bounds()[2] - polygon(tab).bounds()[0] - (x1 - x0)) < 0.01
    w_box.selectAll()
    qtbot.keyClicks(w_box, "60")
    qtbot.keyClick(w_box, Qt.Key.Key_Return)
    b = polygon(tab).bounds()
    assert abs(b[0] - 40.0) < 0.01 and abs(b[2] - b[0] - 60.0) < 0.01
    tab.undo_action.trigger()
    tab.undo_action.trigger()
    assert abs(polygon(tab).bounds()[0] - x0) < 0.01


def test_feature_list_selects_orders_and_hides(qtbot: QtBot, tab: AuthorTab) -> None:
    draw_triangle(qtbot, tab)
    qtbot.keyClick(tab.canvas, Qt.Key.Key_R)
    viewport = tab.canvas.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=at(tab, (60.0, 50.0)))
    qtbot.mouseMove(viewport, at(tab, (80.0, 70.0)))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=at(tab, (80.0, 70.0)))
    first, second = (f.id for f in features(tab))
    rows = tab.feature_list.list
    assert rows.count() == 2 and rows.currentRow() == 1  # the new one, selected everywhere

    rows.setCurrentRow(0)  # a click on the first row selects it on the canvas
    assert tab.editor.feature_id == first
    qtbot.mouseClick(tab.feature_list.down, Qt.MouseButton.LeftButton)  # draw it later
    assert [f.id for f in features(tab)] == [second, first]
    assert rows.currentRow() == 1 and tab.undo_action.text() == "Undo Change draw order"
    assert tab.canvas.items_by_id[first].zValue() >= tab.canvas.items_by_id[second].zValue()
    tab.undo_action.trigger()
    assert [f.id for f in features(tab)] == [first, second]

    rows.item(1).setCheckState(Qt.CheckState.Unchecked)  # hide the rectangle on the canvas
    assert not tab.canvas.items_by_id[second].isVisible()
    assert len(features(tab)) == 2  # hidden, not deleted
    rows.item(1).setCheckState(Qt.CheckState.Checked)
    assert tab.canvas.items_by_id[second].isVisible()


def test_find_a_category_by_typing(qtbot: QtBot, tab: AuthorTab) -> None:
    draw_triangle(qtbot, tab)
    search = tab.properties.category_search
    search.setFocus()
    qtbot.keyClicks(search, "microp")
    popup = tab.properties.completer.popup()
    assert popup.isVisible() and popup.model().rowCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert features(tab)[0].category == "printing.microprint"
    assert features(tab)[0].name["en"] == "Microprint" or features(tab)[0].name["en"]


def test_letter_keys_in_a_drop_down_do_not_change_the_tool(qtbot: QtBot, tab: AuthorTab) -> None:
    tab.pages.setFocus()
    qtbot.keyClick(tab.pages, Qt.Key.Key_R)
    qtbot.keyClick(tab.pages, Qt.Key.Key_E)
    assert tab.canvas.tool is Tool.SELECT
    tab.properties.category.setFocus()
    qtbot.keyClick(tab.properties.category, Qt.Key.Key_P)
    assert tab.canvas.tool is Tool.SELECT
    tab.canvas.setFocus()
    qtbot.keyClick(tab.canvas, Qt.Key.Key_R)
    assert tab.canvas.tool is Tool.RECT


def test_delete_and_replace_a_specimen(
    qtbot: QtBot, tab: AuthorTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    draw_triangle(qtbot, tab)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.delete_specimen_action.trigger()
    assert tab.doc.specimens == [] and tab.specimens.count() == 0
    tab.undo_action.trigger()
    assert [s.id for s in tab.doc.specimens] == [SPEC] and len(features(tab)) == 1

    # New scans (as the "From scans" dialog returns them) replace the images; data stays.
    base = read_pack(BASIC).specimens[0]
    other = (
        base.path(base.pages[1].visible)
        if len(base.pages) > 1
        else base.path(base.pages[0].visible)
    )
    scanned = build_specimen(
        tab.doc.specimen_dir("rescan"),
        "rescan",
        {"en": "rescan"},
        default_document(DocumentType.TD3),
        [PageScans(PAGE, {"en": "Data"}, (125.0, 88.0), other)],
    )
    old = tab.doc.specimen(SPEC)
    swap_scans(tab, old, scanned)
    new = tab.doc.specimens[0]
    assert (
        new.id == "rescan"
        and new.title == old.title
        and new.pages[0].features == old.pages[0].features
    )
    assert new.pages[0].images == scanned.pages[0].images
    assert tab.undo_action.text() == "Undo Replace scans"
    tab.undo_action.trigger()  # one step brings the old specimen back
    assert [s.id for s in tab.doc.specimens] == [SPEC]


def test_a_never_saved_draft_is_offered_at_start(
    qtbot: QtBot,
    tab: AuthorTab,
    variety_library: Library,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    draw_triangle(qtbot, tab)
    flush(tab.doc)
    asked: list[str] = []

    def answer(*args: object, **_: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    window = MainWindow(variety_library)
    qtbot.addWidget(window)
    opened = window.author_menus.offer_unsaved_drafts()
    assert len(asked) == 1 and asked[0].startswith("Resume the unsaved draft my-pack")
    assert [t.doc.info.id for t in opened] == ["my-pack"]
    assert len(opened[0].doc.page(SPEC, PAGE).features) == 1
    # Once saved as a pack it is not offered again.
    opened[0].pack_path = tmp_path / "saved" / "my-pack"
    assert opened[0].save() is not None
    asked.clear()
    assert window.author_menus.offer_unsaved_drafts() == [] and asked == []
