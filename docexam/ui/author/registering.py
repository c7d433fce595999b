"""Registration off the UI thread: each capture aligned to its white scan, with progress."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThread, Signal

from docexam.core.authoring.registration import register
from docexam.core.authoring.scans import CaptureKey
from docexam.core.domain.errors import DocexamError
from docexam.core.pack.images import read_image


class RegisterWorker(QThread):
    progress = Signal(int, int)  # done, total
    registered = Signal(object, object, object)  # page index, CaptureKey, Registration
    failed = Signal(str)

    def __init__(self, jobs: list[tuple[int, Path, CaptureKey, Path]]) -> None:
        super().__init__()
        self.jobs = jobs  # (page index, white scan, capture key, capture file)

    def run(self) -> None:
        total = len(self.jobs)
        for done, (page, white, key, capture) in enumerate(self.jobs):
            if self.isInterruptionRequested():
                return
            self.progress.emit(done, total)
            try:
                result = register(read_image(capture), read_image(white))
            except (DocexamError, OSError, ValueError) as exc:
                self.failed.emit(f"{capture.name}: {exc}")
                continue
            self.registered.emit(page, key, result)
        self.progress.emit(total, total)
