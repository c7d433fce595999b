"""Class sessions on SQLite and PostgreSQL: a class, a session under a code, workstations
seated on it through their outbox, and the dashboard's figures against the stored rows."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from docexam.core.training import classroom as rules
from docexam.store import Grade, Store, StoreError, open_store
from docexam.store.classes import Classroom
from docexam.store.seat import Seat
from tests.store.helpers import set_json


def _class(store: Store, trainees: int = 3) -> tuple[Classroom, list[int], int]:
    ids = [store.create_trainee(f"Trainee {i:02d}", "Border Police", 1).id for i in range(trainees)]
    room = Classroom(store)
    group = room.create_class(
        "2B spring", "Document examination I", date(2027, 3, 1), date(2027, 3, 12), ids
    )
    return room, ids, group.id


def _seat(tmp_path: Path, server: Store, code: str, trainee_id: int, who: str) -> Seat:
    local = open_store(f"sqlite:///{tmp_path / who / 'results.sqlite'}")
    session = Classroom(server).join(code)
    return Seat(local, server, session, trainee_id)


def _take(seat: Seat, scores: list[float], finish: bool = True) -> int:
    """What the quiz does: start the session's set, answer each item, finish with the grades."""
    trainee = seat.create_trainee("Me", "", 1)
    stored = seat.save_exercise_set("utopia-basic", set_json("exam-1", "exam", len(scores)))
    attempt = seat.start_attempt(trainee.id, stored.id)
    for index, score in enumerate(scores):
        objective = "L1.uv.substrate" if index % 2 else "L2.fraud.photo"
        seat.record_answer(
            attempt.id, index, f"ex-{index}", [objective], {"v": index}, score, 1.0, {}, 2.0
        )
    if finish:
        grades = {i: Grade(s, 1.0, {}) for i, s in enumerate(scores)}
        seat.finish_attempt(attempt.id, grades=grades)
    return attempt.id


def test_a_class_code_is_joined_however_it_is_typed(store: Store) -> None:
    room, _, class_id = _class(store)
    session = room.start_session(class_id, "utopia-basic", set_json("exam-1", "exam"))
    assert len(session.code) == 7 and session.code[3] == "-"
    assert set(session.code.replace("-", "")) <= set(rules.CODE_ALPHABET)
    typed = f"  {session.code.replace('-', '').lower()} "
    assert room.join(typed).id == session.id
    assert session.closes_at == session.opens_at + timedelta(seconds=600)  # the set's limit
    with pytest.raises(StoreError, match="no session"):
        room.join("ZZZ-ZZZ" if session.code != "ZZZ-ZZZ" else "YYY-YYY")


def test_codes_are_distinct_and_unambiguous_over_many_sessions(store: Store) -> None:
    room, _, class_id = _class(store, 1)
    codes = {
        room.start_session(class_id, "utopia-basic", set_json(f"s{i}")).code for i in range(40)
    }
    assert len(codes) == 40
    assert not any(ch in code for code in codes for ch in "01ILO")


def test_a_class_refuses_bad_dates_and_unknown_trainees(store: Store) -> None:
    room = Classroom(store)
    with pytest.raises(StoreError, match="before it starts"):
        room.create_class("x", "c", date(2027, 3, 2), date(2027, 3, 1))
    with pytest.raises(StoreError, match="trainee 999"):
        room.create_class("y", "c", date(2027, 3, 1), date(2027, 3, 2), [999])
    assert room.classes() == []


