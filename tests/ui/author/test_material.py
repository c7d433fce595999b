"""The material editor as an instructor uses it: a colour and an intensity for UV-A, the preview
rendered off the UI thread under that light, OK as one undo step, and a saved preset offered for
the next feature."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from docexam.core.domain.lights import LightSource
from docexam.core.domain.material import Emission
from docexam.ui.author.material_dialog import MaterialDialog
from docexam.ui.author.tab import AuthorTab

from .conftest import PAGE, SPEC
from .test_annotate import draw_triangle, features


def preview_pixels(dialog: MaterialDialog) -> np.ndarray:
    image = (
        dialog.picture.pixmap()
        .toImage()
        .convertToFormat(dialog.picture.pixmap().toImage().Format.Format_RGB888)
    )
    width, height = image.width(), image.height()
    rows = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(height, image.bytesPerLine())
    return rows[:, : width * 3].reshape(height, width, 3).astype(float)


def open_editor(qtbot: QtBot, tab: AuthorTab) -> MaterialDialog:
    tab.properties.material_button.click()
    dialog = tab.properties.findChild(MaterialDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.shown_params is not None, timeout=20000)
    return dialog


def test_colour_and_intensity_with_a_live_preview(qtbot: QtBot, tab: AuthorTab) -> None:
    draw_triangle(qtbot, tab)
    dialog = open_editor(qtbot, tab)
    assert dialog.light.currentData() == LightSource.UV365.value
    dark = preview_pixels(dialog)
    row = dialog.rows[LightSource.UV365]
    assert not row.enabled.isChecked()

    # Green glow, full intensity: the preview turns green where the ink is.
    dialog.shown_params = None
    row.set_colour(QColor("#00ff40"))
    row.intensity.setValue(100)
    qtbot.waitUntil(lambda: dialog.shown_params is not None, timeout=20000)
    qtbot.wait(300)  # a later request (the slider) supersedes the first: wait for the last
    qtbot.waitUntil(lambda: not dialog.worker.busy(), timeout=20000)
    green = preview_pixels(dialog)
    assert green[..., 1].mean() > dark[..., 1].mean() + 1.0
    assert green[..., 1].mean() > green[..., 0].mean()

    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    feature = features(tab)[0]
    assert feature.material.uv365 == Emission("#00ff40", 1.0)
    assert LightSource.UV365 in feature.lights  # "Show me" has a light to show it under
    assert tab.undo_action.text() == "Undo Edit material"
    tab.undo_action.trigger()
    assert features(tab)[0].material.uv365 is None


def test_saved_preset_is_offered_for_the_next_feature(qtbot: QtBot, tab: AuthorTab) -> None:
    draw_triangle(qtbot, tab)
    dialog = open_editor(qtbot, tab)
    dialog.rows[LightSource.UV254].set_colour(QColor("#3355ff"))
    dialog.ir_dark.setChecked(True)
    dialog.ir_cutoff.setValue(820)
    assert dialog.save_preset("Bi-fluorescent blue") is not None
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    combo = tab.properties.preset
    index = combo.findData("user:Bi-fluorescent blue")
    assert index >= 0
    tab.duplicate_action.trigger()  # another feature, picking the preset from the list
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    copy = tab.doc.page(SPEC, PAGE).features[-1]
    assert copy.material.uv254 == Emission("#3355ff", 0.9) and copy.material.ir_cutoff_nm == 820
    assert combo.currentData() == "user:Bi-fluorescent blue"
