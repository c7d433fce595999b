"""The viewer preferences an examiner expects back next time: the light, the hotspots on or off,
the loupe's power. Read into a new viewer's state; written back, as they change, only by a viewer
whose configuration persists them (an exercise changes lights as its items ask, and must not
leave the study viewer that way)."""

from __future__ import annotations

from docexam.core.domain.lights import LightSource
from docexam.ui.settings import settings
from docexam.ui.viewer.state import DEFAULT_LOUPE_POWER, Aspect, ViewerState

LIGHT, HOTSPOTS, LOUPE_POWER = "viewer/light", "viewer/overlay", "viewer/loupe_power"


def restore_preferences(state: ViewerState) -> None:
    store = settings()
    try:
        light = LightSource(str(store.value(LIGHT, LightSource.VISIBLE.value)))
    except ValueError:
        light = LightSource.VISIBLE
    if light is LightSource.UV_OFF:  # the afterglow is a moment, not a light to come back to
        light = LightSource.UV365
    state.set_light(light)
    state.set_hotspots(str(store.value(HOTSPOTS, "true")).lower() == "true")
    try:
        power = int(str(store.value(LOUPE_POWER, DEFAULT_LOUPE_POWER)))
    except ValueError:
        power = DEFAULT_LOUPE_POWER
    state.set_loupe_power(power)


def save_preferences(state: ViewerState) -> None:
    """From now on, save the preferences whenever ``state`` changes one, if its configuration
    persists them (the one place they are written)."""
    if not state.config.persist_preferences:
        return
    # One settings object for the viewer's life: it writes the file when the event loop is idle,
    # not on every switch of light (a fresh object would write it as it goes away).
    store = settings()

    def changed(aspect: Aspect) -> None:
        if aspect is Aspect.LIGHT:
            store.setValue(LIGHT, state.light.value)
        elif aspect is Aspect.HOTSPOTS:
            store.setValue(HOTSPOTS, state.hotspots)
        elif aspect is Aspect.LOUPE_POWER:
            store.setValue(LOUPE_POWER, state.loupe_power)

    state.subscribe(changed)
