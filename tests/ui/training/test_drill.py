"""The first-line drill keeps every verdict as it is given: closed mid-drill, it resumes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from docexam.core.library.library import Library
from docexam.core.training.quiz import DrillAnswer, DrillExercise
from docexam.store import Store
from docexam.ui.training import start_page
from docexam.ui.training.drill import DrillPanel

from .conftest import open_window, training
from .helpers import press, settle


@pytest.fixture(autouse=True)
def fixed_seed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(start_page, "_seed", lambda: 0)


def test_drill_closed_mid_way_resumes_at_the_next_document(
    qtbot: QtBot, variety_library: Library, store: Store
) -> None:
    window = open_window(qtbot, variety_library, store)
    tab = training(window)
    tab.start.create_trainee("Ines Valdés", "Land border", 1)
    button = tab.start.findChild(type(tab.start.next_button), "drill")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.exercise is not None, timeout=20000)
    page = tab.exercise
    assert page is not None
    drill = page.session.current
    assert isinstance(drill, DrillExercise) and len(drill.items) >= 3
    assert page.stage.tab is not None and not page.stage.tab.view.isVisible()  # no untimed look
    press(qtbot, page, Qt.Key.Key_Return)  # start the clock
    assert page.stage.tab is not None and page.stage.tab.view.isVisible()
    for _ in range(2):
        settle(qtbot, page.stage.tab)
        press(qtbot, page, Qt.Key.Key_1)  # genuine
        press(qtbot, page, Qt.Key.Key_Return)
    panel = page.item.panel  # type: ignore[union-attr]
    assert isinstance(panel, DrillPanel) and panel.current == 2
    window.close()  # mid-drill

    [unfinished] = store.unfinished_attempts()
    stored = [a for a in store.answers(unfinished.attempt.id)]
    assert stored, "no verdict was stored before the window closed"
    again = open_window(qtbot, variety_library, store)
    tab = training(again)
    assert tab.start.next_button.text().startswith("Continue: ")
    qtbot.mouseClick(tab.start.next_button, Qt.MouseButton.LeftButton)
    resumed = tab.exercise
    assert resumed is not None
    [record] = resumed.session.records()
    assert isinstance(record.answer, DrillAnswer) and len(record.answer.responses) == 2
    panel = resumed.item.panel  # type: ignore[union-attr]
    assert isinstance(panel, DrillPanel) and panel.current == 2
    press(qtbot, resumed, Qt.Key.Key_Return)  # carry on: document 3 is next
    assert "Document 3 of" in panel.heading.text()
