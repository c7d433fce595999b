"""Practice a trainee can learn from: a hint and the solution on request, an early end that is
not a failure (and statistics that add up), and a set an instructor saved as practice in the
exercise-set editor running as practice, untimed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QToolButton
from pytestqt.qtbot import QtBot

from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import text_for
from docexam.core.library.library import Library
from docexam.core.training.quiz import AreaExercise, LightExercise, Mode, Outcome
from docexam.store import AttemptStatus, Store
from docexam.ui import words
from docexam.ui.author.exercise_editor import ExerciseSetEditor
from docexam.ui.author.tab import AuthorTab
from docexam.ui.training import start_page
from docexam.ui.training.exercise_page import ExercisePage
from docexam.ui.training.hints import hint_for
from docexam.ui.training.progress_page import ProgressPage
from docexam.ui.training.review_page import ReviewPage

from ..conftest import BASIC
from .conftest import open_window, training
from .helpers import answer_current, settle, start_module
from .test_fair_exam import activate


@pytest.fixture(autouse=True)
def fixed_seed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(start_page, "_seed", lambda: 0)


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def the_key_is_shown(page: ExercisePage) -> None:
    """The feedback names what the item expected: each sign to find (drawn on the page too),
    or the lights that reveal the feature."""
    ex = page.session.current
    body = page.feedback.body.text()
    if isinstance(ex, AreaExercise):
        for expected in ex.expected:
            assert text_for(expected.name, "en") in body
        overlay = page.item.overlay  # type: ignore[union-attr]
        assert overlay is not None
        assert overlay.count(Outcome.MISS) + overlay.count(Outcome.HIT) == len(ex.expected)
    elif isinstance(ex, LightExercise):
        for light in ex.feature.lights:
            assert words.light(light) in body
    else:
        assert "Right answer" in body or "✓" in body, body


def test_a_hint_on_request_and_the_solution_shows_the_key(
    qtbot: QtBot, basic_library: Library, store: Store
) -> None:
    window = open_window(qtbot, basic_library, store)
    tab = training(window)
    trainee = tab.start.create_trainee("Anna Eriksson", "Airport", 1)
    page = start_module(qtbot, window, "L1.uv")
    assert not page.exam
    qtbot.wait(2 * 250)  # two clock ticks: practice has no clock
    assert page.timer_label.text() == ""
    while not isinstance(page.session.current, AreaExercise):
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    ex = page.session.current
    settle(qtbot, page.stage.tab)
    assert page.stage.tab is not None

    # The item opens under the light its question names; the trainee looks under white light
    # too, then asks for the hint: it says where to look and switches the light back on.
    hint = hint_for(ex, "en")
    assert hint is not None and hint.light is not None
    assert page.stage.tab.state.light is ex.light is not LightSource.VISIBLE
    white = page.stage.tab.light_bar.findChild(QToolButton, "light_visible")
    qtbot.mouseClick(white, Qt.MouseButton.LeftButton)
    assert page.stage.tab.state.light is LightSource.VISIBLE
    click(qtbot, page.hint_button)
    assert page.hint_label.isVisible()
    assert page.hint_label.text() == hint.text and hint.text.startswith("Hint: ")
    assert page.stage.tab.state.light is hint.light
    # Kinds of feature in running text are lower case in English ("look at: security
    # thread"), abbreviations kept ("UV-dull substrate").
    kinds = hint.text.split("Look at: ", 1)[1].rstrip(".").split(", ")
    assert kinds and all(k[:1].islower() or k[1:2].isupper() for k in kinds), kinds
    assert not page.session.answered() and page.feedback.body.text() == ""

    # The solution: the key on the page and in the feedback, and the item never counts.
    click(qtbot, page.solution_button)
    assert page.session.answered()
    the_key_is_shown(page)
    assert "does not count toward your mastery" in page.status.text()
    assert not page.hint_button.isEnabled() and not page.solution_button.isEnabled()
    [stored] = store.answers(store.attempt_history(trainee.id)[0].id)
    assert stored.solution_shown and stored.item_index == page.session.index
    assert store.mastery(trainee.id) == []

    # An item on the next page has its own hint; Enter then moves on as after any answer.
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    assert not page.session.answered()
    assert page.hint_button.isEnabled() is (hint_for(page.session.current, "en") is not None)
    assert not page.hint_label.isVisible()


def test_ending_a_practice_early_is_not_a_failure_and_the_statistics_add_up(
    qtbot: QtBot, basic_library: Library, store: Store
) -> None:
    window = open_window(qtbot, basic_library, store)
    tab = training(window)
    trainee = tab.start.create_trainee("Anna Eriksson", "Airport", 1)
    page = start_module(qtbot, window, "L1.uv")
    session = page.session
    assert session.count >= 3
    click(qtbot, page.solution_button)  # item 1: the solution, no answer of the trainee's
    the_key_is_shown(page)
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)  # on to item 2
    answered = session.current
    answer_current(qtbot, page)  # item 2: answered
    assert len(session.records()) == 2

    # "End" asks once, saying what it means; the second press ends the practice.
    click(qtbot, page.finish_button)
    assert "kept as ended, not as a failed attempt" in page.status.text()
    assert page.finish_button.text() == "End practice"
    assert tab.currentWidget() is page
    click(qtbot, page.finish_button)
    qtbot.waitUntil(lambda: isinstance(tab.currentWidget(), ReviewPage))

    [attempt] = store.attempt_history(trainee.id)
    assert attempt.status is AttemptStatus.ENDED and attempt.passed is None
    # Mastery counts the one item answered, not the one whose solution was shown.
    levels = store.mastery(trainee.id)
    assert sum(m.answers for m in levels) == len(answered.objectives)
    assert {m.objective_id for m in levels} == set(answered.objectives)

    review = tab.currentWidget()
    assert isinstance(review, ReviewPage)
    click(qtbot, review.findChild(QPushButton, "review_progress"))
    qtbot.waitUntil(lambda: isinstance(tab.currentWidget(), ProgressPage))
    progress = tab.currentWidget()
    assert isinstance(progress, ProgressPage)
    row = [progress.history.item(0, c).text() for c in range(progress.history.columnCount())]
    assert row[2] == "Practice" and row[3] == f"ended: 2 of {session.count} items"
    assert "%" not in row[3]  # no score: an ended practice is neither passed nor failed
    assert progress.totals.text() == (
        "1 attempts: 0 finished, 1 ended early, 0 unfinished · 2 items done, "
        "1 with the solution shown"
    )
    assert progress.chart.points == []  # an ended practice draws no score
    # The mastery tree shows the same answers the store counted.
    tree = progress.mastery
    shown = {
        tree.topLevelItem(i).child(j).data(0, Qt.ItemDataRole.UserRole): tree.topLevelItem(i)
        .child(j)
        .text(2)
        for i in range(tree.topLevelItemCount())
        for j in range(tree.topLevelItem(i).childCount())
    }
    for m in levels:
        assert shown[m.objective_id] == str(m.answers)


def test_a_set_saved_as_practice_in_the_editor_runs_as_practice(
    qtbot: QtBot, exam_library: Library, store: Store, tmp_path: Path
) -> None:
    window = open_window(qtbot, exam_library, store)
    pack = tmp_path / "course" / "utopia-basic"
    shutil.copytree(BASIC, pack)
    author = window.author_menus.open_pack(pack)
    assert isinstance(author, AuthorTab)
    # The instructor's exercise-set editor (Edit > Exercise sets…), as they fill it in.
    editor = ExerciseSetEditor(author.editor, "en", author)
    qtbot.addWidget(editor)
    editor.show()
    editor.set_id.setText("uv-practice")
    editor.title_en.setText("UV practice")
    practice = editor.mode.findData(Mode.PRACTICE.value)
    editor.mode.setCurrentIndex(practice)
    assert not editor.minutes.isEnabled()  # no time limit for practice
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert [s.mode for s in author.doc.exercise_sets] == [Mode.PRACTICE]
    editor.accept()
    assert author.save() == pack
    # Shared with the class: imported as a pack folder, it is offered on the start screen.
    flow = window.import_path(pack)
    with qtbot.waitSignal(flow.finished, timeout=30000) as done:
        pass
    assert done.args == [True]
    assert flow.result_box is not None
    flow.result_box.close()
    activate(qtbot, window)  # the trainee's keys go to the window again
    tab = training(window)
    window.tabs.setCurrentWidget(tab)
    tab.start.create_trainee("Anna Eriksson", "Airport", 1)
    button = tab.start.findChild(QPushButton, "set_utopia-basic_uv-practice")
    assert button is not None and button.text() == "UV practice · Practice"
    qtbot.waitUntil(button.isVisible)
    click(qtbot, button)
    qtbot.waitUntil(lambda: tab.exercise is not None, timeout=20000)
    page = tab.exercise
    assert page is not None and not page.exam and page.session.mode is Mode.PRACTICE
    assert page.session.exercise_set.time_limit_s is None
    assert page.bar.mode_badge.text() == "Practice"
    qtbot.wait(2 * 250)
    assert page.timer_label.text() == ""  # no clock
    assert page.hint_button.isVisible() and page.solution_button.isVisible()
    assert window.tabs.isTabVisible(0)  # practice does not lock the library
    answer_current(qtbot, page)
    assert page.session.feedback(0) is not None and page.feedback.body.text() != ""
    assert [a.mode for a in store.attempt_history(tab.start.trainee.id)] == ["practice"]  # type: ignore[union-attr]
