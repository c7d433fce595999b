"""UV-A, UV-C and afterglow: substrate response, fluorescent colours, decay."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from docexam.core.domain.geometry import Rect
from docexam.core.domain.lights import LightSource
from docexam.core.domain.material import Emission, Material, Phosphorescence
from docexam.core.domain.model import SubstrateSpec, UvResponse

from .pages import blank, feature, fill, hue_deg, hue_distance, mean, page, render, specimen

UV_DULL_MAX = 0.25 * 255  # a UV-dull page reads as dark under UV-A
UV_BRIGHT_MIN = 0.6 * 255  # office paper with optical brighteners glows
PATCH = Rect(20, 10, 20, 15)
BARE = Rect(2, 30, 10, 8)


def _uv_mean(tmp_path: Path, response: UvResponse) -> float:
    visible = fill(blank(), Rect(5, 5, 30, 3), (30, 30, 30))  # some print, as on any page
    p = page(tmp_path, visible, substrate=SubstrateSpec(uv_response=response))
    image = render(specimen(tmp_path, p), LightSource.UV365)
    return float(image.mean())


def test_uv_dull_page_is_dark_and_brightener_paper_glows(tmp_path: Path) -> None:
    assert _uv_mean(tmp_path, UvResponse.DULL) < UV_DULL_MAX
    assert _uv_mean(tmp_path, UvResponse.BRIGHTENER) > UV_BRIGHT_MIN


def test_uv_dull_substrate_is_violet(tmp_path: Path) -> None:
    image = render(specimen(tmp_path, page(tmp_path, blank())), LightSource.UV365)
    b, g, r = mean(image, BARE)
    assert b > g and r > g  # violet: blue and red over green


def test_red_fluorescent_feature_is_red_under_uv_a(tmp_path: Path) -> None:
    red = feature("red", PATCH, Material(uv365=Emission("#ff2a1a", 1.0)))
    image = render(specimen(tmp_path, page(tmp_path, blank(), (red,))), LightSource.UV365)
    glow = mean(image, PATCH)
    assert hue_distance(hue_deg(glow), 0.0) < 20.0
    assert glow[2] > 3 * mean(image, BARE)[2]  # it glows, not merely tints


def test_bi_fluorescent_ink_changes_hue_between_365_and_254(tmp_path: Path) -> None:
    bi = Material(uv365=Emission("#ff3020"), uv254=Emission("#30ff40"))
    spec = specimen(tmp_path, page(tmp_path, blank(), (feature("bi", PATCH, bi),)))
    h365 = hue_deg(mean(render(spec, LightSource.UV365), PATCH))
    h254 = hue_deg(mean(render(spec, LightSource.UV254), PATCH))
    assert hue_distance(h365, h254) > 60.0


def test_non_fluorescent_ink_absorbs_under_uv(tmp_path: Path) -> None:
    visible = fill(blank(), PATCH, (40, 40, 40))
    p = page(tmp_path, visible, substrate=SubstrateSpec(uv_response=UvResponse.BRIGHTENER))
    image = render(specimen(tmp_path, p), LightSource.UV365)
    assert mean(image, PATCH).mean() < 0.4 * mean(image, BARE).mean()


def test_fluorescence_glows_slightly_beyond_the_ink(tmp_path: Path) -> None:
    red = feature("red", PATCH, Material(uv365=Emission("#ff0000")))
    image = render(specimen(tmp_path, page(tmp_path, blank(), (red,))), LightSource.UV365)
    just_outside = mean(image, Rect(PATCH.x + PATCH.w + 0.05, 15, 0.1, 5))[2]
    far_outside = mean(image, BARE)[2]
    assert just_outside > far_outside + 5


def test_afterglow_decays_with_time(tmp_path: Path) -> None:
    phos = Material(phosphorescence=Phosphorescence("#40ff60", decay_s=2.0))
    spec = specimen(tmp_path, page(tmp_path, blank(), (feature("phos", PATCH, phos),)))
    levels = [
        float(mean(render(spec, LightSource.UV_OFF, seconds_since_uv_off=t), PATCH)[1])
        for t in (0.0, 1.0, 3.0, 10.0)
    ]
    assert levels == sorted(levels, reverse=True) and len(set(levels)) == 4
    dark = float(mean(render(spec, LightSource.UV_OFF), BARE)[1])
    # exp(-t / decay): after 1 s about 61 % of the glow is left, after 10 s almost nothing.
    assert np.isclose(levels[1] - dark, 0.61 * (levels[0] - dark), rtol=0.15)
    assert levels[3] - dark < 0.02 * (levels[0] - dark) + 2
