"""The one way screens run work off the UI thread: results, errors, progress and cancellation
arrive on the UI thread, late results of cancelled work never do, and no thread outlives stop()."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from docexam.core.domain.errors import PackError
from docexam.ui.common.worker import Cancelled, Job, Task, Worker

TIMEOUT = 5000


def alive(native_ids: set[int]) -> set[int]:
    return {tid for tid in native_ids if Path(f"/proc/self/task/{tid}").exists()}


@pytest.fixture
def worker(qtbot: QtBot) -> Iterator[Worker]:
    """A worker with two threads; at the end no thread that ran its work may be left running.

    The threads are told apart by their OS id, recorded as each callable runs: counting all of
    the process's threads failed whenever Qt started a lasting thread of its own meanwhile."""
    if not Path("/proc/self/task").is_dir():
        pytest.skip("telling threads apart needs /proc")
    owner = QObject()
    worker = Worker(owner, threads=2)
    ran_on: set[int] = set()
    start = worker.start

    def recording_start(work: Callable[[Job], object], **kwargs: bool) -> Task:
        def recorded(job: Job) -> object:
            ran_on.add(threading.get_native_id())
            return work(job)

        return start(recorded, **kwargs)

    worker.start = recording_start  # type: ignore[method-assign]
    yield worker
    worker.stop()
    assert not worker.busy()
    # Qt's threads are detached: the OS thread ends a moment after wait() saw it finish.
    qtbot.waitUntil(lambda: not alive(ran_on), timeout=TIMEOUT)


def test_the_result_arrives_on_the_ui_thread(qtbot: QtBot, worker: Worker) -> None:
    ui = threading.get_ident()
    ran_on: list[int] = []

    def work(_job: Job) -> int:
        ran_on.append(threading.get_ident())
        return 6 * 7

    task = worker.start(work)
    received: list[tuple[int, int]] = []
    task.succeeded.connect(lambda value: received.append((value, threading.get_ident())))
    failures: list[str] = []
    task.failed.connect(failures.append)
    with qtbot.waitSignal(task.finished, timeout=TIMEOUT):
        pass
    assert ran_on and ran_on[0] != ui
    assert received == [(42, ui)]
    assert failures == []
    assert task.is_done() and not worker.busy()


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (PackError("pack.json: missing field 'id'"), "pack.json: missing field 'id'"),
        (FileNotFoundError(2, "No such file or directory", "front.png"), "front.png: No such file"),
        (ValueError("bad corner"), "Unexpected error (ValueError: bad corner)."),
    ],
)
def test_an_error_becomes_a_readable_failure(
    qtbot: QtBot, worker: Worker, error: Exception, message: str
) -> None:
    def work(_job: Job) -> None:
        raise error

    task = worker.start(work)
    results: list[object] = []
    task.succeeded.connect(results.append)
    with qtbot.waitSignal(task.failed, timeout=TIMEOUT) as blocker:
        pass
    qtbot.waitUntil(task.is_done, timeout=TIMEOUT)
    assert blocker.args is not None
    text, exc = blocker.args
    assert text.startswith(message)
    assert "Traceback" not in text
    assert exc is error
    assert results == []


def test_an_unexpected_error_is_logged_with_its_traceback(
    qtbot: QtBot, worker: Worker, caplog: pytest.LogCaptureFixture
) -> None:
    def work(_job: Job) -> None:
        raise KeyError("page")

    with caplog.at_level(logging.ERROR, logger="docexam.ui.common.worker"):
        task = worker.start(work)
        with qtbot.waitSignal(task.failed, timeout=TIMEOUT) as blocker:
            pass
    assert blocker.args is not None
    assert blocker.args[0] == "Unexpected error (KeyError: 'page')."
    [record] = caplog.records
    assert record.exc_info is not None and record.exc_info[0] is KeyError


def test_progress_arrives_in_order_on_the_ui_thread(qtbot: QtBot, worker: Worker) -> None:
    ui = threading.get_ident()

    def work(job: Job) -> str:
        for done in range(4):
            job.progress(done, 3, "checking" if done < 3 else "done")
        return "ok"

    task = worker.start(work)
    seen: list[tuple[int, int, str, int]] = []
    task.progressed.connect(lambda d, t, n: seen.append((d, t, n, threading.get_ident())))
    with qtbot.waitSignal(task.succeeded, timeout=TIMEOUT):
        pass
    assert seen == [
        (0, 3, "checking", ui),
        (1, 3, "checking", ui),
        (2, 3, "checking", ui),
        (3, 3, "done", ui),
    ]


