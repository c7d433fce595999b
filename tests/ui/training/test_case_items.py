"""Case-file items through the Training tab, as a trainee does them: read the case file beside
the passport, ask questions until the booth's time runs out, tick the indicators, choose the
action, write a note and submit; the truth scores full marks, the feedback names each indicator
and the note is kept with the answer."""

from __future__ import annotations

from html import escape
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from docexam.core.cases.builder import holding_of
from docexam.core.cases.codec import write_cases
from docexam.core.cases.generate import make_case
from docexam.core.cases.indicators import BY_ID
from docexam.core.library.library import Library
from docexam.core.pack.io import read_pack
from docexam.core.synth.pack import Recipe, generate_pack
from docexam.core.training.quiz import CaseAnswer, CaseExercise
from docexam.store import Store
from docexam.ui.training import start_page
from docexam.ui.training.case_file_page import CaseFilePage
from docexam.ui.training.case_panel import CasePanel
from docexam.ui.training.exercise_page import ExercisePage
from docexam.ui.training.progress_page import ProgressPage

from .conftest import open_window, training
from .helpers import press, settle, start_module

TEMPLATES = ("tourist", "false_job_offer", "returning_resident")


@pytest.fixture(autouse=True)
def fixed_seed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(start_page, "_seed", lambda: 0)


@pytest.fixture
def case_library(tmp_path: Path) -> Library:
    bundled = tmp_path / "bundled"
    recipes = [Recipe("ZRN", "td3", 41 + n, "2024") for n in range(len(TEMPLATES))]
    generate_pack("travellers", recipes, bundled / "travellers", dpi=150.0)
    pack = read_pack(bundled / "travellers")
    held = [holding_of(pack.id, s) for s in sorted(pack.specimens, key=lambda s: s.id)]
    cases = [make_case(t, n, h) for n, (t, h) in enumerate(zip(TEMPLATES, held, strict=True)) if h]
    write_cases(bundled / "travellers", cases)
    return Library(tmp_path / "library", [bundled])


def test_a_case_item_is_worked_through_and_scores_full(
    qtbot: QtBot, case_library: Library, store: Store
) -> None:
    window = open_window(qtbot, case_library, store)
    training(window).start.create_trainee("Lin Wei", "Airport", 1)
    page = start_module(qtbot, window, "L1.profiling")
    session = page.session
    assert session.count == len(TEMPLATES)
    for index in range(session.count):
        ex = session.current
        assert isinstance(ex, CaseExercise)
        settle(qtbot, page.stage.tab)
        panel = page.item.panel if page.item else None
        assert isinstance(panel, CasePanel)
        case = case_library.load_case(ex.case)
        file_page = panel.page
        # The case file is the desk's first page; the document is a click away.
        assert page.desk.isVisible() and file_page.isVisible() and not page.stage.isVisible()
        assert case.person.surname in file_page.file.text()
        qtbot.mouseClick(page.desk, Qt.MouseButton.LeftButton, pos=page.desk.tabRect(1).center())
        assert page.stage.isVisible() and not file_page.isVisible()
        qtbot.mouseClick(page.desk, Qt.MouseButton.LeftButton, pos=page.desk.tabRect(0).center())
        # Exam secrecy: nothing anywhere in the window names the scenario before the answer
        # (the title is instructor material: "Labour trafficking: ...; debt bondage").
        assert not file_page.debrief.isVisible()
        shown = _all_text(window)
        for secret in (case.title["en"], case.truth.summary["en"], case.title["en"][:20]):
            assert secret not in shown and escape(secret) not in shown, secret
        # Five questions fit the booth's 75 s; then the rest are greyed out.
        for button in list(file_page.questions.values())[:6]:
            if button.isEnabled():
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert len(panel.asked) == 5 and not any(
            b.isEnabled() for b in file_page.questions.values()
        )
        said = case.reply(panel.asked[0])
        assert said is not None and escape(said["en"]) in file_page.transcript.text()
        for row in range(panel.indicators.count()):
            item = panel.indicators.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in case.truth.indicators:
                item.setCheckState(Qt.CheckState.Checked)
        button = panel.action_buttons[case.truth.action.value]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
        qtbot.keyClicks(panel.note, "Held passport; refer.")
        answer = panel.answer()
        assert isinstance(answer, CaseAnswer) and answer.note == "Held passport; refer."
        press(qtbot, page, Qt.Key.Key_Return)
        result = session.feedback(index)
        assert result is not None and result.correct, (case.truth, result)
        feedback = page.feedback.body.text()
        for ind in case.truth.indicators:
            assert escape(BY_ID[ind].name["en"]) in feedback
        # The debrief heads the case file: the scenario, each indicator with its evidence here,
        # the oddities the papers explain, the right action.
        assert file_page.isVisible() and file_page.debrief.isVisible()
        debrief = file_page.debrief.text()
        assert escape(case.title["en"]) in debrief
        assert escape(case.title["en"]) in _all_text(window)  # the walk above sees labels
        for ind in case.truth.indicators:
            assert escape(case.truth.evidence[ind]["en"]) in debrief
        for explained in case.truth.explained:
            assert escape(explained.reason["en"]) in debrief
        assert "solid green" not in feedback and "purple cross" not in feedback
        press(qtbot, page, Qt.Key.Key_Return)


