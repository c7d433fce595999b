"""Official grades on a class server (the real local PostgreSQL): a workstation that sends
made-up scores gets its real score once the instructor closes the session, and a trainee's role
can neither write nor read the official results."""

from __future__ import annotations

from pathlib import Path

import pytest

from docexam.store import Grade, open_store
from docexam.store.class_report import read_class_report
from docexam.store.classes import Classroom
from docexam.store.seat import Seat
from tests.store.class_server import ClassServer
from tests.store.test_class_server import _denied, _payload, _rows, _session

pytestmark = pytest.mark.postgres
ITEMS = 6


def _forger(server: ClassServer, code: str, tmp: Path, right: list[bool]) -> Seat:
    """Li's workstation, tampered: it answers as ``right`` says but claims full marks."""
    login = f"{server.name}_li"
    remote = open_store(server.url(login))
    room = Classroom(remote)
    local = open_store(f"sqlite:///{tmp / 'li.sqlite'}")
    seat = Seat(local, remote, room.join(code), server.li)
    me = seat.create_trainee("Li Wei", "", 1)
    stored = seat.save_exercise_set("utopia-basic", _set(seat))
    attempt = seat.start_attempt(me.id, stored.id).id
    for i, ok in enumerate(right):
        seat.record_answer(attempt, i, f"ex-{i}", ["L2.fraud.photo"], _payload(float(ok)),
                           1.0, 1.0, {}, 1.0)  # fmt: skip
    seat.finish_attempt(attempt, grades={i: Grade(1.0, 1.0, {}) for i in range(ITEMS)})
    assert seat.deliver().waiting == 0
    return seat


def _set(seat: Seat) -> dict[str, object]:
    from tests.store.helpers import set_json

    return set_json(seat.session.set_key, seat.session.mode, ITEMS)


@pytest.mark.parametrize("seed", [3, 4])
def test_a_forged_score_is_replaced_by_the_real_one_at_the_close(
    server: ClassServer, tmp_path: Path, seed: int
) -> None:
    import random

    rng = random.Random(seed)
    right = [rng.random() < 0.5 for _ in range(ITEMS)]
    right[seed % ITEMS] = False  # at least one wrong, so the forgery shows
    session_id, code = _session(server, [server.li, server.ana], ITEMS)
    seat = _forger(server, code, tmp_path, right)
    teacher = server.store(f"{server.name}_teacher")
    try:
        room = Classroom(teacher)
        [before] = [x for x in room.dashboard(session_id).lines if x.trainee_id == server.li]
        assert before.score == ITEMS and not before.official  # the claim, provisional

        # The trainee's role cannot write (or read) the official result, even with SQL.
        li = f"{server.name}_li"
        attempt_id = before.attempt_id
        assert "permission denied" in _denied(
            server, li, "INSERT INTO official_result (attempt_id, score, max_score, passed, "
            "graded_at) VALUES (:a, 6, 6, true, now())", a=attempt_id,
        )  # fmt: skip
        room.close_session(session_id)
        assert "permission denied" in _denied(
            server, li, "UPDATE official_result SET score = 6 WHERE attempt_id = :a", a=attempt_id
        )
        assert "permission denied" in _denied(server, li, "SELECT * FROM official_result")
        assert _rows(server, f"{server.name}_teacher", "SELECT * FROM official_result") == 1

        real = float(sum(right))
        [after] = [x for x in room.dashboard(session_id).lines if x.trainee_id == server.li]
        assert (after.score, after.max_score, after.official) == (real, ITEMS, True)
        assert after.passed is (real / ITEMS >= 0.6)
        group = next(c for c in room.classes() if c.id == room.session(session_id).class_id)
        [result] = [
            t.results[session_id] for t in read_class_report(teacher, group).trainees
            if t.trainee_id == server.li
        ]  # fmt: skip
        assert (result.score, result.official) == (real, True)
    finally:
        teacher.close()
        seat.local.close()
        seat.server.close()
