"""Every QAction and every button of every screen (library, viewer, training, authoring, and the
dialogs they open) triggered at four screen sizes: no uncaught exception (pytest-qt fails the
test on one raised in a slot or event handler) and a layout that goes quiet instead of
resizing itself forever.

Dialogs that block are closed by a watcher, after it has clicked the buttons of docexam's own
dialogs (the standard ones, e.g. a file dialog, are only dismissed: they write where they stand).
Popup menus (a toolbar's overflow ») are closed by the same watcher, which keeps their actions:
they are triggered after the screen's buttons, so what a narrow window hides is pressed too.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QMenu,
    QMessageBox,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from docexam.core.authoring import AddFeature, AddSpecimen, PackInfo
from docexam.core.authoring.scans import PageScans, build_specimen, default_document
from docexam.core.domain.geometry import Rect
from docexam.core.domain.model import DocumentType, Feature
from docexam.core.library.library import Library
from docexam.core.pack.io import read_pack
from docexam.store import Store, open_store
from docexam.ui.author.opening import start_new_pack
from docexam.ui.main_window import MainWindow

from .conftest import BASIC

SIZES = [(1024, 600), (1366, 730), (1366, 768), (1920, 1080)]
# A resize loop never goes quiet; a busy machine (CI runners share cores) may take seconds to
# lay out a big dialog once, which is not a loop: the bound is generous for that reason.
SETTLE_S = 5.0
QUIET_S = 0.2  # no widget resized for this long: the layout has settled


class ResizeCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.last = time.monotonic()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.last = time.monotonic()
            self.count += 1
        return False


def assert_settles(what: str) -> None:
    """Fail when widgets still resize each other a second after ``what``."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    counter = ResizeCounter()
    app.installEventFilter(counter)
    try:
        start = time.monotonic()
        while time.monotonic() - counter.last < QUIET_S:
            app.processEvents()
            if time.monotonic() - start > SETTLE_S + QUIET_S:
                pytest.fail(
                    f"layout did not settle within {SETTLE_S} s after {what} "
                    f"({counter.count} resize events)"
                )
            time.sleep(0.005)
    finally:
        app.removeEventFilter(counter)


class ModalCloser(QObject):
    """Closes every modal dialog; first clicks the buttons of docexam's own dialogs."""

    def __init__(self) -> None:
        super().__init__()
        self.explored: set[int] = set()
        self.explored_names: set[str] = set()
        self.closed: list[str] = []
        self.popup_actions: list[QAction] = []  # met in popup menus, to trigger afterwards
        self.popups = 0
        self.popup_triggered = 0
        self.running = True
        self._tick()

    def _tick(self) -> None:
        if not self.running:
            return
        # A new timer each time: the next one fires inside a dialog this one's click opened.
        QTimer.singleShot(30, self._tick)
        popup = QApplication.activePopupWidget()
        if popup is not None:
            # A popup's menu runs its own event loop; triggering from inside it would nest the
            # action's dialogs in the menu's loop: keep the actions, close the menu.
            self.popups += 1
            if isinstance(popup, QMenu):
                self.popup_actions += menu_actions(popup)
            popup.close()
            return
        modal = QApplication.activeModalWidget()
        if modal is None:
            return
        if id(modal) not in self.explored and type(modal).__module__.startswith("docexam"):
            self.explored.add(id(modal))
            self.explored_names.add(type(modal).__name__)
            for button in own_buttons(modal):
                if modal.isVisible() and button.isVisible() and button.isEnabled():
                    button.click()
        if modal.isVisible():
            self.closed.append(type(modal).__name__)
            dismiss(modal)


def menu_actions(menu: QMenu) -> list[QAction]:
    """The actions a person could choose in ``menu`` and in its submenus."""
    found: list[QAction] = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            found += menu_actions(sub)
        elif not action.isSeparator():
            found.append(action)
    return found


def trigger_popup_actions(closer: ModalCloser, what: str) -> None:
    while closer.popup_actions:
        action = closer.popup_actions.pop(0)
        try:
            enabled = action.isEnabled()
        except RuntimeError:  # deleted with the screen that offered it
            continue
        if enabled:
            action.trigger()
            closer.popup_triggered += 1
            QApplication.processEvents()
    assert_settles(f"triggering the actions of popup menus on {what}")


def dismiss(widget: QWidget) -> None:
    if isinstance(widget, QDialog):
        widget.done(QDialog.DialogCode.Rejected)
    else:
        widget.close()


def own_buttons(root: QWidget) -> list[QAbstractButton]:
    """The buttons a person could press in ``root``, apart from the dialog's OK/Cancel row and
    the tab bars' close buttons (the tabs are closed last, on purpose)."""
    found = []
    for button in root.findChildren(QAbstractButton):
        parent = button.parentWidget()
        if isinstance(parent, (QDialogButtonBox, QTabBar)):
            continue
        found.append(button)
    return found


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(f"sqlite:///{tmp_path / 'results.sqlite'}")
    yield s
    s.close()


