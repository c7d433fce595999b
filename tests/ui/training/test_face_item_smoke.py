"""Every button and action of a face item (the quick check and the feature-by-feature study)
pressed at the smoke test's four window sizes: no uncaught exception, a layout that goes quiet,
and the photo's dialogs (larger photo, chip reader) opened and closed on the way."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from docexam.core.library.library import Library
from docexam.core.training.quiz import FaceExercise
from docexam.store import Store
from docexam.ui.training import start_page
from docexam.ui.training.face_panel import FacePanel

from ..test_smoke import SIZES, ModalCloser, assert_settles, own_buttons
from .conftest import open_window, training
from .helpers import first_face_item, hold_photos, settle, start_module


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
@pytest.mark.parametrize(("level", "module"), [(1, "L1.falsedoc"), (3, "L3.forensics")])
def test_every_button_of_a_face_item_at_every_size(
    qtbot: QtBot,
    face_library: Library,
    store: Store,
    size: tuple[int, int],
    level: int,
    module: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(start_page, "_seed", lambda: 0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window = open_window(qtbot, face_library, store)
    window.resize(*size)
    training(window).start.create_trainee("Lin Wei", "Land border", level)
    page = start_module(qtbot, window, module)
    first_face_item(qtbot, page, structured=level > 1)
    panel = page.item.panel  # type: ignore[union-attr]
    assert isinstance(panel, FacePanel)
    assert_settles(f"showing a face item at {size}")
    closer = ModalCloser()
    try:
        pressed = 0
        for button in own_buttons(panel) + own_buttons(page):
            try:
                pressable = button.isVisible() and button.isEnabled()
            except RuntimeError:  # gone with the item a press submitted
                continue
            if pressable:
                button.click()
                pressed += 1
                QApplication.processEvents()
        assert_settles(f"pressing the buttons of a face item at {size}")
        for action in page.findChildren(QAction) + page.actions():
            if action.isEnabled():
                action.trigger()
                QApplication.processEvents()
        assert_settles(f"triggering the actions of a face item at {size}")
    finally:
        closer.running = False
    assert pressed >= 5  # the verdict, the larger photo, the chip reader, Submit, moving on
    assert {"PhotoDialog"} <= closer.explored_names | set(closer.closed)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_button_while_the_photo_is_drawn(
    qtbot: QtBot,
    face_library: Library,
    store: Store,
    size: tuple[int, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Before the traveller's photo comes, every button and action at every size: the window
    settles, the panel says the photo is coming, and no verdict is taken on it unseen."""
    release = hold_photos(monkeypatch)
    monkeypatch.setattr(start_page, "_seed", lambda: 0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window = open_window(qtbot, face_library, store)
    window.resize(*size)
    training(window).start.create_trainee("Lin Wei", "Land border", 1)
    page = start_module(qtbot, window, "L1.falsedoc")
    session = page.session
    closer = ModalCloser()
    try:
        while not isinstance(session.current, FaceExercise):
            page.go(1)
        index = session.index
        settle(qtbot, page.stage.tab)
        panel = page.item.panel  # type: ignore[union-attr]
        assert isinstance(panel, FacePanel) and panel.photo.text() == "Drawing the photo…"
        assert_settles(f"a face item drawing its photo at {size}")
        # The verdict and the larger photo wait for the photo; the chip reader does not.
        assert not any(b.isEnabled() for b in (panel.same, panel.other, panel.enlarge_button))
        pressed = 0
        for button in own_buttons(panel):
            if button.isVisible() and button.isEnabled():
                button.click()
                pressed += 1
                QApplication.processEvents()
        assert pressed >= 1, "no button of the panel could be pressed"
        keys = panel.findChildren(QShortcut)  # S, D, 1, 2 for the verdict, Z for the photo
        assert len(keys) >= 4
        for key in keys:
            key.activated.emit()
            QApplication.processEvents()
        assert_settles(f"pressing a face item's buttons before its photo at {size}")
        assert not session.answered(index)
    finally:
        release.set()
        closer.running = False
