"""The light-source bar: one button and shortcut per light, and the settings of the chosen light."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDial,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QToolButton,
    QWidget,
)

from docexam.core.domain.lights import IR_CUTOFFS_NM, LightSource
from docexam.core.light import LightParams
from docexam.ui import words

SHORTCUTS: dict[LightSource, str] = {
    LightSource.VISIBLE: "W",
    LightSource.OBLIQUE: "O",
    LightSource.TRANSMITTED: "B",
    LightSource.COAXIAL: "X",
    LightSource.UV365: "U",
    LightSource.UV254: "Shift+U",
    LightSource.IR: "I",
    LightSource.IR_LUMINESCENCE: "Shift+I",
    LightSource.ANTI_STOKES: "A",
    LightSource.TILT: "T",
}
AFTERGLOW_SECONDS = 12.0
AFTERGLOW_TICK_MS = 250


class LightBar(QWidget):
    params_changed = Signal(object, bool)  # LightParams, interactive (a control is being dragged)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.light = LightSource.VISIBLE
        self.actions_by_light: dict[LightSource, QAction] = {}
        group = QActionGroup(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for light, key in SHORTCUTS.items():
            action = QAction(words.light(light), self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{words.light(light)} ({key})")
            action.setData(light.value)
            action.triggered.connect(lambda _=False, li=light: self.set_light(li))
            group.addAction(action)
            self.addAction(action)
            self.actions_by_light[light] = action
            button = QToolButton()
            button.setDefaultAction(action)
            button.setObjectName(f"light_{light.value}")
            layout.addWidget(button)
        self.actions_by_light[LightSource.VISIBLE].setChecked(True)

        self.ir_filter = QComboBox()
        self.ir_filter.setObjectName("ir_filter")
        self.ir_filter.setToolTip(self.tr("IR filter cut-off: inks transparent above it vanish"))
        for nm in IR_CUTOFFS_NM:
            self.ir_filter.addItem(f"{nm} nm", nm)
        self.ir_filter.setCurrentIndex(IR_CUTOFFS_NM.index(830))
        self.ir_filter.currentIndexChanged.connect(lambda: self._emit(False))

        self.azimuth = QDial()
        self.azimuth.setObjectName("azimuth")
        self.azimuth.setRange(0, 359)
        self.azimuth.setWrapping(True)
        self.azimuth.setNotchesVisible(True)
        self.azimuth.setFixedSize(44, 44)
        self.azimuth.setValue(135)
        self.azimuth.setToolTip(self.tr("Direction the oblique light comes from (drag)"))
        self.elevation = self._slider("elevation", 5, 90, 20, self.tr("Elevation of the light"))
        self.tilt = self._slider(
            "tilt", -90, 90, 0, self.tr("Tilt the document (OVD, latent image)")
        )
        for control in (self.azimuth, self.elevation, self.tilt):
            control.valueChanged.connect(lambda _v, c=control: self._emit(c.isSliderDown()))
            control.sliderReleased.connect(lambda: self._emit(False))
        self.setting_label = QLabel()
        self.setting_label.setObjectName("setting")

        self.uv_switch = QPushButton(self.tr("Switch UV lamp off"))
        self.uv_switch.setObjectName("uv_switch")
        self.uv_switch.setToolTip(
            self.tr("Watch phosphorescent ink keep glowing after the lamp (G)")
        )
        self.uv_switch.setShortcut(QKeySequence("G"))
        self.uv_switch.clicked.connect(self.switch_uv_off)
        self._uv_off_at = 0.0
        self.afterglow = QTimer(self)
        self.afterglow.setInterval(AFTERGLOW_TICK_MS)
        self.afterglow.timeout.connect(self._tick)
        self.seconds_since_uv_off = 0.0

        self.badge = QLabel()
        self.badge.setObjectName("badge")
        for widget in (self.ir_filter, self.azimuth, self.elevation, self.tilt):
            layout.addWidget(widget)
        layout.addWidget(self.setting_label)
        layout.addWidget(self.uv_switch)
        layout.addStretch(1)
        layout.addWidget(self.badge)
        self._update_controls()

    def _slider(self, name: str, low: int, high: int, value: int, tip: str) -> QSlider:
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setObjectName(name)
        slider.setRange(low, high)
        slider.setValue(value)
        slider.setFixedWidth(120)
        slider.setToolTip(tip)
        return slider

    def params(self) -> LightParams:
        return LightParams(
            self.light,
            ir_cutoff_nm=int(self.ir_filter.currentData()),
            azimuth_deg=float(self.azimuth.value()),
            elevation_deg=float(self.elevation.value()),
            tilt_deg=float(self.tilt.value()),
            seconds_since_uv_off=round(self.seconds_since_uv_off, 2),
        )

    def set_light(self, light: LightSource) -> None:
        if light is not LightSource.UV_OFF:
            self.afterglow.stop()
            self.seconds_since_uv_off = 0.0
            self.actions_by_light[light].setChecked(True)
        self.light = light
        self._update_controls()
        self._emit(False)

    def switch_uv_off(self) -> None:
        if self.light is LightSource.UV_OFF:
            self.set_light(LightSource.UV365)
            return
        self._uv_off_at = time.monotonic()
        self.seconds_since_uv_off = 0.0
        for action in self.actions_by_light.values():
            action.setChecked(False)
        self.set_light(LightSource.UV_OFF)
        self.afterglow.start()

    def _tick(self) -> None:
        self.seconds_since_uv_off = time.monotonic() - self._uv_off_at
        if self.seconds_since_uv_off >= AFTERGLOW_SECONDS:
            self.afterglow.stop()
        self._emit(True)

    def set_badge(
        self, simulated: bool | None, busy: bool = False, generated: bool = False
    ) -> None:
        if busy:
            text, colour = self.tr("Rendering…"), "#6b6b6b"
        elif generated and simulated is False:
            text, colour = self.tr("Generated"), "#3b5b8a"
        elif simulated is None:
            text, colour = "", "transparent"
        elif simulated:
            text, colour = self.tr("Simulated"), "#8a5a00"
        else:
            text, colour = self.tr("Captured"), "#1f6f43"
        self.badge.setText(text)
        style = "color: white; border-radius: 4px; padding: 2px 8px;"
        self.badge.setStyleSheet(f"QLabel {{ background: {colour}; {style} }}")
        self.badge.setToolTip(
            self.tr(
                "Captured: a real image under this light shipped with the specimen.\n"
                "Generated: docexam drew this specimen; no real document was photographed.\n"
                "Simulated: computed from the page and its materials; an approximation."
            )
        )

    def _update_controls(self) -> None:
        light = self.light
        self.ir_filter.setVisible(light in (LightSource.IR, LightSource.IR_LUMINESCENCE))
        self.azimuth.setVisible(light is LightSource.OBLIQUE)
        self.elevation.setVisible(light is LightSource.OBLIQUE)
        self.tilt.setVisible(light is LightSource.TILT)
        self.uv_switch.setVisible(light in (LightSource.UV365, LightSource.UV_OFF))
        self.uv_switch.setText(
            self.tr("Switch UV lamp on")
            if light is LightSource.UV_OFF
            else self.tr("Switch UV lamp off")
        )
        self._update_label()

    def _update_label(self) -> None:
        light = self.light
        text = ""
        if light is LightSource.OBLIQUE:
            text = self.tr("from %1°, %2° high").replace("%1", str(self.azimuth.value()))
            text = text.replace("%2", str(self.elevation.value()))
        elif light is LightSource.TILT:
            text = self.tr("tilted %1°").replace("%1", str(self.tilt.value()))
        elif light is LightSource.UV_OFF:
            text = self.tr("lamp off %1 s ago").replace("%1", f"{self.seconds_since_uv_off:.1f}")
        self.setting_label.setText(text)

    def _emit(self, interactive: bool) -> None:
        self._update_label()
        self.params_changed.emit(self.params(), interactive)
