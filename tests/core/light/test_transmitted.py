"""Transmitted light: substrate density, watermark tones, holes, and the reverse side's print."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from docexam.core.domain.geometry import Ellipse, Rect
from docexam.core.domain.lights import LightSource
from docexam.core.domain.material import Material

from .pages import SIZE_MM, blank, feature, fill, mean, page, render, specimen

HOLE = Ellipse(50, 20, 0.6, 0.6)
WATERMARK = Ellipse(30, 20, 6, 8)
BARE = Rect(5, 30, 10, 6)


def test_perforation_holes_are_the_brightest_pixels(tmp_path: Path) -> None:
    features = (
        feature("wm", WATERMARK, Material(transmission=-0.4)),
        feature("hole", HOLE, Material(hole=True)),
    )
    spec = specimen(tmp_path, page(tmp_path, blank(), features))
    image = render(spec, LightSource.TRANSMITTED).astype(np.int32).sum(axis=2)
    brightest = np.argwhere(image == image.max())
    near_hole = Ellipse(HOLE.cx, HOLE.cy, HOLE.rx + 0.1, HOLE.ry + 0.1)  # anti-aliased rim
    for y, x in brightest:
        assert near_hole.contains((x + 0.5) / 200 * 25.4, (y + 0.5) / 200 * 25.4)
    centre = image[round(20 / 25.4 * 200), round(50 / 25.4 * 200)]
    assert centre == 3 * 255


def test_watermark_tones_follow_transmission_density(tmp_path: Path) -> None:
    light_tone = Rect(10, 5, 8, 8)
    dark_tone = Rect(40, 5, 8, 8)
    features = (
        feature("thin", light_tone, Material(transmission=-0.2)),
        feature("thick", dark_tone, Material(transmission=0.3)),
    )
    image = render(specimen(tmp_path, page(tmp_path, blank(), features)), LightSource.TRANSMITTED)
    paper = mean(image, BARE).mean()
    assert mean(image, light_tone).mean() > paper + 20
    assert mean(image, dark_tone).mean() < paper - 20


def test_denser_substrate_passes_less_light(tmp_path: Path) -> None:
    from docexam.core.domain.model import SubstrateSpec

    thin = page(tmp_path, blank(), substrate=SubstrateSpec(opacity=0.8))
    thick = page(tmp_path, blank(), page_id="thick", substrate=SubstrateSpec(opacity=0.95))
    spec = specimen(tmp_path, thin, thick)
    assert (
        render(spec, LightSource.TRANSMITTED).mean()
        > render(spec, LightSource.TRANSMITTED, "thick").mean()
    )


def test_reverse_page_shows_through_mirrored(tmp_path: Path) -> None:
    # A mark near the left edge of the back appears near the right edge of the front.
    back_mark = Rect(3, 10, 6, 6)
    back = page(tmp_path, fill(blank(), back_mark, (30, 30, 30)), page_id="back")
    front = page(tmp_path, blank(), reverse="back")
    image = render(specimen(tmp_path, front, back), LightSource.TRANSMITTED)
    mirrored = Rect(SIZE_MM[0] - 9, 10, 6, 6)
    paper = mean(image, BARE).mean()
    assert mean(image, mirrored).mean() < 0.5 * paper
    assert abs(mean(image, back_mark).mean() - paper) < 2


def test_see_through_register_completes(tmp_path: Path) -> None:
    # Front prints the left half of a square, back the (mirrored) right half: together, a square.
    left = Rect(20, 10, 5, 10)
    right = Rect(25, 10, 5, 10)
    right_on_back = Rect(SIZE_MM[0] - 30, 10, 5, 10)
    front = page(tmp_path, fill(blank(), left, (40, 40, 40)), reverse="back")
    back = page(tmp_path, fill(blank(), right_on_back, (40, 40, 40)), page_id="back")
    image = render(specimen(tmp_path, front, back), LightSource.TRANSMITTED)
    paper = mean(image, BARE).mean()
    assert mean(image, left).mean() < 0.5 * paper
    assert mean(image, right).mean() < 0.5 * paper
