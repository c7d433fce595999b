"""File > Class dashboard…: answers written by simulated workstations appear on the open
dashboard as it polls (how fast: ``benchmarks/bench_class_dashboard.py``), and every figure
shown equals what the class server's database holds; double-clicking a trainee opens their
attempt in the review."""

from __future__ import annotations

import csv
import random
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from docexam.core.library.library import Library
from docexam.core.training.quiz import ExerciseSet, QuizSession, Verdict, VerdictAnswer
from docexam.core.training.quiz.answer_codec import answer_to_json
from docexam.store import Grade, open_store
from docexam.store.class_link import StoreClassLink
from docexam.store.quiz_bridge import record_item, save_set
from docexam.store.seat import Seat
from docexam.ui.classroom.board_tables import ATTEMPT_ROLE
from docexam.ui.classroom.dashboard import DashboardWindow
from docexam.ui.training.review_page import ReviewPage
from tests.ui.training.conftest import open_window

from .conftest import NAMES, ClassServer, session_json

VERDICTS = [Verdict.GENUINE, Verdict.FORGERY]


def _workstation(tmp_path: Path, link: StoreClassLink, server: ClassServer, code: str, who: str):
    local = open_store(f"sqlite:///{tmp_path / who.replace(' ', '_') / 'results.sqlite'}")
    seat = link.join(local, server.url, code, who)
    assert isinstance(seat, Seat)
    me = seat.create_trainee(who, "", 1)
    exercise_set = server.sets[seat.session.set_key]
    attempt = seat.start_attempt(me.id, save_set(seat, "six", exercise_set).id)
    return seat, attempt.id, QuizSession(exercise_set)


