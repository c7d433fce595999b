"""IR reflectance behind a filter: drop-out inks vanish, carbon inks stay, metameric pairs split."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from docexam.core.domain.geometry import Rect
from docexam.core.domain.lights import IR_CUTOFFS_NM, LightSource
from docexam.core.domain.material import Emission, Ink, Material
from docexam.core.domain.model import Coverage

from .pages import blank, feature, fill, mean, page, region, render, specimen

MRZ = Rect(5, 30, 50, 6)
DROPOUT = Rect(5, 5, 20, 10)
METAMERIC_A = Rect(30, 5, 10, 10)
METAMERIC_B = Rect(42, 5, 10, 10)
UNANNOTATED = Rect(30, 18, 20, 6)
BARE = Rect(5, 18, 20, 8)
TOLERANCE = 4.0  # grey levels


def _spec(tmp_path: Path):  # type: ignore[no-untyped-def]
    visible = blank()
    for rect in (MRZ, DROPOUT, METAMERIC_A, METAMERIC_B, UNANNOTATED):
        fill(visible, rect, (60, 40, 30) if rect is not MRZ else (20, 20, 20))
    features = (
        feature("mrz", MRZ, Material(visible=Ink("#141414"), ir_cutoff_nm=2000)),
        feature("dropout", DROPOUT, Material(visible=Ink("#1e2846"), ir_cutoff_nm=700)),
        feature("meta-a", METAMERIC_A, Material(visible=Ink("#1e2846"), ir_cutoff_nm=2000)),
        feature("meta-b", METAMERIC_B, Material(visible=Ink("#1e2846"), ir_cutoff_nm=800)),
    )
    return specimen(tmp_path, page(tmp_path, visible, features))


def test_ir_1000_drops_out_ink_to_bare_substrate_while_mrz_stays_dark(tmp_path: Path) -> None:
    image = render(_spec(tmp_path), LightSource.IR, ir_cutoff_nm=1000)
    substrate = float(mean(image, BARE).mean())
    dropout = region(image, DROPOUT).astype(np.float64)
    assert abs(dropout.mean() - substrate) < TOLERANCE
    assert np.abs(dropout - substrate).max() < 3 * TOLERANCE  # no ghost outline either
    assert float(mean(image, MRZ).mean()) < 0.25 * substrate


def test_ir_image_is_greyscale_with_light_grey_substrate(tmp_path: Path) -> None:
    image = render(_spec(tmp_path), LightSource.IR, ir_cutoff_nm=830)
    assert np.array_equal(image[..., 0], image[..., 1])
    assert np.array_equal(image[..., 1], image[..., 2])
    assert 170 < float(mean(image, BARE).mean()) < 245


def test_metameric_pair_splits_only_above_the_second_inks_cutoff(tmp_path: Path) -> None:
    spec = _spec(tmp_path)
    at_715 = render(spec, LightSource.IR, ir_cutoff_nm=715)
    at_780 = render(spec, LightSource.IR, ir_cutoff_nm=780)
    at_870 = render(spec, LightSource.IR, ir_cutoff_nm=870)
    paper = float(mean(at_870, BARE).mean())
    a, b = float(mean(at_715, METAMERIC_A).mean()), float(mean(at_715, METAMERIC_B).mean())
    assert abs(a - b) < 5  # well below B's cut-off (800 nm) the two match
    # 20 nm below its cut-off B is on its absorption edge: fainter, not yet gone.
    a, b = float(mean(at_780, METAMERIC_A).mean()), float(mean(at_780, METAMERIC_B).mean())
    assert a + 20 < b < paper - 20
    a, b = float(mean(at_870, METAMERIC_A).mean()), float(mean(at_870, METAMERIC_B).mean())
    assert b - a > 100 and abs(b - paper) < TOLERANCE


def test_unannotated_ink_keeps_its_visible_darkness_at_every_cutoff(tmp_path: Path) -> None:
    spec = _spec(tmp_path)
    levels = [
        float(mean(render(spec, LightSource.IR, ir_cutoff_nm=c), UNANNOTATED).mean())
        for c in IR_CUTOFFS_NM
    ]
    assert max(levels) - min(levels) < 1.0
    assert levels[0] < 0.5 * float(mean(render(spec, LightSource.IR), BARE).mean())


def test_ir_luminescent_ink_glows_in_the_ir_camera(tmp_path: Path) -> None:
    lum = feature("lum", DROPOUT, Material(ir_luminescence=0.9))
    image = render(specimen(tmp_path, page(tmp_path, blank(), (lum,))), LightSource.IR_LUMINESCENCE)
    assert float(mean(image, DROPOUT).mean()) > 180
    assert float(mean(image, BARE).mean()) < 40


def test_anti_stokes_ink_glows_its_colour_on_a_dark_page(tmp_path: Path) -> None:
    up = feature("up", DROPOUT, Material(anti_stokes=Emission("#30ff30")))
    image = render(specimen(tmp_path, page(tmp_path, blank(), (up,))), LightSource.ANTI_STOKES)
    b, g, r = mean(image, DROPOUT)
    assert g > 200 and g > 2 * max(b, r)
    assert float(mean(image, BARE).mean()) < 20


def test_absorbing_ink_inside_a_drop_out_region_stays_dark(tmp_path: Path) -> None:
    # An instructor marks the whole background as drop-out ink and the portrait inside it as
    # IR-absorbing: both layers are derived from the same ink pixels where they overlap.
    background = Rect(2, 2, 56, 36)
    portrait = Rect(20, 10, 12, 16)
    visible = fill(fill(blank(), Rect(4, 4, 10, 10), (150, 120, 90)), portrait, (70, 80, 100))
    features = (
        feature("bg", background, Material(ir_cutoff_nm=700), coverage=Coverage.INK),
        feature("portrait", portrait, Material(ir_cutoff_nm=2000), coverage=Coverage.INK),
    )
    image = render(specimen(tmp_path, page(tmp_path, visible, features)), LightSource.IR)
    paper = float(mean(image, Rect(40, 30, 10, 5)).mean())
    assert abs(float(mean(image, Rect(5, 5, 8, 8)).mean()) - paper) < TOLERANCE
    assert float(mean(image, portrait).mean()) < 0.6 * paper
