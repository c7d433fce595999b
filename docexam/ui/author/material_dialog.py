"""The material editor: how the selected feature answers each light, with a live preview.

Colour and intensity of its glow under UV-A, UV-C and anti-Stokes light, where it turns dark in
IR, its relief for oblique light and its density in transmitted light; saved on the feature as
one undo step, or as a named preset to reuse. The preview is the light engine's simulation of the
page around the feature, rendered by a worker thread at a reduced resolution (the UI thread only
shows the result); captures of the page are left out of it on purpose, since a capture would
hide the material being edited.
"""

from __future__ import annotations

from dataclasses import replace

import cv2
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from docexam.core.authoring.presets import UserPreset, save_user_preset
from docexam.core.domain.errors import DocexamError
from docexam.core.domain.lights import LightSource
from docexam.core.domain.material import Emission, Material
from docexam.core.domain.model import Coverage, Feature, Page, Specimen, text_for
from docexam.core.light import LightParams, simulate
from docexam.core.pack.images import Image, read_image
from docexam.ui import words as core_words
from docexam.ui.common.worker import Job, Worker
from docexam.ui.viewer.renderer import to_qimage

PREVIEW_DPI = 150.0  # enough to judge a colour and a glow; a 1200 dpi scan renders in time
PREVIEW_MARGIN_MM = 6.0
PREVIEW_LIGHTS = (
    LightSource.UV365,
    LightSource.UV254,
    LightSource.IR,
    LightSource.ANTI_STOKES,
    LightSource.OBLIQUE,
    LightSource.TRANSMITTED,
    LightSource.VISIBLE,
)
EMITTING = (LightSource.UV365, LightSource.UV254, LightSource.ANTI_STOKES)
FIELD = {
    LightSource.UV365: "uv365",
    LightSource.UV254: "uv254",
    LightSource.ANTI_STOKES: "anti_stokes",
}


class EmissionRow:
    """A checkbox, a colour button and an intensity slider for one emitting light."""

    def __init__(self, dialog: MaterialDialog, light: LightSource, value: Emission | None) -> None:
        self.dialog = dialog
        self.enabled = QCheckBox(core_words.light(light))
        self.enabled.setObjectName(f"glows_{light.value}")
        self.enabled.setChecked(value is not None)
        self.colour = QColor(value.colour if value is not None else "#ff3b30")
        self.button = QPushButton()
        self.button.setObjectName(f"colour_{light.value}")
        self.button.setToolTip(
            QCoreApplication.translate("MaterialDialog", "The colour it glows in")
        )
        self.button.clicked.connect(self.choose_colour)
        self.intensity = QSlider(Qt.Orientation.Horizontal)
        self.intensity.setObjectName(f"intensity_{light.value}")
        self.intensity.setRange(0, 100)
        self.intensity.setValue(round((value.intensity if value is not None else 0.9) * 100))
        self.intensity.setToolTip(
            QCoreApplication.translate("MaterialDialog", "How bright it glows")
        )
        self.label = QLabel()
        self.enabled.toggled.connect(lambda _: dialog.changed())
        self.intensity.valueChanged.connect(lambda _: dialog.changed())
        self.show()

    def choose_colour(self) -> None:
        colour = QColorDialog.getColor(
            self.colour, self.dialog, QCoreApplication.translate("MaterialDialog", "Glow colour")
        )
        if colour.isValid():
            self.set_colour(colour)

    def set_colour(self, colour: QColor) -> None:
        self.colour = colour
        self.enabled.setChecked(True)
        self.dialog.changed()

    def show(self) -> None:
        self.button.setText(self.colour.name())
        self.button.setStyleSheet(
            f"background-color: {self.colour.name()}; "
            f"color: {'#000' if self.colour.lightness() > 128 else '#fff'};"
        )
        self.label.setText(f"{self.intensity.value()} %")
        for widget in (self.button, self.intensity):
            widget.setEnabled(self.enabled.isChecked())

    def value(self) -> Emission | None:
        if not self.enabled.isChecked():
            return None
        return Emission(self.colour.name(), round(self.intensity.value() / 100, 2))


Pixels = tuple[Image, float, dict[str, Image]]  # the small white scan, its dpi, the masks


def _pixels(specimen: Specimen, page: Page) -> Pixels:
    """What the preview reads from disk once: the white scan made small, and the feature masks
    (a generated feature's exact ink; without it, its material would act on all the ink)."""
    image, dpi = _small(read_image(specimen.path(page.visible)), page)
    masks = {
        f.mask.file: read_image(specimen.path(f.mask), grey=True)
        for f in page.features
        if f.mask is not None
    }
    return image, dpi, masks