def _all_text(window: QWidget) -> str:
    """Every text the window holds: labels, buttons, boxes, lists, tabs, item views, tips."""
    out = [window.windowTitle()]
    for w in window.findChildren(QWidget):
        out.append(w.toolTip())
        if isinstance(w, QLabel | QAbstractButton | QLineEdit):
            out.append(w.text())
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            out.append(w.toPlainText())
        elif isinstance(w, QTabBar):
            out += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            stack = [QModelIndex()]
            while stack:
                parent = stack.pop()
                for row in range(min(model.rowCount(parent), 500)):
                    try:
                        cols = model.columnCount(parent)
                    except TypeError:  # a list model: one column, declared private
                        cols = 1
                    for col in range(cols):
                        index = model.index(row, col, parent)
                        out.append(str(model.data(index) or ""))
                        out.append(str(model.data(index, Qt.ItemDataRole.ToolTipRole) or ""))
                        stack.append(index)
    return "\n".join(out)


def _work_set(qtbot: QtBot, page: ExercisePage, library: Library) -> None:
    for _ in range(page.session.count):
        ex = page.session.current
        assert isinstance(ex, CaseExercise)
        panel = page.item.panel if page.item else None
        assert isinstance(panel, CasePanel)
        case = library.load_case(ex.case)
        for row in range(panel.indicators.count()):
            item = panel.indicators.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in case.truth.indicators:
                item.setCheckState(Qt.CheckState.Checked)
        button = panel.action_buttons[case.truth.action.value]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
        press(qtbot, page, Qt.Key.Key_Return)
        press(qtbot, page, Qt.Key.Key_Return)


