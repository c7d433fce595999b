"""Class-session figures: the instructor's dashboard refresh with 30 trainees x 200 answers,
read through the link the dashboard polls; storing one answer on a seated workstation (its own
SQLite with the outbox entry in the same commit) while its sending thread delivers to the
server as in the app, against the same answer stored unseated (the floor: one fsync); and
answer-to-screen on the real path: a seated workstation stores an answer at a random moment, its
sending thread delivers it, and an open DashboardWindow (offscreen) shows it on its own 1 s poll,
against the floor of one poll on demand (the worker's refresh and the tables filled, no timer).

    PYTHONPATH=. .venv/bin/python benchmarks/bench_class_dashboard.py \
        [--trainees 30] [--per 200] [--runs 15] [--screen 15]

Prints JSON, medians in milliseconds, with the floors (a SELECT 1 round trip, the unseated
answer, the poll on demand) measured in the same run. PostgreSQL: DOCEXAM_BENCH_POSTGRES_URL,
default the local server; a scratch database is created and dropped. Targets: answer-to-screen
median < 1 s, worst < 2 s; an answer <= 20 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, cast

from sqlalchemy import create_engine, insert, text
from sqlalchemy.engine import make_url

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DOCEXAM_DATA_DIR", tempfile.mkdtemp(prefix="docexam-bench-"))
os.environ.setdefault("DOCEXAM_CONFIG_DIR", tempfile.mkdtemp(prefix="docexam-bench-cfg-"))

from docexam.store import Store, open_store
from docexam.store.class_link import StoreClassLink
from docexam.store.classes import Classroom
from docexam.store.models import AnswerRow
from docexam.store.records import ClassSession
from docexam.store.seat import Seat

if TYPE_CHECKING:
    from docexam.store.class_port import ClassLink
    from docexam.ui.classroom.dashboard import DashboardWindow


def _set(items: int) -> dict[str, object]:
    exercises = [{"id": f"ex-{i}", "kind": "verdict"} for i in range(items)]
    return {"id": "exam", "title": {"en": "Exam"}, "mode": "practice", "time_limit_s": None,
            "pass_mark": 0.6, "exercises": exercises}  # fmt: skip


def _ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 2)


def _wait(until: Callable[[], bool], limit_s: float = 60.0) -> None:
    """Run the Qt event loop (the dashboard's timer, its worker's results) until ``until``."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop, check = QEventLoop(), QTimer()
    deadline = time.perf_counter() + limit_s
    check.setInterval(1)

    def look() -> None:
        if until() or time.perf_counter() > deadline:
            loop.quit()

    check.timeout.connect(look)
    check.start()
    if not until():
        loop.exec()
    check.stop()
    if not until():
        raise TimeoutError("the dashboard did not show the answer within a minute")


def _past(moment: float) -> bool:
    return time.perf_counter() >= moment


def _replaced(dashboard: DashboardWindow, before: object) -> bool:
    return dashboard.board is not before


def answer_to_screen(
    url: str, server: Store, session: ClassSession, trainee_id: int, per: int, samples: int
) -> dict[str, float]:
    """The answers of one seated workstation, each timed from the call that stores it to the
    open dashboard's figures (its ``board``, the tables filled from it) counting it."""
    from docexam.core.library.library import Library
    from docexam.ui.app import create_application
    from docexam.ui.classroom.dashboard import POLL_MS, DashboardWindow

    create_application()
    rng = random.Random(7)
    link = StoreClassLink()
    with tempfile.TemporaryDirectory() as tmp:
        dashboard = DashboardWindow(cast("ClassLink", link), Library(Path(tmp) / "library", []))
        dashboard.server.setText(url)
        dashboard.refresh_sessions()
        _wait(lambda: dashboard.board is not None)
        local = open_store(f"sqlite:///{Path(tmp) / 'results.sqlite'}")
        seat = Seat(local, server, session, trainee_id)
        me = seat.create_trainee("Screen")
        attempt = seat.start_attempt(me.id, seat.save_exercise_set("bench", _set(per)).id)
        seat.start_sending()
        board = dashboard.board
        assert board is not None
        expected = board.answers

        def counts(n: int) -> Callable[[], bool]:
            return lambda: dashboard.board is not None and dashboard.board.answers == n

        shown: list[float] = []
        for i in range(samples):
            # Answers come at any moment of the poll's second; wait a random part of it.
            pause = time.perf_counter() + rng.uniform(0.0, POLL_MS / 1000)
            _wait(partial(_past, pause))
            _wait(counts(expected))
            t = time.perf_counter()
            seat.record_answer(attempt.id, i, f"ex-{i}", ["L1.obj"], {}, 1.0, 1.0, {}, 1.0)
            expected += 1
            _wait(counts(expected))
            shown.append(time.perf_counter() - t)
        # The floor: one poll asked for at once, nothing to wait for but the refresh itself.
        dashboard.timer.stop()
        on_demand: list[float] = []
        for _ in range(samples):
            _wait(lambda: dashboard.poll_task is None or dashboard.poll_task.is_done())
            before = dashboard.board
            t = time.perf_counter()
            dashboard.poll()
            _wait(partial(_replaced, dashboard, before))
            on_demand.append(time.perf_counter() - t)
        seat.stop_sending()
        dashboard.close()
        dashboard.deleteLater()
        local.close()
    link.close()
    return {
        "answer_to_screen_ms": _ms(shown),
        "answer_to_screen_max_ms": round(max(shown) * 1000, 1),
        "floor_poll_on_demand_ms": _ms(on_demand),
    }


