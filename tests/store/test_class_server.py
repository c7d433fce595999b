"""Class sessions on a class server set up with ``docexam class setup`` (the real local
PostgreSQL): thirty workstations at once, a workstation cut off mid-exam, and what a trainee's
role may not do with the class tables."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from docexam.store import Grade, open_store
from docexam.store.classes import Classroom
from docexam.store.seat import Seat
from tests.store.class_server import ClassServer
from tests.store.helpers import set_json
from tests.store.tcp_gate import Gate

pytestmark = pytest.mark.postgres
ITEMS = 12


def _session(server: ClassServer, trainee_ids: list[int], items: int = ITEMS) -> tuple[int, str]:
    with server.store(f"{server.name}_teacher") as teacher:
        room = Classroom(teacher)
        group = room.create_class(
            "2B", "Document examination I", date(2027, 3, 1), date(2027, 3, 5), trainee_ids
        )
        session = room.start_session(group.id, "utopia-basic", set_json("exam-1", "exam", items))
    return session.id, session.code


def _seat(server: ClassServer, login: str, code: str, tmp: Path, port: int | None = None) -> Seat:
    remote = open_store(server.url(login, port))
    room = Classroom(remote)
    me = room.my_trainee_id()
    assert me is not None
    local = open_store(f"sqlite:///{tmp / login / 'results.sqlite'}")
    return Seat(local, remote, room.join(code), me)


def _score(index: int, trainee: int) -> float:
    return float((index * 7 + trainee) % 3 != 0)


def _payload(score: float) -> dict[str, str]:
    """The verdict that earns ``score`` on the helpers' items (every one genuine)."""
    return {"kind": "verdict", "verdict": "genuine" if score else "counterfeit"}


def _take(seat: Seat, trainee: int, items: range, attempt: int | None = None) -> int:
    if attempt is None:
        me = seat.create_trainee("Me", "", 1)
        stored = seat.save_exercise_set("utopia-basic", set_json("exam-1", "exam", ITEMS))
        attempt = seat.start_attempt(me.id, stored.id).id
    for i in items:
        seat.record_answer(
            attempt, i, f"ex-{i}", ["L2.fraud.photo"], _payload(_score(i, trainee)),
            _score(i, trainee), 1.0, {}, 1.0,
        )  # fmt: skip
    return attempt


def _finish(seat: Seat, attempt: int, trainee: int) -> None:
    seat.finish_attempt(
        attempt, grades={i: Grade(_score(i, trainee), 1.0, {}) for i in range(ITEMS)}
    )


