"""The viewer's state on its own: plain Python, no QApplication, no widgets."""

from __future__ import annotations

import subprocess
import sys

import pytest

from docexam.core.domain.lights import LightSource
from docexam.core.light import LightError
from docexam.ui.viewer.state import (
    EXERCISE,
    STUDY,
    Aspect,
    ViewerConfig,
    ViewerState,
)


def _recorder(state: ViewerState) -> list[Aspect]:
    seen: list[Aspect] = []
    state.subscribe(seen.append)
    return seen


def test_the_state_imports_no_qt() -> None:
    code = (
        "import sys, docexam.ui.viewer.state as s; s.ViewerState();"
        "sys.exit(any(m.split('.')[0] == 'PySide6' for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_changes_are_told_once_and_only_when_something_changed() -> None:
    state = ViewerState(STUDY, page_count=3)
    seen = _recorder(state)
    state.set_light(LightSource.IR)
    state.set_light(LightSource.IR)  # already under IR
    state.set_hotspots(False)
    state.set_hotspots(False)
    state.set_all_features(True)
    state.set_loupe(True)
    state.set_loupe_power(20)
    state.set_page(2)
    state.set_page(5)  # no such page
    state.set_zoom(2.0)
    assert seen == [
        Aspect.LIGHT,
        Aspect.HOTSPOTS,
        Aspect.HOTSPOTS,
        Aspect.LOUPE,
        Aspect.LOUPE_POWER,
        Aspect.PAGE,
        Aspect.ZOOM,
    ]
    assert (state.light, state.hotspots, state.all_features) == (LightSource.IR, False, True)
    assert (state.loupe, state.loupe_power, state.page, state.zoom) == (True, 20, 2, 2.0)


def test_unsubscribed_observers_hear_nothing() -> None:
    state = ViewerState()
    seen: list[Aspect] = []
    stop = state.subscribe(seen.append)
    state.set_loupe(True)
    stop()
    stop()  # twice is harmless
    state.set_loupe(False)
    assert seen == [Aspect.LOUPE]


def test_a_drag_previews_and_its_end_renders_even_without_a_change() -> None:
    state = ViewerState()
    state.set_light(LightSource.OBLIQUE)
    seen = _recorder(state)
    state.adjust(azimuth_deg=90.0, adjusting=True)
    assert state.adjusting and state.params.azimuth_deg == 90.0
    state.adjust(azimuth_deg=90.0, adjusting=True)  # the same spot: nothing to redraw
    state.adjust(adjusting=False)  # released where it was: now the full render
    assert seen == [Aspect.LIGHT_SETTINGS, Aspect.LIGHT_SETTINGS]
    assert not state.adjusting
    assert state.params.azimuth_deg == 90.0 and state.light is LightSource.OBLIQUE
    with pytest.raises(LightError):
        state.adjust(elevation_deg=0.0)  # the light engine's own limits hold


def test_switching_the_uv_lamp_restarts_the_afterglow_clock() -> None:
    state = ViewerState()
    state.set_light(LightSource.UV_OFF)
    state.adjust(seconds_since_uv_off=3.5, adjusting=True)
    state.set_light(LightSource.UV365)
    assert state.params.seconds_since_uv_off == 0.0 and not state.adjusting


def test_a_viewer_offers_only_its_lights() -> None:
    state = ViewerState(ViewerConfig(allowed_lights=(LightSource.VISIBLE, LightSource.IR)))
    assert not state.set_light(LightSource.UV365)
    assert not state.set_light(LightSource.UV_OFF)  # no UV lamp to switch off
    assert state.light is LightSource.VISIBLE
    assert state.set_light(LightSource.IR) and state.light is LightSource.IR
    only_ir = ViewerState(ViewerConfig(allowed_lights=(LightSource.IR,)))
    assert only_ir.light is LightSource.IR  # white light is not on offer: start with what is


def test_an_exercise_cannot_show_hotspots() -> None:
    state = ViewerState(EXERCISE)
    seen = _recorder(state)
    assert not state.hotspots
    state.set_hotspots(True)
    state.set_all_features(True)
    assert not state.hotspots and not state.all_features and seen == []
    assert not EXERCISE.persist_preferences and not EXERCISE.show_identity
    assert STUDY.persist_preferences and ViewerState(STUDY).hotspots


def test_loupe_power_and_zoom_stay_in_range() -> None:
    state = ViewerState()
    state.set_loupe_power(7)  # not a loupe anyone makes
    assert state.loupe_power == 10
    for _ in range(5):
        state.step_loupe(1)
    assert state.loupe_power == 40
    for _ in range(5):
        state.step_loupe(-1)
    assert state.loupe_power == 5
    state.set_zoom(1000.0)
    assert state.zoom == 16.0
    state.set_zoom(None)
    assert state.zoom is None  # fit the page in the window
    state.step_page(-1)
    assert state.page == 0
