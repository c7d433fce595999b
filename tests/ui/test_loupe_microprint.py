"""Microprint at the loupe's magnification: genuine letters are drawn from their vector source,
a counterfeit's (reprinted from pixels) stays the blur it was copied as."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import Feature, Pack, Page, Specimen
from docexam.core.pack.io import read_pack, write_pack
from docexam.core.synth import build_specimen
from docexam.core.synth.forgery import forge
from docexam.core.synth.microprint import MICRO_CAP_MM
from docexam.ui.viewer.loupe import SIZE as SIZE_UI
from docexam.ui.viewer.loupe import loupe_crop, loupe_view
from docexam.ui.viewer.specimen_tab import SpecimenTab

POWER, SCREEN_DPI, SIZE = 10, 96.0, 200
# Several states' designs (phrase, ink, background) and places along the line.
CASES = (("QVL", "2015", 2), ("UTO", "A", 9), ("QTK", "2024", 31), ("QNB", "2012", 5))


def microprint(page: Page) -> Feature:
    return next(f for f in page.features if f.id == "microprint")


def edge_density(view: np.ndarray, band: tuple[slice, slice]) -> float:
    """Mean gradient magnitude in the band: sharp letters have strong edges, a smear has none."""
    grey = cv2.cvtColor(view, cv2.COLOR_BGR2GRAY).astype(np.float32)
    gx = cv2.Sobel(grey, cv2.CV_32F, 1, 0)
    gy = cv2.Sobel(grey, cv2.CV_32F, 0, 1)
    return float(np.hypot(gx, gy)[band].mean())


def look(
    spec: Specimen, where: Feature, along: float, light: LightSource = LightSource.VISIBLE
) -> np.ndarray:
    """The loupe over the middle of the first microprint line of ``where`` (genuine geometry)."""
    page = spec.pages[0]
    image = cv2.imread(str(spec.path(page.visible)))
    line = where.microtext[0]
    dpi = page.visible.dpi
    centre = ((line.x_mm + along) / 25.4 * dpi, (line.baseline_mm - MICRO_CAP_MM / 2) / 25.4 * dpi)
    return loupe_view(image, centre, POWER, dpi, SCREEN_DPI, SIZE, page, light)


BAND = (slice(SIZE // 2 - 5, SIZE // 2 + 5), slice(10, SIZE - 10))  # the letters, 7.5 px tall


@pytest.mark.parametrize(("state", "series", "seed"), CASES)
def test_genuine_microprint_reads_sharp_a_counterfeits_does_not(
    state: str, series: str, seed: int, tmp_path: Path
) -> None:
    genuine = build_specimen(state, "td2", seed, 300.0, tmp_path / "g", series)
    fake = forge(genuine, "counterfeit", seed, tmp_path / "f", 1).specimen
    source = microprint(genuine.specimen.pages[0])
    assert source.microtext and source.microtext[0].cap_mm == MICRO_CAP_MM
    assert not microprint(fake.pages[0]).microtext  # a reprint has no plate to draw from
    along = 8.0 + seed % 20
    sharp = edge_density(look(genuine.specimen, source, along), BAND)
    blur = edge_density(look(fake, source, along), BAND)
    assert sharp > 2.0 * blur, (sharp, blur)  # measured 2.5-2.7


def test_the_letters_are_drawn_only_where_white_light_shows_them(tmp_path: Path) -> None:
    genuine = build_specimen("QVL", "td2", 4, 300.0, tmp_path, "2015").specimen
    source = microprint(genuine.pages[0])
    page = genuine.pages[0]
    image = cv2.imread(str(genuine.path(page.visible)))
    line = source.microtext[0]
    dpi = page.visible.dpi
    centre = ((line.x_mm + 25.0) / 25.4 * dpi, (line.baseline_mm - 0.1) / 25.4 * dpi)
    plain = loupe_crop(image, centre, POWER, dpi, SCREEN_DPI, SIZE)
    # Another light: the page's own render stands (the raster path).
    uv = loupe_view(image, centre, POWER, dpi, SCREEN_DPI, SIZE, page, LightSource.UV365)
    assert np.array_equal(uv, plain)
    # An old pack, whose features carry no vector source, keeps the raster too.
    old = replace(
        page, features=tuple(replace(f, microtext=(), fineline=()) for f in page.features)
    )
    kept = loupe_view(image, centre, POWER, dpi, SCREEN_DPI, SIZE, old, LightSource.VISIBLE)
    assert np.array_equal(kept, plain)
    sharp = loupe_view(image, centre, POWER, dpi, SCREEN_DPI, SIZE, page, LightSource.VISIBLE)
    assert edge_density(sharp, BAND) > 1.4 * edge_density(plain, BAND)  # measured 1.65


def test_the_viewers_loupe_shows_genuine_microprint_as_letters(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Through a pack and the viewer, as a trainee works: M turns the loupe on, hovering the
    microprint shows the letters drawn at the loupe's scale, not the page's pixels enlarged."""
    made = build_specimen("UTO", "td2", 6, 300.0, tmp_path / "work", "A").specimen
    pack = Pack("loupe-test", {"en": "Loupe"}, "test", "CC0", ("en", "zh-Hans"), (made,))
    spec = read_pack(write_pack(pack, tmp_path / "pack")).specimens[0]
    source = microprint(spec.pages[0])
    assert source.microtext  # the vector source came through the pack
    tab = SpecimenTab(spec)
    qtbot.addWidget(tab)
    tab.resize(1300, 800)
    tab.show()
    qtbot.waitExposed(tab)
    tab.pane.renderer.wait()
    qtbot.wait(20)
    qtbot.keyClick(tab.view, Qt.Key.Key_M)
    assert tab.loupe_action.isChecked()
    tab.state.set_loupe_power(POWER)
    line = source.microtext[0]
    dpi = spec.pages[0].visible.dpi
    scene = ((line.x_mm + 20.0) / 25.4 * dpi, (line.baseline_mm - MICRO_CAP_MM / 2) / 25.4 * dpi)
    tab.view.centerOn(*scene)
    target = tab.view.mapFromScene(*scene)
    qtbot.mouseMove(tab.view.viewport(), target)
    tab.view.mouse_moved.emit(target)  # offscreen platforms do not always deliver hover moves
    loupe = tab.pane.loupe
    rendering = tab.pane.renderer.current
    assert loupe.isVisible() and loupe.last is not None and rendering is not None
    at = tab.view.mapToScene(target)
    plain = loupe_crop(
        rendering.image, (at.x(), at.y()), POWER, rendering.dpi, loupe.screen_dpi, SIZE_UI
    )
    mid = SIZE_UI // 2
    band = (slice(mid - 5, mid + 5), slice(10, SIZE_UI - 10))
    assert edge_density(loupe.last, band) > 1.4 * edge_density(plain, band)
