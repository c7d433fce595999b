"""Running plain Python callables off the UI thread, with their outcome delivered on the UI thread.

A screen owns a ``Worker`` and starts callables on it; each start returns a ``Task`` whose
signals (progress, result, readable failure, finished) arrive on the UI thread. The callable
receives a ``Job``: ``job.progress(done, total)`` reports progress and ``job.cancelled()`` says
whether to stop (raising ``Cancelled`` then ends it quietly). Once a task is cancelled, or
superseded by a newer one, nothing more of it is delivered but ``finished``: a late result for a
light the trainee already left must not be shown. ``Worker.stop()`` is for closing the owner: it
cancels everything and waits until no callable runs.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal

from docexam.core.domain.errors import DocexamError

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised by a callable that saw ``job.cancelled()``: ends the task without a failure."""


class Job:
    """The callable's side of a task; its methods may be called from the worker thread."""

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._cancel = threading.Event()

    def progress(self, done: int, total: int, note: str = "") -> None:
        """Report ``done`` of ``total`` steps (``note`` names the stage, when there are stages)."""
        if not self._cancel.is_set():
            self._relay.progressed.emit(self, done, total, note)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class Task(QObject):
    """One started callable, as seen from the UI thread."""

    progressed = Signal(int, int, str)  # done, total, note
    succeeded = Signal(object)  # what the callable returned
    failed = Signal(str, object)  # readable message, the exception
    finished = Signal()  # always last, also after a failure or a cancellation

    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job
        self._done = False

    def cancel(self) -> None:
        """Ask the callable to stop and drop whatever it still delivers."""
        self._job.cancel()

    def cancelled(self) -> bool:
        return self._job.cancelled()

    def is_done(self) -> bool:
        """True once ``finished`` was emitted."""
        return self._done

    def _finish(self) -> None:
        self._done = True
        self.finished.emit()


def describe(exc: BaseException) -> str:
    """A message a person can read: the error's own for expected errors, a short note otherwise."""
    if isinstance(exc, DocexamError):
        return str(exc)
    if isinstance(exc, OSError):
        reason = exc.strerror or str(exc)
        return f"{exc.filename}: {reason}" if exc.filename else reason
    return (
        QCoreApplication.translate("worker", "Unexpected error (%1: %2).")
        .replace("%1", type(exc).__name__)
        .replace("%2", str(exc))
    )


class _Outcome(Enum):
    RETURNED = "returned"
    RAISED = "raised"
    STOPPED = "stopped"  # cancelled before it ran, or ended by Cancelled


class _Relay(QObject):
    """Carries a job's news from the worker thread; a queued connection delivers it."""

    progressed = Signal(object, int, int, str)  # Job, done, total, note
    ended = Signal(object, object, object)  # Job, _Outcome, value or exception


class _Run(QRunnable):
    def __init__(self, work: Callable[[Job], Any], job: Job, relay: _Relay) -> None:
        super().__init__()
        self.work, self.job, self.relay = work, job, relay

    def run(self) -> None:
        outcome, value = _Outcome.STOPPED, None
        if not self.job.cancelled():
            try:
                value = self.work(self.job)
                outcome = _Outcome.RETURNED
            except Cancelled:
                pass
            except (DocexamError, OSError) as exc:
                outcome, value = _Outcome.RAISED, exc
            except Exception as exc:
                # A bug, not a condition a person can fix: keep the traceback for whoever reads
                # the log, and still end the task so no screen waits forever.
                log.exception("work off the UI thread failed: %r", self.work)
                outcome, value = _Outcome.RAISED, exc
        self.relay.ended.emit(self.job, outcome, value)


class Worker(QObject):
    """Runs its owner's callables on a few threads of its own, in the order they were started."""

    def __init__(self, parent: QObject, threads: int = 1) -> None:
        # A parent is required: the owner's lifetime bounds the threads, and stop() must be called
        # when the owner closes.
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._relay = _Relay(self)
        queued = Qt.ConnectionType.QueuedConnection
        self._relay.progressed.connect(self._progressed, queued)
        self._relay.ended.connect(self._ended, queued)
        self._tasks: dict[Job, Task] = {}

    def start(self, work: Callable[[Job], Any], *, supersede: bool = False) -> Task:
        """Run ``work(job)`` off the UI thread; ``supersede`` cancels every earlier task first."""
        if supersede:
            self.cancel()
        job = Job(self._relay)
        task = Task(job)
        self._tasks[job] = task
        self._pool.start(_Run(work, job, self._relay))
        return task

    def cancel(self) -> None:
        for task in self._tasks.values():
            task.cancel()

    def busy(self) -> bool:
        """True while a started task has not finished."""
        return bool(self._tasks)

    def wait(self) -> None:
        """Block until every started callable has returned; their outcomes follow through the
        event loop."""
        self._pool.waitForDone()

    def stop(self) -> None:
        """Cancel everything, wait until no callable runs, and finish every task now."""
        self.cancel()
        self._pool.clear()  # queued ones never start
        self._pool.waitForDone()
        tasks, self._tasks = list(self._tasks.values()), {}
        for task in tasks:
            task._finish()

    def _progressed(self, job: Job, done: int, total: int, note: str) -> None:
        task = self._tasks.get(job)
        if task is not None and not job.cancelled():
            task.progressed.emit(done, total, note)

    def _ended(self, job: Job, outcome: _Outcome, value: Any) -> None:
        task = self._tasks.pop(job, None)
        if task is None:
            return  # finished by stop() already
        if not job.cancelled():
            if outcome is _Outcome.RETURNED:
                task.succeeded.emit(value)
            elif outcome is _Outcome.RAISED:
                task.failed.emit(describe(value), value)
        task._finish()
