"""Face items through the Training tab: the photo beside the document, the verdict from the
keyboard (S / D, and 1 / 2 at the quick check, where the key is the decision against a visible
countdown, and time running out is "no decision"), the morphological comparison recorded row by
row (mouse, and + / - from the keyboard), full marks for the truth, and feedback that names the
features recorded wrongly."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QLabel, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from docexam.core.library.library import Library
from docexam.core.training.quiz import DrillExercise, FaceAnswer, FaceExercise, Outcome, face_items
from docexam.store import Store
from docexam.ui.training import item_view, start_page
from docexam.ui.training.exercise_page import ExercisePage
from docexam.ui.training.face_panel import FacePanel, FeatureRow

from .conftest import open_window, training
from .helpers import (
    answer_current,
    first_face_item,
    hold_photos,
    photo_ready,
    press,
    settle,
    start_module,
    to_view,
)


@pytest.fixture(autouse=True)
def fixed_seed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(start_page, "_seed", lambda: 0)


def click_radio(qtbot: QtBot, button: QRadioButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


KEYS = {"agrees": Qt.Key.Key_Plus, "differs": Qt.Key.Key_Minus, "hidden": Qt.Key.Key_0}


def truth(ex: FaceExercise, feature: str) -> str:
    """What a feature truly is in the comparison: not shown in a photo, differing or agreeing."""
    if feature in ex.hidden:
        return "hidden"
    return "differs" if feature in ex.differing else "agrees"


def button(row: FeatureRow, given: str) -> QRadioButton:
    return {"agrees": row.agree, "differs": row.differ, "hidden": row.hidden}[given]


def _run(
    qtbot: QtBot, page: ExercisePage, wrong_features: int, hidden_seen: set[str] | None = None
) -> list[FaceExercise]:
    """Answer the module: face items with the truth (all but ``wrong_features`` rows), the
    others as any trainee would; ``hidden_seen`` collects the features recorded as not to be
    compared."""
    session = page.session
    seen: list[FaceExercise] = []
    hidden_seen = set() if hidden_seen is None else hidden_seen
    for index in range(session.count):
        ex = session.current
        settle(qtbot, page.stage.tab)
        if not isinstance(ex, FaceExercise):
            answer_current(qtbot, page)
            if not isinstance(ex, DrillExercise):
                press(qtbot, page, Qt.Key.Key_Return)
            continue
        panel = page.item.panel  # type: ignore[union-attr]
        assert isinstance(panel, FacePanel)
        photo_ready(qtbot, page)
        assert not panel.photo.pixmap().isNull()  # the person to compare is shown
        assert panel.reader.isVisibleTo(panel)  # a chip passport: its DG2 is one look away
        if not ex.features:
            # The quick check: a countdown in sight, and the key is the answer, at once.
            assert panel.countdown.isVisibleTo(panel) and panel.timer.isActive()
            assert "s left" in panel.clock.text()
            keys = (Qt.Key.Key_1, Qt.Key.Key_2) if index % 2 else (Qt.Key.Key_S, Qt.Key.Key_D)
            press(qtbot, page, keys[0] if ex.same_person else keys[1])
            assert session.answered(index) and not panel.timer.isActive()
        else:
            assert not panel.countdown.isVisibleTo(panel)  # a study: no clock
            press(qtbot, page, Qt.Key.Key_S if ex.same_person else Qt.Key.Key_D)
        assert panel.same.isChecked() is ex.same_person
        for n, row in enumerate(panel.rows):
            right = truth(ex, row.feature)
            given = right if n >= wrong_features else "differs" if right == "agrees" else "agrees"
            if n % 2:  # every other row from the keyboard: focus the row, then +, - or 0
                row.agree.setFocus()
                qtbot.keyClick(row.agree, KEYS[given])
            else:
                click_radio(qtbot, button(row, given))
            assert row.value() == given
            hidden_seen.update({row.feature} if given == "hidden" else set())
        if ex.features:
            press(qtbot, page, Qt.Key.Key_Return)
        result = session.feedback(index)
        assert result is not None, page.status.text()
        share = 1.0 / len(ex.features) if ex.features else 0.0
        expected = 1.0 + share * (len(ex.features) - wrong_features if ex.features else 0)
        assert abs(result.earned - expected) < 1e-9, (ex, result)
        feedback = page.feedback.body.text()
        if ex.features and wrong_features:
            first = panel.rows[0]
            assert first.label.text() in feedback and "Right answer" in feedback
            if any(f in ex.hidden for f in ex.features[:wrong_features]):
                # Compared where a photo does not show it: the feedback says why it is wrong.
                assert "does not show it" in feedback and "cannot compare" in feedback
        seen.append(ex)
        press(qtbot, page, Qt.Key.Key_Return)
    return seen


def test_the_quick_check_is_answered_from_the_keyboard_and_scores_full(
    qtbot: QtBot, face_library: Library, store: Store
) -> None:
    window = open_window(qtbot, face_library, store)
    training(window).start.create_trainee("Lin Wei", "Land border", 1)
    page = start_module(qtbot, window, "L1.falsedoc")
    seen = _run(qtbot, page, wrong_features=0)
    assert seen and all(ex.seconds is not None and not ex.features for ex in seen)


def test_the_feature_by_feature_comparison_is_scored_per_feature(
    qtbot: QtBot, face_library: Library, store: Store
) -> None:
    window = open_window(qtbot, face_library, store)
    training(window).start.create_trainee("Lin Wei", "Land border", 3)
    page = start_module(qtbot, window, "L3.forensics")
    hidden: set[str] = set()
    seen = _run(qtbot, page, wrong_features=2, hidden_seen=hidden)
    assert any(ex.features for ex in seen)
    # Hair over the ears or the hairline in a photo: recorded "cannot compare", and scored so.
    right_rows = {f for ex in seen for f in ex.features[2:]}
    assert hidden and hidden == {f for ex in seen for f in ex.hidden if f in right_rows}


def test_the_quick_check_runs_out_and_is_answered_no_decision(
    qtbot: QtBot, face_library: Library, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A short clock (the exercise's seconds): the trainee looks and does not decide; the
    countdown reaches nought, the item is answered "no decision", scored wrong, and the
    feedback says the time ran out."""
    monkeypatch.setattr(face_items, "QUICK_SECONDS", 1.5)
    window = open_window(qtbot, face_library, store)
    training(window).start.create_trainee("Lin Wei", "Land border", 1)
    page = start_module(qtbot, window, "L1.falsedoc")
    session = page.session
    ex = first_face_item(qtbot, page, structured=False)
    index = session.index
    assert ex.seconds == 1.5
    panel = page.item.panel  # type: ignore[union-attr]
    assert isinstance(panel, FacePanel) and panel.timer.isActive()
    assert panel.clock.text() in ("1 s left to decide", "2 s left to decide")
    qtbot.waitUntil(lambda: session.answered(index), timeout=10000)
    assert panel.clock.text() == "0 s left to decide"
    assert panel.notice.isVisible() and "no decision" in panel.notice.text()
    record = session.record(index)
    assert record is not None and record.answer == FaceAnswer(None)
    result = session.feedback(index)
    assert result is not None and result.earned == 0 and not result.correct
    assert result.items[0].outcome is Outcome.TIMEOUT
    assert "No decision before the time ran out." in page.feedback.body.text()
    press(qtbot, page, Qt.Key.Key_S)  # too late: the answer stands
    assert session.record(index) == record


