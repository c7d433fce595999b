"""Driving the Training tab as a trainee: start a module, click and drag in page mm."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from docexam.core.cases.model import CaseFile
from docexam.core.training.quiz import (
    AreaExercise,
    DrillExercise,
    FaceExercise,
    LightExercise,
    MrzExercise,
    VerdictExercise,
)
from docexam.ui.training import item_view
from docexam.ui.training.case_panel import CasePanel
from docexam.ui.training.exercise_page import ExercisePage
from docexam.ui.viewer.specimen_tab import SpecimenTab

from .conftest import training


def settle(qtbot: QtBot, tab: SpecimenTab | None) -> None:
    if tab is not None:
        for pane in tab._panes():
            pane.renderer.wait()
    qtbot.wait(30)


def to_view(tab: SpecimenTab, x_mm: float, y_mm: float) -> QPoint:
    scale = tab.specimen.page(tab.pane.page_id).visible.dpi / 25.4
    return tab.view.mapFromScene(QPointF(x_mm * scale, y_mm * scale))


def click_mm(qtbot: QtBot, tab: SpecimenTab, x_mm: float, y_mm: float) -> None:
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=to_view(tab, x_mm, y_mm))


def drag_mm(
    qtbot: QtBot, tab: SpecimenTab, start: tuple[float, float], end: tuple[float, float]
) -> None:
    viewport = tab.view.viewport()
    a, b = to_view(tab, *start), to_view(tab, *end)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(viewport, (a + b) / 2)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)


def press(qtbot: QtBot, page: ExercisePage, key: Qt.Key) -> None:
    # Keys go where a person types: into the page they look at (the document view, unless a
    # drill hides it until it starts), which has the focus, as after a click there.
    tab = page.stage.tab
    target = tab.view if tab is not None and tab.view.isVisible() else page
    window = target.window()
    if QApplication.activeWindow() is not window:
        # A person types into the window in front of them; offscreen, a closed dialog (the
        # chip reader) leaves no window active, and no shortcut would fire.
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    target.setFocus()
    qtbot.keyClick(target, key)


def photo_ready(qtbot: QtBot, page: ExercisePage) -> None:
    """Wait until a face item's photo, drawn off the UI thread, is on screen."""
    qtbot.waitUntil(lambda: getattr(page.item.panel, "ready", True), timeout=20000)


def first_face_item(qtbot: QtBot, page: ExercisePage, structured: bool) -> FaceExercise:
    """Move on to the session's first face item of the kind asked (the feature-by-feature
    study or the quick check) and wait until its photo is on screen."""
    session = page.session
    while not (
        isinstance(session.current, FaceExercise) and bool(session.current.features) == structured
    ):
        page.go(1)
    settle(qtbot, page.stage.tab)
    photo_ready(qtbot, page)
    assert isinstance(session.current, FaceExercise)
    return session.current


def answer_current(qtbot: QtBot, page: ExercisePage) -> None:
    """Answer the item on screen the way a trainee would, partly right on purpose."""
    ex = page.session.current
    tab = page.stage.tab
    settle(qtbot, tab)
    assert tab is not None
    if isinstance(ex, AreaExercise):
        first = ex.expected[0].region.bounds()
        click_mm(qtbot, tab, (first[0] + first[2]) / 2, (first[1] + first[3]) / 2)  # a hit
        if len(ex.expected) > 1:
            x0, y0, x1, y1 = ex.expected[1].region.bounds()
            cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
            drag_mm(qtbot, tab, (cx - 2, cy - 1.5), (cx + 2, cy + 1.5))  # a hit, drawn
        click_mm(qtbot, tab, 60.0, 62.0)  # plain paper between the text and the MRZ: false
    elif isinstance(ex, LightExercise):
        box = page.item.panel.boxes[ex.feature.lights[0]]  # type: ignore[union-attr]
        # On the box itself: the widget is wider than its box and label.
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    elif isinstance(ex, MrzExercise):
        cell = page.item.panel.cells  # type: ignore[union-attr]
        first = next(iter(cell))
        qtbot.mouseClick(cell[first], Qt.MouseButton.LeftButton)
    elif isinstance(ex, VerdictExercise):
        press(qtbot, page, Qt.Key.Key_2)
    elif isinstance(ex, FaceExercise):
        photo_ready(qtbot, page)
        press(qtbot, page, Qt.Key.Key_S)  # "same person", whoever stands there
        if not ex.features:
            return  # the quick check: the key is the decision, at once
    elif isinstance(ex, DrillExercise):
        press(qtbot, page, Qt.Key.Key_Return)  # start the clock
        for _ in ex.items:
            settle(qtbot, page.stage.tab)
            press(qtbot, page, Qt.Key.Key_1)  # clear: the key decides at once
        return  # the last decision submits the drill
    press(qtbot, page, Qt.Key.Key_Return)


def start_module(qtbot: QtBot, window: object, module: str) -> ExercisePage:
    """Press the start page's "practise" button of ``module`` and wait for its first item."""
    tab = training(window)  # type: ignore[arg-type]
    button = tab.start.findChild(type(tab.start.next_button), f"practise_{module}")
    assert button is not None and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.exercise is not None, timeout=20000)
    assert tab.exercise is not None
    return tab.exercise


def mark_case_truth(qtbot: QtBot, panel: CasePanel, case: CaseFile) -> None:
    """Tick the indicators the case's truth records and choose its action, as a trainee clicks."""
    for row in range(panel.indicators.count()):
        item = panel.indicators.item(row)
        if item.data(Qt.ItemDataRole.UserRole) in case.truth.indicators:
            item.setCheckState(Qt.CheckState.Checked)
    button = panel.action_buttons[case.truth.action.value]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def hold_photos(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Face items' photos are drawn only once the returned event is set (or after 30 s):
    the panel is seen as it is while its photo is drawn."""
    release = threading.Event()
    real = item_view.face_photo

    def held(*args: object) -> object:
        release.wait(30)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(item_view, "face_photo", held)
    return release
