"""The progress screen after some work, and the chart with no, one and many points."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from docexam.core.library.library import Library
from docexam.core.training.mastery import weak_points
from docexam.store import Store
from docexam.ui.training import start_page
from docexam.ui.training.chart import LINE, LineChart
from docexam.ui.training.exercise_page import ExercisePage
from docexam.ui.training.progress_page import ProgressPage

from .conftest import open_window, training
from .helpers import answer_current, press


@pytest.fixture(autouse=True)
def fixed_seed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(start_page, "_seed", lambda: 0)


def _practise(qtbot: QtBot, window: object, module: str) -> None:
    tab = training(window)  # type: ignore[arg-type]
    button = tab.start.findChild(type(tab.start.next_button), f"practise_{module}")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(tab.exercise, ExercisePage), timeout=20000)
    page = tab.exercise
    assert page is not None
    for _ in range(page.session.count):
        answer_current(qtbot, page)
        press(qtbot, page, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.review is not None)
    qtbot.mouseClick(tab.review.findChild(type(button), "review_done"), Qt.MouseButton.LeftButton)  # type: ignore[union-attr]


def test_progress_shows_attempts_mastery_and_weak_points(
    qtbot: QtBot, basic_library: Library, store: Store
) -> None:
    window = open_window(qtbot, basic_library, store)
    tab = training(window)
    trainee = tab.start.create_trainee("Chen Wei", "Land border", 1)
    _practise(qtbot, window, "L1.uv")
    _practise(qtbot, window, "L1.mrz")
    # The module practised shows progress on the start screen.
    assert tab.start.findChild(type(tab.start.next_button), "practise_L1.uv") is not None
    qtbot.mouseClick(tab.start.progress_button, Qt.MouseButton.LeftButton)
    page = tab.currentWidget()
    assert isinstance(page, ProgressPage)
    attempts = store.attempt_history(trainee.id)
    assert page.history.rowCount() == len(attempts) == 2
    # Each attempt is named by what was practised, not by its stored key.
    shown_sets = {page.history.item(r, 1).text() for r in range(2)}
    assert shown_sets == {"The UV lamp (365 nm)", "MRZ plausibility"}
    assert all("%" in page.history.item(r, 3).text() for r in range(2))
    assert len(page.chart.points) == 2
    mastered = {m.objective_id for m in store.mastery(trainee.id)}
    shown = {
        page.mastery.topLevelItem(i).child(j).data(0, Qt.ItemDataRole.UserRole)
        for i in range(page.mastery.topLevelItemCount())
        for j in range(page.mastery.topLevelItem(i).childCount())
        if page.mastery.topLevelItem(i).child(j).text(1) != "–"
    }
    assert shown == mastered
    # After answering, never "answer a few first"; each weak point says what its numbers count
    # ("5/5" read as full marks).
    weak_text = page.weak_label.text()
    assert "Nothing to show yet" not in weak_text
    assert re.search(r"missed \d+ of \d+", weak_text) or weak_text.startswith("Nothing missed")
    # The answers above miss on purpose (a false mark per area item), so there are weak points.
    assert page.weak_button.isEnabled()
    qtbot.mouseClick(page.weak_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.exercise is not None, timeout=20000)
    weak = {m.objective_id for m in weak_points(store.mastery(trainee.id))}
    assert weak
    exercises = tab.exercise.session.exercise_set.exercises  # type: ignore[union-attr]
    assert exercises
    for ex in exercises:
        assert set(ex.objectives) & weak


@pytest.mark.parametrize("count", [0, 1, 25])
def test_chart_paints_with_any_number_of_points(qtbot: QtBot, count: int) -> None:
    chart = LineChart()
    qtbot.addWidget(chart)
    chart.resize(400, 200)
    chart.set_points([(f"#{i}", (i % 7) / 6) for i in range(count)])
    image = QImage(chart.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    chart.render(image)
    assert chart.painted == 1
    blue = sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if image.pixelColor(x, y) == LINE
    )
    assert (blue > 0) == (count > 0)
    if count:
        assert chart.point_at(0).y() > chart.point_at(count - 1).y() or count == 1
