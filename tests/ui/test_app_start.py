"""``docexam`` with no command starts the app: the main window over the user's (isolated) data.

The app runs its own event loop; a timer inspects the window from inside it and closes it, as a
person would, and ``main`` then returns the exit code.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from docexam.__main__ import main
from docexam.core.domain.errors import DocexamError
from docexam.ui.app import run_app
from docexam.ui.main_window import MainWindow
from docexam.ui.settings import settings_path

GIVE_UP_MS = 60_000  # a broken start must fail the test, not hang it


@pytest.fixture(autouse=True)
def no_leftover_translation(qapp: QApplication) -> Iterator[None]:
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()


def _main_window() -> MainWindow | None:
    return next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()),
        None,
    )


def run_and_inspect(
    start: Callable[[], int],
    inspect: Callable[[MainWindow], None],
    while_pending: Callable[[MainWindow], None] | None = None,
) -> int:
    """Run ``start()`` (which enters the event loop); once its window shows, inspect and close
    it (``while_pending`` is called while the store is still opening). Failures inside the
    loop are re-raised after it has ended."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    errors: list[BaseException] = []
    pending: list[bool] = []  # while the store opens: the note, or the library when allowed

    def poll() -> None:
        window = _main_window()
        if window is not None and window.store_pending:
            # The library shows before the store has answered only when no exam can be
            # unfinished (asked of the database file without the store).
            note = window.findChild(QWidget, "opening_results")
            pending.append(
                window.library_first or (note.isVisible() and not window.tabs.isVisible())
            )
            if while_pending is not None:
                try:
                    while_pending(window)
                except BaseException as exc:
                    errors.append(exc)
            return  # the results store opens after the window shows
        if window is None:
            return
        timer.stop()
        try:
            inspect(window)
        except BaseException as exc:  # handed back to the test once the loop has ended
            errors.append(exc)
        finally:
            window.close()  # the last window closed: the app quits, as it does for a person

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(poll)
    timer.start()
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(lambda: app.exit(1))
    give_up.start(GIVE_UP_MS)
    try:
        code = start()
    finally:
        timer.stop()
        give_up.stop()
    if errors:
        raise errors[0]
    assert all(pending)  # never the library before the store has answered
    return code


def test_docexam_without_a_command_opens_the_main_window(isolated_user_state: Path) -> None:
    seen: dict[str, Any] = {}

    def inspect(window: MainWindow) -> None:
        seen["title"] = window.windowTitle()
        seen["tabs"] = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        seen["specimens"] = {e.specimen_id for e in window.browser.visible_entries()}
        seen["building"] = window.builder is not None and not window.builder.is_done()
        seen["builder"] = window.builder

    assert run_and_inspect(lambda: main([]), inspect) == 0
    assert seen["title"] == "docexam: document examination trainer"
    assert seen["tabs"][:2] == ["Library", "Training"]  # the results store opened
    assert "uto-td3-eriksson" in seen["specimens"]  # the hand-made pack is there at once
    assert seen["building"]  # first start: the generated set is being built meanwhile
    assert seen["builder"].is_done()  # closing the window stopped the build
    # Everything the app kept is in the isolated data and config folders, not the user's.
    assert (isolated_user_state / "results.sqlite").is_file()
    assert settings_path().is_file() and settings_path().is_relative_to(isolated_user_state.parent)


def test_lang_zh_starts_in_chinese() -> None:
    titles: list[str] = []
    code = run_and_inspect(lambda: main(["--lang", "zh"]), lambda w: titles.append(w.windowTitle()))
    assert code == 0
    assert titles == ["docexam：证件检验培训"]


@pytest.mark.parametrize(
    ("error", "shown"),
    [
        (DocexamError("results.sqlite: database disk image is malformed"), "malformed"),
        # A bug in opening (not the store's own error) must not leave "Opening your results…".
        (RuntimeError("driver exploded"), "RuntimeError: driver exploded"),
    ],
)
def test_a_store_that_cannot_open_leaves_the_app_without_training(
    error: Exception, shown: str
) -> None:
    warnings: list[str] = []

    def close_warning() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            warnings.append(box.text())
            box.accept()

    def broken_store() -> object:
        raise error

    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(close_warning)
    poll.start()
    tabs: list[str] = []
    code = run_and_inspect(
        lambda: run_app([], open_store=broken_store),
        lambda w: tabs.extend(w.tabs.tabText(i) for i in range(w.tabs.count())),
    )
    poll.stop()
    assert code == 0
    assert warnings and "Training is off" in warnings[0] and shown in warnings[0]
    assert "Training" not in tabs and tabs[0] == "Library"


