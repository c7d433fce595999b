"""Roles and rights on a class server, against the real local PostgreSQL.

Each test connects as the login role a person would use (trust authentication on the test
server, so no password is needed) and tries what that role must not do: each fails if a grant
or a policy of ``docexam class setup`` is too wide.
"""

from __future__ import annotations

import io

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from docexam.cli import run
from docexam.core.domain.sealed import unseal
from docexam.store import StoreError, open_store
from docexam.store.db import make_engine
from tests.store.class_server import ClassServer
from tests.store.helpers import grades, set_json

pytestmark = pytest.mark.postgres


def _exam_in_progress(server: ClassServer, login: str, trainee_id: int) -> tuple[int, int]:
    """As ``login``: save an exam, start it, answer two items; (set id, attempt id)."""
    with server.store(login) as store:
        stored = store.save_exercise_set("utopia-basic", set_json(key="exam-1", mode="exam"))
        attempt = store.start_attempt(trainee_id, stored.id)
        for index in range(2):
            store.record_answer(
                attempt.id, index, f"ex-{index}", ["L2.fraud.photo"], {"verdict": "fraud"},
                1.0, 1.0, {"items": []}, seconds=3.0,
            )  # fmt: skip
        return stored.id, attempt.id


def _denied(engine: Engine, sql: str, **params: object) -> str:
    with pytest.raises(DBAPIError) as caught, engine.begin() as conn:
        conn.execute(text(sql), params)
    return str(caught.value.orig)


def _rowcount(engine: Engine, sql: str, **params: object) -> int:
    with engine.begin() as conn:
        return conn.execute(text(sql), params).rowcount


def test_a_trainee_cannot_read_the_keys_of_an_exam_before_it_closes(server: ClassServer) -> None:
    li, ana = f"{server.name}_li", f"{server.name}_ana"
    set_id, attempt_id = _exam_in_progress(server, li, server.li)
    for login in (li, ana):  # the one taking it, and one who has not started it
        engine = server.engine(login)
        message = _denied(engine, "SELECT content FROM exercise_set WHERE id = :i", i=set_id)
        assert "permission denied" in message
        _denied(engine, "SELECT * FROM exercise_set")
        with engine.connect() as conn:
            released = conn.execute(
                text("SELECT docexam_class.set_content(:i)"), {"i": set_id}
            ).scalar()
        assert released is None
        with server.store(login) as store:
            assert store.unfinished_attempts() == []  # resuming would hand over the items
        engine.dispose()

    with server.store(li) as store:
        store.finish_attempt(attempt_id, grades=grades({0: 1.0, 1: 0.0}))
    engine = server.engine(li)
    with engine.connect() as conn:
        released = conn.execute(text("SELECT docexam_class.set_content(:i)"), {"i": set_id})
        content = released.scalar()
    engine.dispose()
    assert unseal(content["sealed_exercises"]) == set_json(key="exam-1", mode="exam")["exercises"]


def test_a_trainee_cannot_read_or_change_another_trainees_results(server: ClassServer) -> None:
    set_id, attempt_id = _exam_in_progress(server, f"{server.name}_li", server.li)
    with server.store(f"{server.name}_li") as store:
        store.finish_attempt(attempt_id, grades=grades({0: 1.0, 1: 1.0}))
    ana = f"{server.name}_ana"
    engine = server.engine(ana)
    with engine.connect() as conn:
        for table in ("attempt", "answer", "mastery"):
            assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0, table
        names = conn.execute(text("SELECT name FROM trainee")).scalars().all()
        assert names == ["Ana Ruiz"]
        assert conn.execute(text("SELECT count(*) FROM docexam_class.login")).scalar() == 1
    assert _rowcount(engine, "UPDATE attempt SET passed = false WHERE id = :i", i=attempt_id) == 0
    assert _rowcount(engine, "UPDATE mastery SET level = 0") == 0
    assert "row-level security" in _denied(
        engine,
        "INSERT INTO answer (attempt_id, item_index, exercise_id, objectives, payload, seconds,"
        " answered_at) VALUES (:a, 2, 'ex-2', '[]', '{}', 1, now())",
        a=attempt_id,
    )
    assert "row-level security" in _denied(
        engine,
        "INSERT INTO attempt (trainee_id, exercise_set_id, mode, status, started_at)"
        " VALUES (:t, :s, 'exam', 'in_progress', now())",
        t=server.li,
        s=set_id,
    )
    engine.dispose()
    with server.store(ana) as store:
        assert store.attempt_history(server.li) == []
        assert store.answers(attempt_id) == []
        assert store.mastery(server.li) == []
        with pytest.raises(StoreError):
            store.start_attempt(server.li, set_id)
    with open_store(server.admin_url) as admin:
        kept = admin.attempt_history(server.li)[0]
    assert (kept.score, kept.passed) == (2.0, True)


