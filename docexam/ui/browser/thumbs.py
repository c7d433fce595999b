"""Thumbnails made off the UI thread; the view shows a placeholder until each one is ready."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from docexam.core.library.catalogue import CatalogueEntry
from docexam.core.library.thumbnails import make_thumbnail
from docexam.ui.common.worker import Job, Worker


class ThumbnailMaker(QObject):
    ready = Signal(str, str)  # entry key, thumbnail path

    def __init__(self, cache: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cache = cache
        self._pending: set[str] = set()
        self.worker = Worker(self, threads=2)

    def request(self, entry: CatalogueEntry) -> None:
        if entry.key in self._pending:
            return
        self._pending.add(entry.key)
        cache, source, key = self.cache, entry.thumbnail_source, entry.key

        def make(_job: Job) -> Path:
            return make_thumbnail(cache, source)

        task = self.worker.start(make)
        task.succeeded.connect(lambda path: self.ready.emit(key, str(path)))
        # A failure leaves the placeholder: opening the specimen reports the problem.

    def wait(self) -> None:
        """Until every requested thumbnail is made (they reach the view through the event loop)."""
        self.worker.wait()

    def stop(self) -> None:
        self.worker.stop()
