"""Genuine personalisation: each series' method fits its substrate, and each method looks and
behaves as it does on real documents, measured in what the light engine renders."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import Specimen
from docexam.core.light import LightParams
from docexam.core.synth import generate_specimen
from docexam.core.synth.compose import build_specimen
from docexam.core.synth.personalise import CATEGORY, INKJET, LASER, PAPER_METHODS, THERMAL
from docexam.core.synth.states import STATES, design_for
from tests.core.synth.test_physics import feature, grown, mask, render, ring

SERIES = [(code, series) for code, state in STATES.items() for series in state.series]


def _methods(spec: Specimen) -> set[str]:
    """The personalisation methods a specimen's feature records name."""
    by_category = {category: method for method, category in CATEGORY.items()}
    return {
        by_category[f.category]
        for page in spec.pages
        for f in page.features
        if f.category in by_category
    }


@pytest.mark.parametrize(("code", "series"), SERIES)
def test_each_series_personalises_as_its_substrate_allows_on_every_specimen(
    code: str, series: str
) -> None:
    design = design_for(STATES[code], series)
    paper = design.personalisation("paper")
    assert paper in PAPER_METHODS  # never a laser on paper
    assert design.personalisation("polycarbonate") == LASER  # no ink on a card
    for seed in range(3):
        for doc_type in ("td2", "mrv-a") if seed % 2 else ("td2",):
            spec = build_specimen(code, doc_type, seed, 150, None, series).specimen
            assert _methods(spec) == {paper}, (spec.id, _methods(spec))
            portrait = feature(spec, spec.pages[0].id, "portrait").material
            assert not portrait.relief_um  # nothing sunk into paper
    for seed in range(2):
        card = build_specimen(code, "td1", seed, 150, None, series).specimen
        assert _methods(card) == {LASER}, card.id
        assert (feature(card, "front", "portrait").material.relief_um or 0.0) < 0.0


def test_both_paper_methods_occur_among_the_states_series() -> None:
    used = {design_for(STATES[c], s).personalisation("paper") for c, s in SERIES}
    assert used == set(PAPER_METHODS)


# The light engine's view -----------------------------------------------------------------

LOOKS = {INKJET: ("UTO", "B", "td2", "front"), THERMAL: ("UTO", "A", "td2", "front")}


@pytest.fixture(scope="module")
def looks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Specimen, str, str]]:
    work: Path = tmp_path_factory.mktemp("personalisation")
    out = {}
    for method, (code, series, doc_type, page) in LOOKS.items():
        assert design_for(STATES[code], series).personalisation("paper") == method
        out[method] = (
            generate_specimen(code, doc_type, 5, 150.0, work, series),
            page,
            "personal-data",
        )
    out[LASER] = (generate_specimen("UTO", "td1", 5, 150.0, work, "A"), "front", "laser-engraving")
    return out


def _grain(spec: Specimen, page: str) -> tuple[float, float]:
    """Pixel-scale detail of the rendered portrait well inside it, across and down the rows.

    The photo under the print has its own detail (hair, skin, grain) at every scale, so the
    print's own structure is read at the finest scale: inkjet dots lie in both directions; a
    laser engraving's raster of burnt lines only down the rows; dye transfer is smooth in both.
    """
    face = mask(spec, feature(spec, page, "portrait"), threshold=60)
    inner = cv2.erode(face.astype(np.uint8), np.ones((7, 7), np.uint8)) > 0
    grey = render(spec, page, LightParams(LightSource.VISIBLE)).mean(axis=2).astype(np.float32)
    k = np.array([[-0.5, 1.0, -0.5]], np.float32)
    across = np.abs(cv2.filter2D(grey, -1, k))
    down = np.abs(cv2.filter2D(grey, -1, k.T))
    return float(across[inner].mean()), float(down[inner].mean())


def _relief_shading(spec: Specimen, page: str, fid: str) -> float:
    """How much grazing light shades the edges of the data beyond what white light shows."""
    data = mask(spec, feature(spec, page, fid), threshold=128)
    flat = render(spec, page, LightParams(LightSource.VISIBLE)).mean(axis=2)
    grazing = render(spec, page, LightParams(LightSource.OBLIQUE)).mean(axis=2)
    ratio = grazing / np.maximum(flat, 1.0)
    local = np.abs(ratio - cv2.GaussianBlur(ratio, (0, 0), 4.0))
    return float(local[grown(data, 3) & ~data].mean())


def test_inkjet_shows_dots_in_the_loupe_thermal_transfer_and_laser_continuous_tone(
    looks: dict[str, tuple[Specimen, str, str]],
) -> None:
    grain = {method: _grain(spec, page) for method, (spec, page, _) in looks.items()}
    across = {method: g[0] for method, g in grain.items()}
    assert across[INKJET] > 1.8 * across[THERMAL], grain
    assert across[INKJET] > 1.8 * across[LASER], grain
    assert min(grain[INKJET]) > 1.8 * max(grain[THERMAL]), grain  # dots both ways, smooth tone
    assert grain[LASER][1] > 3 * grain[LASER][0], grain  # the engraving's raster runs in lines


def test_only_laser_engraving_is_tactile_and_thermal_transfer_stands_on_the_surface(
    looks: dict[str, tuple[Specimen, str, str]],
) -> None:
    shading = {method: _relief_shading(*looks[method]) for method in looks}
    # Measured: inkjet 0.0007 (soaked in), thermal transfer 0.0046, laser engraving 0.029.
    assert shading[INKJET] < 0.002, shading
    assert shading[THERMAL] > 2 * shading[INKJET], shading
    assert shading[LASER] > 4 * shading[THERMAL], shading


def test_laser_engraving_is_greyscale_and_has_no_uv_response(
    looks: dict[str, tuple[Specimen, str, str]],
) -> None:
    spec, page, fid = looks[LASER]
    white = render(spec, page, LightParams(LightSource.VISIBLE))
    uv = render(spec, page, LightParams(LightSource.UV365)).max(axis=2)
    for layer in (fid, "portrait"):
        on = mask(spec, feature(spec, page, layer), threshold=160)
        chroma = white.max(axis=2) - white.min(axis=2)
        assert float(chroma[on].mean()) < 8.0, layer  # neutral grey, no brown cast
        # Dark under UV-A: it never glows above the card around it.
        assert float(uv[on].mean()) < float(uv[ring(on)].mean()), layer
