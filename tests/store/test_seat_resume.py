"""A workstation that crashes mid-session: at the next start its class attempt is seated again
from what it kept (no new join), what waited in its outbox goes to the server, and answers given
after the restart reach it too; nothing twice (uids)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from docexam.store import Grade, open_store
from docexam.store.class_link import StoreClassLink
from docexam.store.classes import Classroom
from tests.store.helpers import set_json
from tests.store.test_class_server import _payload

ITEMS = 5


@pytest.mark.parametrize("before_crash", [0, 2, 4])
def test_a_seated_attempt_resumes_on_its_seat_after_a_crash(
    tmp_path: Path, before_crash: int
) -> None:
    server_url = f"sqlite:///{tmp_path / 'class-server.sqlite'}"
    server = open_store(server_url)
    li = server.create_trainee("Li Wei", "Border Police", 1).id
    room = Classroom(server)
    group = room.create_class("2B", "Documents I", date(2027, 3, 1), date(2027, 3, 5), [li])
    session = room.start_session(group.id, "utopia-basic", set_json("exam-1", "exam", ITEMS))
    local_url = f"sqlite:///{tmp_path / 'workstation.sqlite'}"

    # Before the crash: joined, started, some answers sent, one more kept but never sent.
    local, link = open_store(local_url), StoreClassLink()
    seat = link.join(local, server_url, session.code, "Li Wei")
    me = seat.create_trainee("Li Wei", "", 1)
    stored = seat.save_exercise_set("utopia-basic", set_json("exam-1", "exam", ITEMS))
    attempt = seat.start_attempt(me.id, stored.id).id
    for i in range(before_crash):
        seat.record_answer(attempt, i, f"ex-{i}", ["L2.fraud.photo"], _payload(1.0), 1.0, 1.0,
                           {}, 1.0)  # fmt: skip
    seat.deliver()
    seat.record_answer(attempt, before_crash, f"ex-{before_crash}", ["L2.fraud.photo"],
                       _payload(0.0), 0.0, 1.0, {}, 1.0)  # fmt: skip
    local.close()  # the crash: nothing more is sent, the seat is gone
    link.close()

    # The next start: no join, no code typed.
    local, link = open_store(local_url), StoreClassLink()
    [again] = link.reseat(local)
    assert again.session.id == session.id and again.holds(attempt)
    assert again.address == server_url  # kept with the attempt, without a password
    assert again.deliver().sent == 1  # the answer kept at the crash
    for i in range(before_crash + 1, ITEMS):
        again.record_answer(attempt, i, f"ex-{i}", ["L2.fraud.photo"], _payload(1.0), 1.0, 1.0,
                            {}, 1.0)  # fmt: skip
    grades = {i: Grade(float(i != before_crash), 1.0, {}) for i in range(ITEMS)}
    again.finish_attempt(attempt, grades=grades)
    assert again.deliver().waiting == 0
    with local.engine.begin() as db:  # a resend of everything adds nothing
        db.execute(text("UPDATE class_outbox SET sent = false"))
    assert again.deliver().refused == 0
    assert link.reseat(local) == []  # finished and all sent: nothing to seat any more

    [line] = room.dashboard(session.id).lines
    assert line.status == "finished" and line.score == ITEMS - 1
    assert [a.item_index for a in server.answers(line.attempt_id or 0)] == list(range(ITEMS))
    with server.engine.connect() as db:
        assert db.execute(text("SELECT count(*) FROM attempt")).scalar() == 1
    local.close()
    link.close()
    server.close()
