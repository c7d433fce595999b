"""Processes killed (``kill -9``) mid-exam or mid-migration: every answer given is stored,
the attempt resumes, and a database left half-migrated migrates on the next start."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import textwrap
import time

from sqlalchemy import text

from docexam.store import AttemptStatus, open_store

from .helpers import grades

HEAD = "0005"

CHILD = textwrap.dedent(
    """
    import os, sys
    from docexam.store import open_store
    store = open_store(sys.argv[1])
    t = store.create_trainee("Crash Test", "Border Police", 1)
    s = store.save_exercise_set("p", {"id": "s", "title": {"en": "S"}, "mode": "exam",
        "time_limit_s": 300, "pass_mark": 0.5, "exercises": [{"id": str(i)} for i in range(9)]})
    a = store.start_attempt(t.id, s.id)
    for i in range(5):
        store.record_answer(a.id, i, str(i), ["L1.x"], {"n": i}, 1.0, 1.0, {}, 2.0 + i)
        print(i, flush=True)
    os._exit(9)  # no cleanup, no finish, no close: as if the power went
    """
)


def test_killed_process_loses_no_answer(db_url: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, db_url], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 9, done.stderr
    assert done.stdout.split() == ["0", "1", "2", "3", "4"]
    store = open_store(db_url)
    try:
        [resumable] = store.unfinished_attempts()
        assert resumable.attempt.status is AttemptStatus.IN_PROGRESS
        assert [a.payload["n"] for a in resumable.answers] == [0, 1, 2, 3, 4]
        assert [a.seconds for a in resumable.answers] == [2.0, 3.0, 4.0, 5.0, 6.0]
        assert resumable.exercise_set.item_count == 9
        assert all(a.score is None for a in resumable.answers)  # an exam: graded at its finish
        finished = store.finish_attempt(
            resumable.attempt.id, max_score=9.0, grades=grades(dict.fromkeys(range(5), 1.0))
        )
        assert finished.score == 5.0 and finished.passed is True
    finally:
        store.close()


MIGRATE = "import sys; from docexam.store import open_store; open_store(sys.argv[1]).close()"

ANSWERING = textwrap.dedent(
    """
    import sys
    from docexam.store import open_store
    store = open_store(sys.argv[1])
    t = store.create_trainee("Kill Test " + sys.argv[2], "Border Police", 1)
    s = store.save_exercise_set("p", {"id": "s", "title": {"en": "S"}, "mode": "exam",
        "time_limit_s": 300, "pass_mark": 0.5, "exercises": [{"id": str(i)} for i in range(9)]})
    a = store.start_attempt(t.id, s.id)
    print("ready", flush=True)
    n = 0
    while True:  # answering until killed: the latest answer per item changes all the time
        store.record_answer(a.id, n % 9, str(n % 9), ["L1.x"], {"n": n}, 1.0, 1.0, {}, 1.0)
        print(n, flush=True)
        n += 1
    """
)


def _kill_after(command: list[str], delay: float) -> tuple[int, list[str]]:
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate(timeout=60)
    return child.returncode, out.split()


def test_killed_first_migration_opens_and_migrates_afterwards(db_url: str) -> None:
    started = time.monotonic()
    subprocess.run([sys.executable, "-c", MIGRATE, db_url + "-timing"], check=False, timeout=120)
    duration = time.monotonic() - started
    rng = random.Random(9)
    for kill in range(3):
        url = f"{db_url}-{kill}" if db_url.startswith("sqlite") else db_url
        code, _ = _kill_after([sys.executable, "-c", MIGRATE, url], duration * rng.random())
        with open_store(url) as store:  # migrates whatever the kill left
            assert store.list_trainees() == []
            with store.engine.connect() as conn:
                head = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            assert head == HEAD
        if not db_url.startswith("sqlite"):
            break  # one fresh PostgreSQL database per test: later runs would find it migrated
        assert code in (0, -signal.SIGKILL)


def test_killed_answering_loses_no_stored_answer(db_url: str) -> None:
    rng = random.Random(3)
    for run in range(2):
        child = subprocess.Popen(
            [sys.executable, "-c", ANSWERING, db_url, str(run)], stdout=subprocess.PIPE, text=True
        )
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        time.sleep(0.3 + rng.random())
        child.send_signal(signal.SIGKILL)
        printed = [int(n) for n in child.stdout.read().split()]
        child.wait(timeout=60)
        assert child.returncode == -signal.SIGKILL and printed
        with open_store(db_url) as store:
            resumable = store.unfinished_attempts()[-1]
            stored = [a.payload["n"] for a in resumable.answers]
            # Every answer reported stored is there; at most the one being written when the kill
            # came is there too, unreported.
            assert stored[: len(printed)] == printed and len(stored) - len(printed) <= 1
            assert stored == list(range(len(stored)))