def _preview(page: Page, pixels: Pixels, params: LightParams, mm: tuple[float, ...]) -> object:
    """The page around ``mm`` (x0, y0, x1, y1) under ``params``, as a QImage (made off the UI
    thread: QImage is safe there, QPixmap is not)."""
    visible, dpi, masks = pixels
    image = simulate(page, params, visible, dpi=dpi, masks=masks)
    k = dpi / 25.4
    height, width = image.shape[:2]
    x0, y0 = (
        max(0, int((mm[0] - PREVIEW_MARGIN_MM) * k)),
        max(0, int((mm[1] - PREVIEW_MARGIN_MM) * k)),
    )
    x1 = min(width, int((mm[2] + PREVIEW_MARGIN_MM) * k) + 1)
    y1 = min(height, int((mm[3] + PREVIEW_MARGIN_MM) * k) + 1)
    return to_qimage(image[y0:y1, x0:x1].copy())


class MaterialDialog(QDialog):
    def __init__(
        self,
        specimen: Specimen,
        page_id: str,
        feature: Feature,
        presets_path: object,
        lang: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.specimen, self.page, self.feature = specimen, specimen.page(page_id), feature
        self.presets_path, self.lang = presets_path, lang
        self.setObjectName("material_dialog")
        self.setWindowTitle(
            self.tr("Material of %1").replace("%1", text_for(feature.name, lang) or feature.id)
        )
        self.resize(1080, 600)
        material = feature.material
        self.rows = {
            light: EmissionRow(self, light, getattr(material, FIELD[light])) for light in EMITTING
        }
        glow_box = QGroupBox(self.tr("Glows under"))
        grid = QGridLayout(glow_box)
        for r, row in enumerate(self.rows.values()):
            grid.addWidget(row.enabled, r, 0)
            grid.addWidget(row.button, r, 1)
            grid.addWidget(row.intensity, r, 2)
            grid.addWidget(row.label, r, 3)
        self.ir_dark = QCheckBox(self.tr("Dark in IR below"))
        self.ir_dark.setChecked(material.ir_cutoff_nm is not None)
        self.ir_cutoff = QSpinBox()
        self.ir_cutoff.setObjectName("ir_cutoff")
        self.ir_cutoff.setRange(400, 2000)
        self.ir_cutoff.setSingleStep(10)
        self.ir_cutoff.setSuffix(" nm")
        self.ir_cutoff.setValue(round(material.ir_cutoff_nm or 700))
        self.ir_cutoff.setToolTip(
            self.tr("Drop-out ink about 700 nm; carbon ink (the MRZ) 2000 nm: always dark")
        )
        self.relief = QDoubleSpinBox()
        self.relief.setRange(-200.0, 200.0)
        self.relief.setSuffix(" µm")
        self.relief.setValue(material.relief_um or 0.0)
        self.relief.setToolTip(self.tr("Raised (+) or engraved (−) print, for oblique light"))
        self.transmission = QDoubleSpinBox()
        self.transmission.setRange(-1.0, 1.0)
        self.transmission.setSingleStep(0.05)
        self.transmission.setValue(material.transmission or 0.0)
        self.transmission.setToolTip(
            self.tr("Density change in transmitted light: − brighter (watermark), + darker")
        )
        self.coverage = QComboBox()
        self.coverage.addItem(self.tr("The printed pixels of the scan"), Coverage.INK.value)
        self.coverage.addItem(self.tr("The whole region"), Coverage.REGION.value)
        self.coverage.setCurrentIndex(self.coverage.findData(feature.coverage.value))
        other = QFormLayout()
        ir_row = QHBoxLayout()
        ir_row.addWidget(self.ir_dark)
        ir_row.addWidget(self.ir_cutoff, 1)
        other.addRow(self.tr("Infrared"), ir_row)
        other.addRow(self.tr("Relief"), self.relief)
        other.addRow(self.tr("Transmitted light"), self.transmission)
        other.addRow(self.tr("Acts on"), self.coverage)
        other_box = QGroupBox(self.tr("Other lights"))
        other_box.setLayout(other)
        self.save_preset_button = QPushButton(self.tr("Save as preset…"))
        self.save_preset_button.setToolTip(
            self.tr("Keep this material under a name, to pick it for other features")
        )
        self.save_preset_button.clicked.connect(lambda: self.save_preset())
        left = QVBoxLayout()
        left.addWidget(glow_box)
        left.addWidget(other_box)
        left.addWidget(self.save_preset_button)
        left.addStretch(1)

        self.light = QComboBox()
        self.light.setObjectName("preview_light")
        for light in PREVIEW_LIGHTS:
            self.light.addItem(core_words.light(light), light.value)
        self.light.setCurrentIndex(self.light.findData(_first_light(feature).value))
        self.picture = QLabel()
        self.picture.setObjectName("preview")
        self.picture.setMinimumSize(480, 360)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setStyleSheet("background: #202020;")
        self.status = QLabel()
        self.status.setWordWrap(True)
        preview_box = QGroupBox(self.tr("Preview (simulated light)"))
        right = QVBoxLayout(preview_box)
        light_row = QHBoxLayout()
        light_row.addWidget(QLabel(self.tr("Light:")))
        light_row.addWidget(self.light, 1)
        right.addLayout(light_row)
        right.addWidget(self.picture, 1)
        right.addWidget(self.status)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addLayout(left, 4)
        body.addWidget(preview_box, 5)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)

        for widget in (self.ir_dark,):
            widget.toggled.connect(lambda _: self.changed())
        for spin in (self.ir_cutoff, self.relief, self.transmission):
            spin.valueChanged.connect(lambda _: self.changed())
        self.coverage.currentIndexChanged.connect(lambda _: self.changed())
        self.light.currentIndexChanged.connect(lambda _: self.changed())
        self.worker = Worker(self)
        self.shown_params: LightParams | None = None
        self._pixels: Pixels | None = None
        self.finished.connect(lambda _: self.worker.stop())
        self.changed()

    # -- the material ------------------------------------------------------------------------------

    def result_material(self) -> Material:
        m = self.feature.material
        return replace(
            m,
            uv365=self.rows[LightSource.UV365].value(),
            uv254=self.rows[LightSource.UV254].value(),
            anti_stokes=self.rows[LightSource.ANTI_STOKES].value(),
            ir_cutoff_nm=float(self.ir_cutoff.value()) if self.ir_dark.isChecked() else None,
            relief_um=self.relief.value() or None,
            transmission=self.transmission.value() or None,
        )

    def result_coverage(self) -> Coverage:
        return Coverage(self.coverage.currentData())

    def result_feature(self) -> Feature:
        """The feature with the edited material; the lights it glows under are added to its
        "revealed by", so the viewer's "Show me" has something to show."""
        material = self.result_material()
        glowing = tuple(x for x, row in self.rows.items() if row.value() is not None)
        extra = glowing + ((LightSource.IR,) if material.ir_cutoff_nm is not None else ())
        lights = self.feature.lights + tuple(x for x in extra if x not in self.feature.lights)
        return replace(
            self.feature, material=material, coverage=self.result_coverage(), lights=lights
        )

    def save_preset(self, name: str | None = None) -> list[UserPreset] | None:
        if name is None:
            name, ok = QInputDialog.getText(
                self, self.tr("Save as preset"), self.tr("Name of the preset:")
            )
            if not ok:
                return None
        name = name.strip()
        if not name:
            return None
        preset = UserPreset(name, self.result_material(), self.result_coverage())
        try:
            saved = save_user_preset(self.presets_path, preset)  # type: ignore[arg-type]
        except (DocexamError, OSError) as exc:
            self.status.setText(str(exc))
            return None
        self.status.setText(self.tr("Saved as preset “%1”.").replace("%1", name))
        return saved

    # -- live preview ----------------------------------------------------------------------------

    def changed(self) -> None:
        for row in self.rows.values():
            row.show()
        self.ir_cutoff.setEnabled(self.ir_dark.isChecked())
        self.request_preview()

    def request_preview(self) -> None:
        """Render the page around the feature with the edited material, off the UI thread; a
        newer request supersedes one not yet shown."""
        params = LightParams(LightSource(self.light.currentData()))
        edited = self.result_feature()
        features = tuple(edited if f.id == edited.id else f for f in self.page.features)
        visible_only = tuple(r for r in self.page.images if r.light is LightSource.VISIBLE)
        page = replace(self.page, features=features, images=visible_only)
        bounds = edited.region.bounds()
        specimen, original, cached = self.specimen, self.page, self._pixels

        def work(_job: Job) -> tuple[object, Pixels]:
            pixels = cached if cached is not None else _pixels(specimen, original)
            return _preview(page, pixels, params, bounds), pixels

        self.status.setText(self.tr("Rendering…"))
        task = self.worker.start(work, supersede=True)
        task.succeeded.connect(lambda result, p=params: self._show(result, p))
        task.failed.connect(lambda message, _exc: self.status.setText(message))

    def _show(self, result: tuple[object, Pixels], params: LightParams) -> None:
        image, self._pixels = result
        pixmap = QPixmap.fromImage(image)  # type: ignore[arg-type]
        self.picture.setPixmap(
            pixmap.scaled(
                self.picture.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.shown_params = params
        # Trainees see a capture of that light instead, where the page has one.
        simulated = self.tr("Simulated under %1, from the white scan.")
        self.status.setText(simulated.replace("%1", core_words.light(params.light)))


def _first_light(feature: Feature) -> LightSource:
    """The light the preview opens on: one the material glows under, else one that reveals it."""
    m = feature.material
    glowing = [x for x in EMITTING if getattr(m, FIELD[x]) is not None]
    revealing = [x for x in feature.lights if x in PREVIEW_LIGHTS and x is not LightSource.VISIBLE]
    return (glowing + revealing + [LightSource.UV365])[0]


def _small(image: Image, page: Page) -> tuple[Image, float]:
    """The white scan at about ``PREVIEW_DPI`` (never enlarged), and its dpi."""
    width = round(page.size_mm[0] * PREVIEW_DPI / 25.4)
    if image.shape[1] <= width:
        return image, page.visible.dpi
    height = round(image.shape[0] * width / image.shape[1])
    small = cv2.resize(image, (width, height), interpolation=cv2.INTER_AREA)
    return small, width * 25.4 / page.size_mm[0]
