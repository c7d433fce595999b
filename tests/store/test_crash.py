"""A workstation killed mid-exam: every answer given is stored and the attempt resumes."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from docexam.store import AttemptStatus, open_store

from .helpers import grades

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
