"""A fair exam as a trainee meets it in the main window: nothing outside the exam can be reached
while it runs, no label or help gives an answer away, and its clock is the wall clock, closed
app or not. All comes back once the exam is submitted."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from docexam.core.domain.model import Status
from docexam.core.library.library import Library
from docexam.core.pack.io import read_pack, write_pack
from docexam.store import AttemptStatus, Store, quiz_bridge
from docexam.ui import words
from docexam.ui.main_window import MainWindow
from docexam.ui.training import start_page
from docexam.ui.training.exercise_bar import clock_text
from docexam.ui.training.review_page import ReviewPage
from docexam.ui.viewer.specimen_tab import SpecimenTab

from ..conftest import BASIC
from .conftest import open_window, training
from .helpers import answer_current, press, start_module
from .test_exam import start_exam

FRAUDS = (Status.PSEUDO, Status.COUNTERFEIT, Status.PHOTO_SUBSTITUTION)


@pytest.fixture(autouse=True)
def fixed_seed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(start_page, "_seed", lambda: 3)


@pytest.fixture
def labelled_library(tmp_path: Path) -> Library:
    """Six passports, three of them labelled fraudulent in the library ("Pseudo document",
    "Counterfeit", a photo substitution): labels the library shows on every card."""
    base = read_pack(BASIC)
    original = base.specimens[0]
    statuses = (*FRAUDS, Status.GENUINE, Status.GENUINE, Status.GENUINE)
    copies = tuple(
        replace(
            original,
            id=f"{original.id}-{n}",
            document=replace(original.document, status=status),
        )
        for n, status in enumerate(statuses)
    )
    write_pack(replace(base, id="six", specimens=copies), tmp_path / "bundled" / "six")
    return Library(tmp_path / "library", [tmp_path / "bundled"])


def visible_texts(window: MainWindow, besides: QWidget | None = None) -> list[str]:
    """Every text a person can see in the window: labels, buttons, group titles, visible tabs,
    the rows of every visible list or table, the window title; none of ``besides`` (the answer
    panel, whose choices name the statuses a verdict item asks for)."""

    def seen(w: QWidget) -> bool:
        return w.isVisible() and not (besides is not None and besides.isAncestorOf(w))

    texts = [window.windowTitle()]
    texts += [w.text() for w in window.findChildren(QLabel) if seen(w)]
    texts += [w.text() for w in window.findChildren(QAbstractButton) if seen(w)]
    texts += [w.title() for w in window.findChildren(QGroupBox) if seen(w)]
    for tabs in window.findChildren(QTabWidget):
        if tabs.isVisible():
            texts += [tabs.tabText(i) for i in range(tabs.count()) if tabs.isTabVisible(i)]
    view = window.browser.view
    if view.isVisible():
        model = view.model()
        texts += [
            str(model.index(r, 0).data(Qt.ItemDataRole.DisplayRole))
            for r in range(model.rowCount())
        ]
    return texts


def activate(qtbot: QtBot, window: MainWindow) -> None:
    """Window shortcuts (Ctrl+L) reach the active window only; offscreen, a closed progress
    dialog leaves no window active, where a desktop gives the activation back."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def labels_seen(window: MainWindow, besides: QWidget | None = None) -> set[str]:
    shown = "\n".join(visible_texts(window, besides))
    return {words.status(s.value) for s in FRAUDS if words.status(s.value) in shown}


