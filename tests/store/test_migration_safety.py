"""First migrations that are killed, raced or meet a newer database (issue: "nothing lost")."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import event, inspect, text

from docexam.cli import run
from docexam.store import StoreError, open_store
from docexam.store.db import head_revision, make_engine, upgrade


class _Killed(Exception):
    pass


def test_a_migration_stopped_half_way_leaves_nothing_and_runs_again(db_url: str) -> None:
    engine = make_engine(db_url)
    created: list[str] = []

    def die_after_two_tables(_conn, _cursor, statement, *_args):  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("CREATE TABLE"):
            created.append(statement)
            if len(created) == 3:
                raise _Killed  # as if the process died here

    event.listen(engine, "before_cursor_execute", die_after_two_tables)
    with pytest.raises(_Killed):
        upgrade(engine)
    event.remove(engine, "before_cursor_execute", die_after_two_tables)
    assert len(created) == 3
    assert inspect(engine).get_table_names() == []  # all or nothing
    assert upgrade(engine) == head_revision()  # and the next start migrates it
    engine.dispose()


_OPEN = """
import sys
from docexam.store import open_store
store = open_store(sys.argv[1])
store.create_trainee(sys.argv[2], "Border Police", 1)
store.close()
"""


def test_five_workstations_starting_on_one_new_sqlite_file(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'shared.sqlite'}"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _OPEN, url, f"seat {i}"],
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(5)
    ]
    errors = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0] * 5, errors
    with open_store(url) as store:
        assert sorted(t.name for t in store.list_trainees()) == [f"seat {i}" for i in range(5)]


def test_a_database_from_a_newer_docexam_is_named_not_a_traceback(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    open_store(db_url).close()
    engine = make_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'f00dfuture99'"))
    engine.dispose()
    with pytest.raises(StoreError, match="newer version of docexam"):
        open_store(db_url)
    assert run(["db", "upgrade", "--database-url", db_url]) == 2
    err = capsys.readouterr().err
    assert "newer version of docexam" in err and "f00dfuture99" in err
    assert "Traceback" not in err


def test_thirty_seats_starting_the_same_exam_at_once(db_url: str) -> None:
    import threading

    from .helpers import set_json

    open_store(db_url).close()
    seats = 30
    barrier = threading.Barrier(seats)
    errors: list[BaseException] = []
    set_ids: list[int] = []

    def seat(i: int) -> None:
        try:
            with open_store(db_url) as store:
                trainee = store.create_trainee(f"seat {i}", "Border Police", 1)
                barrier.wait()
                stored = store.save_exercise_set("utopia-basic", set_json(mode="exam"))
                store.start_attempt(trainee.id, stored.id)
                set_ids.append(stored.id)
        except BaseException as exc:  # collected: the assertion below shows every failure
            errors.append(exc)

    threads = [threading.Thread(target=seat, args=(i,)) for i in range(seats)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    assert len(set_ids) == seats and len(set(set_ids)) == 1  # one set, thirty attempts


def test_a_database_error_reaches_the_caller_in_words(sqlite_url: str) -> None:
    store = open_store(sqlite_url)
    with store.engine.begin() as conn:
        conn.execute(text("DROP TABLE answer"))
    with pytest.raises(StoreError) as caught:
        store.answers(1)
    assert "results database" in str(caught.value)
    store.close()