def _fully_shown(widget: QWidget) -> bool:
    """Shown, inside its window and not clipped by any parent (a scroll area, the splitter)."""
    window = widget.window()
    corner = widget.mapTo(window, QPoint(0, 0))
    inside = window.rect().contains(QRect(corner, widget.size()))
    return widget.isVisible() and inside and widget.visibleRegion().boundingRect() == widget.rect()


@pytest.mark.parametrize(("level", "module"), [(1, "L1.falsedoc"), (3, "L3.forensics")])
def test_a_face_item_fits_a_1366x768_screen(
    qtbot: QtBot, face_library: Library, store: Store, level: int, module: str
) -> None:
    """On a laptop's 1366x768 the window keeps its size, and the document's portrait, the photo
    to compare, the countdown, the verdict, every feature row and Submit are in sight, whole,
    and answer the item."""
    window = open_window(qtbot, face_library, store)
    training(window).start.create_trainee("Lin Wei", "Land border", level)
    page = start_module(qtbot, window, module)
    session = page.session
    ex = first_face_item(qtbot, page, structured=level > 1)
    qtbot.wait(200)
    assert (window.width(), window.height()) == (1366, 768)
    panel = page.item.panel  # type: ignore[union-attr]
    assert isinstance(panel, FacePanel)
    shown = [panel.photo, panel.same, panel.other, page.submit_button]
    shown += (
        [panel.clock, panel.countdown]
        if panel.timed
        else [b for r in panel.rows for b in r.buttons]
    )
    # At the booth, the note on the booth camera's nearness (a wider nose is not another's).
    lens = panel.findChild(QLabel, "face_booth_lens")
    assert (lens is not None) == (ex.against == face_items.LIVE)
    shown += [lens] if lens is not None else []
    for widget in shown:
        assert _fully_shown(widget), (widget.objectName() or widget.text(), widget.geometry())
    if panel.rows:  # the rows start under the photo, not behind it
        assert panel.photo.geometry().bottom() < panel.feature_heading.geometry().top()
    # Every word whole: the feature names and the column heads are not cut off.
    for label in [r.label for r in panel.rows] + panel.heads:
        assert _fully_shown(label) and label.width() >= label.sizeHint().width(), label.text()
    # The document's portrait, on the page in the viewer, is in sight too.
    tab = page.stage.tab
    assert tab is not None
    portrait = next(f for f in tab.specimen.page(tab.pane.page_id).features if f.id == "portrait")
    x0, y0, x1, y1 = portrait.region.bounds()
    viewport = tab.view.viewport()
    assert _fully_shown(viewport)
    for corner in ((x0, y0), (x1, y1)):
        assert viewport.rect().contains(to_view(tab, *corner)), (corner, viewport.rect())
    # And it answers, by mouse, as seen.
    if panel.timed:
        click_radio(qtbot, panel.same if ex.same_person else panel.other)
    else:
        click_radio(qtbot, panel.same if ex.same_person else panel.other)
        for row in panel.rows:
            click_radio(qtbot, button(row, truth(ex, row.feature)))
        qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    result = session.feedback(session.index)
    assert result is not None and abs(result.earned - result.maximum) < 1e-9, result


