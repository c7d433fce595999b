"""Stepping through lights faster than they render: only the light the trainee stops at is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from docexam.core.domain.lights import LightSource
from docexam.core.pack.io import read_pack
from docexam.ui.viewer.specimen_tab import SpecimenTab

from .conftest import BASIC


def _settle(qtbot: QtBot, tab: SpecimenTab) -> None:
    tab.pane.renderer.wait()
    qtbot.wait(30)


def test_renders_for_lights_already_left_are_dropped(qtbot: QtBot) -> None:
    tab = SpecimenTab(read_pack(BASIC).specimens[0])
    qtbot.addWidget(tab)
    tab.resize(1300, 800)
    tab.show()
    qtbot.waitExposed(tab)
    _settle(qtbot, tab)
    shown: list[LightSource] = []
    tab.pane.renderer.shown.connect(lambda rendering, _pixmap: shown.append(rendering.params.light))
    tab.view.setFocus()
    for key in (Qt.Key.Key_U, Qt.Key.Key_I, Qt.Key.Key_A):  # none of them rendered yet
        qtbot.keyClick(tab.view, key)
    _settle(qtbot, tab)
    assert shown == [LightSource.ANTI_STOKES]
    assert tab.pane.renderer.current is not None
    assert tab.pane.renderer.current.params.light is LightSource.ANTI_STOKES
    assert tab.light_bar.badge.text() == "Simulated"
    qtbot.keyClick(tab.view, Qt.Key.Key_U)  # a light left mid-render still renders when chosen
    _settle(qtbot, tab)
    assert shown == [LightSource.ANTI_STOKES, LightSource.UV365]
    tab.pane.close()
