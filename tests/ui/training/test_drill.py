"""The first-line drill keeps every verdict as it is given: closed mid-drill, it resumes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from docexam.core.library.library import Library
from docexam.core.training.curriculum import load_curriculum
from docexam.core.training.quiz import DrillAnswer, DrillExercise, ExerciseSet, LightExercise, Mode
from docexam.core.training.quiz.generate import all_exercises
from docexam.core.training.quiz.scope import scope_for
from docexam.store import Store
from docexam.ui.training import start_page
from docexam.ui.training.drill import DrillPanel

from .conftest import open_window, training
from .helpers import answer_current, press, settle


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
        press(qtbot, page, Qt.Key.Key_1)  # clear
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


def test_enter_starts_a_drill_that_follows_an_item_on_the_same_document(
    qtbot: QtBot, basic_library: Library, store: Store
) -> None:
    """The drill hides the page until it starts; the item before had the focus on that page,
    and hiding it sent the focus out of the exercise page, where Enter did nothing."""
    exercises = all_exercises(basic_library.load_all(), scope_for(load_curriculum(), level=1))
    first = next(e for e in exercises if isinstance(e, LightExercise))
    drill = next(e for e in exercises if isinstance(e, DrillExercise))
    window = open_window(qtbot, basic_library, store)
    tab = training(window)
    tab.start.create_trainee("Ines Valdés", "Land border", 1)
    page = tab.start_set(
        "utopia-basic", ExerciseSet("two", {"en": "Two"}, (first, drill), Mode.EXAM)
    )
    assert page is not None
    answer_current(qtbot, page)  # the light item, on the page the drill then covers
    assert page.session.current is drill and page.stage.tab is not None
    assert not page.stage.tab.view.isVisible()
    focus = QApplication.focusWidget()
    assert focus is not None and page.isAncestorOf(focus)
    qtbot.keyClick(focus, Qt.Key.Key_Return)  # where the trainee's key goes
    assert page.stage.tab.view.isVisible()  # the clock runs and the document shows
