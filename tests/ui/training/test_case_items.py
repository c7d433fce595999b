"""Case-file items through the Training tab, as a trainee does them: read the case file beside
the passport, ask questions until the booth's time runs out, tick the indicators, choose the
action, write a note and submit; the truth scores full marks, the feedback names each indicator
and the note is kept with the answer."""

from __future__ import annotations

from html import escape
from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import QModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QImage
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
from .helpers import mark_case_truth, press, settle, start_module

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
        mark_case_truth(qtbot, panel, case)
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
        mark_case_truth(qtbot, panel, case)
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


def _grey(label: QLabel) -> np.ndarray:
    """The face a label shows, as the trainee sees it (grey levels)."""
    image = label.pixmap().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, : image.width()].copy()


def _distance(shown: np.ndarray, photo: np.ndarray) -> float:
    """Mean grey-level difference of a shown face from a rendered photo brought to its size."""
    grey = photo if photo.ndim == 2 else cv2.cvtColor(photo, cv2.COLOR_BGR2GRAY)
    size = (shown.shape[1], shown.shape[0])
    return float(np.mean(cv2.absdiff(shown, cv2.resize(grey, size, interpolation=cv2.INTER_AREA))))


def _whole_in_sight(widget: QWidget) -> bool:
    """Inside the window and not cut by the scroll area it sits in."""
    window = widget.window()
    top_left = widget.mapTo(window, QPoint(0, 0))
    inside = window.rect().contains(QRect(top_left, widget.size()))
    return inside and widget.visibleRegion().boundingRect() == widget.rect()


def test_a_fog_case_shows_the_presented_and_the_earlier_face_side_by_side(
    qtbot: QtBot, fog_library: Library, store: Store
) -> None:
    """The document holds under every light; the case file sets the presented passport's
    portrait (the applicant's face, as its data page prints it) beside the portrait of the
    person's earlier passport (the person named), both in sight at 1366x768, and the truth
    scores full."""
    from docexam.core.cases.model import EARLIER
    from docexam.core.faces.obtained import applicant_look
    from docexam.core.faces.render import render
    from docexam.core.faces.traveller import portrait_look
    from docexam.core.training.quiz.face_items import fog_of

    window = open_window(qtbot, fog_library, store)
    assert window.size() == QSize(1366, 768)
    training(window).start.create_trainee("Lin Wei", "Airport", 1)
    page = start_module(qtbot, window, "L1.profiling")
    ex = page.session.current
    assert isinstance(ex, CaseExercise)
    settle(qtbot, page.stage.tab)
    panel = page.item.panel if page.item else None
    assert isinstance(panel, CasePanel)
    case = fog_library.load_case(ex.case)
    [earlier] = [d for d in case.documents if d.kind == EARLIER]
    pair = panel.page.faces
    assert pair is not None and pair.isVisible()
    presented = pair.findChild(QLabel, "case_presented_photo")
    before = pair.findChild(QLabel, "case_earlier_photo")
    assert presented is not None and before is not None
    qtbot.waitUntil(lambda: not presented.pixmap().isNull() and not before.pixmap().isNull())
    text = _all_text(pair)
    assert case.main_document.number in text and earlier.number in text
    assert "Presented passport" in text and "Earlier passport" in text
    # One size, side by side, both whole in the window with the file beside the interview.
    assert presented.size() == before.size()
    assert presented.pixmap().size() == before.pixmap().size()
    assert abs(presented.y() - before.y()) <= 1 and presented.x() < before.x()
    assert _whole_in_sight(presented) and _whole_in_sight(before)
    # Whose faces: the generator's truth for this FOG.
    assert page.stage.tab is not None
    specimen = page.stage.tab.specimen
    fog = fog_of(specimen)
    assert fog is not None
    shown, shown_before = _grey(presented), _grey(before)
    viz = specimen.viz
    h = 270
    w = round(h * shown.shape[1] / shown.shape[0])  # the printed portrait's shape
    applicant = render(fog.applicant, applicant_look(viz, fog), w, h)
    named_then = render(fog.named, fog.earlier.look, w, h)
    named_on_issue = render(fog.named, portrait_look(viz, fog.named), w, h)
    same, other = _distance(shown, applicant), _distance(shown, named_on_issue)
    assert same < 5 and other > 15, (same, other)  # the applicant, not the holder redrawn
    same, other = _distance(shown_before, named_then), _distance(shown_before, applicant)
    assert same < 5 and other > 15, (same, other)
    assert "Earlier passport" in panel.page.file.text()
    mark_case_truth(qtbot, panel, case)
    press(qtbot, page, Qt.Key.Key_Return)
    result = page.session.feedback(0)
    assert result is not None and result.correct, (case.truth, result)
    debrief = panel.page.debrief.text()
    assert escape(case.truth.evidence["face_differs_earlier"]["en"]) in debrief


