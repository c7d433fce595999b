"""The design system (issue 17, item 1): states differ, a series is consistent, and the new
genuine features answer their lights as the light engine renders them."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import numpy as np
import pytest

from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import Specimen
from docexam.core.domain.taxonomy import GROUPS
from docexam.core.library.bundled import load_recipes, recipes_of
from docexam.core.light import LightParams
from docexam.core.synth import build_specimen, generate_specimen
from docexam.core.synth.compose import GeneratedSpecimen
from docexam.core.synth.states import STATES, design_for

from .conftest import series_with
from .test_physics import feature, grown, mask, render, ring

MAX_SHARED = 0.75
# Layers that carry the holder's data or the number: their place follows the text.
# Stamps are the holder's travels, not the series' design.
PERSONAL = (
    "personalisation.",
    "numbering.",
    "mrz.",
    "binding.sheet_serial",
    "ink.phosph",
    "endorsement.",
)
# A booklet's index marks start where its number says (a sheet of another booklet breaks the
# staircase), so they move with the number too.
PERSONAL_IDS = {"penetrating-number", "unique-font", "index-mark"}


def _kinds(g: GeneratedSpecimen) -> set[tuple[str, str]]:
    return {
        (layer.category, layer.id)
        for page in g.pages.values()
        for layer in page.layers
        if not layer.category.startswith("endorsement.")
    }


def _jaccard(a: set[tuple[str, str]], b: set[tuple[str, str]]) -> float:
    return len(a & b) / len(a | b)


@pytest.mark.parametrize("doc_type", ["td3", "td1"])
def test_no_two_states_share_three_quarters_of_their_features(doc_type: str) -> None:
    # Every series of every state, two seeds each: the inventory is the series', not the seed's.
    kinds = {
        (code, series, seed): _kinds(build_specimen(code, doc_type, seed, 150, series=series))
        for code, state in STATES.items()
        for series in state.series
        for seed in (3, 4)
    }
    assert len(STATES) >= 8
    for a, b in combinations(kinds, 2):
        if a[0] != b[0]:
            assert _jaccard(kinds[a], kinds[b]) < MAX_SHARED, (a, b)


def _placed(g: GeneratedSpecimen) -> dict[tuple[str, str], object]:
    return {
        (pid, layer.id): (layer.category, layer.region, layer.material)
        for pid, page in g.pages.items()
        for layer in page.layers
        if not layer.category.startswith(PERSONAL) and layer.id not in PERSONAL_IDS
    }


@pytest.mark.parametrize("code", sorted(STATES))
def test_a_series_has_one_inventory_in_the_same_places(code: str) -> None:
    state = STATES[code]
    for series in state.series:
        first = build_specimen(code, "td3", 21, 150, series=series)
        for seed in (22, 23):
            other = build_specimen(code, "td3", seed, 150, series=series)
            assert other.doc.person != first.doc.person
            assert _kinds(other) == _kinds(first)
            assert _placed(other) == _placed(first)
    older, newer = (build_specimen(code, "td3", 21, 150, series=s) for s in state.series)
    assert _kinds(older) != _kinds(newer)
    assert design_for(state, state.series[0]).generation == "older"
    assert design_for(state, state.series[1]).generation == "newer"


def test_every_icao_part2_group_appears_across_the_bundled_set() -> None:
    recipes = [r for pack in load_recipes()["packs"] for r in recipes_of(pack)]
    groups: set[str] = set()
    series: set[tuple[str, str]] = set()
    for r in recipes:
        spec = build_specimen(r.state, r.doc_type, r.seed, 150, None, r.series).specimen
        groups |= {c.split(".", 1)[0] for c in spec.categories()}
        series.add((r.state, r.series))
    assert groups >= set(GROUPS)
    assert {code for code, _ in series} == set(STATES)
    both = [
        code
        for code, state in STATES.items()
        if set(state.series) <= {s for c, s in series if c == code}
    ]
    assert len(both) >= 3, both


# New genuine features, through the light engine ------------------------------------------


def _spec(tmp: Path, kind: str, seed: int, doc_type: str = "td3") -> Specimen:
    code, series = series_with(kind)
    return generate_specimen(code, doc_type, seed, 150.0, tmp, series)


@pytest.mark.parametrize("seed", [31, 32])
def test_ovi_changes_colour_when_tilted(tmp_path: Path, seed: int) -> None:
    spec = _spec(tmp_path, "ovi", seed)
    on = mask(spec, feature(spec, "data", "ovi"))
    head_on = render(spec, "data", LightParams(LightSource.TILT, tilt_deg=0))[on].mean(axis=0)
    tilted = render(spec, "data", LightParams(LightSource.TILT, tilt_deg=40))[on].mean(axis=0)
    assert np.abs(head_on - tilted).max() > 40.0


@pytest.mark.parametrize("seed", [33, 34])
def test_metallic_ink_brightens_with_tilt_and_flashes_in_coaxial_light(
    tmp_path: Path, seed: int
) -> None:
    spec = _spec(tmp_path, "metallic", seed)
    on = mask(spec, feature(spec, "data", "metallic"), threshold=100)
    dull = render(spec, "data", LightParams(LightSource.TILT, tilt_deg=-30))[on].mean()
    bright = render(spec, "data", LightParams(LightSource.TILT, tilt_deg=30))[on].mean()
    assert bright - dull > 60.0
    coax = render(spec, "data", LightParams(LightSource.COAXIAL))
    assert coax[on].mean() > coax[ring(on)].mean()


def test_newer_ovd_shows_more_than_three_colours_over_the_tilts(tmp_path: Path) -> None:
    code = "UTO"
    spec = generate_specimen(code, "td3", 35, 150.0, tmp_path, STATES[code].series[1])
    on = mask(spec, feature(spec, "data", "ovd"), threshold=100)
    colours = {
        tuple(
            np.round(
                render(spec, "data", LightParams(LightSource.TILT, tilt_deg=t))[on].mean(axis=0) / 8
            )
        )
        for t in range(-85, 90, 10)
    }
    assert len(colours) > 3


@pytest.mark.parametrize("seed", [36, 37])
def test_windowed_thread_shows_at_intervals_but_runs_through_in_transmitted_light(
    tmp_path: Path, seed: int
) -> None:
    state = STATES["QVL"]
    spec = generate_specimen("QVL", "td3", seed, 150.0, tmp_path, state.series[1])
    windows = mask(spec, feature(spec, "data", "thread-windows"), threshold=100)
    body = mask(spec, feature(spec, "data", "security-thread"), threshold=100)
    white = render(spec, "data", LightParams(LightSource.VISIBLE)).mean(axis=2)
    rows_with_window = windows.any(axis=1)
    assert 0.2 < rows_with_window.mean() < 0.8  # surfaces now and then, not all along
    assert white[windows].mean() < white[ring(windows)].mean() - 10.0
    through = render(spec, "data", LightParams(LightSource.TRANSMITTED)).mean(axis=2)
    beside = ring(body)
    step = round(150 / 25.4)  # every millimetre down the page
    for y0 in range(0, body.shape[0] - step, step):
        band = slice(y0, y0 + step)
        assert through[band][body[band]].mean() < through[band][beside[band]].mean(), y0


@pytest.mark.parametrize("seed", [38, 45])
def test_shaded_watermark_rises_through_soft_tones_against_the_light(
    tmp_path: Path, seed: int
) -> None:
    def plateau(spec: Specimen) -> float:
        """Share of the motif at its brightest tone: a flat two-tone mark has a plateau, a
        cylinder-mould mark rises smoothly to a small peak."""
        area = mask(spec, feature(spec, "data", "watermark-light"), threshold=20)
        light = render(spec, "data", LightParams(LightSource.TRANSMITTED)).mean(axis=2)[area]
        lo, hi = np.percentile(light, 2), np.percentile(light, 99.5)
        return float((light > hi - 0.1 * (hi - lo)).mean())

    older = generate_specimen("UTO", "td3", seed, 150.0, tmp_path, "A")
    newer = generate_specimen("UTO", "td3", seed, 150.0, tmp_path, "B")
    assert plateau(newer) < 0.5 * plateau(older)


RAINBOW_SERIES = [
    (code, series)
    for code, state in STATES.items()
    for series in state.series
    if design_for(state, series).has("rainbow-print")
]


@pytest.mark.parametrize("seed", [39, 40])
@pytest.mark.parametrize(("code", "series"), RAINBOW_SERIES)
def test_rainbow_print_flows_through_visibly_different_colours(
    tmp_path: Path, seed: int, code: str, series: str
) -> None:
    spec = generate_specimen(code, "td3", seed, 150.0, tmp_path, series)
    f = feature(spec, "data", "rainbow-print")
    on = mask(spec, f, threshold=40)  # fine lines: partial pixels at 150 dpi
    white = render(spec, "data", LightParams(LightSource.VISIBLE))
    cols = np.flatnonzero(on.any(axis=0))
    eighth = len(cols) // 8
    paper = np.median(white[~grown(on, 5)], axis=0)

    def tint(sel: np.ndarray) -> np.ndarray:
        """The ink's pull away from the paper at these columns (BGR), fine lines included."""
        return np.asarray(white[:, sel][on[:, sel]].mean(axis=0) - paper)

    left, right = tint(cols[:eighth]), tint(cols[-eighth:])
    cos = float(left @ right / (np.linalg.norm(left) * np.linalg.norm(right)))
    assert cos < np.cos(np.radians(35))  # the two ends pull towards clearly different hues


