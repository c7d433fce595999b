"""``docexam class create / start / status / close`` as an instructor types them (SQLite)."""

from __future__ import annotations

import pytest

from docexam.cli import run
from docexam.store import open_store
from docexam.store.classes import Classroom
from tests.store.helpers import set_json


def test_an_instructor_creates_a_class_and_follows_its_session(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_store(sqlite_url) as store:
        ids = [store.create_trainee(n, "Border Police").id for n in ("Li Wei", "Ana Ruiz")]
    args = ["class", "create", "--url", sqlite_url, "--name", "2B", "--course", "Documents I"]
    dates = ["--from", "2027-03-01", "--to", "2027-03-05"]
    assert run([*args, *dates, *[f"--trainee-id={i}" for i in ids]]) == 0
    assert "2 trainees" in capsys.readouterr().out

    with open_store(sqlite_url) as store:
        room = Classroom(store)
        session = room.start_session(room.class_by_name("2B").id, "p", set_json("exam-1", "exam"))
        attempt = store.start_attempt(
            ids[0], session.exercise_set_id, uid="u-1", class_session_id=session.id
        )
        store.record_answer(attempt.id, 0, "ex-0", ["L1.uv"], {}, 1.0, 1.0, {}, 2.0)
    assert run(["class", "status", "--url", sqlite_url, "--code", session.code.lower()]) == 0
    out = capsys.readouterr().out
    assert f"code {session.code}" in out and "1 answers" in out
    assert "Ana Ruiz" in out and "not started" in out
    assert run(["class", "close", "--url", sqlite_url, "--code", session.code]) == 0
    assert "closed at" in capsys.readouterr().out


def test_bad_input_is_one_line_naming_the_problem(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["class", "status", "--url", sqlite_url, "--code", "AAA-AAA"]) != 0
    assert "no session" in capsys.readouterr().err
    start = ["class", "start", "--url", sqlite_url, "--class", "nope", "--pack", "utopia-basic"]
    assert run([*start, "--set", "missing"]) != 0
    err = capsys.readouterr().err
    assert "no exercise set 'missing'" in err and "Traceback" not in err
    with pytest.raises(SystemExit):
        run(["class", "create", "--name", "x", "--course", "c", "--from", "03/01", "--to", "x"])
    assert "not a date" in capsys.readouterr().err