def _author_tab_with_a_scan(window: MainWindow) -> None:
    doc = start_new_pack(None, PackInfo("smoke", {"en": "Smoke"}, "Instructor", "CC-BY-4.0"))
    assert doc is not None
    base = read_pack(BASIC).specimens[0]
    specimen = build_specimen(
        doc.specimen_dir("scan-1"),
        "scan-1",
        {"en": "Scan"},
        default_document(DocumentType.TD3),
        [PageScans("data", {"en": "Data"}, (125.0, 88.0), base.path(base.pages[0].visible))],
    )
    doc.apply(AddSpecimen(specimen))
    feature = Feature("f-1", "printing.microprint", {"en": "Microprint"}, Rect(10, 10, 30, 12))
    doc.apply(AddFeature("scan-1", "data", feature))
    tab = window.author_menus.open_tab(doc, None)
    # The material editor needs a selected feature, which the tab's own Delete button (pressed
    # with the others) removes: open it first.
    tab.editor.select("f-1")
    tab.properties.material_button.click()
    assert_settles("opening the material editor")
    # Its toolbar overflows into the » menu, as a long translation of its labels makes it do:
    # the actions only that menu offers are pressed too.
    tab.toolbar.setMaximumWidth(240)
    assert_settles("narrowing the toolbar")


def _corner_precision(window: MainWindow) -> None:
    """The corner dialog's magnifier (drag a handle) and its corner numbers (every box)."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QColor, QMouseEvent, QPixmap

    from docexam.ui.author.corners import CornerDialog

    capture = QPixmap(600, 400)
    capture.fill(QColor("#336699"))
    dialog = CornerDialog(capture, ((20, 20), (580, 20), (580, 380), (20, 380)), window)
    dialog.show()
    assert_settles("opening the corner dialog")
    viewport = dialog.view.viewport()
    start = dialog.view.mapFromScene(dialog.handles[0].pos())
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    for kind, at, held in (
        (QMouseEvent.Type.MouseButtonPress, start, left),
        (QMouseEvent.Type.MouseMove, start + QPoint(15, 10), left),
        (QMouseEvent.Type.MouseButtonRelease, start + QPoint(15, 10), none),
    ):
        global_at = viewport.mapToGlobal(at)
        event = QMouseEvent(kind, at, global_at, left, held, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)
        QApplication.processEvents()
    for pair in dialog.spins:
        for spin in pair:
            spin.stepUp()
            QApplication.processEvents()
    assert_settles("dragging a corner and typing its numbers")
    dialog.reject()


def _press_everything_on(window: MainWindow, index: int, label: str, closer: ModalCloser) -> None:
    window.tabs.setCurrentIndex(index)
    assert_settles(f"showing {label}")
    tab = window.tabs.widget(index)
    for button in own_buttons(tab):
        # A click may change the screen or delete widgets; press what is still there and shown.
        try:
            pressable = button.isVisible() and button.isEnabled()
        except RuntimeError:  # its C++ object went with a screen change
            continue
        if pressable:
            button.click()
            QApplication.processEvents()
    assert_settles(f"pressing the buttons of {label}")
    trigger_popup_actions(closer, label)
    for action in tab.findChildren(QAction) + tab.actions():
        if action.isEnabled():
            action.trigger()
            QApplication.processEvents()
    assert_settles(f"triggering the actions of {label}")


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_action_and_button_at_every_size(
    qtbot: QtBot,
    variety_library: Library,
    store: Store,
    size: tuple[int, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Answered as an instructor cancelling, so nothing is written outside the test's folders.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    closer = ModalCloser()
    window = MainWindow(variety_library, store=store)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    assert_settles(f"opening the window at {size}")
    window.open_specimen(window.browser.visible_entries()[0])
    _author_tab_with_a_scan(window)
    assert_settles("opening a specimen and a draft")
    _corner_precision(window)

    labels = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    for index, label in enumerate(labels):
        _press_everything_on(window, index, label, closer)
    window.tabs.setCurrentIndex(0)
    quit_and_close = {window.close_tab_action, window.quit_action}
    for action in window.findChildren(QAction):
        if action not in quit_and_close and action.isEnabled() and not action.menu():
            action.trigger()
            QApplication.processEvents()
    assert_settles("triggering the window's actions")
    trigger_popup_actions(closer, "the window")
    while window.tabs.count() > 2:  # the library and training tabs stay
        window.tabs.setCurrentIndex(window.tabs.count() - 1)
        window.close_tab_action.trigger()
    assert window.tabs.count() == 2
    window.quit_action.trigger()
    assert not window.isVisible()
    closer.running = False
    # The screens' buttons and actions did reach docexam's dialogs, and pressed theirs.
    assert {
        "ScansDialog",
        "ExerciseSetEditor",
        "NewPackDialog",
        "DocumentDialog",
        "MaterialDialog",
    } <= closer.explored_names
    assert closer.popups >= 1 and closer.popup_triggered >= 1  # the toolbar's » menu
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            dismiss(widget)
