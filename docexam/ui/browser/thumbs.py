"""Thumbnails made off the UI thread; the view shows a placeholder until each one is ready."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from docexam.core.domain.errors import DocexamError
from docexam.core.library.catalogue import CatalogueEntry
from docexam.core.library.thumbnails import make_thumbnail


class _Signals(QObject):
    ready = Signal(str, str)  # entry key, thumbnail path


class _Job(QRunnable):
    def __init__(self, cache: Path, entry: CatalogueEntry, signals: _Signals) -> None:
        super().__init__()
        self.cache, self.entry, self.signals = cache, entry, signals

    def run(self) -> None:
        try:
            path = make_thumbnail(self.cache, self.entry.thumbnail_source)
        except (DocexamError, OSError, ValueError):
            return  # the placeholder stays; opening the specimen reports the problem
        self.signals.ready.emit(self.entry.key, str(path))


class ThumbnailMaker(QObject):
    ready = Signal(str, str)

    def __init__(self, cache: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cache = cache
        self._signals = _Signals()
        self._signals.ready.connect(self.ready)
        self._pending: set[str] = set()
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)

    def request(self, entry: CatalogueEntry) -> None:
        if entry.key in self._pending:
            return
        self._pending.add(entry.key)
        self.pool.start(_Job(self.cache, entry, self._signals))

    def wait(self) -> None:
        self.pool.waitForDone()