def test_a_trainee_cannot_change_or_delete_a_stored_answer(server: ClassServer) -> None:
    li = f"{server.name}_li"
    _, attempt_id = _exam_in_progress(server, li, server.li)
    engine = server.engine(li)
    # Mid-exam: the answer itself is not a granted column, and an ungraded one may not be scored.
    assert "permission denied" in _denied(engine, "UPDATE answer SET payload = '{}'")
    assert "permission denied" in _denied(engine, "UPDATE answer SET item_index = 5")
    assert _rowcount(engine, "UPDATE answer SET score = 1, max_score = 1") == 0
    assert "permission denied" in _denied(engine, "DELETE FROM answer")
    with server.store(li) as store:
        store.finish_attempt(attempt_id, grades=grades({0: 0.0, 1: 0.0}))
    # Closed: neither the grades nor the result can be changed any more.
    assert _rowcount(engine, "UPDATE answer SET score = 1") == 0
    assert _rowcount(engine, "UPDATE attempt SET score = 2, passed = true") == 0
    assert "permission denied" in _denied(engine, "DELETE FROM attempt")
    assert "permission denied" in _denied(engine, "DELETE FROM mastery")
    assert "permission denied" in _denied(engine, "UPDATE attempt SET trainee_id = trainee_id")
    engine.dispose()
    with open_store(server.admin_url) as admin:
        answers = admin.answers(attempt_id)
        assert [(a.payload, a.score) for a in answers] == [({"verdict": "fraud"}, 0.0)] * 2
        assert admin.attempt_history(server.li)[0].passed is False


def test_a_graded_answer_stays_as_graded_even_while_its_attempt_closes(
    server: ClassServer,
) -> None:
    li = f"{server.name}_li"
    with server.store(li) as store:
        practice = store.save_exercise_set("utopia-basic", set_json(key="drill"))
        attempt = store.start_attempt(server.li, practice.id)
        store.record_answer(attempt.id, 0, "ex-0", ["L1.uv"], {"v": 1}, 0.0, 1.0, {}, 2.0)
    engine = server.engine(li)
    with engine.begin() as conn:  # by hand, what finish_attempt does first: claim the close
        claimed = conn.execute(
            text("UPDATE attempt SET status = 'finished' WHERE id = :i"), {"i": attempt.id}
        )
        assert claimed.rowcount == 1
        assert conn.execute(text("UPDATE answer SET score = 1")).rowcount == 0
    engine.dispose()


def test_a_trainees_own_workflow_works_through_the_store(server: ClassServer) -> None:
    li = f"{server.name}_li"
    with server.store(li) as store:
        assert [t.name for t in store.list_trainees()] == ["Li Wei"]
        practice = store.save_exercise_set("utopia-basic", set_json(key="drill"))
        assert store.save_exercise_set("utopia-basic", set_json(key="drill")).id == practice.id
        attempt = store.start_attempt(server.li, practice.id)
        store.record_answer(attempt.id, 0, "ex-0", ["L1.uv"], {"v": 1}, 1.0, 1.0, {}, 2.0)
        resumable = store.unfinished_attempts(server.li)
        assert [r.attempt.id for r in resumable] == [attempt.id]
        assert resumable[0].exercise_set.content == set_json(key="drill")
        store.finish_attempt(attempt.id)
        # Other items under a stored key: a new row, the stored one untouched.
        changed = store.save_exercise_set("utopia-basic", set_json(key="drill", items=4))
        assert changed.id != practice.id and changed.item_count == 4
    _, exam_id = _exam_in_progress(server, li, server.li)
    with server.store(li) as store:
        finished = store.finish_attempt(exam_id, grades=grades({0: 1.0, 1: 1.0}))
        assert (finished.score, finished.max_score, finished.passed) == (2.0, 2.0, True)
        assert store.finish_attempt(exam_id).score == 2.0  # a second close changes nothing
        assert [a.objectives for a in store.answers(exam_id)] == [("L2.fraud.photo",)] * 2
        assert {m.objective_id for m in store.mastery(server.li)} == {"L1.uv", "L2.fraud.photo"}
        assert len(store.attempt_history(server.li)) == 2
        assert store.answered_exercises(server.li) == {"ex-0", "ex-1"}


