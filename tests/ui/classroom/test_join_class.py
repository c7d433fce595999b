"""File > Join a class…: a wrong code is refused in words, the right one (typed loosely) seats
the trainee, a countdown runs to the common start, and the exam runs locked on the seat, its
answers reaching the class server."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from docexam.core.library.library import Library
from docexam.core.training.quiz import ExerciseSet
from docexam.store import open_store
from docexam.store.class_link import StoreClassLink
from docexam.ui.classroom.join_dialog import JoinDialog, countdown
from docexam.ui.training.review_page import ReviewPage
from tests.ui.training.conftest import open_window, training
from tests.ui.training.helpers import answer_current

from .conftest import ClassServer, session_json


def _join_dialog(qtbot: QtBot, window: object, server: ClassServer) -> JoinDialog:
    window.class_menus.join_action.trigger()  # type: ignore[attr-defined]
    dialog = window.class_menus.dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, JoinDialog) and dialog.isVisible()
    dialog.server.setText(server.url)
    return dialog


def test_join_waits_for_the_start_then_runs_the_exam_on_the_seat(
    qtbot: QtBot,
    tmp_path: Path,
    server: ClassServer,
    link: StoreClassLink,
    class_library: tuple[Library, dict[str, ExerciseSet]],
) -> None:
    opens = datetime.now(UTC) + timedelta(seconds=3)
    session = server.room.start_session(
        server.class_id, "six", session_json(server, "class-exam"), opens_at=opens
    )
    local = open_store(f"sqlite:///{tmp_path / 'workstation.sqlite'}")
    window = open_window(qtbot, class_library[0], local)
    window.class_menus.set_link(link)
    tab = training(window)
    tab.start.create_trainee("Bo Lindqvist", "Harbour", 1)

    dialog = _join_dialog(qtbot, window, server)
    qtbot.keyClicks(dialog.code, "ZZZ-ZZ9")
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Could not join" in dialog.message.text(), timeout=10000)
    assert "no session of your classes has this code" in dialog.message.text()
    assert dialog.join_button.isEnabled() and dialog.seat is None

    dialog.code.clear()
    qtbot.keyClicks(dialog.code, f" {session.code.replace('-', '').lower()} ")
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.seat is not None, timeout=10000)
    shown = dialog.clock.text()
    assert shown.startswith("Starts in 0:0") and "Class exam" in dialog.message.text()
    assert tab.exercise is None  # nothing runs before the common start
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10000)
    assert datetime.now(UTC) >= opens - timedelta(milliseconds=300)

    qtbot.waitUntil(lambda: tab.exercise is not None, timeout=20000)
    page = tab.exercise
    assert page is not None and page.exam and window.exam_locked
    assert window.class_menus.join_action.isEnabled() and window.class_menus.ask_join() is None
    window.activateWindow()  # the dialog has gone: keys go to the window again, as on a desk
    qtbot.waitUntil(window.isActiveWindow)

    def on_screen() -> int | None:
        [line] = [x for x in server.room.dashboard(session.id).lines if x.name == "Bo Lindqvist"]
        return line.item_index

    qtbot.waitUntil(lambda: on_screen() == 0, timeout=10000)
    # Moving between items without answering: the dashboard follows the trainee.
    for button, index in ((page.next_button, 1), (page.next_button, 2), (page.prev_button, 1)):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert page.session.index == index
        qtbot.waitUntil(lambda index=index: on_screen() == index, timeout=10000)  # type: ignore[misc]
    qtbot.mouseClick(page.prev_button, Qt.MouseButton.LeftButton)
    for _ in range(page.session.count):
        before = len(page.session.records())
        answer_current(qtbot, page)
        assert len(page.session.records()) == before + 1
    qtbot.mouseClick(page.finish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(tab.currentWidget(), ReviewPage), timeout=10000)
    assert not window.exam_locked

    def delivered() -> bool:
        board = server.room.dashboard(session.id)
        return any(line.status == "finished" for line in board.lines)

    qtbot.waitUntil(delivered, timeout=10000)
    mine = next(line for line in server.room.dashboard(session.id).lines if line.score is not None)
    assert mine.name == "Bo Lindqvist" and mine.answered == 3
    with server.store.engine.connect() as conn:
        started = conn.execute(text("SELECT started_at FROM attempt")).scalar()
    started_at = datetime.fromisoformat(str(started)).replace(tzinfo=UTC)
    assert abs((started_at - opens).total_seconds()) < 1  # the common start, not the click
    [local_attempt] = local.attempt_history(tab.start.trainee.id)  # type: ignore[union-attr]
    assert local_attempt.score == mine.score
    tab.close_panes()
    local.close()


def test_a_trainee_not_in_the_class_is_told_so(
    qtbot: QtBot,
    tmp_path: Path,
    server: ClassServer,
    link: StoreClassLink,
    class_library: tuple[Library, dict[str, ExerciseSet]],
) -> None:
    session = server.room.start_session(server.class_id, "six", session_json(server, "class-exam"))
    local = open_store(f"sqlite:///{tmp_path / 'workstation.sqlite'}")
    window = open_window(qtbot, class_library[0], local)
    window.class_menus.set_link(link)
    training(window).start.create_trainee("Somebody Else", "", 1)
    dialog = _join_dialog(qtbot, window, server)
    qtbot.keyClicks(dialog.code, session.code)
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Could not join" in dialog.message.text(), timeout=10000)
    assert "not a trainee of the class '2B spring'" in dialog.message.text()
    dialog.code.clear()
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "type the code" in dialog.message.text(), timeout=10000)
    dialog.reject()
    local.close()


def test_countdown_reads_minutes_and_seconds() -> None:
    for seconds in [0.0, 0.2, 1.0, 59.4, 60.0, 61.0, 599.0, 3600.0]:
        shown = countdown(seconds)
        minutes, secs = shown.split(":")
        assert int(minutes) * 60 + int(secs) in (int(seconds), int(seconds) + 1)
        assert len(secs) == 2


def test_after_a_crash_continue_resumes_the_class_exam_on_its_seat(
    qtbot: QtBot,
    tmp_path: Path,
    server: ClassServer,
    link: StoreClassLink,
    class_library: tuple[Library, dict[str, ExerciseSet]],
) -> None:
    session = server.room.start_session(server.class_id, "six", session_json(server, "class-exam"))
    local = open_store(f"sqlite:///{tmp_path / 'workstation.sqlite'}")
    window = open_window(qtbot, class_library[0], local)
    window.class_menus.set_link(link)
    tab = training(window)
    tab.start.create_trainee("Li Wei", "Harbour", 1)
    dialog = _join_dialog(qtbot, window, server)
    qtbot.keyClicks(dialog.code, session.code)
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.exercise is not None, timeout=20000)
    page = tab.exercise
    assert page is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    answer_current(qtbot, page)
    assert tab.seat is not None
    tab.seat.stop_sending()  # the crash: the answer waits in the outbox, the window goes
    window.close()

    def on_server() -> list[int]:
        lines = [x for x in server.room.dashboard(session.id).lines if x.attempt_id is not None]
        return [a.item_index for line in lines for a in server.store.answers(line.attempt_id or 0)]

    again_link = StoreClassLink()
    again = open_window(qtbot, class_library[0], local)
    again.class_menus.set_link(again_link)  # the start: the waiting answer goes, no join
    qtbot.waitUntil(lambda: on_server() == [0], timeout=10000)
    tab = training(again)
    assert tab.start.next_button.text().startswith("Continue: ")
    qtbot.mouseClick(tab.start.next_button, Qt.MouseButton.LeftButton)
    resumed = tab.exercise
    assert resumed is not None and resumed.exam and tab.seat is not None
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow)
    while resumed.session.index < resumed.session.count - 1 or len(resumed.session.records()) < 3:
        if resumed.session.record() is None:
            answer_current(qtbot, resumed)
        else:
            qtbot.mouseClick(resumed.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(resumed.finish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(tab.currentWidget(), ReviewPage), timeout=10000)

    def finished() -> bool:
        return any(x.status == "finished" for x in server.room.dashboard(session.id).lines)

    qtbot.waitUntil(finished, timeout=20000)
    assert on_server() == [0, 1, 2]  # each answer once, on the one attempt
    with server.store.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM attempt")).scalar() == 1
    tab.close_panes()
    again.class_menus.close()
    again_link.close()
    local.close()
