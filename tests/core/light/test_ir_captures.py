"""An IR capture serves every filter setting at which the page would look the same."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np

from docexam.core.domain.lights import IR_CUTOFFS_NM, LightSource
from docexam.core.domain.model import ImageRef
from docexam.core.light import LightEngine, LightParams
from docexam.core.light.captures import capture_for, ir_serves, opening_ir_cutoff

from .pages import DPI, HEIGHT, WIDTH, write
from .test_ir import _spec


def _with_ir_capture(tmp_path: Path, cutoff: int):  # type: ignore[no-untyped-def]
    spec = _spec(tmp_path)  # annotated inks turn at 700, 800 and 2000 nm
    capture = np.full((HEIGHT, WIDTH, 3), 77, np.uint8)
    name = write(tmp_path, f"front-ir-{cutoff}.png", capture)
    page = spec.pages[0]
    ir = ImageRef(LightSource.IR, name, DPI, cutoff)
    return replace(spec, pages=(replace(page, images=(*page.images, ir)),)), capture


def test_a_capture_serves_exactly_the_settings_the_simulation_cannot_tell_apart(
    tmp_path: Path,
) -> None:
    """The rule agrees with the engine's physics: same simulated image, same capture."""
    spec = _spec(tmp_path)
    engine = LightEngine(spec)
    page = spec.pages[0]
    sims = {
        c: engine.render("front", LightParams(LightSource.IR, ir_cutoff_nm=c)).image
        for c in IR_CUTOFFS_NM
    }
    for x in IR_CUTOFFS_NM:
        for setting in IR_CUTOFFS_NM:
            same = np.array_equal(sims[x], sims[setting])
            assert ir_serves(page, x, setting) == same, (x, setting)


def test_an_870_capture_is_shown_from_830_to_1000_nm_here(tmp_path: Path) -> None:
    spec, capture = _with_ir_capture(tmp_path, 870)
    engine = LightEngine(spec)
    for setting in IR_CUTOFFS_NM:
        params = LightParams(LightSource.IR, ir_cutoff_nm=setting)
        rendering = engine.render("front", params)
        served = setting >= 830  # the 800 nm ink turns between 780 and 830
        assert rendering.captured == served == engine.is_captured("front", params), setting
        if served:
            assert np.array_equal(rendering.image, capture)
        # A quarter-size view of the page is the capture resampled, still not a simulation.
        assert engine.render("front", params, scale=0.25).captured == served


def test_the_nearest_capture_wins_and_other_lights_are_untouched(tmp_path: Path) -> None:
    spec, _ = _with_ir_capture(tmp_path, 870)
    page = spec.pages[0]
    extra = ImageRef(LightSource.IR, page.images[-1].file, DPI, 1000)
    page = replace(page, images=(*page.images, extra))
    assert capture_for(page, LightParams(LightSource.IR, ir_cutoff_nm=1000)) == extra
    assert capture_for(page, LightParams(LightSource.IR, ir_cutoff_nm=830)).cutoff_nm == 870  # type: ignore[union-attr]
    assert capture_for(page, LightParams(LightSource.UV365)) is None


def test_the_viewer_opens_ir_on_a_setting_the_capture_serves(tmp_path: Path) -> None:
    spec, _ = _with_ir_capture(tmp_path, 870)
    assert opening_ir_cutoff(spec.pages[0]) == 830  # the usual filter is served
    low, _ = _with_ir_capture(tmp_path, 715)  # 830 would not: the 800 nm ink turns between
    assert opening_ir_cutoff(low.pages[0]) == 715
    assert opening_ir_cutoff(_spec(tmp_path).pages[0]) == 830  # no capture: the usual one
