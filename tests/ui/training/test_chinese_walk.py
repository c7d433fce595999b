"""The training screens in Chinese, walked as a trainee: the start page, an exam item, its review
and a practice item with its hint say nothing in English, show no raw codes or ids and no
English dates. (The drill and its review are walked in Chinese in test_drill_review.)"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QListWidget,
    QProgressBar,
    QTabWidget,
)
from pytestqt.qtbot import QtBot

from docexam.core.domain.model import Status
from docexam.core.library.library import Library
from docexam.core.training.quiz import AreaExercise, Outcome, Verdict
from docexam.store import Store
from docexam.ui.i18n import install_translator
from docexam.ui.main_window import MainWindow
from docexam.ui.training import start_page
from docexam.ui.training.review_page import ReviewPage

from .conftest import training
from .helpers import answer_current, settle

# Latin letters a Chinese screen may show: codes of the trade (MRZ, UV, IR, TD3, OCR-B, ICAO)
# and fictional state codes are upper case; the app's own name; units; key names.
ALLOWED = {"docexam", "nm", "mm", "dpi", "enter", "delete", "ctrl", "shift", "esc", "space", "tab"}
WORD = re.compile(r"[A-Za-z][A-Za-z'-]*[a-z][A-Za-z'-]*")  # a word with a lower-case letter
RAW = {v.value for v in (*Status, *Verdict, *Outcome)}
MONTHS = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b")


@pytest.fixture(autouse=True)
def fixed_seed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(start_page, "_seed", lambda: 3)


@pytest.fixture
def chinese() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = install_translator(app, "zh")
    assert translator is not None
    yield
    app.removeTranslator(translator)


def shown_texts(window: MainWindow) -> list[str]:
    """What a trainee reads: every visible label, button, group title, tab, list, combo box,
    progress bar text and tooltip-free caption, without markup."""

    def visible(widgets: list) -> list:  # type: ignore[type-arg]
        return [w for w in widgets if w.isVisible()]

    texts = [w.text() for w in visible(window.findChildren(QLabel))]
    texts += [w.text() for w in visible(window.findChildren(QAbstractButton))]
    texts += [w.title() for w in visible(window.findChildren(QGroupBox))]
    texts += [w.currentText() for w in visible(window.findChildren(QComboBox))]
    texts += [w.text() for w in visible(window.findChildren(QProgressBar)) if w.isTextVisible()]
    for tabs in visible(window.findChildren(QTabWidget)):
        texts += [tabs.tabText(i) for i in range(tabs.count()) if tabs.isTabVisible(i)]
    for lists in visible(window.findChildren(QListWidget)):
        texts += [lists.item(i).text() for i in range(lists.count())]
    return [re.sub(r"<[^>]+>|&nbsp;|&[a-z]+;", " ", t) for t in texts]


def english_in(window: MainWindow) -> list[str]:
    """Texts with an English word, a raw token, an English month or an English comma."""
    found = []
    for text in shown_texts(window):
        words = [w for w in WORD.findall(text) if w.lower() not in ALLOWED]
        tokens = set(re.findall(r"[a-z]+(?:_[a-z]+)+|[a-z]+/[a-z_]+", text))
        latin_comma = re.search("[\u4e00-\u9fff][,;]", text)  # "、" or "，" in Chinese
        if words or tokens & RAW or MONTHS.search(text) or latin_comma:
            found.append(text)
    return found


def test_the_training_screens_speak_chinese(
    qtbot: QtBot, exam_library: Library, store: Store, chinese: None
) -> None:
    del chinese
    window = MainWindow(exam_library, lang="zh", store=store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    tab = training(window)
    tab.start.create_trainee("林晓岚", "机场边检", 1)
    qtbot.wait(50)
    assert english_in(window) == [], "start page"

    # A practice item with its hint shown.
    practise = tab.start.findChild(QAbstractButton, "practise_L1.uv")
    assert practise is not None
    qtbot.mouseClick(practise, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.exercise is not None, timeout=20000)
    page = tab.exercise
    assert page is not None
    while not isinstance(page.session.current, AreaExercise):
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page.stage.tab)
    qtbot.mouseClick(page.hint_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page.stage.tab)
    assert page.hint_label.text().startswith("提示")
    assert english_in(window) == [], "practice item with a hint"
    answer_current(qtbot, page)  # its feedback
    settle(qtbot, page.stage.tab)
    assert page.feedback.body.text()
    assert english_in(window) == [], "practice feedback"
    page.ask_finish()
    page.ask_finish()
    qtbot.waitUntil(lambda: isinstance(tab.currentWidget(), ReviewPage))
    tab.show_start()

    # An exam item, then its review.
    exam = tab.start.findChild(QAbstractButton, "level_exam")
    assert exam is not None
    qtbot.mouseClick(exam, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.exercise is not None, timeout=20000)
    page = tab.exercise
    assert page is not None and page.exam
    qtbot.waitUntil(lambda: page.timer_label.text() != "")
    settle(qtbot, page.stage.tab)
    assert english_in(window) == [], "exam item"
    while len(page.session.records()) < page.session.count:
        answer_current(qtbot, page)
        assert english_in(window) == [], f"exam item {page.session.index + 1}"
    qtbot.mouseClick(page.finish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(tab.currentWidget(), ReviewPage))
    review = tab.currentWidget()
    assert isinstance(review, ReviewPage)
    for row in range(review.items.count()):
        review.items.setCurrentRow(row)
        settle(qtbot, review.stage.tab)
        assert english_in(window) == [], f"review of item {row + 1}"

    # The progress table: every score read in full at 1366x768 (it was cut at "18 分中得 …").
    progress_button = review.findChild(QAbstractButton, "review_progress")
    qtbot.mouseClick(progress_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.progress_page is not None and tab.progress_page.isVisible())
    table = tab.progress_page.history  # type: ignore[union-attr]
    qtbot.wait(50)
    scores = [table.item(r, 3).text() for r in range(table.rowCount())]
    assert any("分" in t and "（" in t and "(" not in t for t in scores), scores
    right = table.columnViewportPosition(3) + table.columnWidth(3)
    assert right <= table.viewport().width(), (right, table.viewport().width())
    for row, text in enumerate(scores):
        rect = table.visualRect(table.model().index(row, 3))
        needed = table.fontMetrics().horizontalAdvance(text)
        assert needed <= rect.width() - 6, (text, needed, rect.width())  # 6: the cell's margins
    assert english_in(window) == [], "progress"
    window.close()


def test_the_check_finds_english(qtbot: QtBot, exam_library: Library, store: Store) -> None:
    """The same check on the English screen finds English: it is not blind."""
    window = MainWindow(exam_library, lang="en", store=store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    found = english_in(window)
    assert any("Create your trainee profile" in t for t in found), found