@pytest.fixture
def substituted_library(tmp_path: Path) -> Library:
    """A passport with another person's photo pasted in, and a hand-written case file (as a
    pack's author may write one) that also names the holder's earlier passport."""
    from dataclasses import replace
    from datetime import date

    from docexam.core.cases.model import EARLIER, HeldDocument
    from docexam.core.synth.forgery import ForgeJob, forge_pack

    bundled = tmp_path / "bundled"
    job = ForgeJob("QNB", "td3", 12, "photo_substitution", 2)
    forge_pack("questioned", [job], bundled / "questioned", 150.0)
    pack = read_pack(bundled / "questioned")
    [held] = [h for s in pack.specimens if (h := holding_of(pack.id, s)) is not None]
    case = make_case("forged_document", 4, held)
    p = case.person
    old = HeldDocument(EARLIER, "QP0000001", "QNB", date(2020, 1, 1), p.surname, p.given_names)
    write_cases(bundled / "questioned", [replace(case, documents=(*case.documents, old))])
    return Library(tmp_path / "library", [bundled])


def test_a_forged_document_shows_the_face_its_page_prints_beside_the_earlier_one(
    qtbot: QtBot, substituted_library: Library, store: Store
) -> None:
    """Not the holder's face drawn again: the stranger whose photo was pasted in, as the data
    page shows it."""
    from docexam.core.chip.portrait import printed_face
    from docexam.core.faces.render import render
    from docexam.core.faces.traveller import holder_identity, portrait_look

    window = open_window(qtbot, substituted_library, store)
    training(window).start.create_trainee("Lin Wei", "Airport", 1)
    page = start_module(qtbot, window, "L1.profiling")
    settle(qtbot, page.stage.tab)
    panel = page.item.panel if page.item else None
    assert isinstance(panel, CasePanel) and panel.page.faces is not None
    presented = panel.page.faces.findChild(QLabel, "case_presented_photo")
    assert presented is not None
    qtbot.waitUntil(lambda: not presented.pixmap().isNull())
    assert _whole_in_sight(presented)
    assert page.stage.tab is not None
    specimen = page.stage.tab.specimen
    printed = printed_face(specimen)
    assert printed is not None
    h, w = printed.shape
    holder = holder_identity(specimen.viz)
    shown = _grey(presented)
    same = _distance(shown, printed)
    other = _distance(shown, render(holder, portrait_look(specimen.viz, holder), w, h))
    assert same < 5 and other > 15, (same, other)


def test_a_portrait_that_cannot_be_read_is_said_so_in_its_frame(qtbot: QtBot) -> None:
    """No face is put in its place: the frame says to look at the document."""
    from datetime import date

    from docexam.core.cases.faces import ComparedFaces
    from docexam.core.cases.model import EARLIER, HeldDocument
    from docexam.ui.training.case_faces import FacePair

    doc = HeldDocument("passport", "QP1", "QNB", date(2030, 1, 1), "Hårdal", "Þórir")
    old = HeldDocument(EARLIER, "QP0", "QNB", date(2020, 1, 1), "Hårdal", "Þórir")
    face = np.full((270, 210), 128, np.uint8)
    pair = FacePair(doc, old, lambda: ComparedFaces(None, face))
    qtbot.addWidget(pair)
    pair.show()
    presented = pair.findChild(QLabel, "case_presented_photo")
    before = pair.findChild(QLabel, "case_earlier_photo")
    assert presented is not None and before is not None
    qtbot.waitUntil(lambda: not before.pixmap().isNull())
    assert presented.pixmap().isNull() and "cannot be read" in presented.text()
    room = QRect(0, 0, presented.width() - 2, 10_000)  # inside the frame's border
    needed = presented.fontMetrics().boundingRect(room, Qt.TextFlag.TextWordWrap, presented.text())
    assert needed.height() < presented.height()  # all of it shows
    pair.stop()