def _table_column(dashboard: DashboardWindow, column: int) -> dict[str, str]:
    table = dashboard.trainees
    return {table.item(r, 0).text(): table.item(r, column).text() for r in range(table.rowCount())}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_dashboard_shows_what_workstations_send(
    qtbot: QtBot,
    tmp_path: Path,
    server: ClassServer,
    link: StoreClassLink,
    class_library: tuple[Library, dict[str, ExerciseSet]],
    seed: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rng = random.Random(seed)
    session = server.room.start_session(
        server.class_id, "six", session_json(server, "class-practice")
    )
    window = open_window(qtbot, class_library[0], open_store(f"sqlite:///{tmp_path / 'i.sqlite'}"))
    window.class_menus.set_link(link)
    window.class_menus.dashboard_action.trigger()
    dashboard = window.class_menus.dashboard
    assert dashboard is not None and dashboard.isVisible()
    qtbot.addWidget(dashboard)
    dashboard.server.setText(server.url)
    qtbot.mouseClick(dashboard.reload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.code in dashboard.session_box.currentText(), timeout=10000)
    qtbot.waitUntil(lambda: dashboard.trainees.rowCount() == len(NAMES), timeout=5000)
    assert set(_table_column(dashboard, 3).values()) == {"0"}

    sitting = rng.sample(NAMES, 3)
    seats = [_workstation(tmp_path, link, server, session.code, who) for who in sitting]
    try:
        for round_no in range(2):
            for seat, attempt_id, quiz in seats:
                if quiz.answered() and quiz.index < quiz.count - 1:
                    quiz.go_to(quiz.index + 1)
                record = quiz.submit(VerdictAnswer(rng.choice(VERDICTS)))
                record_item(seat, attempt_id, record)
                seat.showing(quiz.index)
                seat.deliver()
                seat.classroom.sit(seat.session.id, seat.server_trainee_id, quiz.index)
            board = server.room.dashboard(session.id)
            # The poll timer alone brings them: nothing here asks the dashboard to refresh.
            qtbot.waitUntil(
                lambda board=board: (
                    dashboard.board is not None and dashboard.board.answers == board.answers
                ),
                timeout=30000,
            )
            assert f"{board.answers} answers" in dashboard.summary.text()
            shown = _table_column(dashboard, 3)
            for line in board.lines:
                assert shown[line.name] == str(line.answered)
                assert line.answered == (round_no + 1 if line.name in sitting else 0)
    finally:
        for seat, _, _ in seats:
            seat.local.close()

    # Every number on screen is the database's.
    board = server.room.dashboard(session.id)
    with server.store.engine.connect() as conn:
        stored = conn.execute(text("SELECT count(*) FROM answer")).scalar()
        per_trainee = dict(
            conn.execute(
                text(
                    "SELECT t.name, count(DISTINCT a.item_index) FROM answer a JOIN attempt t0 "
                    "ON a.attempt_id = t0.id JOIN trainee t ON t0.trainee_id = t.id GROUP BY t.name"
                )
            ).all()
        )
        points = dict(
            conn.execute(
                text(
                    "SELECT t.name, sum(a.score) FROM answer a JOIN attempt t0 ON "
                    "a.attempt_id = t0.id JOIN trainee t ON t0.trainee_id = t.id GROUP BY t.name"
                )
            ).all()
        )
    assert stored == board.answers == 2 * len(sitting)
    assert f"{stored} answers" in dashboard.summary.text()
    assert f"{len(sitting)} of {len(NAMES)} connected" in dashboard.summary.text()
    answered = _table_column(dashboard, 3)
    scores = _table_column(dashboard, 4)
    connected = _table_column(dashboard, 1)
    for name in NAMES:
        assert int(answered[name]) == per_trainee.get(name, 0)
        assert (connected[name] == "●") == (name in sitting)
        if name in sitting:
            assert scores[name].startswith(f"{points[name]:g} / 2 ")
    heat = dashboard.heat
    assert heat.columnCount() == len(board.objectives)
    for column, objective in enumerate(board.objectives):
        assert heat.horizontalHeaderItem(column).text() == objective
        class_cell = heat.item(heat.rowCount() - 1, column).text()
        assert class_cell == f"{board.class_heat[objective]:.0%}"
    missed = dashboard.missed
    assert missed.rowCount() == len(board.most_missed)
    for row, item in enumerate(board.most_missed):
        assert missed.item(row, 1).text() == item.exercise_id
        assert missed.item(row, 2).text() == f"{item.missed:.0%}"

    # Double-click a trainee who answered: their attempt in the review, marks over the truth.
    row = next(r for r in range(len(NAMES)) if dashboard.trainees.item(r, 0).text() in sitting)
    assert dashboard.trainees.item(row, 0).data(ATTEMPT_ROLE) is not None
    cell = dashboard.trainees.item(row, 0)
    dashboard.trainees.scrollToItem(cell)
    where = dashboard.trainees.visualItemRect(cell).center()
    qtbot.mouseClick(dashboard.trainees.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(dashboard.trainees.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: isinstance(dashboard.review_window, ReviewPage), timeout=20000)
    review = dashboard.review_window
    assert isinstance(review, ReviewPage)
    qtbot.addWidget(review)
    name = dashboard.trainees.item(row, 0).text()
    assert review.result.earned == points[name] and name in review.windowTitle()

    # Reports…: the class's files into the folder chosen, the numbers those of the database.
    folder = tmp_path / f"reports-{seed}"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    qtbot.mouseClick(dashboard.reports_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dashboard.reports_note is not None, timeout=20000)
    assert "no exam was given" in dashboard.reports_note.text()  # type: ignore[union-attr]
    rows = list(csv.DictReader((folder / "class-report.csv").open(encoding="utf-8")))
    assert len(rows) == len(NAMES)  # one session
    for row in rows:
        # Still answering: no total yet, as in the database (attempt.score is NULL).
        taking = row["trainee"] in sitting
        assert row["status"] == ("in_progress" if taking else "not taken")
        assert row["score"] == ""
    assert {p.name for p in folder.glob("trainee-*.pdf")} == {
        f"trainee-{i}.pdf" for i in range(1, len(NAMES) + 1)
    }
    assert not list(folder.glob("certificate-*"))
    dashboard.reports_note.close()  # type: ignore[union-attr]
    dashboard.close()
    review.close()
    window.store.close()  # type: ignore[union-attr]


@pytest.mark.parametrize("seed", [4, 5])
def test_close_and_grade_replaces_a_forged_score_with_the_official_one(
    qtbot: QtBot,
    tmp_path: Path,
    server: ClassServer,
    link: StoreClassLink,
    class_library: tuple[Library, dict[str, ExerciseSet]],
    seed: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rng = random.Random(seed)
    session = server.room.start_session(server.class_id, "six", session_json(server, "class-exam"))
    who = rng.choice(NAMES)
    seat, attempt_id, quiz = _workstation(tmp_path, link, server, session.code, who)
    # A tampered workstation: honest answers, but every item claimed right and the set passed.
    honest = QuizSession(quiz.exercise_set)
    for index in range(quiz.count):
        honest.go_to(index)
        record = honest.submit(VerdictAnswer(rng.choice(VERDICTS)))
        seat.record_answer(
            attempt_id, index, record.exercise.id, record.exercise.objectives,
            answer_to_json(record.answer), 1.0, 1.0, {}, 1.0,
        )  # fmt: skip
    real = honest.finish()
    assert real.earned < quiz.count  # the seeds are chosen so that the forgery shows
    seat.finish_attempt(
        attempt_id, score=float(quiz.count), max_score=float(quiz.count), passed=True,
        grades={i: Grade(1.0, 1.0, {}) for i in range(quiz.count)},
    )  # fmt: skip
    assert seat.deliver().waiting == 0
    seat.local.close()

    window = open_window(qtbot, class_library[0], open_store(f"sqlite:///{tmp_path / 'i.sqlite'}"))
    window.class_menus.set_link(link)
    window.class_menus.dashboard_action.trigger()
    dashboard = window.class_menus.dashboard
    assert dashboard is not None
    qtbot.addWidget(dashboard)
    dashboard.server.setText(server.url)
    with qtbot.waitSignal(dashboard.refresh_sessions().finished, timeout=10000):
        pass
    qtbot.waitUntil(lambda: "provisional" in _table_column(dashboard, 5).get(who, ""), timeout=5000)
    assert _table_column(dashboard, 4)[who].startswith(f"{quiz.count:g} / {quiz.count:g}")

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dashboard.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "official" in _table_column(dashboard, 5)[who], timeout=10000)
    assert _table_column(dashboard, 4)[who].startswith(f"{real.earned:g} / {real.maximum:g}")
    assert _table_column(dashboard, 5)[who].startswith("passed" if real.passed else "not passed")
    dashboard.close()
    window.store.close()  # type: ignore[union-attr]
