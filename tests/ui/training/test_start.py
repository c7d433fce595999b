"""The start screen as a new trainee meets it: create a profile, see what to do next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from docexam.core.library.library import Library
from docexam.store import Store
from docexam.ui.main_window import MainWindow

from .conftest import open_window, training


def test_without_a_store_there_is_no_training_tab(qtbot: QtBot, basic_library: Library) -> None:
    window = MainWindow(basic_library)
    qtbot.addWidget(window)
    assert window.training is None
    assert window.open_training() is None


def test_new_trainee_creates_a_profile_and_sees_the_next_step(
    qtbot: QtBot, basic_library: Library, store: Store
) -> None:
    window = open_window(qtbot, basic_library, store)
    tab = training(window)
    assert window.tabs.currentWidget() is tab
    start = tab.start
    assert start.next_button.text() == "Create your trainee profile"
    qtbot.mouseClick(start.next_button, Qt.MouseButton.LeftButton)
    dialog = start.profile_dialog
    assert dialog is not None and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # a profile needs a name
    qtbot.keyClicks(dialog.name, "Anna Eriksson")
    qtbot.keyClicks(dialog.service, "Airport")
    dialog.level.setCurrentIndex(1)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    [trainee] = store.list_trainees()
    assert (trainee.name, trainee.service, trainee.level) == ("Anna Eriksson", "Airport", 2)
    assert start.trainee == trainee
    # The obvious next step: the first module of level 2, never practised.
    assert start.next_button.text().startswith("Start practice: ")
    assert "level 2" in start.modules_box.title()
    assert start.findChild(type(start.next_button), "practise_L2.uv") is not None
