"""Oblique light: relief shading follows the light's direction."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from docexam.core.domain.geometry import Rect
from docexam.core.domain.lights import LightSource
from docexam.core.domain.material import Material

from .pages import blank, feature, mean, page, render, specimen

BAR = Rect(20, 10, 20, 20)
LEFT_EDGE = Rect(19.6, 14, 0.8, 12)
RIGHT_EDGE = Rect(39.6, 14, 0.8, 12)
FLAT = Rect(45, 14, 8, 12)


def _contrast(image: np.ndarray, edge: Rect) -> float:
    return float(mean(image, edge).mean() - mean(image, FLAT).mean())


def test_relief_shading_changes_sign_when_the_light_turns_180_degrees(tmp_path: Path) -> None:
    emboss = feature("emboss", BAR, Material(relief_um=80))
    spec = specimen(tmp_path, page(tmp_path, blank(), (emboss,)))
    from_left = render(spec, LightSource.OBLIQUE, azimuth_deg=180, elevation_deg=15)
    from_right = render(spec, LightSource.OBLIQUE, azimuth_deg=0, elevation_deg=15)
    # Lit from the left, the left flank faces the lamp and the right flank is in shade.
    assert _contrast(from_left, LEFT_EDGE) > 5 and _contrast(from_left, RIGHT_EDGE) < -5
    assert _contrast(from_right, LEFT_EDGE) < -5 and _contrast(from_right, RIGHT_EDGE) > 5


def test_engraving_shades_the_opposite_way_to_embossing(tmp_path: Path) -> None:
    engraved = feature("laser", BAR, Material(relief_um=-40))
    spec = specimen(tmp_path, page(tmp_path, blank(), (engraved,)))
    from_left = render(spec, LightSource.OBLIQUE, azimuth_deg=180, elevation_deg=15)
    assert _contrast(from_left, LEFT_EDGE) < -5 and _contrast(from_left, RIGHT_EDGE) > 5


def test_flat_print_shows_no_relief(tmp_path: Path) -> None:
    spec = specimen(tmp_path, page(tmp_path, blank()))
    image = render(spec, LightSource.OBLIQUE, azimuth_deg=30, elevation_deg=10)
    assert float(image.reshape(-1, 3).std(axis=0).max()) < 1.0


def test_raised_relief_casts_a_shadow_away_from_the_light(tmp_path: Path) -> None:
    emboss = feature("emboss", BAR, Material(relief_um=100))
    spec = specimen(tmp_path, page(tmp_path, blank(), (emboss,)))
    image = render(spec, LightSource.OBLIQUE, azimuth_deg=180, elevation_deg=8)
    beyond_right = Rect(40.15, 14, 0.2, 12)  # on the flat paper, just past the shaded flank
    beyond_left = Rect(19.65, 14, 0.2, 12)
    assert mean(image, beyond_right).mean() < mean(image, beyond_left).mean() - 5