def test_the_exam_locks_the_window_until_it_is_submitted(
    qtbot: QtBot, labelled_library: Library, store: Store
) -> None:
    window = open_window(qtbot, labelled_library, store)
    activate(qtbot, window)
    window.tabs.setCurrentIndex(0)
    qtbot.waitUntil(window.browser.view.isVisible)
    assert labels_seen(window) == {words.status(s.value) for s in FRAUDS}  # before: on the cards
    # A specimen studied before the exam, open in its own tab beside it.
    entry = next(e for e in window.browser.model.entries() if e.status == Status.PSEUDO.value)
    studied = window.open_specimen(entry)
    assert isinstance(studied, SpecimenTab)

    page = start_exam(qtbot, window)
    tab = training(window)
    assert window.tabs.currentWidget() is tab
    visible_tabs = [i for i in range(window.tabs.count()) if window.tabs.isTabVisible(i)]
    assert visible_tabs == [window.tabs.indexOf(tab)]
    assert not window.browser.isVisible() and not studied.isVisible()
    assert page.item is not None
    assert labels_seen(window, page.item.panel) == set()
    for action in window.opening_actions():
        assert not action.isEnabled(), action.text()
    assert not window.specimen_menu.isEnabled()  # no "Compare with a reference…" to pick from
    # Ctrl+L (the library) and opening a card do nothing while the exam runs.
    activate(qtbot, window)
    qtbot.keyClick(page, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is tab
    assert window.open_specimen(entry) is None
    # The document under examination is named "Item n", never by its title or status.
    assert page.stage.tab is not None
    assert page.stage.tab.facts.text().startswith("<b>Item ")
    assert page.stage.tab.specimen.title["en"] not in page.stage.tab.facts.text()
    # No help in an exam: no hint, no solution, and F1 does nothing.
    assert not page.hint_button.isVisible() and not page.solution_button.isVisible()
    press(qtbot, page, Qt.Key.Key_F1)
    assert page.status.text() == "" and not page.hint_label.isVisible()

    answer_current(qtbot, page)
    assert page.item is not None
    labels_during = labels_seen(window, page.item.panel)
    page.ask_finish()
    page.ask_finish()  # unanswered items: the second press confirms
    qtbot.waitUntil(lambda: isinstance(tab.currentWidget(), ReviewPage))
    assert labels_during == set()
    assert all(window.tabs.isTabVisible(i) for i in range(window.tabs.count()))
    for action in window.opening_actions():
        assert action.isEnabled(), action.text()
    activate(qtbot, window)
    qtbot.keyClick(tab.currentWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 0
    qtbot.waitUntil(window.browser.view.isVisible)
    assert labels_seen(window) == {words.status(s.value) for s in FRAUDS}
    window.tabs.setCurrentWidget(studied)
    assert studied.isVisible()


def _close_after_one_answer(qtbot: QtBot, library: Library, store: Store) -> tuple[float, float]:
    """Start the exam, answer its first item, close the window: (time limit, score so far)."""
    window = open_window(qtbot, library, store)
    page = start_exam(qtbot, window)
    limit = page.session.exercise_set.time_limit_s
    assert limit is not None
    qtbot.waitUntil(lambda: "left" in page.timer_label.text())
    answer_current(qtbot, page)
    [record] = page.session.records()
    window.close()
    return limit, record.score.earned


def test_the_exam_clock_runs_while_the_app_is_closed(
    qtbot: QtBot, exam_library: Library, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    limit, _ = _close_after_one_answer(qtbot, exam_library, store)
    [unfinished] = store.unfinished_attempts()
    away = 7 * 60.0  # seven minutes later, the trainee opens docexam again
    later = unfinished.attempt.started_at + timedelta(seconds=away)
    monkeypatch.setattr(quiz_bridge, "wall_clock", lambda: later)

    window = open_window(qtbot, exam_library, store)
    tab = training(window)
    assert tab.start.next_button.text().startswith("Continue: ")
    qtbot.mouseClick(tab.start.next_button, Qt.MouseButton.LeftButton)
    page = tab.exercise
    assert page is not None and page.exam
    remaining = page.session.remaining()
    assert remaining is not None and limit - away - 5 < remaining <= limit - away
    qtbot.waitUntil(lambda: "left" in page.timer_label.text())
    shown = page.timer_label.text().split()[-1]
    assert shown in {clock_text(limit - away - s) for s in range(6)}, shown
    assert len(page.session.records()) == 1 and page.session.index == 1  # the next item
    assert window.tabs.isTabVisible(0) is False  # locked again


def test_an_exam_whose_time_ran_out_while_closed_is_scored_on_its_answers(
    qtbot: QtBot, exam_library: Library, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    limit, earned = _close_after_one_answer(qtbot, exam_library, store)
    [unfinished] = store.unfinished_attempts()
    later = unfinished.attempt.started_at + timedelta(seconds=limit + 3600)
    monkeypatch.setattr(quiz_bridge, "wall_clock", lambda: later)

    window = open_window(qtbot, exam_library, store)
    tab = training(window)
    # The start screen says so instead of offering to carry on.
    assert tab.start.next_button.text().startswith("See the results: ")
    assert "ran out" in tab.start.next_reason.text()
    assert "1 of" in tab.start.next_reason.text()
    qtbot.mouseClick(tab.start.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(tab.currentWidget(), ReviewPage))
    review = tab.currentWidget()
    assert isinstance(review, ReviewPage)
    assert review.result.timed_out
    assert review.result.earned == pytest.approx(earned)
    assert all(window.tabs.isTabVisible(i) for i in range(window.tabs.count()))
    assert not store.unfinished_attempts()
    [attempt] = store.attempt_history(unfinished.attempt.trainee_id)
    assert attempt.status is AttemptStatus.FINISHED
    assert attempt.score == pytest.approx(earned)
    assert [a.item_index for a in store.answers(attempt.id)] == [0]  # nothing added for it


def test_a_restart_in_the_middle_of_an_exam_never_shows_the_library(
    qtbot: QtBot, exam_library: Library, store: Store
) -> None:
    """The app shows its window before the results store opens (start-up speed): until the
    store says whether an exam is unfinished, the window shows only a note, then the lock."""
    _close_after_one_answer(qtbot, exam_library, store)
    window = MainWindow(exam_library, store_pending=True)  # as run_app opens it
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.findChild(QLabel, "opening_results").isVisible()
    assert not window.browser.isVisible()
    assert not window.library_action.isEnabled()
    window.library_action.trigger()  # Ctrl+L does nothing yet
    assert not window.browser.isVisible()

    window.attach_store(store, at_start=True)  # the store has opened: an exam is unfinished
    assert not window.browser.isVisible()
    assert window.tabs.isTabVisible(0) is False  # locked before anything shows
    assert not window.library_action.isEnabled()
    tab = training(window)
    assert window.tabs.currentWidget() is tab
    qtbot.mouseClick(tab.start.next_button, Qt.MouseButton.LeftButton)
    page = tab.exercise
    assert page is not None and page.exam
    assert window.tabs.isTabVisible(0) is False


def test_without_an_unfinished_exam_the_library_follows_the_store(
    qtbot: QtBot, exam_library: Library, store: Store
) -> None:
    window = MainWindow(exam_library, store_pending=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.attach_store(store, at_start=True)
    assert window.browser.isVisible()  # the library in front
    assert all(window.tabs.isTabVisible(i) for i in range(window.tabs.count()))
    assert window.library_action.isEnabled()
    window.library_action.trigger()
    assert window.browser.isVisible()


def test_after_a_restart_mid_exam_a_practice_keeps_the_window_locked_until_the_exam_is_done(
    qtbot: QtBot, exam_library: Library, store: Store
) -> None:
    """The exam is not over because the trainee started something else: a practice begun on
    the start page (and finished) leaves the library hidden until the exam is submitted."""
    _close_after_one_answer(qtbot, exam_library, store)
    window = open_window(qtbot, exam_library, store)
    assert window.tabs.isTabVisible(0) is False  # locked at start: an exam is unfinished

    practice = start_module(qtbot, window, "L1.uv")
    assert not practice.exam
    assert window.tabs.isTabVisible(0) is False, "starting a practice unlocked the window"
    assert not window.library_action.isEnabled()
    while practice.isVisible():  # finish the practice; its review opens
        answer_current(qtbot, practice)
    assert window.tabs.isTabVisible(0) is False, "finishing a practice unlocked the window"

    tab = training(window)
    tab.show_start()
    assert tab.start.next_button.text().startswith("Continue: ")  # the exam, not the practice
    qtbot.mouseClick(tab.start.next_button, Qt.MouseButton.LeftButton)
    exam = tab.exercise
    assert exam is not None and exam.exam
    assert window.tabs.isTabVisible(0) is False
    exam.ask_finish()
    exam.ask_finish()  # unanswered items: the second press confirms
    qtbot.waitUntil(lambda: isinstance(tab.currentWidget(), ReviewPage))
    assert window.tabs.isTabVisible(0) is True  # submitted: all comes back
    assert window.library_action.isEnabled()
