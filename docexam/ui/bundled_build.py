"""Building the generated bundled specimens on first start, off the UI thread, with progress."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThread, Signal

from docexam.core.domain.errors import DocexamError
from docexam.core.library.bundled_location import RECIPES_FILE


class Cancelled(Exception):
    """Raised from the progress callback to stop a build when the window closes."""


class BundledBuilder(QThread):
    progress = Signal(int, int)
    built = Signal(str)
    failed = Signal(str)

    def __init__(self, cache_dir: Path, recipes_file: Path = RECIPES_FILE) -> None:
        super().__init__()
        self.cache_dir, self.recipes_file = cache_dir, recipes_file

    def run(self) -> None:
        from docexam.core.library.bundled import (
            ensure_bundled,  # heavy; only when there is work to do
        )

        def report(done: int, total: int) -> None:
            if self.isInterruptionRequested():
                raise Cancelled  # the half-built set is staged, so ensure_bundled removes it
            self.progress.emit(done, total)

        try:
            path = ensure_bundled(self.cache_dir, report, self.recipes_file)
        except Cancelled:
            return
        except (DocexamError, OSError) as exc:
            self.failed.emit(str(exc))
            return
        self.built.emit(str(path))
