"""A drill a trainee can learn from: the clock visibly ends, the drill finishes, and its review
shows every document with the decision given, the right one and the signs to refer it for.

(The review's screenshots in docs/screenshots are taken by tools/training_screenshots.py alone,
from the bundled library.)
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QPushButton,
    QTableWidget,
)
from pytestqt.qtbot import QtBot

from docexam.core.domain.model import Status
from docexam.core.library.library import Library
from docexam.core.synth.forgery import ForgeJob, forge_pack
from docexam.core.training.quiz import (
    DrillExercise,
    DrillItem,
    ExerciseSet,
    Mode,
    Outcome,
    SpecimenRef,
    Verdict,
)
from docexam.core.training.quiz.first_line import Decision, first_line_signs
from docexam.store import Store
from docexam.ui.i18n import install_translator
from docexam.ui.main_window import MainWindow
from docexam.ui.training.drill import DrillPanel
from docexam.ui.training.drill_review import DrillReview

from .conftest import training
from .helpers import press, settle

SECONDS = 8.0


@pytest.fixture
def drill_library(variety_library: Library, tmp_path: Path) -> Library:
    """The variety pack's genuine documents beside a forged pack with a photo substitution."""
    job = ForgeJob("UTO", "td3", 11, Status.PHOTO_SUBSTITUTION.value)
    forge_pack("forged", [job], tmp_path / "bundled" / "forged", dpi=150)
    return Library(tmp_path / "library", [tmp_path / "bundled"])


def _drill(library: Library) -> DrillExercise:
    [forged] = library.load("forged").specimens
    items = (
        DrillItem(SpecimenRef("variety", "uto-td3-eriksson"), Status.GENUINE),
        DrillItem(SpecimenRef("forged", forged.id), Status.PHOTO_SUBSTITUTION),
        DrillItem(SpecimenRef("variety", "zrn-td1-card"), Status.GENUINE),
        DrillItem(SpecimenRef("variety", "qar-visa"), Status.GENUINE),
    )
    return DrillExercise("drill", ("L1.drill",), items, SECONDS)


