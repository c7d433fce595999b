"""Chip items one after the other through the Training tab. The chip reader is a window of its
own: putting it away must leave the main window with the keyboard, so the next chip item can
be opened with R, answered, submitted with Enter (and with the mouse) like the first."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from docexam.core.exercise.model import ChipExercise, ExerciseSet
from docexam.core.library.library import Library
from docexam.core.pack.exercise_file import write_exercises
from docexam.core.synth.forgery.chip_frauds import forge_chip_pack
from docexam.core.training.curriculum import load_curriculum
from docexam.core.training.quiz.generate import all_exercises
from docexam.core.training.quiz.scope import scope_for
from docexam.store import Store
from docexam.ui.main_window import MainWindow
from docexam.ui.training.chip_panel import ChipPanel
from docexam.ui.training.exercise_page import ExercisePage
from docexam.ui.viewer.chip_reader import ChipReaderDialog

from .conftest import open_window, training
from .helpers import press, settle
from .test_chip_items import click_radio

SET_ID = "chips-in-a-row"


@pytest.fixture
def chips_library(tmp_path: Path) -> Library:
    """Two genuine passports and two chip frauds, and a pack set of their four chip items in a
    row, passing and failing alternately (the order the trainee meets them in)."""
    bundled = tmp_path / "bundled"
    jobs = [("UTO", "A", 41, "revoked_signer"), ("UTO", "A", 42, "cloned_chip")]
    forge_chip_pack("chip-row", jobs, bundled / "chip", 150.0, True)
    library = Library(tmp_path / "library", [bundled])
    scope = scope_for(load_curriculum(), module="L2.fraud")
    chips = [e for e in all_exercises(library.load_all(), scope) if isinstance(e, ChipExercise)]
    passing = [e for e in chips if e.passes]
    failing = [e for e in chips if not e.passes]
    assert len(passing) == 2 and len(failing) == 2
    row = (passing[0], failing[0], passing[1], failing[1])
    write_exercises(bundled / "chip", [ExerciseSet(SET_ID, {"en": "Chips in a row"}, row)])
    return library


def start_set(qtbot: QtBot, window: MainWindow) -> ExercisePage:
    tab = training(window)
    tab.start.create_trainee("Lin Wei", "Land border", 2)
    button = tab.start.findChild(type(tab.start.next_button), f"set_chip-row_{SET_ID}")
    assert button is not None and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.exercise is not None, timeout=20000)
    assert tab.exercise is not None
    return tab.exercise


def read_failing_steps(qtbot: QtBot, dialog: ChipReaderDialog) -> list[str]:
    qtbot.mouseClick(dialog.place, Qt.MouseButton.LeftButton)
    rows = [dialog.steps.topLevelItem(i) for i in range(dialog.steps.topLevelItemCount())]
    return [r.text(0)[3:] for r in rows if r.data(0, Qt.ItemDataRole.UserRole) == "fail"]


def give_verdict(qtbot: QtBot, panel: ChipPanel, failed: list[str]) -> None:
    if failed:
        click_radio(qtbot, panel.fails)
        panel.step.setCurrentIndex(panel.step.findText(failed[0]))
    else:
        click_radio(qtbot, panel.passes)


def test_chip_items_in_a_row_each_open_the_reader_and_submit(
    qtbot: QtBot, chips_library: Library, store: Store
) -> None:
    window = open_window(qtbot, chips_library, store)
    page = start_set(qtbot, window)
    session = page.session
    assert session.count == 4
    for index in range(session.count):
        ex = session.current
        assert isinstance(ex, ChipExercise)
        stage = page.stage.tab
        settle(qtbot, stage)
        assert stage is not None and page.item is not None
        panel = page.item.panel
        assert isinstance(panel, ChipPanel)
        # Every item starts in the main window, with the keyboard on the page.
        assert QApplication.activeWindow() is window, index
        by_keys = index % 2 == 1
        if by_keys:
            press(qtbot, page, Qt.Key.Key_R)
        else:
            qtbot.mouseClick(panel.reader, Qt.MouseButton.LeftButton)
        dialog = stage.chip_reader
        assert dialog is not None and dialog.isVisible(), index
        failed = read_failing_steps(qtbot, dialog)
        if by_keys:
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        else:
            dialog.close()  # the window's close button
        assert not dialog.isVisible()
        assert QApplication.activeWindow() is window, index
        give_verdict(qtbot, panel, failed)
        if by_keys:
            press(qtbot, page, Qt.Key.Key_Return)
        else:
            qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
        result = session.feedback(index)
        assert result is not None, (index, page.status.text())
        assert result.correct and result.earned == 2.0, (index, ex, failed, result)
        assert bool(failed) is not ex.passes
        if index < session.count - 1:
            if by_keys:
                press(qtbot, page, Qt.Key.Key_Return)
            else:
                qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
            assert session.index == index + 1
    assert len(session.records()) == 4


def test_a_reader_left_open_goes_with_its_item(
    qtbot: QtBot, chips_library: Library, store: Store
) -> None:
    """The trainee answers with the reader still open: the next item does not show the last
    passport's chip, and its own reader opens over a window that still takes the keys."""
    window = open_window(qtbot, chips_library, store)
    page = start_set(qtbot, window)
    for index in range(2):
        stage = page.stage.tab
        settle(qtbot, stage)
        assert stage is not None and page.item is not None
        panel = page.item.panel
        assert isinstance(panel, ChipPanel)
        qtbot.mouseClick(panel.reader, Qt.MouseButton.LeftButton)
        dialog = stage.chip_reader
        assert dialog is not None and dialog.isVisible()
        failed = read_failing_steps(qtbot, dialog)
        give_verdict(qtbot, panel, failed)
        qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
        assert page.session.feedback(index) is not None, index
        qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)  # on to the next
        assert page.session.index == index + 1
        assert not dialog.isVisible()  # closed with its item, not left over the next one
        qtbot.wait(30)  # the old tab and its reader are deleted now
        assert QApplication.activeWindow() is window, index