@pytest.mark.parametrize("seed", [41, 42])
def test_uv_design_is_fine_line_work_not_a_solid_blob(tmp_path: Path, seed: int) -> None:
    for code in ("UTO", "ZRN", "QVL", "QNB"):
        spec = generate_specimen(code, "td3", seed, 150.0, tmp_path, STATES[code].series[0])
        motif = STATES[code].language.motif
        f = feature(spec, "data", f"uv-{motif}")
        inked = mask(spec, f, threshold=60)
        x0, y0, x1, y1 = (round(v * 150 / 25.4) for v in f.region.bounds())
        share = inked[y0:y1, x0:x1].mean()
        assert 0.05 < share < 0.6, (code, share)  # lines with paper between them
        uv = render(spec, "data", LightParams(LightSource.UV365)).max(axis=2)
        assert uv[inked].mean() > uv[ring(inked)].mean() + 30


def test_each_state_puts_its_uv_design_in_its_own_place_and_outline(tmp_path: Path) -> None:
    """Under the lamp the states differ by where the design glows and its outline, not only by
    colour: the filled outlines of any two states' designs overlap by under half (IoU)."""
    import cv2

    areas: dict[str, np.ndarray] = {}
    for code, state in STATES.items():
        spec = generate_specimen(code, "td3", 44, 150.0, tmp_path, state.series[0])
        inked = mask(spec, feature(spec, "data", f"uv-{state.language.motif}"), threshold=60)
        ys, xs = np.nonzero(inked)
        hull = cv2.convexHull(np.stack([xs, ys], axis=1).astype(np.int32))
        filled = np.zeros(inked.shape, np.uint8)
        cv2.fillConvexPoly(filled, hull, 1)
        areas[code] = filled.astype(bool)
    for a, b in combinations(areas, 2):
        iou = (areas[a] & areas[b]).sum() / (areas[a] | areas[b]).sum()
        assert iou < 0.5, (a, b, round(float(iou), 2))


def test_penetrating_number_glows_and_shows_through_the_reverse(tmp_path: Path) -> None:
    spec = _spec(tmp_path, "penetrating-number", 43)
    on = mask(spec, feature(spec, "data", "penetrating-number"), threshold=100)
    uv = render(spec, "data", LightParams(LightSource.UV365)).max(axis=2)
    assert uv[on].mean() > uv[ring(on)].mean() + 30
    back = mask(spec, feature(spec, "observations", "penetrating-number"), threshold=100)
    assert np.array_equal(back, on[:, ::-1])


def test_anti_scan_hides_its_word_head_on(tmp_path: Path) -> None:
    spec = _spec(tmp_path, "anti-scan", 44)
    f = feature(spec, "data", "anti-scan")
    x0, y0, x1, y1 = (round(v * 150 / 25.4) for v in f.region.bounds())
    cov = mask(spec, f, threshold=60)[y0:y1, x0:x1]
    assert 0.2 < cov.mean() < 0.8
    # Both line directions are there: horizontal runs outside the word, vertical inside it.
    across = (cov[:, 1:] & cov[:, :-1]).sum()
    down = (cov[1:, :] & cov[:-1, :]).sum()
    assert across > 0.3 * cov.sum() and down > 0.05 * cov.sum()
