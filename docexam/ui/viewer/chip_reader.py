"""The chip reader: place the passport on it, see each step a reader shows, pass or fail and why.

What a second-line reader shows: access with the printed MRZ's keys (PACE when the chip offers
it, else BAC), the files read, each check
of passive and active authentication, then the chip's portrait beside the printed one and the
chip's data beside the printed MRZ and visual zone, mismatches highlighted. The checks are the
core's (``check_specimen``, about 15 ms: run on the UI thread); this dialog only shows them.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QHideEvent, QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from docexam.core.chip.check import check_specimen
from docexam.core.chip.portrait import Grey, decode_face, printed_face
from docexam.core.chip.verify import ChipReport, Outcome
from docexam.core.domain.errors import DocexamError
from docexam.core.domain.model import Specimen
from docexam.ui.viewer.chip_reasons import reason_text

CONTEXT = "ChipReader"


STEP_TITLES = {
    "access": QT_TRANSLATE_NOOP("ChipReader", "Access with the printed MRZ (PACE or BAC)"),
    "files": QT_TRANSLATE_NOOP("ChipReader", "Files read"),
    "sod_signature": QT_TRANSLATE_NOOP("ChipReader", "Security object signature"),
    "chain": QT_TRANSLATE_NOOP("ChipReader", "Certificate chain to a trusted CSCA"),
    "validity": QT_TRANSLATE_NOOP("ChipReader", "Document Signer validity"),
    "revocation": QT_TRANSLATE_NOOP("ChipReader", "Revocation list (CRL)"),
    "hashes": QT_TRANSLATE_NOOP("ChipReader", "Data group hashes"),
    "active_auth": QT_TRANSLATE_NOOP("ChipReader", "Active Authentication (clone check)"),
    "dg1_vs_page": QT_TRANSLATE_NOOP("ChipReader", "Chip data (DG1) against the page"),
    "dg11_dg12_vs_page": QT_TRANSLATE_NOOP("ChipReader", "Chip data (DG11, DG12) against the page"),
    "dg2_vs_portrait": QT_TRANSLATE_NOOP("ChipReader", "Chip portrait (DG2) against the page"),
}
# The access step names the protocol that opened the chip (or was refused).
ACCESS_TITLES = {
    "PACE": QT_TRANSLATE_NOOP("ChipReader", "Access (PACE with the printed MRZ)"),
    "BAC": QT_TRANSLATE_NOOP("ChipReader", "Access (BAC with the printed MRZ)"),
}
FIELD_NAMES = {
    "document_number": QT_TRANSLATE_NOOP("ChipReader", "Document number"),
    "surname": QT_TRANSLATE_NOOP("ChipReader", "Surname"),
    "given_names": QT_TRANSLATE_NOOP("ChipReader", "Given names"),
    "nationality": QT_TRANSLATE_NOOP("ChipReader", "Nationality"),
    "birth_date": QT_TRANSLATE_NOOP("ChipReader", "Date of birth"),
    "sex": QT_TRANSLATE_NOOP("ChipReader", "Sex"),
    "expiry_date": QT_TRANSLATE_NOOP("ChipReader", "Date of expiry"),
    "issuing_state": QT_TRANSLATE_NOOP("ChipReader", "Issuing state"),
    "personal_number": QT_TRANSLATE_NOOP("ChipReader", "Personal number (DG11)"),
    "birth_place": QT_TRANSLATE_NOOP("ChipReader", "Place of birth (DG11)"),
    "authority": QT_TRANSLATE_NOOP("ChipReader", "Issuing authority (DG12)"),
    "issue_date": QT_TRANSLATE_NOOP("ChipReader", "Date of issue (DG12)"),
    "full_name": QT_TRANSLATE_NOOP("ChipReader", "Full name (DG11)"),
    "full_birth_date": QT_TRANSLATE_NOOP("ChipReader", "Full date of birth (DG11)"),
    "personalised": QT_TRANSLATE_NOOP("ChipReader", "Personalised (DG12)"),
}
MARKS = {Outcome.PASS: "✔", Outcome.FAIL: "✘", Outcome.SKIP: "–"}
COLOURS = {Outcome.PASS: "#1b7a35", Outcome.FAIL: "#b3261e", Outcome.SKIP: "#6b6b6b"}
MISMATCH = "#f8d7d4"
PORTRAIT_HEIGHT = 180


def _translated(text: object) -> str:
    """A string marked with QT_TRANSLATE_NOOP above, in the interface's language."""
    return QCoreApplication.translate(CONTEXT, str(text))


def step_title(step_id: str) -> str:
    """A reader step's name in the interface's language."""
    return _translated(STEP_TITLES.get(step_id, step_id))


def _pixmap(grey: Grey | None) -> QPixmap:
    if grey is None:
        return QPixmap()
    h = PORTRAIT_HEIGHT
    w = max(1, round(grey.shape[1] * h / grey.shape[0]))
    small = np.ascontiguousarray(cv2.resize(grey, (w, h), interpolation=cv2.INTER_AREA))
    image = QImage(small.data, w, h, w, QImage.Format.Format_Grayscale8)
    return QPixmap.fromImage(image.copy())


