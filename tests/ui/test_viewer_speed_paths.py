"""The viewer's fast paths, through the tab a trainee opens: pages prepared ahead of the first
light, and renders handed to Qt pixel for pixel."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import Specimen
from docexam.core.light import LightParams
from docexam.core.synth import generate_specimen
from docexam.ui.viewer.renderer import to_qimage
from docexam.ui.viewer.specimen_tab import SpecimenTab


@pytest.fixture(scope="module")
def passport(tmp_path_factory: pytest.TempPathFactory) -> Specimen:
    work: Path = tmp_path_factory.mktemp("passport")
    return generate_specimen("UTO", "td3", 4, 150.0, work)


def _open(qtbot: QtBot, specimen: Specimen) -> SpecimenTab:
    tab = SpecimenTab(specimen)
    qtbot.addWidget(tab)
    tab.resize(1300, 800)
    tab.show()
    qtbot.waitExposed(tab)
    tab.pane.renderer.wait()
    qtbot.wait(20)
    return tab


def test_opening_a_passport_prepares_its_page_and_drafts_the_reverse_before_any_light(
    qtbot: QtBot, passport: Specimen
) -> None:
    tab = _open(qtbot, passport)
    engine = tab.pane.engine
    first = passport.pages[0]
    assert first.reverse is not None
    # Nothing but white light was asked for, and the worker has finished.
    assert engine.is_prepared(first.id) and engine.is_drafted(first.reverse)
    # The light pressed next is shown from what was prepared, the preparation kept.
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_B)
    tab.pane.renderer.wait()
    qtbot.waitUntil(lambda: _shown(tab) is LightSource.TRANSMITTED)
    assert engine.is_prepared(first.id) and engine.is_drafted(first.reverse)


def _shown(tab: SpecimenTab) -> LightSource | None:
    current = tab.pane.renderer.current
    return None if current is None else current.params.light


def test_turning_to_the_other_page_prepares_it_and_drafts_its_reverse(
    qtbot: QtBot, passport: Specimen
) -> None:
    tab = _open(qtbot, passport)
    tab.pane.engine.clear()  # forget the first page's preparation
    tab.pages.setCurrentIndex(1)
    tab.pane.renderer.wait()
    second = passport.pages[1]
    assert tab.pane.engine.is_prepared(second.id)
    assert second.reverse is None or tab.pane.engine.is_drafted(second.reverse)


@pytest.mark.parametrize("width", [257, 256])  # Qt pads each line of an odd width to 4 bytes
def test_to_qimage_hands_over_every_pixel_of_a_real_render(
    qtbot: QtBot, passport: Specimen, width: int
) -> None:
    tab = _open(qtbot, passport)
    image = tab.pane.engine.render(passport.pages[0].id, LightParams(LightSource.UV365)).image
    part = np.ascontiguousarray(image[40:140, 100 : 100 + width])
    for source, expected in (
        (part, part[:, :, ::-1]),
        (np.ascontiguousarray(part[:, :, 1]), part[:, :, 1:2]),
    ):
        qimage = to_qimage(source)
        assert (qimage.width(), qimage.height()) == (width, 100)
        rgb = qimage.convertToFormat(QImage.Format.Format_RGB888)
        rows = np.frombuffer(rgb.constBits(), np.uint8).reshape(100, rgb.bytesPerLine())
        got = rows[:, : 3 * width].reshape(100, width, 3)
        if expected.shape[2] == 1:
            np.testing.assert_array_equal(got, np.repeat(expected, 3, axis=2))
        else:
            np.testing.assert_array_equal(got, expected)
