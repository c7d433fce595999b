"""Drawing and editing features as an instructor does: keys, clicks and drags on the canvas."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from docexam.core.domain.geometry import Ellipse, Polygon, Rect
from docexam.ui.author.canvas import Tool
from docexam.ui.author.tab import AuthorTab

from .conftest import PAGE, SPEC

TRIANGLE = ((20.0, 20.0), (50.0, 22.0), (35.0, 45.0))


def at(tab: AuthorTab, mm: tuple[float, float]) -> QPoint:
    return tab.canvas.to_view(mm)


def features(tab: AuthorTab) -> tuple:
    return tab.doc.page(SPEC, PAGE).features


def draw_triangle(qtbot: QtBot, tab: AuthorTab) -> None:
    tab.canvas.setFocus()
    qtbot.keyClick(tab.canvas, Qt.Key.Key_P)
    assert tab.canvas.tool is Tool.POLYGON
    for point in TRIANGLE:
        qtbot.mouseClick(tab.canvas.viewport(), Qt.MouseButton.LeftButton, pos=at(tab, point))
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Return)


def close_to(a: tuple[float, float], b: tuple[float, float], tol: float = 0.6) -> bool:
    return abs(a[0] - b[0]) <= tol and abs(a[1] - b[1]) <= tol


def test_draw_drag_vertex_undo_redo_polygon(qtbot: QtBot, tab: AuthorTab) -> None:
    draw_triangle(qtbot, tab)
    assert len(features(tab)) == 1
    drawn = features(tab)[0].region
    assert isinstance(drawn, Polygon) and len(drawn.points) == 3
    assert all(close_to(p, q) for p, q in zip(drawn.points, TRIANGLE, strict=True))
    assert tab.editor.feature_id == features(tab)[0].id  # a new feature is selected
    assert tab.undo_action.text() == "Undo Draw polygon"

    # Drag the third vertex down by 10 mm in several moves: one undo step.
    qtbot.keyClick(tab.canvas, Qt.Key.Key_V)
    viewport = tab.canvas.viewport()
    start = at(tab, drawn.points[2])
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in (3.0, 6.0, 10.0):
        qtbot.mouseMove(viewport, at(tab, (drawn.points[2][0], drawn.points[2][1] + step)))
    qtbot.mouseRelease(
        viewport,
        Qt.MouseButton.LeftButton,
        pos=at(tab, (drawn.points[2][0], drawn.points[2][1] + 10)),
    )
    edited = features(tab)[0].region
    assert isinstance(edited, Polygon)
    assert close_to(edited.points[2], (drawn.points[2][0], drawn.points[2][1] + 10))
    assert edited.points[:2] == drawn.points[:2]
    assert tab.stack.count() == 2
    assert tab.undo_action.text() == "Undo Move vertex"

    tab.undo_action.trigger()
    assert features(tab)[0].region == drawn
    tab.undo_action.trigger()
    assert features(tab) == ()
    assert tab.redo_action.text() == "Redo Draw polygon"
    tab.redo_action.trigger()
    assert features(tab)[0].region == drawn
    tab.redo_action.trigger()
    assert features(tab)[0].region == edited


def test_move_whole_shape_delete_duplicate(qtbot: QtBot, tab: AuthorTab) -> None:
    tab.set_tool(Tool.RECT)
    viewport = tab.canvas.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=at(tab, (10, 10)))
    qtbot.mouseMove(viewport, at(tab, (30, 20)))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=at(tab, (30, 20)))
    rect = features(tab)[0].region
    assert isinstance(rect, Rect) and abs(rect.w - 20) < 0.6
    tab.set_tool(Tool.SELECT)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=at(tab, (20, 15)))
    qtbot.mouseMove(viewport, at(tab, (25, 15)))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=at(tab, (25, 15)))
    moved = features(tab)[0].region
    assert isinstance(moved, Rect) and abs(moved.x - rect.x - 5) < 0.6
    assert tab.undo_action.text() == "Undo Move rectangle"
    qtbot.keyClick(tab.canvas, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(features(tab)) == 2
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Delete)
    assert len(features(tab)) == 1
    tab.set_tool(Tool.ELLIPSE)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=at(tab, (60, 40)))
    qtbot.mouseMove(viewport, at(tab, (80, 50)))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=at(tab, (80, 50)))
    assert isinstance(features(tab)[-1].region, Ellipse)


def test_properties_edit_is_undoable(qtbot: QtBot, tab: AuthorTab) -> None:
    draw_triangle(qtbot, tab)
    name = tab.properties.texts[("name", "en")]
    name.clear()
    qtbot.keyClicks(name, "Rainbow")
    assert features(tab)[0].name["en"] == "Rainbow"
    assert tab.undo_action.text() == "Undo Rename feature"
    tab.undo_action.trigger()  # all the typing is one step
    assert features(tab)[0].name["en"] == "Guilloche"
    combo = tab.properties.preset
    combo.setCurrentIndex(combo.findData("uv_red"))
    combo.activated.emit(combo.currentIndex())
    feature = features(tab)[0]
    assert feature.material.uv365 is not None and "uv365" in {x.value for x in feature.lights}
