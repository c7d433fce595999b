"""Coverage (and any other trace hook) inside Qt's worker threads.

``threading.Thread`` installs the hook set by ``threading.settrace`` (coverage sets it when it
starts, for ``concurrency = ["thread"]``) in each new thread before running it. QThread and
QThreadPool threads are started by Qt in C++, so they never see that hook and everything the
app does off the UI thread (renders, imports, registration, the bundled build) would count as
never run. Wrapping ``run`` does what ``Thread._bootstrap_inner`` does: set the hook, then run.

The ``run`` method is wrapped on the class that defines it when an instance is first started,
so workers defined anywhere, now or later, are covered without being listed here.
"""

from __future__ import annotations

import functools
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRunnable, QThread, QThreadPool

_MARK = "_docexam_traced"


def _traced(run: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(run)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        hook = threading.gettrace()
        # A pool thread may be reused: its Python thread state may already carry the tracer.
        if hook is not None and sys.gettrace() is None:
            sys.settrace(hook)
        return run(*args, **kwargs)

    setattr(wrapper, _MARK, True)
    return wrapper


def _wrap_run(cls: type) -> None:
    for klass in cls.__mro__:
        if klass in (QThread, QRunnable):
            return  # Qt's own run: an event loop or nothing, no Python code to trace
        run = klass.__dict__.get("run")
        if run is not None:
            if not getattr(run, _MARK, False):
                klass.run = _traced(run)  # type: ignore[attr-defined]
            return


def install() -> None:
    """Patch QThread.start and QThreadPool.start/tryStart to trace the code they run."""
    if getattr(QThread.start, _MARK, False):
        return
    thread_start = QThread.start

    def start_thread(self: QThread, *args: Any) -> None:
        _wrap_run(type(self))
        thread_start(self, *args)

    def pool_method(original: Callable[..., Any]) -> Callable[..., Any]:
        def start(self: QThreadPool, runnable: Any, *args: Any) -> Any:
            if isinstance(runnable, QRunnable):
                _wrap_run(type(runnable))
            elif callable(runnable):
                runnable = _traced(runnable)
            return original(self, runnable, *args)

        return start

    setattr(start_thread, _MARK, True)
    QThread.start = start_thread  # type: ignore[method-assign]
    QThreadPool.start = pool_method(QThreadPool.start)  # type: ignore[method-assign]
    QThreadPool.tryStart = pool_method(QThreadPool.tryStart)  # type: ignore[method-assign]
