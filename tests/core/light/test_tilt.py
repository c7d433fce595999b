"""Tilt: OVD colour shift, MLI/CLI image switch, latent image at grazing angles; coaxial light."""

from __future__ import annotations

from pathlib import Path

from docexam.core.domain.geometry import Rect
from docexam.core.domain.lights import LightSource
from docexam.core.domain.material import Material, Ovd, OvdKind, OvdStop

from .pages import PAPER, blank, feature, fill, hue_deg, hue_distance, mean, page, render, specimen

PATCH = Rect(20, 10, 15, 15)
BARE = Rect(5, 30, 10, 6)


def test_ovd_colour_differs_between_two_tilt_stops(tmp_path: Path) -> None:
    ovd = Ovd(OvdKind.COLOUR_SHIFT, (OvdStop(-90, 15, "#c8a020"), OvdStop(15, 90, "#20a070")))
    spec = specimen(tmp_path, page(tmp_path, blank(), (feature("ovi", PATCH, Material(ovd=ovd)),)))
    flat = mean(render(spec, LightSource.TILT, tilt_deg=0), PATCH)
    tilted = mean(render(spec, LightSource.TILT, tilt_deg=40), PATCH)
    assert hue_distance(hue_deg(flat), hue_deg(tilted)) > 60


def test_latent_image_appears_only_near_grazing_tilt(tmp_path: Path) -> None:
    # Even a stop covering every angle: a latent image cannot show when facing the viewer.
    latent = Ovd(OvdKind.LATENT, (OvdStop(-90, 90, "#303848"),))
    spec = specimen(
        tmp_path, page(tmp_path, blank(), (feature("latent", PATCH, Material(ovd=latent)),))
    )
    paper = mean(render(spec, LightSource.TILT, tilt_deg=0), BARE).mean()
    contrast = {
        t: paper - mean(render(spec, LightSource.TILT, tilt_deg=t), PATCH).mean()
        for t in (0, 30, 50, 80, -85)
    }
    assert contrast[0] < 1 and contrast[30] < 1 and contrast[50] < 1
    assert contrast[80] > 100 and contrast[-85] > 100


def test_image_switch_shows_one_image_per_tilt_range(tmp_path: Path) -> None:
    first, second = Rect(10, 10, 10, 10), Rect(30, 10, 10, 10)
    visible = fill(fill(blank(), first, (50, 50, 50)), second, (50, 50, 50))
    mli_a = Ovd(OvdKind.IMAGE_SWITCH, (OvdStop(-90, 0, "#323232"),))
    mli_b = Ovd(OvdKind.IMAGE_SWITCH, (OvdStop(0.01, 90, "#323232"),))
    features = (
        feature("a", first, Material(ovd=mli_a)),
        feature("b", second, Material(ovd=mli_b)),
    )
    spec = specimen(tmp_path, page(tmp_path, visible, features))
    left = render(spec, LightSource.TILT, tilt_deg=-20)
    right = render(spec, LightSource.TILT, tilt_deg=20)
    assert mean(left, first).mean() < 80 and mean(left, second).mean() > 200
    assert mean(right, first).mean() > 200 and mean(right, second).mean() < 80


def test_coaxial_light_reveals_retroreflective_pattern(tmp_path: Path) -> None:
    retro = feature("retro", PATCH, Material(retroreflective=0.8))
    spec = specimen(tmp_path, page(tmp_path, blank(), (retro,)))
    coaxial = render(spec, LightSource.COAXIAL)
    visible = render(spec, LightSource.VISIBLE)
    assert abs(mean(visible, PATCH).mean() - sum(PAPER) / 3) < 1  # invisible in white light
    assert mean(coaxial, PATCH).mean() > mean(coaxial, BARE).mean() + 30
