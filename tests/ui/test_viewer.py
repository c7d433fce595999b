"""The study viewer driven as a trainee drives it: keys, clicks, the loupe and comparison."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import ImageRef, Origin, Specimen
from docexam.core.pack.io import read_pack, write_pack
from docexam.ui.viewer.loupe import SIZE, loupe_crop
from docexam.ui.viewer.specimen_tab import SpecimenTab
from docexam.ui.viewer.state import STUDY, ViewerConfig

from .conftest import BASIC


@pytest.fixture
def specimen() -> Specimen:
    return read_pack(BASIC).specimens[0]


def _tab(qtbot: QtBot, specimen: Specimen, config: ViewerConfig = STUDY) -> SpecimenTab:
    tab = SpecimenTab(specimen, config=config)
    qtbot.addWidget(tab)
    tab.resize(1300, 800)
    tab.show()
    qtbot.waitExposed(tab)
    _settle(qtbot, tab)
    return tab


def _settle(qtbot: QtBot, tab: SpecimenTab) -> None:
    for pane in tab._panes():
        pane.renderer.wait()
    qtbot.wait(20)


def test_shortcut_switches_light_and_badge(qtbot: QtBot, specimen: Specimen) -> None:
    tab = _tab(qtbot, specimen)
    assert tab.state.light is LightSource.VISIBLE
    white = tab.view.pixmap().toImage()
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_U)
    _settle(qtbot, tab)
    assert tab.state.light is LightSource.UV365
    assert tab.light_bar.badge.text() == "Simulated"
    uv = tab.view.pixmap().toImage()
    assert uv != white
    # A UV-dull page is dark under UV-A: the mean brightness drops well below white light's.
    assert _mean(uv) < 0.5 * _mean(white)
    qtbot.keyClick(tab.view, Qt.Key.Key_W)
    _settle(qtbot, tab)
    assert tab.state.light is LightSource.VISIBLE
    assert tab.light_bar.badge.text() == "Generated"  # the hand-made pack is drawn, not scanned


def _mean(image: object) -> float:
    from PySide6.QtGui import QImage

    assert isinstance(image, QImage)
    converted = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data = np.frombuffer(converted.constBits(), np.uint8, converted.sizeInBytes())
    return float(data.mean())


def test_captured_uv_is_shown_and_badged_captured(
    qtbot: QtBot, specimen: Specimen, tmp_path: Path
) -> None:
    page = specimen.pages[0]
    uv_file = specimen.root / "uv-capture.png" if specimen.root else None
    assert uv_file is not None
    work = tmp_path / "work"
    work.mkdir()
    visible = cv2.imread(str(specimen.path(page.visible)))
    capture = np.full_like(visible, (90, 20, 60))
    cv2.imwrite(str(work / "uv-capture.png"), capture)
    cv2.imwrite(str(work / page.visible.file), visible)
    with_capture = replace(
        specimen,
        generated=False,  # a scanned specimen, shipped with a real UV capture
        pages=(
            replace(
                page,
                images=(
                    *page.images,
                    ImageRef(LightSource.UV365, "uv-capture.png", page.visible.dpi),
                ),
            ),
        ),
        root=work,
    )
    pack = replace(read_pack(BASIC), specimens=(with_capture,))
    loaded = read_pack(write_pack(pack, tmp_path / "pack")).specimens[0]
    tab = _tab(qtbot, loaded)
    qtbot.keyClick(tab.view, Qt.Key.Key_U)
    _settle(qtbot, tab)
    assert tab.light_bar.badge.text() == "Captured"
    rendering = tab.pane.renderer.current
    assert rendering is not None and not rendering.simulated
    assert np.array_equal(rendering.image, capture)


@pytest.mark.parametrize(("captured_nm", "opens_at"), [(870, 830), (715, 715)])
def test_an_ir_capture_opens_in_the_viewer_badged_captured(
    qtbot: QtBot, specimen: Specimen, tmp_path: Path, captured_nm: int, opens_at: int
) -> None:
    """The hand-made page has inks turning at 780 nm: an 870 nm capture also serves the usual
    830 nm filter; a 715 nm one does not, so the viewer opens IR on 715 nm."""
    page = specimen.pages[0]
    work = tmp_path / "work"
    work.mkdir()
    visible = cv2.imread(str(specimen.path(page.visible)))
    capture = np.full_like(visible, 150)
    cv2.imwrite(str(work / "ir-capture.png"), capture)
    cv2.imwrite(str(work / page.visible.file), visible)
    ir = ImageRef(LightSource.IR, "ir-capture.png", page.visible.dpi, captured_nm)
    with_capture = replace(
        specimen,
        generated=False,
        pages=(replace(page, images=(*page.images, ir)),),
        root=work,
    )
    pack = replace(read_pack(BASIC), specimens=(with_capture,))
    loaded = read_pack(write_pack(pack, tmp_path / "pack")).specimens[0]
    tab = _tab(qtbot, loaded)
    qtbot.keyClick(tab.view, Qt.Key.Key_I)
    _settle(qtbot, tab)
    assert tab.light_bar.ir_filter.currentData() == opens_at
    assert tab.light_bar.badge.text() == "Captured"
    rendering = tab.pane.renderer.current
    assert rendering is not None and not rendering.simulated
    assert np.array_equal(rendering.image, capture)


def test_loupe_shows_the_page_magnified(qtbot: QtBot, specimen: Specimen) -> None:
    tab = _tab(qtbot, specimen)
    qtbot.keyClick(tab.view, Qt.Key.Key_M)
    assert tab.loupe_action.isChecked()
    tab.state.set_loupe_power(20)
    target = tab.view.mapFromScene(300.0, 200.0)
    qtbot.mouseMove(tab.view.viewport(), target)
    tab.view.mouse_moved.emit(target)  # offscreen platforms do not always deliver hover moves
    loupe = tab.pane.loupe
    assert loupe.isVisible() and loupe.last is not None
    page = tab.pane.renderer.current
    assert page is not None
    scene = tab.view.mapToScene(target)
    # Independent expectation: scale the page so 1 mm spans 20 x screen_dpi / 25.4 px, then crop.
    zoom = 20 * loupe.screen_dpi / page.dpi
    big = cv2.resize(page.image, None, fx=zoom, fy=zoom, interpolation=cv2.INTER_CUBIC)
    cx, cy = round(scene.x() * zoom), round(scene.y() * zoom)
    expected = big[cy - SIZE // 2 : cy + SIZE // 2, cx - SIZE // 2 : cx + SIZE // 2]
    diff = np.abs(loupe.last.astype(int) - expected.astype(int))
    assert expected.shape == loupe.last.shape
    assert np.median(diff) <= 8  # the same picture, up to interpolation at the edges
    assert loupe.last.std() > 5  # not a blank patch


def test_loupe_crop_outside_the_page_is_dark() -> None:
    image = np.full((100, 100, 3), 255, np.uint8)
    crop = loupe_crop(image, (-500.0, -500.0), 10, 300, 96, 64)
    assert crop.max() < 40


def test_clicking_a_hotspot_opens_its_feature_and_show_me(qtbot: QtBot, specimen: Specimen) -> None:
    tab = _tab(qtbot, specimen)
    tab.all_features_action.setChecked(True)
    item = next(i for i in tab.view.hotspots if i.feature.id == "number")
    centre = tab.view.mapFromScene(item.sceneBoundingRect().center())
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert tab.panel.feature is not None and tab.panel.feature.id == "number"
    assert "Document number" in tab.panel.body.text()
    button = tab.panel.findChild(object, "show_uv365")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    _settle(qtbot, tab)
    assert tab.state.light is LightSource.UV365
    assert item.relevant


def test_drag_is_not_a_click(qtbot: QtBot, specimen: Specimen) -> None:
    tab = _tab(qtbot, specimen)
    item = next(i for i in tab.view.hotspots if i.feature.id == "mrz")
    start = tab.view.mapFromScene(item.sceneBoundingRect().center())
    qtbot.mousePress(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(tab.view.viewport(), start + QPoint(60, 0))
    qtbot.mouseRelease(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(60, 0))
    assert tab.panel.feature is None


def test_hotspots_follow_the_light_and_toggle(qtbot: QtBot, specimen: Specimen) -> None:
    tab = _tab(qtbot, specimen)
    by_id = {i.feature.id: i for i in tab.view.hotspots}
    tab.state.set_light(LightSource.IR)
    assert by_id["mrz"].relevant and not by_id["guilloche"].relevant
    assert by_id["mrz"].isVisible() and not by_id["guilloche"].isVisible()
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_H, Qt.KeyboardModifier.ShiftModifier)
    assert by_id["guilloche"].isVisible()  # all features: the others appear, dashed
    qtbot.keyClick(tab.view, Qt.Key.Key_H)
    assert not any(i.isVisible() for i in tab.view.hotspots)


def test_the_forgers_features_get_no_hotspot(qtbot: QtBot, specimen: Specimen) -> None:
    page = specimen.pages[0]
    stain = replace(page.features[1], id="stain", origin=Origin.FORGERY)
    forged = replace(specimen, pages=(replace(page, features=(*page.features, stain)),))
    tab = _tab(qtbot, forged)
    ids = {i.feature.id for i in tab.view.hotspots}
    assert page.features[1].id in ids and "stain" not in ids


def test_compare_keeps_views_in_step(qtbot: QtBot, specimen: Specimen) -> None:
    tab = _tab(qtbot, specimen)
    other = replace(specimen, id="reference")
    pane = tab.compare_with(other)
    _settle(qtbot, tab)
    tab.state.set_zoom(2.0)
    assert tab.view.zoom() == pytest.approx(2.0) and not tab.view.fitted
    assert pane.view.zoom() == pytest.approx(2.0)
    bar = tab.view.horizontalScrollBar()
    bar.setValue(bar.maximum() // 2)
    ref_bar = pane.view.horizontalScrollBar()
    assert ref_bar.value() == pytest.approx(ref_bar.maximum() // 2, abs=2)
    pane.view.verticalScrollBar().setValue(pane.view.verticalScrollBar().maximum())
    assert tab.view.verticalScrollBar().value() == tab.view.verticalScrollBar().maximum()
    tab.state.set_light(LightSource.IR)
    _settle(qtbot, tab)
    assert pane.renderer.current is not None
    assert pane.renderer.current.params.light is LightSource.IR


def test_settings_are_remembered(qtbot: QtBot, specimen: Specimen) -> None:
    tab = _tab(qtbot, specimen)
    tab.state.set_light(LightSource.IR)
    qtbot.keyClick(tab.view, Qt.Key.Key_H)
    qtbot.keyClick(tab.view, Qt.Key.Key_BracketRight)
    _settle(qtbot, tab)
    again = _tab(qtbot, specimen)
    assert again.state.light is LightSource.IR
    assert not again.hotspots_action.isChecked()
    assert again.pane.loupe.power == 20


def test_afterglow_runs_after_the_uv_lamp_goes_off(qtbot: QtBot, specimen: Specimen) -> None:
    tab = _tab(qtbot, specimen)
    tab.state.set_light(LightSource.UV365)
    _settle(qtbot, tab)
    qtbot.mouseClick(tab.light_bar.uv_switch, Qt.MouseButton.LeftButton)
    assert tab.state.light is LightSource.UV_OFF
    qtbot.waitUntil(lambda: tab.state.params.seconds_since_uv_off > 0.4, timeout=3000)
    assert "lamp off" in tab.light_bar.setting_label.text()
    qtbot.mouseClick(tab.light_bar.uv_switch, Qt.MouseButton.LeftButton)
    assert tab.state.light is LightSource.UV365
    assert not tab.light_bar.afterglow.isActive()


def test_generated_specimen_never_claims_a_capture(qtbot: QtBot, specimen: Specimen) -> None:
    tab = _tab(qtbot, replace(specimen, generated=True))
    assert tab.light_bar.badge.text() == "Generated"
    qtbot.keyClick(tab.view, Qt.Key.Key_U)
    _settle(qtbot, tab)
    assert tab.light_bar.badge.text() == "Simulated"


def test_compare_splits_the_view_evenly_and_panel_clears(qtbot: QtBot, specimen: Specimen) -> None:
    tab = _tab(qtbot, specimen)
    tab.panel.show_feature(tab.view.hotspots[0].feature)
    assert tab.panel.findChildren(object, "show_visible") or tab.panel.findChildren(
        object, "show_uv365"
    )
    tab.panel.show_feature(None)
    from PySide6.QtWidgets import QPushButton

    assert not [b for b in tab.panel.findChildren(QPushButton) if b.isVisible()]
    pane = tab.compare_with(replace(specimen, id="reference"))
    _settle(qtbot, tab)
    left, right = tab.views.sizes()
    assert abs(left - right) <= 2 and right > 200
    assert pane.view.isVisible()


def test_glossary_explains_the_category_linked_from_the_panel(
    qtbot: QtBot, specimen: Specimen
) -> None:
    tab = _tab(qtbot, specimen)
    tab.panel.show_feature(next(i.feature for i in tab.view.hotspots if i.feature.id == "mrz"))
    tab.panel.body.linkActivated.emit("printing.guilloche")
    glossary = tab.glossary
    assert glossary is not None and glossary.isVisible()
    text = glossary.definition.text()
    assert "Guilloche" in text and "How to check" in text and "loupe" in text


def test_zoom_keys_and_the_state_agree(qtbot: QtBot, specimen: Specimen) -> None:
    tab = _tab(qtbot, specimen)
    assert tab.state.zoom is None and tab.view.fitted  # a new tab fits the page
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Plus)
    assert tab.state.zoom == pytest.approx(tab.view.zoom())
    qtbot.keyClick(tab.view, Qt.Key.Key_1)
    assert tab.state.zoom == 1.0
    qtbot.keyClick(tab.view, Qt.Key.Key_0)
    assert tab.state.zoom is None and tab.view.fitted
    tab.state.set_zoom(0.5)
    assert tab.view.zoom() == pytest.approx(0.5)
    tab.state.set_zoom(None)
    assert tab.view.fitted


def test_a_viewer_offers_only_the_lights_its_screen_allows(
    qtbot: QtBot, specimen: Specimen
) -> None:
    config = ViewerConfig(allowed_lights=(LightSource.VISIBLE, LightSource.IR))
    tab = _tab(qtbot, specimen, config)
    assert list(tab.light_bar.actions_by_light) == [LightSource.VISIBLE, LightSource.IR]
    assert tab.light_actions() == list(tab.light_bar.actions_by_light.values())
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_U)  # no UV lamp on this bench
    assert tab.state.light is LightSource.VISIBLE and not tab.light_bar.uv_switch.isVisible()
    qtbot.keyClick(tab.view, Qt.Key.Key_I)
    _settle(qtbot, tab)
    assert tab.state.light is LightSource.IR and tab.light_bar.ir_filter.isVisible()
    current = tab.pane.renderer.current
    assert current is not None and current.params.light is LightSource.IR
