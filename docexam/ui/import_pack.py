"""Importing a pack off the UI thread, with a progress dialog and a readable error."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from docexam.core.domain.errors import DocexamError, PackError, Problem
from docexam.core.library.library import Library


class ImportWorker(QThread):
    progress = Signal(float, str)
    succeeded = Signal(str, int)  # pack id, specimen count
    failed = Signal(str, list)  # summary, problems

    def __init__(self, library: Library, source: Path, replace_existing: bool = False) -> None:
        super().__init__()
        self.library, self.source, self.replace_existing = library, source, replace_existing

    def run(self) -> None:
        try:
            pack = self.library.import_pack(
                self.source,
                replace_existing=self.replace_existing,
                progress=lambda f, m: self.progress.emit(f, m),
            )
        except PackError as exc:
            self.failed.emit(str(exc), exc.problems)
        except DocexamError as exc:
            self.failed.emit(str(exc), [Problem.unlocated(str(exc))])
        except OSError as exc:
            self.failed.emit(f"{self.source}: {exc.strerror or exc}", [])
        except Exception as exc:  # the dialog must close whatever went wrong
            self.failed.emit(f"{self.source}: unexpected error ({type(exc).__name__}: {exc})", [])
        else:
            self.succeeded.emit(pack.id, len(pack.specimens))


class ImportFlow(QWidget):
    """Runs one import: progress dialog while it works, a message box when it ends."""

    finished = Signal(bool)

    def __init__(self, parent: QWidget, library: Library, source: Path) -> None:
        super().__init__(parent)
        self.hide()
        self.source = source
        self.dialog = QProgressDialog(
            self.tr("Importing %1…").replace("%1", source.name), self.tr("Hide"), 0, 100, parent
        )
        self.dialog.setObjectName("import_progress")
        self.dialog.setWindowTitle(self.tr("Import pack"))
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setValue(0)
        self.worker = ImportWorker(library, source)
        self.worker.progress.connect(self._progress)
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._failed)
        self.result_box: QMessageBox | None = None

    def start(self) -> None:
        self.dialog.show()
        self.worker.start()

    def _progress(self, fraction: float, stage: str) -> None:
        labels = {
            "unpacking": self.tr("Unpacking %1…"),
            "validating": self.tr("Checking %1…"),
            "installing": self.tr("Adding %1 to the library…"),
            "done": self.tr("Imported %1."),
        }
        self.dialog.setLabelText(labels.get(stage, "%1").replace("%1", self.source.name))
        self.dialog.setValue(round(fraction * 100))

    def _succeeded(self, pack_id: str, count: int) -> None:
        self.dialog.close()
        self.worker.wait()
        text = (
            self.tr("Imported pack “%1” with %2 specimen(s).")
            .replace("%1", pack_id)
            .replace("%2", str(count))
        )
        self._show(QMessageBox.Icon.Information, text, [])
        self.finished.emit(True)

    def _failed(self, summary: str, problems: list[Problem]) -> None:
        self.dialog.close()
        self.worker.wait()
        text = self.tr("%1 was not imported; your library is unchanged.").replace(
            "%1", self.source.name
        )
        lines = [str(p) for p in problems]  # each names the file and the field
        self._show(QMessageBox.Icon.Warning, text + "\n\n" + summary, lines)
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
