"""A whole practice set as a trainee does it: start, mark, submit, feedback, results, stored."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from docexam.core.library.library import Library
from docexam.core.training.quiz import AreaExercise, Outcome
from docexam.store import AttemptStatus, Store
from docexam.ui.training import start_page
from docexam.ui.training.overlay import Counts
from docexam.ui.training.review_page import ReviewPage

from .conftest import open_window, training
from .helpers import answer_current, press, settle, start_module


@pytest.fixture(autouse=True)
def fixed_seed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(start_page, "_seed", lambda: 0)


def test_practice_set_from_start_to_results(
    qtbot: QtBot, basic_library: Library, store: Store
) -> None:
    window = open_window(qtbot, basic_library, store)
    tab = training(window)
    tab.start.create_trainee("Anna Eriksson", "Airport", 1)
    page = start_module(qtbot, window, "L1.uv")
    session = page.session
    assert session.count >= 2
    area_seen = False
    for index in range(session.count):
        assert session.index == index
        answer_current(qtbot, page)
        # Practice: the feedback is there at once, the answer is locked.
        assert session.answered(index)
        score = session.feedback(index)
        assert score is not None
        assert page.feedback.body.text().count("points") >= 1
        if isinstance(session.current, AreaExercise):
            area_seen = True
            assert page.feedback.counts == Counts.of(score)
            assert page.feedback.counts.hits >= 1 and page.feedback.counts.false_marks == 1
            overlay = page.item.overlay  # type: ignore[union-attr]
            assert overlay is not None and overlay.count(Outcome.FALSE_MARK) == 1
            assert overlay.count(Outcome.HIT) == len(score.of(Outcome.HIT))
            # "Show me" switches to the light that reveals a feature.
            shows = page.feedback.show_buttons
            assert shows
            qtbot.mouseClick(shows[0], Qt.MouseButton.LeftButton)
            settle(qtbot, page.stage.tab)
            assert page.stage.tab.state.light.value in shows[0].objectName()  # type: ignore[union-attr]
        press(qtbot, page, Qt.Key.Key_Return)  # Enter again: next item, or the results
    assert area_seen
    qtbot.waitUntil(lambda: isinstance(tab.currentWidget(), ReviewPage))

    [attempt] = store.attempt_history(tab.start.trainee.id)  # type: ignore[union-attr]
    assert attempt.status is AttemptStatus.FINISHED
    assert attempt.mode == "practice"
    answers = store.answers(attempt.id)
    assert sorted(a.item_index for a in answers) == list(range(session.count))
    records = session.records()
    assert attempt.score == pytest.approx(sum(r.score.earned for r in records))
    assert [a.score for a in sorted(answers, key=lambda a: a.item_index)] == pytest.approx(
        [r.score.earned for r in records]
    )
    assert any(a.payload["kind"] == "area" and a.payload["marks"] for a in answers)
    assert store.mastery(attempt.trainee_id)  # practice updates mastery at once
