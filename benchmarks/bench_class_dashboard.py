"""Class-session figures: the instructor's dashboard refresh with 30 trainees x 200 answers
(the answer-to-screen time is at most the poll interval plus this), read through the link the
dashboard polls, and storing one answer on a seated workstation (its own SQLite with the outbox
entry in the same commit) while its sending thread delivers to the server as in the app,
against the same answer stored unseated (the floor: one fsync).

    PYTHONPATH=. .venv/bin/python benchmarks/bench_class_dashboard.py \
        [--trainees 30] [--per 200] [--runs 15]

Prints JSON, medians in milliseconds, with the floor (a SELECT 1 round trip) measured in the
same run. PostgreSQL: DOCEXAM_BENCH_POSTGRES_URL, default the local server; a scratch database
is created and dropped. Targets: refresh + 1 s poll < 2 s; an answer <= 20 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import create_engine, insert, text
from sqlalchemy.engine import make_url

from docexam.store import open_store
from docexam.store.class_link import StoreClassLink
from docexam.store.classes import Classroom
from docexam.store.models import AnswerRow
from docexam.store.seat import Seat

POLL_S = 1.0  # the dashboard's poll interval (docs/class-mode.md)


def _set(items: int) -> dict[str, object]:
    exercises = [{"id": f"ex-{i}", "kind": "verdict"} for i in range(items)]
    return {"id": "exam", "title": {"en": "Exam"}, "mode": "practice", "time_limit_s": None,
            "pass_mark": 0.6, "exercises": exercises}  # fmt: skip


def _ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 2)


def bench(url: str, trainees: int, per: int, runs: int) -> dict[str, object]:
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
    store.close()
    return {
        "trainees": trainees,
        "answers": trainees * per,
        "floor_select1_ms": _ms(floor),
        "dashboard_refresh_ms": _ms(refresh),
        "answer_to_screen_worst_ms": round(_ms(refresh) + POLL_S * 1000, 1),
        "seat_store_answer_ms": _ms(answer),
        "floor_unseated_answer_ms": _ms(floor_answer),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trainees", type=int, default=30)
    parser.add_argument("--per", type=int, default=200)
    parser.add_argument("--runs", type=int, default=15)
    local_pg = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
    parser.add_argument(
        "--postgres", default=os.environ.get("DOCEXAM_BENCH_POSTGRES_URL") or local_pg
    )
    args = parser.parse_args()
    out: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        out["sqlite"] = bench(f"sqlite:///{tmp}/r.sqlite", args.trainees, args.per, args.runs)
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
        out["postgresql"] = bench(url, args.trainees, args.per, args.runs)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
