"""File > Join a class… against a PostgreSQL class server set up by ``docexam class setup``:
the workstation signs in as its trainee's login role, the server says who it is (no name
matching), and the exam's answers reach the server under row-level security."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from docexam.core.library.library import Library
from docexam.core.pack.exercise_file import set_to_json
from docexam.core.training.quiz import ExerciseSet
from docexam.store import open_store
from docexam.store.class_link import StoreClassLink
from docexam.store.classes import Classroom
from docexam.ui.classroom.join_dialog import JoinDialog
from docexam.ui.training.review_page import ReviewPage
from tests.store.class_server import ClassServer

# The store tests' fixtures: a fresh PostgreSQL database set up as a class server with logins.
from tests.store.class_server import server as server
from tests.store.conftest import postgres_url as postgres_url
from tests.ui.training.conftest import open_window, training
from tests.ui.training.helpers import answer_current

pytestmark = pytest.mark.postgres


def test_a_workstation_joins_with_its_login_role_and_its_answers_reach_the_server(
    qtbot: QtBot,
    tmp_path: Path,
    server: ClassServer,
    link: StoreClassLink,
    class_library: tuple[Library, dict[str, ExerciseSet]],
) -> None:
    library, sets = class_library
    with server.store(f"{server.name}_teacher") as teacher:
        room = Classroom(teacher)
        group = room.create_class("2B", "Documents I", date(2027, 3, 1), date(2027, 3, 5),
                                  [server.li, server.ana])  # fmt: skip
        session = room.start_session(group.id, "six", dict(set_to_json(sets["class-exam"])))

    local = open_store(f"sqlite:///{tmp_path / 'workstation.sqlite'}")
    window = open_window(qtbot, library, local)
    window.class_menus.set_link(link)
    tab = training(window)
    # The profile's name differs from the server's: the login role, not the name, says who.
    tab.start.create_trainee("Li (desk 4)", "Harbour", 1)
    window.class_menus.join_action.trigger()
    dialog = window.class_menus.dialog
    assert isinstance(dialog, JoinDialog)
    dialog.server.setText(server.url(f"{server.name}_li"))
    qtbot.keyClicks(dialog.code, session.code.lower())
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.exercise is not None, timeout=20000)
    page = tab.exercise
    assert page is not None and page.exam and dialog.seat is not None
    assert dialog.seat.server_trainee_id == server.li  # type: ignore[attr-defined]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for _ in range(page.session.count):
        answer_current(qtbot, page)
    qtbot.mouseClick(page.finish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(tab.currentWidget(), ReviewPage), timeout=10000)

    with server.store(f"{server.name}_teacher") as teacher:
        room = Classroom(teacher)

        def mine() -> object:
            return next(x for x in room.dashboard(session.id).lines if x.trainee_id == server.li)

        qtbot.waitUntil(lambda: mine().status == "finished", timeout=15000)  # type: ignore[attr-defined]
        line = mine()
        assert line.answered == page.session.count  # type: ignore[attr-defined]
        assert line.name == "Li Wei"  # type: ignore[attr-defined]
    # Ana's workstation login sees nothing of Li's attempt.
    with server.store(f"{server.name}_ana") as ana:
        assert ana.attempt_history(server.li) == []
    tab.close_panes()
    local.close()