def test_cancelling_stops_a_cooperative_callable_quietly(qtbot: QtBot, worker: Worker) -> None:
    started, stopped = threading.Event(), threading.Event()

    def work(job: Job) -> str:
        started.set()
        while not job.cancelled():
            job.progress(0, 1)
            threading.Event().wait(0.005)
        stopped.set()
        raise Cancelled

    task = worker.start(work)
    outcomes: list[object] = []
    task.succeeded.connect(outcomes.append)
    task.failed.connect(outcomes.append)
    assert started.wait(TIMEOUT / 1000)
    task.cancel()
    with qtbot.waitSignal(task.finished, timeout=TIMEOUT):
        pass
    assert stopped.is_set()
    assert task.cancelled() and outcomes == []


def test_a_late_result_of_a_cancelled_task_is_dropped(qtbot: QtBot, worker: Worker) -> None:
    running, gate = threading.Event(), threading.Event()

    def work(_job: Job) -> str:
        running.set()
        gate.wait(TIMEOUT / 1000)
        return "stale"  # the callable ignores the cancellation and returns anyway

    task = worker.start(work)
    results: list[object] = []
    task.succeeded.connect(results.append)
    assert running.wait(TIMEOUT / 1000)
    task.cancel()
    gate.set()
    with qtbot.waitSignal(task.finished, timeout=TIMEOUT):
        pass
    assert results == []


def test_a_newer_task_supersedes_the_earlier_ones(qtbot: QtBot, worker: Worker) -> None:
    single = Worker(worker, threads=1)  # one thread: later tasks queue behind the first
    running, gate = threading.Event(), threading.Event()
    ran: list[str] = []

    def work(name: str) -> Callable[[Job], str]:
        def run(_job: Job) -> str:
            ran.append(name)
            running.set()
            gate.wait(TIMEOUT / 1000)
            return name

        return run

    shown: list[str] = []
    tasks = {"uv": single.start(work("uv"), supersede=True)}
    assert running.wait(TIMEOUT / 1000)
    for name in ("ir", "white"):
        tasks[name] = single.start(work(name), supersede=True)
    for task in tasks.values():
        task.succeeded.connect(shown.append)
    gate.set()  # "uv" was already running: it completes, but its result is dropped
    with qtbot.waitSignals([t.finished for t in tasks.values()], timeout=TIMEOUT):
        pass
    assert shown == ["white"]
    assert ran == ["uv", "white"]  # "ir" was superseded while queued and never ran
    assert tasks["uv"].cancelled() and tasks["ir"].cancelled()
    assert not tasks["white"].cancelled()
    single.stop()


def test_stop_cancels_waits_and_finishes_every_task(qtbot: QtBot, worker: Worker) -> None:
    running = threading.Event()
    returned = threading.Event()

    def work(job: Job) -> None:
        running.set()
        while not job.cancelled():
            threading.Event().wait(0.005)
        threading.Event().wait(0.05)  # still busy a while after seeing the cancellation
        returned.set()
        raise Cancelled

    tasks = [worker.start(work) for _ in range(4)]  # two run, two wait for a thread
    finished: list[int] = []
    for i, task in enumerate(tasks):
        task.finished.connect(lambda i=i: finished.append(i))
    assert running.wait(TIMEOUT / 1000)
    worker.stop()
    assert returned.is_set()  # stop() came back only after the callables did
    assert sorted(finished) == [0, 1, 2, 3]
    assert all(t.is_done() for t in tasks) and not worker.busy()
    qtbot.wait(50)  # whatever the threads posted before stopping is dropped, not delivered twice
    assert sorted(finished) == [0, 1, 2, 3]


def test_the_worker_runs_again_after_stop(qtbot: QtBot, worker: Worker) -> None:
    worker.stop()
    task = worker.start(lambda _job: "again")
    with qtbot.waitSignal(task.succeeded, timeout=TIMEOUT) as blocker:
        pass
    assert blocker.args == ["again"]
