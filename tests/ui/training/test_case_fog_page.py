"""A FOG case's page at 1366x768, worked as a trainee does it, in English and in Chinese: the two
faces and the referral note stay in sight before and after the answer (the debrief must not push
the faces away, the longer Chinese lines must not push the note out), and a portrait that could
not be drawn says so in its frame."""

from __future__ import annotations

from collections.abc import Iterator
from html import escape

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from docexam.core.domain.model import text_for
from docexam.core.library.library import Library
from docexam.core.training.quiz import CaseExercise
from docexam.store import Store
from docexam.ui.i18n import install_translator
from docexam.ui.main_window import MainWindow
from docexam.ui.training import start_page
from docexam.ui.training.case_panel import CasePanel
from docexam.ui.training.exercise_page import ExercisePage

from .conftest import training
from .helpers import mark_case_truth, press, settle, start_module

NOTE = {
    "en": "Face differs from the earlier passport's portrait (nose, ears, chin). Refer.",
    "zh": "面孔与早先护照照片不同（鼻子、耳朵、下巴）。移交二线。",
}


@pytest.fixture(autouse=True)
def fixed_seed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(start_page, "_seed", lambda: 0)


@pytest.fixture(params=["en", "zh"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = install_translator(app, request.param) if request.param != "en" else None
    yield str(request.param)
    if translator is not None:
        app.removeTranslator(translator)


def in_sight(widget: QWidget) -> bool:
    """Shown, and all of it inside the window and every scroll area's viewport it sits in."""
    if not widget.isVisible():
        return False
    rect, at = QRect(QPoint(0, 0), widget.size()), widget
    while (parent := at.parentWidget()) is not None:
        rect = rect.translated(at.pos())
        if not parent.rect().contains(rect):
            return False
        at = parent
    return True


def _type(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Keys for Latin text; Chinese comes as an input method commits it (QTest has no keys
    for it)."""
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _frames(panel: CasePanel) -> list[QLabel]:
    """The presented portrait's frame and the earlier one's."""
    assert panel.page.faces is not None
    found = [
        panel.page.faces.findChild(QLabel, name)
        for name in ("case_presented_photo", "case_earlier_photo")
    ]
    return [f for f in found if isinstance(f, QLabel)]


def _case_page(qtbot: QtBot, library: Library, store: Store, lang: str) -> ExercisePage:
    window = MainWindow(library, lang=lang, store=store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    assert window.size() == QSize(1366, 768)
    training(window).start.create_trainee("Lin Wei", "Airport", 1)
    page = start_module(qtbot, window, "L1.profiling")
    assert isinstance(page.session.current, CaseExercise)
    settle(qtbot, page.stage.tab)
    return page


def test_the_faces_and_the_note_stay_in_sight_after_the_answer(
    qtbot: QtBot, fog_library: Library, store: Store, lang: str
) -> None:
    page = _case_page(qtbot, fog_library, store, lang)
    panel = page.item.panel if page.item else None
    assert isinstance(panel, CasePanel) and panel.page.faces is not None
    faces = _frames(panel)
    assert len(faces) == 2
    qtbot.waitUntil(lambda: all(not f.pixmap().isNull() for f in faces), timeout=20000)
    assert all(in_sight(f) for f in faces)
    assert in_sight(panel.note)

    # Ask, read the file to its end, mark, choose, write the note and submit, as a trainee.
    case = fog_library.load_case(page.session.current.case)  # type: ignore[union-attr]
    for qid in ("purpose", "documents", "work"):
        qtbot.mouseClick(panel.page.questions[qid], Qt.MouseButton.LeftButton)
    assert panel.asked == ["purpose", "documents", "work"]
    bar = panel.page.file_scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    mark_case_truth(qtbot, panel, case)
    _type(qtbot, panel.note, NOTE[lang])
    press(qtbot, page, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.session.feedback(0) is not None)
    result = page.session.feedback(0)
    assert result is not None and result.correct

    debrief = panel.page.debrief
    qtbot.waitUntil(debrief.isVisible)
    qtbot.wait(50)  # the page lays itself out again around the debrief
    assert all(in_sight(f) for f in faces), [f.mapTo(f.window(), QPoint()) for f in faces]
    assert in_sight(panel.note), panel.note.mapTo(panel.note.window(), QPoint())
    assert panel.note.toPlainText() == NOTE[lang]
    # The debrief starts in sight, under the faces it speaks of.
    top = debrief.mapTo(panel.page.file_scroll.viewport(), QPoint(0, 0))
    assert 0 <= top.y() < panel.page.file_scroll.viewport().height() - 100
    assert escape(text_for(case.title, lang)) in debrief.text()


def test_a_portrait_that_could_not_be_drawn_says_why_in_both_frames(
    qtbot: QtBot, fog_library: Library, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The earlier face is drawn in the page's worker; when drawing fails, each frame says so
    with the reason, in place of a face, and the case stays answerable."""
    import docexam.core.cases.faces as faces_module

    def broken(*_args: object) -> object:
        raise OSError(28, "No space left on device", "face-cache.npy")

    monkeypatch.setattr(faces_module, "earlier_portrait", broken)
    page = _case_page(qtbot, fog_library, store, "en")
    panel = page.item.panel if page.item else None
    assert isinstance(panel, CasePanel) and panel.page.faces is not None
    frames = _frames(panel)
    assert len(frames) == 2
    said = "The portrait could not be drawn: face-cache.npy: No space left on device"
    qtbot.waitUntil(lambda: all(f.text() == said for f in frames))
    for frame in frames:
        assert frame.pixmap().isNull() and in_sight(frame)
        room = QRect(0, 0, frame.width() - 2, 10_000)  # inside the frame's border
        needed = frame.fontMetrics().boundingRect(room, Qt.TextFlag.TextWordWrap, frame.text())
        assert needed.height() < frame.height()  # all of it shows
    assert all(b.isEnabled() for b in panel.action_buttons.values())