def _tr(text: str, context: str = "training") -> str:
    return QCoreApplication.translate(context, text)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_drill_ends_on_a_clock_at_zero_and_reviews_each_document(
    qtbot: QtBot, drill_library: Library, store: Store, lang: str, tmp_path: Path
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = install_translator(app, lang) if lang != "en" else None
    try:
        _walk(qtbot, drill_library, store, lang, tmp_path)
    finally:
        if translator is not None:
            app.removeTranslator(translator)


def _walk(qtbot: QtBot, library: Library, store: Store, lang: str, tmp_path: Path) -> None:
    window = MainWindow(library, store=store, lang=lang)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    tab = training(window)
    tab.start.create_trainee("Ines Valdés", "Land border", 1)
    drill = _drill(library)
    page = tab.start_set("variety", ExerciseSet("d", {"en": "Drill"}, (drill,), Mode.EXAM))
    assert page is not None
    panel = page.item.panel  # type: ignore[union-attr]
    assert isinstance(panel, DrillPanel)
    now = [0.0]
    panel.clock = lambda: now[0]  # the test moves the clock; the panel's timer reads it
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)  # "Start / decide"
    assert panel.running and panel.countdown.value() == panel.countdown.maximum()
    settle(qtbot, page.stage.tab)
    press(qtbot, page, Qt.Key.Key_1)  # clear a genuine document: right
    settle(qtbot, page.stage.tab)
    now[0] += 2.0
    press(qtbot, page, Qt.Key.Key_C)  # clear the photo substitution: a missed fraud
    settle(qtbot, page.stage.tab)
    now[0] += 1.0
    press(qtbot, page, Qt.Key.Key_R)  # refer a genuine card: needless
    assert panel.current == 3 and "4" in panel.heading.text()
    # The last document: nobody decides, the bar runs down and reaches zero.
    now[0] += SECONDS / 2
    qtbot.waitUntil(lambda: panel.countdown.value() == round(SECONDS / 2 * 10), timeout=3000)
    assert panel.countdown.text() == _tr("%1 s left", "DrillPanel").replace("%1", "4")
    now[0] += SECONDS
    qtbot.waitUntil(panel.done, timeout=3000)  # time-out is "no decision": the drill ends
    assert panel.countdown.value() == 0 and not panel.timer.isActive()
    assert panel.countdown.format() == _tr(
        "Drill finished", "DrillPanel"
    )  # not a frozen "n s left"
    assert _tr("Time ran out on document %1: no decision.", "DrillPanel").replace("%1", "4") in (
        panel.notice.text()
    )
    [record] = page.session.records()
    responses = record.answer.responses  # type: ignore[union-attr]
    assert [r.verdict is None for r in responses] == [False, False, False, True]
    qtbot.mouseClick(page.finish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.review is not None, timeout=5000)

    review = tab.review
    assert review is not None
    qtbot.waitUntil(lambda: review.drill_review is not None and review.drill_review.isVisible())
    drill_review = review.drill_review
    assert isinstance(drill_review, DrillReview) and len(drill_review.rows) == 4
    assert all(not t.pixmap().isNull() and t.pixmap().width() > 100 for t in drill_review.thumbs), [
        (t.text(), t.pixmap().size()) for t in drill_review.thumbs
    ]
    texts = [t.text() for t in drill_review.texts]
    clear, refer = _tr("Clear"), _tr("Refer to second line")
    assert _tr("Right") in texts[0] and clear in texts[0]
    missed = _tr("Cleared, but this document is not genuine: it should have been referred.")
    assert missed in texts[1] and refer in texts[1]
    assert _tr("What should have made you refer it:", "DrillReview") in texts[1]
    forged = library.load_specimen("forged", drill.items[1].specimen.specimen_id)
    seen, _ = first_line_signs(forged)
    name = "zh-Hans" if lang == "zh" else "en"
    assert seen and all(r.name[name] in texts[1] for r in seen)
    needless = _tr("Referred, but the document is genuine: nothing on it calls for a referral.")
    assert needless in texts[2]
    assert _tr("No decision: the time ran out.", "DrillReview") in texts[3]
    for text in (re.sub("<[^>]+>", "", t) for t in texts):  # no ids, no raw tokens
        assert "uto-td3" not in text and not re.search("[a-z]+_[a-z]+|[a-z]+/[a-z]+", text)

    # Brackets as the language writes them: full-width round the lights in Chinese.
    signs = texts[1]
    if lang == "zh":
        assert "（" in signs and "(" not in signs, signs
    else:
        assert "(" in signs and "（" not in signs, signs
    _no_raw_words(window, lang)
    qtbot.mouseClick(review.findChild(QPushButton, "review_progress"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.progress_page is not None and tab.progress_page.isVisible())
    assert tab.progress_page is not None and tab.progress_page.history.rowCount() == 1
    _no_raw_words(window, lang)
    window.close()


RAW = {v.value for v in (*Status, *Verdict, *Outcome, *Decision)}
MONTHS = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b")


def _no_raw_words(window: MainWindow, lang: str) -> None:
    """What a trainee reads on the training screens: no codes, ids or English months."""
    shown = [w.text() for w in window.findChildren(QLabel) if w.isVisible()]
    shown += [w.text() for w in window.findChildren(QAbstractButton) if w.isVisible()]
    for table in window.findChildren(QTableWidget):
        if table.isVisible():
            shown += [
                table.item(r, c).text()
                for r in range(table.rowCount())
                for c in range(table.columnCount())
                if table.item(r, c) is not None
            ]
    for text in (re.sub("<[^>]+>", " ", t) for t in shown):
        tokens = set(re.findall(r"[a-z]+(?:_[a-z]+)+|[a-z]+/[a-z_]+", text))
        assert not tokens & RAW and not [t for t in tokens if "/" in t], text
        assert "uto-td3-" not in text and "forged" not in text, text
        if lang == "zh":
            assert not MONTHS.search(text), text