def test_thirty_workstations_take_an_exam_at_once_and_lose_nothing(
    server: ClassServer, tmp_path: Path
) -> None:
    ids = [server.add_trainee(f"w{n:02d}", f"Trainee {n:02d}") for n in range(30)]
    session_id, code = _session(server, ids)
    seats = [_seat(server, f"{server.name}_w{n:02d}", code, tmp_path) for n in range(30)]
    go = threading.Barrier(30)
    failures: list[BaseException] = []

    def workstation(n: int) -> None:
        try:
            go.wait()
            seat = seats[n]
            seat.start_sending()
            attempt = _take(seat, ids[n], range(ITEMS))
            if n % 2 == 0:
                _finish(seat, attempt, ids[n])
            seat.stop_sending()  # delivers what is left on the way out
            seat.deliver()
        except BaseException as exc:  # reported below, with the workstation
            failures.append(exc)

    threads = [threading.Thread(target=workstation, args=(n,)) for n in range(30)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert failures == []
    assert all(seat.outbox.pending() == [] and seat.outbox.refused() == [] for seat in seats)

    with server.store(f"{server.name}_teacher") as teacher:
        board = Classroom(teacher).dashboard(session_id)
    admin = open_store(server.admin_url)
    with admin.engine.connect() as conn:
        answers = conn.execute(text("SELECT count(*), count(DISTINCT uid) FROM answer")).one()
        scores = dict(conn.execute(text("SELECT trainee_id, score FROM attempt")).all())
    admin.close()
    assert tuple(answers) == (30 * ITEMS, 30 * ITEMS)
    assert board.answers == 30 * ITEMS
    assert len(board.lines) == 30 and all(line.answered == ITEMS for line in board.lines)
    for line in board.lines:
        assert line.score == scores[line.trainee_id]
        finished = ids.index(line.trainee_id) % 2 == 0
        assert (line.score == sum(_score(i, line.trainee_id) for i in range(ITEMS))) is finished
    for seat in seats:
        seat.local.close()
        seat.server.close()


def test_a_workstation_cut_off_mid_exam_sends_everything_once_when_back(
    server: ClassServer, tmp_path: Path
) -> None:
    session_id, code = _session(server, [server.li])
    url = make_url(server.admin_url)
    gate = Gate(url.host or "127.0.0.1", url.port or 5432)
    seat = _seat(server, f"{server.name}_li", code, tmp_path, gate.port)
    engine = server.engine(f"{server.name}_li")
    with engine.connect() as conn:  # before the close: no keys for a trainee of the class
        withheld = conn.execute(text("SELECT docexam_class.set_content(s.id) FROM exercise_set s"))
        assert withheld.scalar() is None
    engine.dispose()
    try:
        attempt = _take(seat, server.li, range(4))
        assert seat.deliver().sent == 5  # the start and four answers
        gate.cut()
        _take(seat, server.li, range(4, ITEMS), attempt)
        _finish(seat, attempt, server.li)
        cut = seat.deliver()
        assert (cut.sent, cut.waiting) == (0, ITEMS - 4 + 1)
        assert len(seat.local.answers(attempt)) == ITEMS  # kept on the workstation
        gate.restore()
        back = seat.deliver()
        assert (back.sent, back.waiting, back.refused) == (ITEMS - 4 + 1, 0, 0)
        with seat.local.engine.begin() as db:  # a resend of it all changes nothing
            db.execute(text("UPDATE class_outbox SET sent = false"))
        assert seat.deliver().refused == 0
    finally:
        gate.close()
        seat.local.close()
        seat.server.close()
    with server.store(f"{server.name}_teacher") as teacher:
        board = Classroom(teacher).dashboard(session_id)
        [line] = board.lines
        answers = teacher.answers(line.attempt_id or 0)
    assert [a.item_index for a in answers] == list(range(ITEMS))
    assert line.score == sum(_score(i, server.li) for i in range(ITEMS))


def _denied(server: ClassServer, login: str, sql: str, **params: object) -> str:
    engine = server.engine(login)
    try:
        with pytest.raises(DBAPIError) as caught, engine.begin() as conn:
            conn.execute(text(sql), params)
        return str(caught.value.orig)
    finally:
        engine.dispose()


def _rows(server: ClassServer, login: str, sql: str, **params: object) -> int:
    engine = server.engine(login)
    try:
        with engine.begin() as conn:
            return conn.execute(text(sql), params).rowcount
    finally:
        engine.dispose()


def test_a_trainee_cannot_change_a_class_or_another_trainees_seat(
    server: ClassServer, tmp_path: Path
) -> None:
    session_id, code = _session(server, [server.li, server.ana])
    li, ana = f"{server.name}_li", f"{server.name}_ana"
    seat = _seat(server, li, code, tmp_path)
    seat.classroom.sit(session_id, server.li, 3)
    assert "row-level security" in _denied(
        server, ana, "INSERT INTO seat (session_id, trainee_id, item_index, last_seen_at) "
        "VALUES (:s, :t, 0, now())", s=session_id, t=server.li,
    )  # fmt: skip
    assert _rows(server, ana, "UPDATE seat SET item_index = 0") == 0
    assert _rows(server, ana, "SELECT * FROM seat") == 0
    for sql in (
        "UPDATE class_session SET closes_at = now() + interval '1 day'",
        "INSERT INTO class_member (class_id, trainee_id) VALUES (1, 1)",
        "UPDATE class_group SET name = 'x'",
        "DELETE FROM seat",
    ):
        assert "permission denied" in _denied(server, li, sql), sql
    # A trainee of another class sees nothing of this one, and cannot join it.
    outsider = server.add_trainee("sam", "Sam Outside")
    assert outsider
    assert _rows(server, f"{server.name}_sam", "SELECT * FROM class_session") == 0
    seat.local.close()
    seat.server.close()


def test_a_trainee_cannot_answer_after_the_close_even_with_sql(
    server: ClassServer, tmp_path: Path
) -> None:
    session_id, code = _session(server, [server.li, server.ana])
    li = f"{server.name}_li"
    seat = _seat(server, li, code, tmp_path)
    attempt = _take(seat, server.li, range(1))
    seat.deliver()
    with server.store(f"{server.name}_teacher") as teacher:
        Classroom(teacher).close_session(session_id)
        lines = Classroom(teacher).dashboard(session_id).lines
        server_attempt = next(x.attempt_id for x in lines if x.trainee_id == server.li)
    assert "row-level security" in _denied(
        server, li, "INSERT INTO answer (attempt_id, item_index, exercise_id, objectives, payload,"
        " seconds, answered_at) VALUES (:a, 1, 'ex-1', '[]', '{}', 1, now())", a=server_attempt,
    )  # fmt: skip
    assert attempt
    # The close releases the keys to the class (Ana never started: she may review it now),
    # but never to an attempt still open (Li's, not sent finished: it could still be graded).
    for login, released in ((f"{server.name}_ana", True), (li, False)):
        engine = server.engine(login)
        with engine.connect() as conn:
            query = "SELECT docexam_class.set_content(s.id) FROM exercise_set s"
            assert (conn.execute(text(query)).scalar() is not None) is released, login
        engine.dispose()
    seat.local.close()
    seat.server.close()
