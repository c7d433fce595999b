"""The stolen and lost travel document (SLTD) query, as at a border post: type the number
printed on the document, query, read "no hit" or the hit. The database is the library's
(``core/library/sltd.py``), read afresh at each query so an imported pack's entries count."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from docexam import paths
from docexam.core.domain.errors import DocexamError
from docexam.core.library.library import Library
from docexam.core.library.sltd import Sltd, library_sltd
from docexam.core.pack.sltd_file import SltdEntry, normalise

SltdSource = Callable[[], Sltd]
HIT_STYLE = "QLabel { color: white; background: #b8322a; font-weight: bold; padding: 2px 6px; }"
NO_HIT_STYLE = "QLabel { color: #1b5e20; font-weight: bold; padding: 2px 6px; }"


def sltd_source(library: Library) -> SltdSource:
    return partial(library_sltd, library, paths.cache_dir() / "catalogue")


class SltdBox(QWidget):
    def __init__(self, source: SltdSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.number = QLineEdit()
        self.number.setObjectName("sltd_number")
        self.number.setPlaceholderText(self.tr("Document number"))
        self.number.setMaxLength(20)
        self.number.setMinimumWidth(130)
        self.button = QPushButton(self.tr("Query SLTD"))
        self.button.setObjectName("sltd_query")
        self.button.setToolTip(
            self.tr(
                "Query the stolen and lost travel document database (simulated) with the "
                "number printed on the document"
            )
        )
        self.result = QLabel()
        self.result.setObjectName("sltd_result")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("SLTD:")))
        layout.addWidget(self.number)
        layout.addWidget(self.button)
        layout.addWidget(self.result)
        self.button.clicked.connect(self.query)
        self.number.returnPressed.connect(self.query)
        self.number.textEdited.connect(lambda _text: self._show("", ""))

    def _report(self, entry: SltdEntry) -> str:
        words = {
            "stolen_blank": self.tr("stolen blank"),
            "stolen": self.tr("stolen document"),
            "lost": self.tr("lost document"),
            "revoked": self.tr("revoked document"),
        }
        return (
            self.tr("HIT: %1, reported %2 by %3")
            .replace("%1", words.get(entry.report, entry.report))
            .replace("%2", entry.reported.isoformat())
            .replace("%3", entry.state)
        )

    def _show(self, text: str, style: str) -> None:
        self.result.setText(text)
        self.result.setStyleSheet(style)

    def query(self) -> None:
        number = normalise(self.number.text())
        if not number or not (number.isascii() and number.isalnum()):
            self._show(self.tr("Type the document number (letters and digits)."), "")
            return
        try:
            hits = self.source().query(number)
        except DocexamError as exc:  # the library could not be read: say so, keep working
            self._show(str(exc), "")
            return
        if not hits:
            self._show(self.tr("%1: no hit").replace("%1", number), NO_HIT_STYLE)
            return
        self._show("; ".join(self._report(e) for e in hits), HIT_STYLE)
