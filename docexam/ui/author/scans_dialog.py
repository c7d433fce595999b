"""A new specimen from scans: a white scan per page, captures under other lights registered to it.

Registration runs in a worker thread; each result is shown over the white scan and can be
corrected by four corner points, which the dialog suggests when the automatic score is poor.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from docexam.core.authoring import DraftPack
from docexam.core.authoring.corners import Corners, start_corners
from docexam.core.authoring.edges import (
    Outline,
    crop_straight,
    dpi_disagrees,
    file_dpi,
    find_document,
)
from docexam.core.authoring.registration import (
    Registration,
    corners_in_capture,
    register,
    warp_with_corners,
)
from docexam.core.authoring.scans import CaptureKey, PageScans, build_specimen, dpi_for
from docexam.core.domain.errors import DocexamError
from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import (
    DOCUMENT_SIZES_MM,
    DocumentInfo,
    DocumentType,
    Specimen,
    Status,
)
from docexam.core.pack.images import Image, read_image, write_png
from docexam.core.pack.schemas import is_valid_id
from docexam.ui import words as core_words
from docexam.ui.author.corners import CornerDialog
from docexam.ui.common.worker import Job, Task, Worker
from docexam.ui.viewer.renderer import to_qimage

CAPTURES: tuple[CaptureKey, ...] = (
    (LightSource.UV365, None),
    (LightSource.UV254, None),
    (LightSource.IR, 870),
    (LightSource.TRANSMITTED, None),
    (LightSource.OBLIQUE, None),
)


@dataclass
class PagePlan:
    white: Path | None = None
    captures: dict[CaptureKey, Path] = field(default_factory=dict)
    results: dict[CaptureKey, Registration] = field(default_factory=dict)
    aligned: dict[CaptureKey, Image] = field(default_factory=dict)  # after any manual fix
    corners: dict[CaptureKey, Corners] = field(default_factory=dict)  # the last placed by hand


def capture_label(key: CaptureKey) -> str:
    light, cutoff = key
    name = core_words.light(light)
    return f"{name} {cutoff} nm" if cutoff else name


class ScansDialog(QDialog):
    def __init__(self, doc: DraftPack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.specimen: Specimen | None = None
        self.plans: list[PagePlan] = [PagePlan()]
        self.worker = Worker(self)  # registers one capture at a time
        self.registering: list[Task] = []
        self.setWindowTitle(self.tr("New specimen from scans"))
        self.resize(1150, 760)
        n = len(doc.specimens) + 1
        self.specimen_id = QLineEdit(f"{doc.info.id}-{n}")
        self.title = QLineEdit(self.tr("Specimen %1").replace("%1", str(n)))
        self.doc_type = QComboBox()
        for t in DocumentType:
            self.doc_type.addItem(core_words.doc_type(t.value), t.value)
        self.doc_type.addItem(self.tr("Other size (enter in mm)"), None)
        self.width_mm, self.height_mm = QDoubleSpinBox(), QDoubleSpinBox()
        for spin in (self.width_mm, self.height_mm):
            spin.setRange(11, 400)
            spin.setDecimals(1)
            spin.setSuffix(" mm")
        self.state = QLineEdit("UTO")
        self.status = QComboBox()
        for s in Status:
            self.status.addItem(core_words.status(s.value), s.value)
        self.dpi = QLabel("—")
        self.edges_note = QLabel()  # a margin found, or a file dpi that disagrees with the edges
        self.edges_note.setObjectName("edges-note")
        self.edges_note.setWordWrap(True)
        self.crop_button = QPushButton(self.tr("Crop to the document"))
        self.crop_button.setObjectName("crop-to-document")
        self.crop_button.setToolTip(
            self.tr(
                "Cut the scan to the document's edges and straighten it; the dpi then comes "
                "from the document's known size"
            )
        )
        self.crop_button.clicked.connect(self.crop_white)
        self._outlines: dict[Path, Outline | None] = {}
        self._crops = tempfile.TemporaryDirectory(prefix="docexam-crop-")
        self.originals: dict[Path, Path] = {}  # a cropped scan -> the file it was cut from
        form = QFormLayout()
        form.addRow(self.tr("Specimen id"), self.specimen_id)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Document type"), self.doc_type)
        size = QHBoxLayout()
        size.addWidget(self.width_mm)
        size.addWidget(QLabel("×"))
        size.addWidget(self.height_mm)
        form.addRow(self.tr("Page size"), size)
        form.addRow(self.tr("Issuing state"), self.state)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Resolution"), self.dpi)
        form.addRow(self.edges_note)
        form.addRow(self.crop_button)

        self.pages = QListWidget()
        self.pages.setMaximumHeight(90)
        add_page = QPushButton(self.tr("Add page"))
        add_page.clicked.connect(self.add_page)
        self.white_button = QPushButton(self.tr("White-light scan (required)…"))
        self.white_button.clicked.connect(self._choose_white)
        self.capture_buttons: dict[CaptureKey, QPushButton] = {}
        self.scores: dict[CaptureKey, QLabel] = {}
        grid = QFormLayout()
        grid.addRow(self.white_button)
        for key in CAPTURES:
            button = QPushButton(capture_label(key) + "…")
            button.setToolTip(self.tr("Choose the capture under this light (optional)"))
            button.clicked.connect(lambda _=False, k=key: self._choose_capture(k))
            self.capture_buttons[key] = button
            self.scores[key] = QLabel()
            grid.addRow(button, self.scores[key])
        self.register_button = QPushButton(self.tr("Register captures"))
        self.register_button.setToolTip(self.tr("Align every capture to the white scan (Ctrl+R)"))
        self.register_button.setShortcut("Ctrl+R")
        self.register_button.clicked.connect(self.register_all)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.overlay_choice = QComboBox()
        self.overlay_choice.setToolTip(self.tr("Which registered capture to show over the scan"))
        self.overlay_choice.currentIndexChanged.connect(lambda _: self.show_overlay())
        self.fix_button = QPushButton(self.tr("Correct by corners…"))
        self.fix_button.clicked.connect(self.correct_current)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(QLabel(self.tr("Pages")))
        left.addWidget(self.pages)
        left.addWidget(add_page)
        left.addLayout(grid)
        left.addWidget(self.register_button)
        left.addWidget(self.progress)
        left.addStretch(1)

        self.scene = QGraphicsScene(self)
        self.white_item, self.capture_item = QGraphicsPixmapItem(), QGraphicsPixmapItem()
        self.scene.addItem(self.white_item)
        self.scene.addItem(self.capture_item)
        self.capture_item.setOpacity(0.5)
        self.view = QGraphicsView(self.scene)
        self.view.setBackgroundBrush(Qt.GlobalColor.darkGray)
        right = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Overlay:")))
        top.addWidget(self.overlay_choice, 1)
        top.addWidget(self.fix_button)
        right.addLayout(top)
        right.addWidget(self.view, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.finish)
        self.buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addLayout(left, 0)
        body.addLayout(right, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(body, 1)
        outer.addWidget(self.buttons)
        self.doc_type.currentIndexChanged.connect(lambda _: self._type_changed())
        self.width_mm.valueChanged.connect(lambda _: self._update_dpi())
        self.height_mm.valueChanged.connect(lambda _: self._update_dpi())
        self.pages.currentRowChanged.connect(lambda _: self._page_shown())
        self.doc_type.setCurrentIndex(self.doc_type.findData(DocumentType.TD3.value))
        self._type_changed()
        self._fill_pages(0)

    # -- choosing files --------------------------------------------------------------------------

    def _type_changed(self) -> None:
        value = self.doc_type.currentData()
        if value is not None:
            width, height = DOCUMENT_SIZES_MM[DocumentType(value)]
            self.width_mm.setValue(width)
            self.height_mm.setValue(height)

    def _update_dpi(self) -> None:
        plan = self.plan()
        self.edges_note.setText("")
        self.crop_button.setEnabled(False)
        if plan.white is None:
            self.dpi.setText(self.tr("from the white scan's width"))
            return
        width = QPixmap(str(plan.white)).width()
        dpi = dpi_for(width, self.width_mm.value())
        self.dpi.setText(f"{dpi:.0f} dpi")
        outline = self.outline(plan.white)
        notes = []
        if outline is not None:
            edges_dpi = outline.dpi(self.size_mm())
            self.crop_button.setEnabled(True)
            notes.append(
                self.tr(
                    "The scan has a margin: the document's edges give %1 dpi (the whole width "
                    "gives %2). Crop to the document to use them."
                )
                .replace("%1", f"{edges_dpi:.0f}")
                .replace("%2", f"{dpi:.0f}")
            )
            dpi = edges_dpi
        tagged = file_dpi(self.originals.get(plan.white, plan.white))
        if tagged is not None and dpi_disagrees(dpi, tagged):
            notes.append(
                self.tr("The file says %1 dpi, but the document's size gives %2 dpi.")
                .replace("%1", f"{tagged:.0f}")
                .replace("%2", f"{dpi:.0f}")
            )
        if notes:
            self.edges_note.setText("<span style='color:#8a5a00'>" + "<br>".join(notes) + "</span>")

    def size_mm(self) -> tuple[float, float]:
        return (self.width_mm.value(), self.height_mm.value())

    def outline(self, path: Path) -> Outline | None:
        """The document's edges in the scan at ``path`` when a crop would help: found, with the
        document's proportions, and not filling the scan already."""
        if path not in self._outlines:
            try:
                found = find_document(
                    read_image(path), self.width_mm.value() >= self.height_mm.value()
                )
            except DocexamError:
                found = None
            self._outlines[path] = found
        found = self._outlines[path]
        if found is None or found.cropped or not found.shape_fits(self.size_mm()):
            return None
        return found

    def crop_white(self) -> Path | None:
        """Replace the page's white scan by the document cut out of it and straightened."""
        plan = self.plan()
        if plan.white is None:
            return None
        outline = self.outline(plan.white)
        if outline is None:
            QMessageBox.information(
                self,
                self.crop_button.text(),
                self.tr("No document edges stand out from the scanner background in this scan."),
            )
            return None
        cropped = Path(self._crops.name) / f"page-{self.pages.currentRow() + 1}-cropped.png"
        try:
            write_png(cropped, crop_straight(read_image(plan.white), outline))
        except (DocexamError, OSError) as exc:
            QMessageBox.warning(self, self.crop_button.text(), str(exc))
            return None
        self.originals[cropped] = self.originals.get(plan.white, plan.white)
        # Captures were registered to the uncropped scan: they must be registered again.
        plan.results.clear()
        plan.aligned.clear()
        plan.corners.clear()
        self.set_white(cropped)
        return cropped

    def add_page(self) -> None:
        self.plans.append(PagePlan())
        self._fill_pages(len(self.plans) - 1)

    def _fill_pages(self, row: int) -> None:
        self.pages.clear()
        for i in range(len(self.plans)):
            self.pages.addItem(self.tr("Page %1").replace("%1", str(i + 1)))
        self.pages.setCurrentRow(row)

    def plan(self) -> PagePlan:
        return self.plans[max(0, self.pages.currentRow())]

    def _choose_white(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("White-light scan"), "", "Images (*.png *.jpg *.jpeg)"
        )
        if name:
            self.set_white(Path(name))

    def _choose_capture(self, key: CaptureKey) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, capture_label(key), "", "Images (*.png *.jpg *.jpeg)"
        )
        if name:
            self.set_capture(key, Path(name))

    def set_white(self, path: Path) -> None:
        self.plan().white = path
        self._page_shown()

    def set_capture(self, key: CaptureKey, path: Path) -> None:
        plan = self.plan()
        plan.captures[key] = path
        plan.results.pop(key, None)
        plan.aligned.pop(key, None)
        plan.corners.pop(key, None)
        self._page_shown()

    def _page_shown(self) -> None:
        plan = self.plan()
        self.white_button.setText(
            plan.white.name if plan.white else self.tr("White-light scan (required)…")
        )
        for key, label in self.scores.items():
            result = plan.results.get(key)
            if key not in plan.captures:
                label.setText("")
            elif key in plan.aligned and result is None:
                label.setText(self.tr("aligned by hand"))
            elif result is None:
                label.setText(self.tr("not registered yet"))
            elif result.good:
                label.setText(self.tr("aligned (score %1)").replace("%1", f"{result.score:.2f}"))
            else:
                label.setText(
                    self.tr(
                        "<span style='color:#b00'>poor (score %1): check the corners</span>"
                    ).replace("%1", f"{result.score:.2f}")
                )
        self.white_item.setPixmap(QPixmap(str(plan.white)) if plan.white else QPixmap())
        self.overlay_choice.blockSignals(True)
        self.overlay_choice.clear()
        for key in plan.aligned:
            self.overlay_choice.addItem(capture_label(key), key)
        self.overlay_choice.blockSignals(False)
        self.fix_button.setEnabled(bool(plan.aligned))
        self._update_dpi()
        self.show_overlay()
        self.view.fitInView(self.white_item, Qt.AspectRatioMode.KeepAspectRatio)

    def show_overlay(self) -> None:
        key = self.overlay_choice.currentData()
        image = self.plan().aligned.get(key) if key is not None else None
        self.capture_item.setPixmap(
            QPixmap.fromImage(to_qimage(image)) if image is not None else QPixmap()
        )

    # -- registration ----------------------------------------------------------------------------

    def register_all(self) -> list[Task]:
        """Align every capture not yet aligned to its page's white scan, one task per capture."""
        jobs = [
            (i, plan.white, key, path)
            for i, plan in enumerate(self.plans)
            if plan.white is not None
            for key, path in plan.captures.items()
            if key not in plan.results
        ]
        if not jobs:
            return []
        self.register_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setFormat(self.tr("Registering %v of %m…"))
        self._progress(0, len(jobs))
        self.registering = []
        for page, white, key, capture in jobs:
            task = self.worker.start(partial(_register, capture, white))
            task.succeeded.connect(partial(self._registered, page, key))
            task.failed.connect(partial(self._not_registered, capture))
            task.finished.connect(self._step)
            self.registering.append(task)
        return self.registering

    def _step(self) -> None:
        self._progress(sum(t.is_done() for t in self.registering), len(self.registering))

    def _not_registered(self, capture: Path, message: str, _error: Exception) -> None:
        QMessageBox.warning(self, self.tr("Registration"), f"{capture.name}: {message}")

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        if done >= total:
            self.register_button.setEnabled(True)
            self.progress.setVisible(False)

    def _registered(self, page: int, key: CaptureKey, result: Registration) -> None:
        plan = self.plans[page]
        plan.results[key] = result
        plan.aligned[key] = result.warped
        self._page_shown()
        self.overlay_choice.setCurrentIndex(self.overlay_choice.findData(key))

    def correct_current(self) -> CornerDialog | None:
        plan, key = self.plan(), self.overlay_choice.currentData()
        if key is None or plan.white is None:
            return None
        capture = read_image(plan.captures[key])
        white = QPixmap(str(plan.white))
        size = (white.width(), white.height())
        result = plan.results.get(key)
        h, w = capture.shape[:2]
        # A poor fit's outline is often twisted: start from a sane one (the core decides).
        found = corners_in_capture(result.homography, size) if result and result.good else None
        start = start_corners((w, h), found, plan.corners.get(key))
        dialog = CornerDialog(QPixmap.fromImage(to_qimage(capture)), start, self)
        dialog.accepted.connect(lambda: self._corners_set(key, capture, dialog, size))
        dialog.open()
        return dialog

    def _corners_set(
        self, key: CaptureKey, capture: Image, dialog: CornerDialog, size: tuple[int, int]
    ) -> None:
        plan = self.plan()
        plan.corners[key] = dialog.corners()
        plan.aligned[key] = np.ascontiguousarray(warp_with_corners(capture, dialog.corners(), size))
        plan.results.pop(key, None)
        self._page_shown()
        self.overlay_choice.setCurrentIndex(self.overlay_choice.findData(key))

    # -- result ----------------------------------------------------------------------------------

    def finish(self) -> None:
        sid = self.specimen_id.text().strip()
        problem = None
        if not is_valid_id(sid):
            problem = self.tr(
                "The specimen id must be lower-case letters, digits, '.', '-' or '_'."
            )
        elif any(s.id == sid for s in self.doc.specimens):
            problem = self.tr("This pack already has a specimen with that id.")
        elif any(p.white is None for p in self.plans):
            problem = self.tr("Every page needs a white-light scan.")
        elif any(k not in p.aligned for p in self.plans for k in p.captures):
            problem = self.tr("Register the captures first (Ctrl+R).")
        if problem is not None:
            QMessageBox.warning(self, self.windowTitle(), problem)
            return
        size = (self.width_mm.value(), self.height_mm.value())
        pages = [
            PageScans(
                "front" if i == 0 else f"page-{i + 1}",
                {"en": self.tr("Page %1").replace("%1", str(i + 1))},
                size,
                p.white,
                dict(p.aligned),
            )
            for i, p in enumerate(self.plans)
            if p.white is not None
        ]
        doc_type = DocumentType(self.doc_type.currentData() or DocumentType.TD3.value)
        info = DocumentInfo(
            doc_type,
            self.state.text().strip().upper() or "UTO",
            "A",
            Status(self.status.currentData()),
        )
        try:
            self.specimen = build_specimen(
                self.doc.specimen_dir(sid),
                sid,
                {"en": self.title.text().strip() or sid},
                info,
                pages,
            )
        except (DocexamError, OSError) as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        self.accept()

    def done(self, result: int) -> None:
        self.worker.stop()
        super().done(result)
        self._crops.cleanup()


def _register(capture: Path, white: Path, _job: Job) -> Registration:
    return register(read_image(capture), read_image(white))