class ChipReaderDialog(QDialog):
    """One specimen on the chip reader."""

    def __init__(self, specimen: Specimen, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.specimen = specimen
        self.report: ChipReport | None = None
        self.setWindowTitle(self.tr("Chip reader"))
        self.place = QPushButton(self.tr("Place on reader"))
        self.place.setObjectName("place")
        self.verdict = QLabel(self.tr("Place the passport's data page on the reader."))
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.steps = QTreeWidget()
        self.steps.setObjectName("steps")
        self.steps.setColumnCount(2)
        self.steps.setHeaderLabels([self.tr("Step"), self.tr("Why")])
        self.steps.setRootIsDecorated(False)
        self.steps.setWordWrap(True)
        self.steps.setColumnWidth(0, 320)
        # Rows as tall as their wrapped reason: a long reason is wrapped, never cut.
        self.steps.header().sectionResized.connect(lambda *_a: self._fit_rows())
        self.chip_face = QLabel()
        self.chip_face.setObjectName("chip_face")
        self.printed_face = QLabel()
        self.printed_face.setObjectName("printed_face")
        for label in (self.chip_face, self.printed_face):
            label.setMinimumSize(140, PORTRAIT_HEIGHT)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("data")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self.tr("Chip"),
                self.tr("Printed MRZ"),
                self.tr("Visual zone"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)

        faces = QGridLayout()
        faces.addWidget(QLabel(self.tr("Chip portrait (DG2)")), 0, 0)
        faces.addWidget(QLabel(self.tr("Printed portrait")), 0, 1)
        faces.addWidget(self.chip_face, 1, 0)
        faces.addWidget(self.printed_face, 1, 1)
        faces.setRowStretch(2, 1)  # the captions stay on their portraits
        top = QHBoxLayout()
        top.addWidget(self.place)
        top.addWidget(self.verdict, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.steps, 3)
        middle.addLayout(faces, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        # The table holds DG1's and DG11/DG12's rows: as much room as the steps.
        layout.addLayout(middle, 1)
        layout.addWidget(self.table, 1)
        self.place.clicked.connect(self.read_chip)
        self.resize(1000, 640)

    def _fit_rows(self) -> None:
        width = max(50, self.steps.columnWidth(1) - 12)
        metrics = self.steps.fontMetrics()
        flags = int(Qt.TextFlag.TextWordWrap)
        for i in range(self.steps.topLevelItemCount()):
            item = self.steps.topLevelItem(i)
            if item is None:
                continue
            box = metrics.boundingRect(QRect(0, 0, width, 10_000), flags, item.text(1))
            item.setSizeHint(1, QSize(width, box.height() + 6))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_rows()

    def hideEvent(self, event: QHideEvent) -> None:
        # Put away, the reader hands the keyboard back to the window it was opened from. Left
        # to the platform, the closed dialog may stay the application's focus window, and
        # when its tab is deleted (the next item) no window is active: Enter and the other
        # keys of the Training tab then reach nothing.
        super().hideEvent(event)
        owner = self.parentWidget()
        if owner is not None and owner.window().isVisible():
            owner.window().activateWindow()

    def read_chip(self) -> None:
        root = self.specimen.root
        try:
            if root is None:
                raise DocexamError(self.tr("This specimen has no files to read a chip from."))
            report = check_specimen(Path(root).parent.parent, self.specimen)
        except DocexamError as exc:
            self.verdict.setText(self.tr("The chip cannot be read: %1").replace("%1", str(exc)))
            return
        self.show_report(report)

    def show_report(self, report: ChipReport) -> None:
        self.report = report
        if report.verdict == "none":
            self.verdict.setText(self.tr("This document has no chip."))
            colour = COLOURS[Outcome.SKIP]
        elif not report.failed:
            self.verdict.setText(self.tr("Chip: PASS. Every check the reader ran passed."))
            colour = COLOURS[Outcome.PASS]
        else:
            failed = ", ".join(_translated(STEP_TITLES[s]) for s in report.failed)
            self.verdict.setText(
                self.tr("Chip: FAIL (%1). Refer the document.").replace("%1", failed)
            )
            colour = COLOURS[Outcome.FAIL]
        self.verdict.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.steps.clear()
        for step in report.steps:
            name = STEP_TITLES[step.id]
            if step.id == "access" and report.protocol:
                name = ACCESS_TITLES[report.protocol]
            title = f"{MARKS[step.outcome]}  {_translated(name)}"
            reason = reason_text(step.why)
            item = QTreeWidgetItem([title, reason])
            item.setData(0, Qt.ItemDataRole.UserRole, step.outcome.value)
            item.setToolTip(1, reason)
            for column in (0, 1):
                item.setForeground(column, QBrush(QColor(COLOURS[step.outcome])))
            self.steps.addTopLevelItem(item)
        self._fit_rows()
        face = decode_face(report.face) if report.face is not None else None
        self.chip_face.setPixmap(_pixmap(face))
        if face is None:
            self.chip_face.setText(self.tr("not read"))
        self.printed_face.setPixmap(_pixmap(printed_face(self.specimen)))
        compared = {f.field for f in report.fields}
        # DG11/DG12 fields the page does not print are shown, not compared.
        shown = [
            (key, value)
            for values in report.details.values()
            for key, value in values.items()
            if key not in compared and key in FIELD_NAMES
        ]
        rows = [(f.field, f.chip, f.mrz, f.viz, f.matches) for f in report.fields]
        rows += [(key, value, "", "", True) for key, value in shown]
        self.table.setRowCount(len(rows))
        for row, (key, *texts, matches) in enumerate(rows):
            cells = (_translated(FIELD_NAMES.get(key, key)), *texts)
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(str(text))
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if not matches:
                    cell.setBackground(QBrush(QColor(MISMATCH)))
                self.table.setItem(row, col, cell)
        self.table.resizeColumnsToContents()
