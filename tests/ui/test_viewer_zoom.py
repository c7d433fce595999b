"""Zooming past the page's own resolution, as a trainee does it: keys, the wheel, a dragged light
control and a click on a hotspot, all while every page pixel spans many screen pixels."""

from __future__ import annotations

import math

import cv2
import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import Specimen
from docexam.core.pack.io import read_pack
from docexam.ui.viewer.page_view import PageView
from docexam.ui.viewer.specimen_tab import SpecimenTab

from .conftest import BASIC


@pytest.fixture
def tab(qtbot: QtBot) -> SpecimenTab:
    specimen: Specimen = read_pack(BASIC).specimens[0]
    tab = SpecimenTab(specimen)
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.show()
    qtbot.waitExposed(tab)
    settle(qtbot, tab)
    tab.view.setFocus()
    return tab


def settle(qtbot: QtBot, tab: SpecimenTab) -> None:
    tab.pane.renderer.wait()
    qtbot.wait(20)


def wheel(view: PageView, notches: int) -> None:
    centre = QPointF(view.viewport().rect().center())
    event = QWheelEvent(
        centre,
        QPointF(view.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def screen(view: PageView) -> np.ndarray:
    """The viewport as shown, BGR like the renderings."""
    image = view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    width, height = image.width(), image.height()
    data = np.frombuffer(image.constBits(), np.uint8, image.sizeInBytes())
    rgb = data.reshape(height, image.bytesPerLine())[:, : width * 3].reshape(height, width, 3)
    return np.ascontiguousarray(rgb[:, :, ::-1])


def magnified(view: PageView, page: np.ndarray) -> np.ndarray:
    """Independent expectation: the page scaled by the zoom, shifted to what the view shows
    (pixel centres at +0.5 on both sides), interpolated bilinearly."""
    zoom = view.zoom()
    origin = view.mapToScene(QPoint(0, 0))
    size = view.viewport().size()
    shift_x = zoom * (0.5 - origin.x()) - 0.5
    shift_y = zoom * (0.5 - origin.y()) - 0.5
    matrix = np.float32([[zoom, 0, shift_x], [0, zoom, shift_y]])
    return cv2.warpAffine(page, matrix, (size.width(), size.height()), flags=cv2.INTER_LINEAR)


def test_keys_and_wheel_zoom_past_actual_pixels_up_to_a_limit(
    qtbot: QtBot, tab: SpecimenTab
) -> None:
    view = tab.view
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert view.zoom() == pytest.approx(1.0)
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom() == pytest.approx(1.25**3)
    wheel(view, 2)
    assert view.zoom() == pytest.approx(1.25**5)
    for _ in range(30):
        wheel(view, 1)
    top = view.zoom()
    assert top > 8  # far past the page's own resolution...
    wheel(view, 3)
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom() == top  # ...up to a limit, where zooming in changes nothing
    wheel(view, -1)
    assert view.zoom() == pytest.approx(top / 1.25)
    qtbot.keyClick(view, Qt.Key.Key_0)  # fit: the whole page in view again
    assert view.visible_page_rect() == pytest.approx((0, 0, *view.page_px), abs=1)


@pytest.mark.parametrize("notches", [4, 12])
def test_past_actual_pixels_each_page_pixel_is_magnified_smoothly(
    qtbot: QtBot, tab: SpecimenTab, notches: int
) -> None:
    view = tab.view
    qtbot.keyClick(view, Qt.Key.Key_H)  # hotspots off: only the page
    qtbot.keyClick(view, Qt.Key.Key_1)
    wheel(view, notches)
    view.centerOn(_centre_of(view, "mrz"))  # sharp print: any misplacement shows
    qtbot.wait(20)
    rendering = tab.pane.renderer.current
    assert rendering is not None
    shown = screen(view).astype(int)
    expected = magnified(view, rendering.image).astype(int)
    assert shown.shape == expected.shape
    assert shown.std() > 20  # a real part of the page, not a blank
    # The same picture up to rounding; one page pixel off would give a mean of 4 or more.
    assert np.abs(shown - expected).mean() <= 1.5
    assert np.percentile(np.abs(shown - expected), 95) <= 4


def _centre_of(view: PageView, feature_id: str) -> QPointF:
    item = next(i for i in view.hotspots if i.feature.id == feature_id)
    return item.sceneBoundingRect().center()


def test_dragging_a_light_control_at_high_zoom_previews_the_whole_view_at_page_resolution(
    qtbot: QtBot, tab: SpecimenTab
) -> None:
    view = tab.view
    tab.state.set_light(LightSource.OBLIQUE)
    settle(qtbot, tab)
    qtbot.keyClick(view, Qt.Key.Key_H)
    qtbot.keyClick(view, Qt.Key.Key_1)
    wheel(view, 12)
    # Off a pixel boundary, so the view's edges fall inside page pixels.
    view.centerOn(_centre_of(view, "mrz") + QPointF(0.3, 0.7))
    qtbot.wait(20)
    slider = tab.light_bar.elevation
    previews: list[tuple[object, object, object]] = []
    tab.pane.renderer.previewed.connect(lambda r, p, roi: previews.append((r, p, roi)))
    slider.setSliderDown(True)
    slider.setValue(slider.value() + 25)
    qtbot.wait(20)
    assert previews, "dragging must preview at once"
    rendering, pixmap, roi = previews[-1]
    page_dpi = tab.specimen.page(tab.pane.page_id).visible.dpi
    # Rendered at the page's own resolution, never at the zoom: a few hundred pixels, not 16 x.
    assert rendering.dpi == pytest.approx(page_dpi)  # type: ignore[attr-defined]
    assert (pixmap.width(), pixmap.height()) == (roi.w, roi.h)  # type: ignore[attr-defined]
    # The preview covers all of the view: no strip of the old light at its edges.
    x, y, w, h = view.visible_page_rect()
    assert roi.x <= x and roi.y <= y  # type: ignore[attr-defined]
    assert roi.x + roi.w >= x + w and roi.y + roi.h >= y + h  # type: ignore[attr-defined]
    assert roi.w <= math.ceil(w) + 1 and roi.h <= math.ceil(h) + 1  # type: ignore[attr-defined]
    shown = screen(view).astype(int)
    expected = magnified(view, _placed(rendering.image, roi, view.page_px))  # type: ignore[attr-defined]
    # ...and is drawn as smoothly as the page itself, not in 14-pixel blocks.
    assert np.abs(shown - expected.astype(int)).mean() <= 1.5
    slider.setSliderDown(False)  # release: the whole page at full resolution follows
    settle(qtbot, tab)
    current = tab.pane.renderer.current
    assert current is not None and current.params.elevation_deg == slider.value()


def _placed(part: np.ndarray, roi: object, page_px: tuple[int, int]) -> np.ndarray:
    """The preview of ``roi`` pasted onto a blank page, where the view lays it."""
    page = np.zeros((page_px[1], page_px[0], 3), np.uint8)
    x, y = roi.x, roi.y  # type: ignore[attr-defined]
    h, w = part.shape[:2]
    page[y : y + h, x : x + w] = part if part.ndim == 3 else part[:, :, None]
    return page


def test_a_hotspot_is_still_a_click_away_at_high_zoom(qtbot: QtBot, tab: SpecimenTab) -> None:
    view = tab.view
    tab.all_features_action.setChecked(True)
    qtbot.keyClick(view, Qt.Key.Key_1)
    wheel(view, 10)
    item = next(i for i in view.hotspots if i.feature.id == "number")
    view.centerOn(item)  # scrolled to it, as with the scroll bars or a drag
    qtbot.wait(20)
    target = view.mapFromScene(item.sceneBoundingRect().center())
    assert view.viewport().rect().contains(target)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=target)
    assert tab.panel.feature is not None and tab.panel.feature.id == "number"
