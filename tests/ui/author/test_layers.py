"""Annotating over the captures: switch the canvas between the white scan and a registered UV
capture, and blend the capture over the scan, with the layer box, the slider and the keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from docexam.core.authoring import DraftPack
from docexam.core.domain.geometry import Rect
from docexam.ui.author.tab import AuthorTab

from .conftest import PAGE, SPEC, make_tab
from .test_annotate import at


def test_switch_and_blend_the_uv_capture_while_drawing(qtbot: QtBot, uv_draft: DraftPack) -> None:
    tab = make_tab(qtbot, uv_draft)
    layers = [tab.layers.itemText(i) for i in range(tab.layers.count())]
    assert layers == ["White scan only", "UV-A 365 nm"]
    assert tab.canvas.overlay_opacity() is None and not tab.blend.isEnabled()

    tab.canvas.setFocus()
    qtbot.keyClick(tab.canvas, Qt.Key.Key_L)  # next layer: the UV capture, fully shown
    assert tab.layers.currentText() == "UV-A 365 nm"
    assert tab.canvas.overlay_opacity() == 1.0 and tab.blend.isEnabled()
    image = tab.canvas._overlay.pixmap().toImage()
    assert not image.isNull()
    assert (
        tab.canvas._overlay.sceneBoundingRect().width()
        == tab.canvas._image.sceneBoundingRect().width()
    )

    qtbot.keyClick(tab.canvas, Qt.Key.Key_BracketLeft)  # less of the capture
    assert tab.blend.value() == 75 and abs(tab.canvas.overlay_opacity() - 0.75) < 1e-6
    assert tab.blend_label.text() == "75 %"
    tab.blend.setValue(40)  # the slider, dragged
    assert abs(tab.canvas.overlay_opacity() - 0.4) < 1e-6

    # Drawing works over the capture as over the scan, in the same page millimetres.
    qtbot.keyClick(tab.canvas, Qt.Key.Key_R)
    viewport = tab.canvas.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=at(tab, (10.0, 10.0)))
    qtbot.mouseMove(viewport, at(tab, (30.0, 20.0)))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=at(tab, (30.0, 20.0)))
    drawn = tab.doc.page(SPEC, PAGE).features[0].region
    assert isinstance(drawn, Rect) and abs(drawn.x - 10.0) < 0.6 and abs(drawn.w - 20.0) < 0.6
    assert tab.layers.currentText() == "UV-A 365 nm"  # an edit keeps the layer
    item = tab.canvas.items_by_id[tab.doc.page(SPEC, PAGE).features[0].id]
    assert not item.on_dark  # 40 %: mostly the white scan, dark outlines
    tab.blend.setValue(100)
    assert item.on_dark  # over the capture, light outlines

    tab.blend.setValue(40)
    qtbot.keyClick(tab.canvas, Qt.Key.Key_L)  # wraps round to the white scan
    assert tab.layers.currentIndex() == 0 and tab.canvas.overlay_opacity() is None
    assert not item.on_dark
    qtbot.keyClick(tab.canvas, Qt.Key.Key_L, Qt.KeyboardModifier.ShiftModifier)  # previous
    assert (
        tab.layers.currentText() == "UV-A 365 nm" and abs(tab.canvas.overlay_opacity() - 0.4) < 1e-6
    )


def test_a_page_without_captures_offers_only_the_white_scan(qtbot: QtBot, tab: AuthorTab) -> None:
    assert tab.layers.count() == 1 and not tab.layers.isEnabled()
    tab.canvas.setFocus()
    qtbot.keyClick(tab.canvas, Qt.Key.Key_L)
    assert tab.canvas.overlay_opacity() is None