def bench(url: str, trainees: int, per: int, runs: int, screen: int) -> dict[str, object]:
    store = open_store(url)
    room = Classroom(store)
    ids = [store.create_trainee(f"T{n:02d}").id for n in range(trainees)]
    group = room.create_class("bench", "c", date(2027, 1, 1), date(2027, 1, 2), ids)
    session = room.start_session(group.id, "bench", _set(per))
    now = datetime.now(UTC)
    rows = []
    for tid in ids:
        attempt = store.start_attempt(tid, session.exercise_set_id, class_session_id=session.id)
        room.sit(session.id, tid, per - 1)
        rows += [dict(attempt_id=attempt.id, item_index=i, exercise_id=f"ex-{i}",
                      objectives=[f"L1.obj{i % 12}"], payload={}, score=float(i % 3 != 0),
                      max_score=1.0, feedback={}, seconds=1.0, answered_at=now)
                 for i in range(per)]  # fmt: skip
    with store.engine.begin() as conn:
        conn.execute(insert(AnswerRow), rows)
    link = StoreClassLink()  # what the dashboard polls: its own connection to the server
    floor, refresh = [], []
    for _ in range(runs):
        t = time.perf_counter()
        with store.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        floor.append(time.perf_counter() - t)
        t = time.perf_counter()
        board = link.dashboard(url, session.id)
        refresh.append(time.perf_counter() - t)
    link.close()
    assert board.answers == trainees * per
    with tempfile.TemporaryDirectory() as tmp:
        local = open_store(f"sqlite:///{Path(tmp) / 'results.sqlite'}")
        seat = Seat(local, store, session, ids[0])
        me = seat.create_trainee("Me")
        attempt = seat.start_attempt(me.id, seat.save_exercise_set("bench", _set(per)).id)
        alone = local.start_attempt(me.id, attempt.exercise_set_id)
        seat.start_sending()  # as after a join: each answer wakes the delivery to the server
        answer, floor_answer = [], []
        for i in range(min(per, 100)):
            t = time.perf_counter()
            seat.record_answer(attempt.id, i, f"ex-{i}", ["L1.obj"], {}, 1.0, 1.0, {}, 1.0)
            answer.append(time.perf_counter() - t)
            # The floor: the same answer in the same file, not seated (no outbox entry).
            t = time.perf_counter()
            local.record_answer(alone.id, i, f"ex-{i}", ["L1.obj"], {}, 1.0, 1.0, {}, 1.0)
            floor_answer.append(time.perf_counter() - t)
        seat.stop_sending()
        assert seat.deliver().waiting == 0 and not seat.outbox.refused()  # all on the server
        local.close()
    on_screen = answer_to_screen(url, store, session, ids[1], per, screen)
    store.close()
    return {
        "trainees": trainees,
        "answers": trainees * per,
        "floor_select1_ms": _ms(floor),
        "dashboard_refresh_ms": _ms(refresh),
        **on_screen,
        "seat_store_answer_ms": _ms(answer),
        "floor_unseated_answer_ms": _ms(floor_answer),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trainees", type=int, default=30)
    parser.add_argument("--per", type=int, default=200)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--screen", type=int, default=15, help="answers timed to the screen")
    local_pg = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
    parser.add_argument(
        "--postgres", default=os.environ.get("DOCEXAM_BENCH_POSTGRES_URL") or local_pg
    )
    args = parser.parse_args()
    out: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        out["sqlite"] = bench(
            f"sqlite:///{tmp}/r.sqlite", args.trainees, args.per, args.runs, args.screen
        )
    name = f"docexam_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(args.postgres, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:
        out["postgresql"] = f"skipped: server unreachable ({type(exc).__name__})"
        print(json.dumps(out, indent=2))
        return 0
    url = make_url(args.postgres).set(database=name).render_as_string(hide_password=False)
    try:
        out["postgresql"] = bench(url, args.trainees, args.per, args.runs, args.screen)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