def test_case_items_count_toward_progress_and_mastery(
    qtbot: QtBot, case_library: Library, store: Store
) -> None:
    window = open_window(qtbot, case_library, store)
    tab = training(window)
    trainee = tab.start.create_trainee("Lin Wei", "Airport", 1)
    page = start_module(qtbot, window, "L1.profiling")
    _work_set(qtbot, page, case_library)
    qtbot.waitUntil(lambda: tab.review is not None)
    review = tab.review
    assert review is not None
    # The review opens each case on its file, headed by the debrief.
    case_page = review.findChild(CaseFilePage, "case_file_page")
    assert case_page is not None and case_page.debrief.isVisible()
    qtbot.mouseClick(review.findChild(QPushButton, "review_done"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.start.progress_button, Qt.MouseButton.LeftButton)
    progress = tab.currentWidget()
    assert isinstance(progress, ProgressPage)
    mastered = {m.objective_id: m for m in store.mastery(trainee.id)}
    profiling = {o for o in mastered if o.startswith("L1.profiling.")}
    assert profiling == {"L1.profiling.smuggling", "L1.profiling.victims", "L1.profiling.documents"}
    shown = {
        progress.mastery.topLevelItem(i).child(j).data(0, Qt.ItemDataRole.UserRole)
        for i in range(progress.mastery.topLevelItemCount())
        for j in range(progress.mastery.topLevelItem(i).childCount())
        if progress.mastery.topLevelItem(i).child(j).text(1) != "–"
    }
    assert profiling <= shown


def test_the_review_shows_each_case_answer_as_it_was_given(
    qtbot: QtBot, case_library: Library, store: Store
) -> None:
    window = open_window(qtbot, case_library, store)
    tab = training(window)
    tab.start.create_trainee("Lin Wei", "Airport", 1)
    page = start_module(qtbot, window, "L1.profiling")
    given = []
    for n in range(page.session.count):
        ex = page.session.current
        assert isinstance(ex, CaseExercise)
        panel = page.item.panel if page.item else None
        assert isinstance(panel, CasePanel)
        asked = list(panel.page.questions)[n : n + 2]
        for qid in asked:
            qtbot.mouseClick(panel.page.questions[qid], Qt.MouseButton.LeftButton)
        item = panel.indicators.item(n)
        item.setCheckState(Qt.CheckState.Checked)
        button = panel.action_buttons[ex.actions[n % len(ex.actions)]]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
        qtbot.keyClicks(panel.note, f"note {n}")
        given.append((asked, item.data(Qt.ItemDataRole.UserRole), button.objectName(), f"note {n}"))
        press(qtbot, page, Qt.Key.Key_Return)
        press(qtbot, page, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.review is not None)
    review = tab.review
    assert review is not None
    # The review opens on the first item: the ticks, the action, the note and the questions
    # asked are the trainee's own, read back from the store, and cannot be changed.
    asked, ticked, action, note = given[0]
    panel = review.item.panel if review.item else None
    assert isinstance(panel, CasePanel)
    checked = [
        panel.indicators.item(r).data(Qt.ItemDataRole.UserRole)
        for r in range(panel.indicators.count())
        if panel.indicators.item(r).checkState() == Qt.CheckState.Checked
    ]
    assert checked == [ticked]
    assert [n for n, b in panel.action_buttons.items() if b.isChecked()] == [action[7:]]
    assert panel.note.toPlainText() == note and not panel.answer_box.isEnabled()
    assert panel.asked == asked
    for qid in asked:
        assert f"<b>{escape(panel.page.questions[qid].text())}</b>" in panel.page.transcript.text()
    assert not any(b.isEnabled() for b in panel.page.questions.values())


@pytest.fixture
def fog_library(tmp_path: Path) -> Library:
    """A fraudulently obtained genuine passport (generated as ``forge --fraud fog`` makes it)
    with its case file."""
    from docexam.core.synth.forgery import ForgeJob, forge_pack

    bundled = tmp_path / "bundled"
    job = ForgeJob("QNB", "td3", 12, "fraudulently_obtained", 2)
    forge_pack("questioned", [job], bundled / "questioned", 150.0)
    pack = read_pack(bundled / "questioned")
    [held] = [h for s in pack.specimens if (h := holding_of(pack.id, s)) is not None]
    write_cases(bundled / "questioned", [make_case("fraudulently_obtained", 4, held)])
    return Library(tmp_path / "library", [bundled])


def test_a_fog_case_shows_the_earlier_passports_face_and_is_scored(
    qtbot: QtBot, fog_library: Library, store: Store
) -> None:
    """The document holds under every light; the case file shows the portrait of the person's
    earlier passport (another face) and the story's signs, and the truth scores full."""
    from docexam.core.cases.model import EARLIER

    window = open_window(qtbot, fog_library, store)
    training(window).start.create_trainee("Lin Wei", "Airport", 1)
    page = start_module(qtbot, window, "L1.profiling")
    ex = page.session.current
    assert isinstance(ex, CaseExercise)
    settle(qtbot, page.stage.tab)
    panel = page.item.panel if page.item else None
    assert isinstance(panel, CasePanel)
    case = fog_library.load_case(ex.case)
    [earlier] = [d for d in case.documents if d.kind == EARLIER]
    portrait = panel.page.earlier
    assert portrait is not None and portrait.isVisible()
    photo = portrait.findChild(QLabel, "case_earlier_photo")
    assert photo is not None and not photo.pixmap().isNull()
    assert earlier.number in _all_text(portrait)
    assert "Earlier passport" in panel.page.file.text()
    for row in range(panel.indicators.count()):
        item = panel.indicators.item(row)
        if item.data(Qt.ItemDataRole.UserRole) in case.truth.indicators:
            item.setCheckState(Qt.CheckState.Checked)
    button = panel.action_buttons[case.truth.action.value]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    press(qtbot, page, Qt.Key.Key_Return)
    result = page.session.feedback(0)
    assert result is not None and result.correct, (case.truth, result)
    debrief = panel.page.debrief.text()
    assert escape(case.truth.evidence["face_differs_earlier"]["en"]) in debrief
