"""The light-source bar: one button and shortcut per light, and the settings of the chosen light."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
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
from docexam.ui import words
from docexam.ui.viewer.state import Aspect, ViewerState

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
    """Shows the state's light and its settings, and changes them: the bar keeps no light itself."""

    def __init__(self, state: ViewerState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.actions_by_light: dict[LightSource, QAction] = {}
        group = QActionGroup(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for light, key in SHORTCUTS.items():
            if not state.allows(light):
                continue
            action = QAction(words.light(light), self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{words.light(light)} ({key})")
            action.setData(light.value)
            action.triggered.connect(lambda _=False, li=light: state.set_light(li))
            group.addAction(action)
            self.addAction(action)
            self.actions_by_light[light] = action
            button = QToolButton()
            button.setDefaultAction(action)
            button.setObjectName(f"light_{light.value}")
            layout.addWidget(button)

        self.ir_filter = QComboBox()
        self.ir_filter.setObjectName("ir_filter")
        self.ir_filter.setToolTip(self.tr("IR filter cut-off: inks transparent above it vanish"))
        for nm in IR_CUTOFFS_NM:
            self.ir_filter.addItem(f"{nm} nm", nm)
        self.ir_filter.currentIndexChanged.connect(
            lambda: state.adjust(ir_cutoff_nm=int(self.ir_filter.currentData()))
        )

        self.azimuth = QDial()
        self.azimuth.setObjectName("azimuth")
        self.azimuth.setRange(0, 359)
        self.azimuth.setWrapping(True)
        self.azimuth.setNotchesVisible(True)
        self.azimuth.setFixedSize(44, 44)
        self.azimuth.setToolTip(self.tr("Direction the oblique light comes from (drag)"))
        self.elevation = self._slider("elevation", 5, 90, self.tr("Elevation of the light"))
        self.tilt = self._slider("tilt", -90, 90, self.tr("Tilt the document (OVD, latent image)"))
        self.setting_label = QLabel()
        self.setting_label.setObjectName("setting")
        self._show_settings()  # before the controls report changes: these are the state's own
        self.azimuth.valueChanged.connect(
            lambda v: state.adjust(azimuth_deg=float(v), adjusting=self.azimuth.isSliderDown())
        )
        self.elevation.valueChanged.connect(
            lambda v: state.adjust(elevation_deg=float(v), adjusting=self.elevation.isSliderDown())
        )
        self.tilt.valueChanged.connect(
            lambda v: state.adjust(tilt_deg=float(v), adjusting=self.tilt.isSliderDown())
        )
        for control in (self.azimuth, self.elevation, self.tilt):
            control.sliderReleased.connect(lambda: state.adjust(adjusting=False))

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

        self.badge = QLabel()
        self.badge.setObjectName("badge")
        for widget in (self.ir_filter, self.azimuth, self.elevation, self.tilt):
            layout.addWidget(widget)
        layout.addWidget(self.setting_label)
        layout.addWidget(self.uv_switch)
        layout.addStretch(1)
        layout.addWidget(self.badge)
        state.subscribe(self._state_changed)
        self._show_light()

    def name_lights(self, name: Callable[[LightSource], str]) -> None:
        """Other names on the light buttons (tooltips keep the full name and key)."""
        for light, action in self.actions_by_light.items():
            action.setText(name(light))

    def _slider(self, name: str, low: int, high: int, tip: str) -> QSlider:
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setObjectName(name)
        slider.setRange(low, high)
        slider.setFixedWidth(120)
        slider.setToolTip(tip)
        return slider

    def switch_uv_off(self) -> None:
        if self.state.light is LightSource.UV_OFF:
            self.state.set_light(LightSource.UV365)
        else:
            self.state.set_light(LightSource.UV_OFF)

    def _tick(self) -> None:
        seconds = time.monotonic() - self._uv_off_at
        done = seconds >= AFTERGLOW_SECONDS
        if done:
            self.afterglow.stop()
        # Previews while the glow fades; the last tick renders the whole page.
        self.state.adjust(seconds_since_uv_off=round(seconds, 2), adjusting=not done)

    def _state_changed(self, aspect: Aspect) -> None:
        if aspect is Aspect.LIGHT:
            self._show_light()
        elif aspect is Aspect.LIGHT_SETTINGS:
            self._show_settings()

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

    def _show_light(self) -> None:
        light = self.state.light
        if light is LightSource.UV_OFF:
            self._uv_off_at = time.monotonic()
            self.afterglow.start()
            for action in self.actions_by_light.values():
                action.setChecked(False)
        else:
            self.afterglow.stop()
            if light in self.actions_by_light:
                self.actions_by_light[light].setChecked(True)
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
        self._show_settings()

    def _show_settings(self) -> None:
        """The controls at the state's values (setting a control to its own value is silent)."""
        params = self.state.params
        if params.ir_cutoff_nm in IR_CUTOFFS_NM:
            self.ir_filter.setCurrentIndex(IR_CUTOFFS_NM.index(params.ir_cutoff_nm))
        self.azimuth.setValue(round(params.azimuth_deg))
        self.elevation.setValue(round(params.elevation_deg))
        self.tilt.setValue(round(params.tilt_deg))
        self._update_label()

    def _update_label(self) -> None:
        params = self.state.params
        text = ""
        if params.light is LightSource.OBLIQUE:
            text = self.tr("from %1°, %2° high").replace("%1", str(round(params.azimuth_deg)))
            text = text.replace("%2", str(round(params.elevation_deg)))
        elif params.light is LightSource.TILT:
            text = self.tr("tilted %1°").replace("%1", str(round(params.tilt_deg)))
        elif params.light is LightSource.UV_OFF:
            seconds = params.seconds_since_uv_off
            text = self.tr("lamp off %1 s ago").replace("%1", f"{seconds:.1f}")
        self.setting_label.setText(text)