def test_a_first_start_fits_the_screen_with_its_status_bar_on_it(isolated_user_state: Path) -> None:
    seen: dict[str, Any] = {}

    def inspect(window: MainWindow) -> None:
        screen = window.screen()
        assert screen is not None
        room = screen.availableGeometry()
        bar = window.statusBar()
        bottom = bar.mapToGlobal(bar.rect().bottomLeft()).y()
        seen.update(room=room, frame=window.frameGeometry(), bar_bottom=bottom)
        seen["progress"] = window.findChild(QWidget, "build_progress")

    assert run_and_inspect(lambda: main([]), inspect) == 0
    room = seen["room"]
    assert room.contains(seen["frame"]) or seen["frame"].height() <= room.height()
    assert seen["bar_bottom"] <= room.bottom()  # the first-start progress is on screen
    assert seen["progress"] is not None


def test_the_training_tab_is_built_when_the_trainee_first_opens_it(
    isolated_user_state: Path, qtbot: Any
) -> None:
    seen: dict[str, Any] = {}

    def inspect(window: MainWindow) -> None:
        seen["library_in_front"] = window.tabs.currentIndex() == 0 and window.browser.isVisible()
        seen["built_before"] = window.training is not None
        seen["title"] = window.tabs.tabText(1)
        bar = window.tabs.tabBar()
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
        training = window.training
        seen["built_after"] = training is not None
        seen["in_front"] = training is not None and window.tabs.currentWidget() is training
        seen["start_shown"] = training is not None and training.start.isVisible()
        seen["tabs"] = [window.tabs.tabText(i) for i in range(window.tabs.count())]

    assert run_and_inspect(lambda: main([]), inspect) == 0
    assert seen["library_in_front"] and not seen["built_before"] and seen["title"] == "Training"
    assert seen["built_after"] and seen["in_front"] and seen["start_shown"]
    assert seen["tabs"] == ["Library", "Training"]  # the slot gave its place, nothing doubled


def _start_slowly() -> int:
    """The app as ``docexam`` starts it, with a store that takes a second to import: long
    enough to use the window meanwhile."""
    import time

    from docexam.__main__ import _exam_peek, _load_store, _open_store

    def slow() -> None:
        time.sleep(1.0)
        _load_store()

    return run_app([], open_store=_open_store, load_store=slow, exam_peek=_exam_peek)


def test_without_an_unfinished_exam_the_library_is_usable_before_the_store_opens(
    isolated_user_state: Path, qtbot: Any
) -> None:
    """A cold start shows the library at once; the results store (SQLAlchemy) opens behind it.
    A specimen opens meanwhile, and the Training tab says it is opening until the store is."""
    seen: dict[str, Any] = {}

    def meanwhile(window: MainWindow) -> None:
        if "opened" in seen:
            return
        assert window.library_first and window.browser.isVisible()
        assert window.library_action.isEnabled() and window.import_action.isEnabled()
        entry = next(
            e for e in window.browser.visible_entries() if e.specimen_id == "uto-td3-eriksson"
        )
        seen["opened"] = window.open_specimen(entry) is not None
        bar = window.tabs.tabBar()
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
        slot = window.tabs.currentWidget()
        seen["slot_note"] = slot.findChild(QWidget, "opening_results").isVisible()
        seen["slot_first"] = window.training is None

    def inspect(window: MainWindow) -> None:
        # The trainee waited on the Training tab: it is built as soon as the store is open.
        seen["training_now"] = (
            window.training is not None and window.tabs.currentWidget() is window.training
        )
        seen["tabs"] = [window.tabs.tabText(i) for i in range(window.tabs.count())]

    assert run_and_inspect(_start_slowly, inspect, meanwhile) == 0
    assert seen["opened"] and seen["slot_note"] and seen["slot_first"]
    assert seen["training_now"]
    assert seen["tabs"][:2] == ["Library", "Training"] and len(seen["tabs"]) == 3


def test_with_an_unfinished_exam_the_library_waits_for_the_lock(isolated_user_state: Path) -> None:
    """Left in the middle of an exam: the start never shows the library (whose cards name each
    document's status), neither while the store opens nor after, where the exam lock holds."""
    from docexam.store import open_store

    from ..store.helpers import begin

    store = open_store()  # the isolated data directory's own file
    begin(store, "exam")
    store.close()
    seen: dict[str, Any] = {}

    def meanwhile(window: MainWindow) -> None:
        seen["library_first"] = window.library_first
        seen.setdefault("browser_ever", False)
        seen["browser_ever"] |= window.browser.isVisible()

    def inspect(window: MainWindow) -> None:
        seen["locked"] = window.exam_locked and not window.tabs.isTabVisible(0)
        seen["browser_after"] = window.browser.isVisible()

    assert run_and_inspect(_start_slowly, inspect, meanwhile) == 0
    assert seen["library_first"] is False and seen["browser_ever"] is False
    assert seen["locked"] and not seen["browser_after"]