def test_the_photo_is_studied_larger_with_z_or_a_click(
    qtbot: QtBot, face_library: Library, store: Store
) -> None:
    """Beside the verdict the photo is 200 px high; Z (or a click on it, or the button) shows
    it as the camera took it, 400 px high, and Esc goes back to the item."""
    window = open_window(qtbot, face_library, store)
    training(window).start.create_trainee("Lin Wei", "Land border", 3)
    page = start_module(qtbot, window, "L3.forensics")
    session = page.session
    first_face_item(qtbot, page, structured=True)
    panel = page.item.panel  # type: ignore[union-attr]
    assert isinstance(panel, FacePanel)
    assert panel.photo.pixmap().height() == 200
    for open_it in (
        lambda: press(qtbot, page, Qt.Key.Key_Z),
        lambda: qtbot.mouseClick(panel.photo, Qt.MouseButton.LeftButton),
        lambda: qtbot.mouseClick(panel.enlarge_button, Qt.MouseButton.LeftButton),
    ):
        open_it()
        dialog = panel.dialog
        assert dialog is not None
        qtbot.waitUntil(dialog.isVisible)
        assert dialog.image.pixmap().height() == 400
        assert dialog.windowTitle() == panel.title  # the booth's photo, or the earlier portrait
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda d=dialog: not d.isVisible())
    assert not session.answered(session.index)  # looking is not answering


def test_the_photo_is_drawn_off_the_ui_thread_and_the_clock_waits_for_it(
    qtbot: QtBot, face_library: Library, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Drawing the traveller takes about a third of a second: the window keeps answering, the
    panel says the photo is coming, no verdict can be given on a face not yet seen, and the
    quick check's clock starts only when the photo is shown."""
    release = hold_photos(monkeypatch)
    window = open_window(qtbot, face_library, store)
    training(window).start.create_trainee("Lin Wei", "Land border", 1)
    page = start_module(qtbot, window, "L1.falsedoc")
    session = page.session
    try:
        while not isinstance(session.current, FaceExercise):
            page.go(1)
        index = session.index
        settle(qtbot, page.stage.tab)
        panel = page.item.panel  # type: ignore[union-attr]
        assert isinstance(panel, FacePanel) and panel.timed
        assert not panel.ready and panel.photo.text() == "Drawing the photo…"
        qtbot.wait(1000)  # the event loop runs while the photo is drawn
        press(qtbot, page, Qt.Key.Key_S)
        assert not session.answered(index) and not panel.timer.isActive()
        assert not panel.same.isEnabled() and not panel.enlarge_button.isEnabled()
        release.set()
        photo_ready(qtbot, page)
        assert not panel.photo.pixmap().isNull() and panel.timer.isActive()
        assert session.item_seconds() < 0.5  # the second spent drawing is not the trainee's
        press(qtbot, page, Qt.Key.Key_S)
        assert session.answered(index)
    finally:
        release.set()


def test_a_photo_that_cannot_be_drawn_says_why_and_takes_no_verdict(
    qtbot: QtBot, face_library: Library, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the traveller's photo cannot be drawn the panel says why in words, no verdict
    can be given on a face never shown, no clock runs, and the trainee moves on."""

    def broken(*_args: object) -> object:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(item_view, "face_photo", broken)
    window = open_window(qtbot, face_library, store)
    training(window).start.create_trainee("Lin Wei", "Land border", 1)
    page = start_module(qtbot, window, "L1.falsedoc")
    session = page.session
    while not isinstance(session.current, FaceExercise):
        page.go(1)
    index = session.index
    settle(qtbot, page.stage.tab)
    panel = page.item.panel  # type: ignore[union-attr]
    assert isinstance(panel, FacePanel)
    qtbot.waitUntil(lambda: "could not be drawn" in panel.photo.text())
    assert panel.photo.text() == "The photo could not be drawn: No space left on device"
    assert "Traceback" not in panel.photo.text()
    press(qtbot, page, Qt.Key.Key_S)
    press(qtbot, page, Qt.Key.Key_Z)
    assert not session.answered(index) and not panel.ready and not panel.timer.isActive()
    assert not panel.same.isEnabled() and not panel.enlarge_button.isEnabled()
    page.go(1)
    assert session.index == index + 1