def test_the_instructor_reads_everything(server: ClassServer) -> None:
    set_id, attempt_id = _exam_in_progress(server, f"{server.name}_li", server.li)
    teacher = f"{server.name}_teacher"
    with server.store(teacher) as store:
        assert [t.name for t in store.list_trainees()] == ["Ana Ruiz", "Li Wei"]
        resumable = store.unfinished_attempts()
        assert [r.attempt.id for r in resumable] == [attempt_id]
        assert resumable[0].exercise_set.content == set_json(key="exam-1", mode="exam")
        assert len(store.answers(attempt_id)) == 2
        store.create_trainee("Sam Okafor", "Customs", 1)
    engine = server.engine(teacher)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM docexam_class.login")).scalar() == 2
        sealed = conn.execute(text("SELECT content FROM exercise_set WHERE id = :i"), {"i": set_id})
        assert "sealed_exercises" in sealed.scalar()
    engine.dispose()


def _rights(url: str) -> list[tuple[object, ...]]:
    engine = make_engine(url)
    with engine.connect() as conn:
        policies = conn.execute(
            text(
                "SELECT tablename, policyname, cmd, roles::text, qual, with_check FROM pg_policies"
                " ORDER BY 1, 2"
            )
        ).all()
        grants = conn.execute(
            text(
                "SELECT table_name, column_name, grantee, privilege_type"
                " FROM information_schema.column_privileges"
                " WHERE grantee LIKE 'docexam_test_%' ORDER BY 1, 2, 3, 4"
            )
        ).all()
    engine.dispose()
    return [tuple(r) for r in policies] + [tuple(r) for r in grants]


def test_setup_twice_changes_nothing_and_keeps_the_logins_working(server: ClassServer) -> None:
    before = _rights(server.admin_url)
    assert len(before) > 20
    out = io.StringIO()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("sys.stdout", out)
        assert run(["class", "setup", "--url", server.admin_url]) == 0
    assert f"{server.name}_trainee" in out.getvalue()
    assert _rights(server.admin_url) == before
    test_a_trainees_own_workflow_works_through_the_store(server)


def test_setup_by_a_user_without_the_rights_says_so(
    server: ClassServer, capsys: pytest.CaptureFixture[str]
) -> None:
    url = server.url(f"{server.name}_teacher")
    assert run(["class", "setup", "--url", url, "--class-name", "another_class"]) == 2
    err = capsys.readouterr().err
    assert f"{server.name}_teacher lacks the rights to set up the class roles" in err
    assert "Traceback" not in err
    engine = server.engine(f"{server.name}_li")
    with engine.connect() as conn:  # nothing half-made
        assert (
            conn.execute(
                text("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'another_class%'")
            ).scalar()
            == 0
        )
    engine.dispose()


def test_add_trainee_from_the_command_line_creates_the_trainee_and_its_login(
    server: ClassServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    login = f"{server.name}_sam"
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret words\n"))
    args = ["class", "add-trainee", "--url", server.admin_url, "--login", login]
    try:
        assert run([*args, "--name", "Sam Okafor", "--password-stdin"]) == 0
        assert "signing in with a password" in capsys.readouterr().out
        with server.store(login) as store:
            assert [t.name for t in store.list_trainees()] == ["Sam Okafor"]
        monkeypatch.setattr("sys.stdin", io.StringIO(""))
        assert run([*args, "--name", "Sam Okafor", "--no-password"]) == 0  # again: same trainee
        with open_store(server.admin_url) as admin:
            assert [t.name for t in admin.list_trainees()].count("Sam Okafor") == 1
    finally:
        engine = create_engine(server.admin_url, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text(f'DROP OWNED BY "{login}"'))
            conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
        engine.dispose()


def test_the_password_comes_from_the_environment_not_the_url(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DOCEXAM_DB_PASSWORD", "from-the-env")
    engine = make_engine("postgresql://li@server.example/class")
    assert engine.url.password == "from-the-env"
    assert "from-the-env" not in engine.url.render_as_string(hide_password=True)
    engine.dispose()