def test_workstations_answers_reach_the_dashboard_and_equal_the_database(
    store: Store, tmp_path: Path
) -> None:
    room, ids, class_id = _class(store, 4)
    session = room.start_session(class_id, "utopia-basic", set_json("exam-1", "exam", 6))
    rng = random.Random(22)
    scores = {tid: [float(rng.random() < 0.6) for _ in range(6)] for tid in ids[:3]}
    for n, tid in enumerate(ids[:3]):
        seat = _seat(tmp_path, store, session.code, tid, f"ws{n}")
        _take(seat, scores[tid], finish=n != 2)  # the third is still at work
        seat.showing(5)
        assert seat.deliver().waiting == 0
        seat.classroom.sit(session.id, tid, 5)
    board = room.dashboard(session.id)
    assert [line.trainee_id for line in board.lines] == sorted(ids)
    with store.engine.connect() as conn:
        stored = conn.execute(text("SELECT count(*) FROM answer")).scalar()
        totals = dict(conn.execute(text("SELECT trainee_id, score FROM attempt")).all())
    assert board.answers == stored == 18
    by_id = {line.trainee_id: line for line in board.lines}
    for tid in ids[:2]:
        assert by_id[tid].score == totals[tid] == sum(scores[tid])
        assert by_id[tid].connected and by_id[tid].answered == 6
    assert by_id[ids[2]].score is None and by_id[ids[2]].answered == 6  # an exam: ungraded yet
    assert not by_id[ids[3]].connected and by_id[ids[3]].answered == 0
    graded = [s for tid in ids[:2] for s in scores[tid]]
    odd = [scores[t][i] for t in ids[:2] for i in range(1, 6, 2)]
    assert board.class_heat["L1.uv.substrate"] == pytest.approx(sum(odd) / len(odd))
    assert board.connected == 3
    if any(s < 1 for s in graded):
        worst = board.most_missed[0]
        assert worst.missed == max(1 - sum(scores[t][i] for t in ids[:2]) / 2 for i in range(6))


def test_an_outbox_sent_twice_adds_nothing(store: Store, tmp_path: Path) -> None:
    room, ids, class_id = _class(store, 1)
    session = room.start_session(class_id, "utopia-basic", set_json("exam-1", "exam", 4))
    seat = _seat(tmp_path, store, session.code, ids[0], "ws")
    _take(seat, [1.0, 0.0, 1.0, 1.0])
    seat.deliver()
    # As if the workstation crashed after sending but before marking: everything goes again.
    with seat.local.engine.begin() as db:
        db.execute(text("UPDATE class_outbox SET sent = false"))
    assert seat.deliver().sent == 6
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM answer")).scalar() == 4
        assert conn.execute(text("SELECT count(*) FROM attempt")).scalar() == 1
        assert conn.execute(text("SELECT score FROM attempt")).scalar() == 3.0


def test_an_answer_given_after_the_close_is_refused_and_kept_locally(
    store: Store, tmp_path: Path
) -> None:
    room, ids, class_id = _class(store, 1)
    session = room.start_session(class_id, "utopia-basic", set_json("drill", "practice", 3))
    seat = _seat(tmp_path, store, session.code, ids[0], "ws")
    trainee = seat.create_trainee("Me", "", 1)
    stored = seat.save_exercise_set("utopia-basic", set_json("drill", "practice", 3))
    attempt = seat.start_attempt(trainee.id, stored.id)
    seat.record_answer(attempt.id, 0, "ex-0", ["L1.uv"], {}, 1.0, 1.0, {}, 2.0)
    seat.deliver()
    room.close_session(session.id)
    late = datetime.now(UTC) + timedelta(seconds=5)
    seat.record_answer(attempt.id, 1, "ex-1", ["L1.uv"], {}, 1.0, 1.0, {}, 2.0, late)
    result = seat.deliver()
    assert (result.sent, result.refused) == (0, 1)
    assert "after its class session closed" in seat.outbox.refused()[0][1]
    assert len(seat.local.answers(attempt.id)) == 2  # the workstation keeps it
    assert len(store.answers(room.dashboard(session.id).lines[0].attempt_id or 0)) == 1


def test_an_answer_and_its_outbox_entry_are_one_commit(store: Store, tmp_path: Path) -> None:
    room, ids, class_id = _class(store, 1)
    session = room.start_session(class_id, "utopia-basic", set_json("exam-1", "exam", 3))
    seat = _seat(tmp_path, store, session.code, ids[0], "ws")
    attempt = _take(seat, [1.0, 0.0], finish=True)
    kinds = [entry.kind for entry in seat.outbox.pending()]
    assert kinds == ["start", "answer", "answer", "finish"]
    # An answer the workstation's store refuses (its attempt is closed) leaves no entry behind.
    with pytest.raises(StoreError, match="already"):
        seat.record_answer(attempt, 2, "ex-2", ["L1.uv.substrate"], {}, 1.0, 1.0, {}, 1.0)
    assert [entry.kind for entry in seat.outbox.pending()] == kinds
    # The entries live in the workstation's results file, next to the answers they carry.
    with seat.local.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM class_outbox")).scalar() == 4
    seat.local.close()
