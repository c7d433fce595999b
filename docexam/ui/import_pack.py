"""Importing a pack off the UI thread, with a progress dialog and a readable error."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from docexam.core.domain.errors import AlreadyInLibrary, DocexamError, PackError, Problem
from docexam.core.domain.model import Pack, version_key
from docexam.core.library.library import Library
from docexam.ui.common.worker import Cancelled, Job, Worker


class ImportFlow(QWidget):
    """Runs one import: progress dialog while it works, a message box when it ends."""

    finished = Signal(bool)

    def __init__(self, parent: QWidget, library: Library, source: Path) -> None:
        super().__init__(parent)
        self.hide()
        self.library, self.source = library, source
        self.dialog = QProgressDialog(
            self.tr("Importing %1…").replace("%1", source.name), self.tr("Hide"), 0, 100, parent
        )
        self.dialog.setObjectName("import_progress")
        self.dialog.setWindowTitle(self.tr("Import pack"))
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setValue(0)
        self.worker = Worker(self)
        self.result_box: QMessageBox | None = None
        self.replace_box: QMessageBox | None = None
        self.pack: Pack | None = None  # once imported

    def start(self, replace_existing: bool = False) -> None:
        """Import; ``replace_existing`` once the instructor agreed to replace the pack with the
        same id (its old version stays whole until the new one is in place)."""
        library, source = self.library, self.source

        def run(job: Job) -> Pack:
            def report(fraction: float, stage: str) -> None:
                # Stopping anywhere is safe: the pack is staged and renamed into place whole.
                if job.cancelled():
                    raise Cancelled
                job.progress(round(fraction * 100), 100, stage)

            return library.import_pack(source, replace_existing=replace_existing, progress=report)

        self.dialog.show()
        task = self.worker.start(run)
        task.progressed.connect(self._progress)
        task.succeeded.connect(self._succeeded)
        task.failed.connect(self._failed)

    def stop(self) -> None:
        """Closing the window: the import stops, the library has all of the pack or none of it."""
        self.worker.stop()

    def _progress(self, percent: int, _total: int, stage: str) -> None:
        labels = {
            "unpacking": self.tr("Unpacking %1…"),
            "validating": self.tr("Checking %1…"),
            "installing": self.tr("Adding %1 to the library…"),
            "done": self.tr("Imported %1."),
        }
        self.dialog.setLabelText(labels.get(stage, "%1").replace("%1", self.source.name))
        self.dialog.setValue(percent)

    def _succeeded(self, pack: Pack) -> None:
        self.dialog.close()
        text = (
            self.tr("Imported pack “%1”, version %2, with %3 specimen(s).")
            .replace("%1", pack.id)
            .replace("%2", pack.version)
            .replace("%3", str(len(pack.specimens)))
        )
        self._show(QMessageBox.Icon.Information, text, [])
        self.pack = pack
        self.finished.emit(True)

    def _failed(self, summary: str, exc: Exception) -> None:
        self.dialog.close()
        if isinstance(exc, AlreadyInLibrary):
            self._ask_replace(exc)
            return
        if isinstance(exc, PackError):
            problems = exc.problems
        elif isinstance(exc, DocexamError):
            problems = [Problem.unlocated(summary)]
        else:
            problems = []
        text = self.tr("%1 was not imported; your library is unchanged.").replace(
            "%1", self.source.name
        )
        lines = [str(p) for p in problems]  # each names the file and the field
        self._show(QMessageBox.Icon.Warning, text + "\n\n" + summary, lines)
        self.finished.emit(False)

    def _ask_replace(self, exc: AlreadyInLibrary) -> None:
        """Another version of a pack in the library: say which versions, and replace it only
        if the instructor says so."""
        old, new = version_key(exc.in_library), version_key(exc.imported)
        if new > old:
            relation = self.tr("a newer version")
        elif new < old:
            relation = self.tr("an older version")
        else:
            relation = self.tr("the same version")
        text = (
            self.tr(
                "The library already holds pack “%1”, version %2. This file holds %3: "
                "version %4.\n\nReplace the pack in the library with version %4?"
            )
            .replace("%1", exc.pack_id)
            .replace("%2", exc.in_library)
            .replace("%3", relation)
            .replace("%4", exc.imported)
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Import pack"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.parentWidget(),
        )
        box.setObjectName("import_replace")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(lambda answer: self._replace_answered(answer))
        self.replace_box = box
        box.open()

    def _replace_answered(self, answer: int) -> None:
        if answer == QMessageBox.StandardButton.Yes:
            self.dialog.setValue(0)
            self.start(replace_existing=True)
            return
        text = self.tr("%1 was not imported; your library is unchanged.").replace(
            "%1", self.source.name
        )
        self._show(QMessageBox.Icon.Information, text, [])
        self.finished.emit(False)

    def _show(self, icon: QMessageBox.Icon, text: str, details: list[str]) -> None:
        box = QMessageBox(
            icon, self.tr("Import pack"), text, QMessageBox.StandardButton.Ok, self.parentWidget()
        )
        box.setObjectName("import_result")
        if details:
            box.setDetailedText("\n".join(details))
        self.result_box = box
        box.open()
