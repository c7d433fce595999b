"""The engine: captured beats simulated, layers from annotations alone, caching, scale and roi."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from docexam.core.domain.geometry import Ellipse, Rect
from docexam.core.domain.lights import LightSource
from docexam.core.domain.material import Emission, Ink, Material
from docexam.core.domain.model import Coverage, ImageRef
from docexam.core.light import LightEngine, LightError, LightParams, PixelRect, simulate

from .pages import (
    DPI,
    HEIGHT,
    WIDTH,
    blank,
    feature,
    fill,
    hue_deg,
    hue_distance,
    mean,
    page,
    px,
    region,
    specimen,
    write,
)

STAMP = Rect(10, 8, 30, 20)


def _scan() -> np.ndarray:
    """A plain 'scan': text strokes in dark blue inside the stamp area, with scanner noise."""
    rng = np.random.default_rng(4)
    image = blank().astype(np.int16) + rng.integers(-4, 5, (HEIGHT, WIDTH, 1))
    image = np.clip(image, 0, 255).astype(np.uint8)
    cv2.putText(image, "UTOPIA", (px(11), px(20)), cv2.FONT_HERSHEY_SIMPLEX, 1.4, (90, 40, 20), 4)
    return image


def test_captured_image_is_returned_unchanged_and_flagged(tmp_path: Path) -> None:
    capture = np.random.default_rng(1).integers(0, 256, (HEIGHT, WIDTH, 3), dtype=np.uint8)
    name = write(tmp_path, "uv.png", capture)
    p = page(tmp_path, blank(), extra=(ImageRef(LightSource.UV365, name, DPI),))
    engine = LightEngine(specimen(tmp_path, p))
    result = engine.render("front", LightParams(LightSource.UV365))
    assert result.captured and not result.simulated
    assert np.array_equal(result.image, capture)
    assert engine.render("front", LightParams(LightSource.UV254)).simulated


def test_captured_ir_is_used_for_the_filters_it_represents(tmp_path: Path) -> None:
    """Blank page: no ink turns anywhere, so an 870 nm capture is the page behind any filter;
    with an ink turning at 900 nm, the 1000 nm view differs and is simulated."""
    capture = np.full((HEIGHT, WIDTH, 3), 77, dtype=np.uint8)
    name = write(tmp_path, "ir870.png", capture)
    ir = (ImageRef(LightSource.IR, name, DPI, cutoff_nm=870),)
    engine = LightEngine(specimen(tmp_path, page(tmp_path, blank(), extra=ir)))
    assert engine.render("front", LightParams(LightSource.IR, ir_cutoff_nm=870)).captured
    assert engine.render("front", LightParams(LightSource.IR, ir_cutoff_nm=1000)).captured
    ink = feature("ink", STAMP, Material(visible=Ink("#202020"), ir_cutoff_nm=900))
    inked = LightEngine(specimen(tmp_path, page(tmp_path, blank(), (ink,), extra=ir)))
    assert inked.render("front", LightParams(LightSource.IR, ir_cutoff_nm=870)).captured
    assert inked.render("front", LightParams(LightSource.IR, ir_cutoff_nm=1000)).simulated


def test_visible_light_is_the_visible_image(tmp_path: Path) -> None:
    visible = _scan()
    result = LightEngine(specimen(tmp_path, page(tmp_path, visible))).render(
        "front", LightParams(LightSource.VISIBLE)
    )
    assert result.captured and np.array_equal(result.image, visible)


def test_derived_ink_layer_on_a_scan_affects_only_the_ink_pixels(tmp_path: Path) -> None:
    visible = _scan()
    red = feature("stamp", STAMP, Material(uv365=Emission("#ff2020")), coverage=Coverage.INK)
    spec = specimen(tmp_path, page(tmp_path, visible, (red,)))
    annotated = LightEngine(spec).render("front", LightParams(LightSource.UV365)).image
    plain = (
        LightEngine(specimen(tmp_path, page(tmp_path, visible, page_id="plain")))
        .render("plain", LightParams(LightSource.UV365))
        .image
    )
    grey = cv2.cvtColor(visible, cv2.COLOR_BGR2GRAY).astype(np.float64)
    ink = grey < 0.6 * np.median(grey)
    # Paper away from the strokes (beyond the fluorescence halo) is untouched.
    near_ink = cv2.dilate(ink.astype(np.uint8), np.ones((7, 7), np.uint8)).astype(bool)
    inside = np.zeros_like(ink)
    inside[px(STAMP.y) : px(STAMP.y + STAMP.h), px(STAMP.x) : px(STAMP.x + STAMP.w)] = True
    paper = inside & ~near_ink
    assert paper.sum() > 1000 and ink[inside].sum() > 500
    assert np.abs(annotated[paper].astype(int) - plain[paper].astype(int)).max() <= 1
    # The ink itself glows red.
    glow = annotated[ink & inside].mean(axis=0)
    assert hue_distance(hue_deg(glow), 0.0) < 20 and glow[2] > 150


def test_scan_annotated_as_ir_dropout_ink_vanishes(tmp_path: Path) -> None:
    visible = _scan()
    dropout = feature("ink", STAMP, Material(ir_cutoff_nm=700), coverage=Coverage.INK)
    spec = specimen(tmp_path, page(tmp_path, visible, (dropout,)))
    image = LightEngine(spec).render("front", LightParams(LightSource.IR, ir_cutoff_nm=870)).image
    inside = region(image, STAMP).astype(np.float64)
    assert inside.std() < 4 and inside.min() > inside.mean() - 15


def test_mask_file_at_its_own_dpi_is_mapped_onto_the_page(tmp_path: Path) -> None:
    mask = np.zeros((HEIGHT * 2, WIDTH * 2), dtype=np.uint8)
    cv2.circle(mask, (px(30) * 2, px(20) * 2), px(5) * 2, 255, -1)
    name = write(tmp_path, "mask.png", mask)
    ref = ImageRef(LightSource.VISIBLE, name, DPI * 2)
    glow = feature("disc", Rect(20, 10, 20, 20), Material(uv365=Emission("#30ff30")), mask=ref)
    image = (
        LightEngine(specimen(tmp_path, page(tmp_path, blank(), (glow,))))
        .render("front", LightParams(LightSource.UV365))
        .image
    )
    assert mean(image, Rect(28, 18, 4, 4))[1] > 200  # inside the disc
    assert mean(image, Rect(21, 11, 3, 3))[1] < 60  # in the region, outside the mask


def test_scaled_and_roi_renders_agree_with_the_full_page(tmp_path: Path) -> None:
    visible = fill(blank(), Rect(10, 10, 20, 10), (40, 40, 40))
    features = (feature("relief", Rect(10, 10, 20, 10), Material(relief_um=50)),)
    engine = LightEngine(specimen(tmp_path, page(tmp_path, visible, features)))
    params = LightParams(LightSource.OBLIQUE, azimuth_deg=200, elevation_deg=25)
    full = engine.render("front", params).image
    roi = PixelRect(30, 40, 120, 90)
    part = engine.render("front", params, roi=roi).image
    assert np.array_equal(part, full[40:130, 30:150])
    half = engine.render("front", LightParams(LightSource.UV365), scale=0.5)
    assert half.image.shape[:2] == (round(HEIGHT / 2), round(WIDTH / 2))
    assert half.dpi == pytest.approx(DPI / 2, rel=0.01)
    zoom = engine.render("front", params, scale=2.0, roi=PixelRect(100, 100, 50, 40)).image
    assert zoom.shape == (40, 50, 3)
    assert (
        np.abs(zoom.astype(int) - cv2.resize(full, None, fx=2, fy=2)[100:140, 100:150]).mean() < 4
    )


def test_cache_hit_returns_the_same_pixels_read_only(tmp_path: Path) -> None:
    engine = LightEngine(specimen(tmp_path, page(tmp_path, _scan())))
    first = engine.render("front", LightParams(LightSource.UV365)).image
    engine.render("front", LightParams(LightSource.IR))
    again = engine.render("front", LightParams(LightSource.UV365, tilt_deg=30)).image
    assert again is first  # irrelevant settings do not split the cache
    assert not again.flags.writeable
    assert engine.nbytes >= first.nbytes


def test_cache_stays_within_its_byte_bound(tmp_path: Path) -> None:
    engine = LightEngine(
        specimen(tmp_path, page(tmp_path, blank())), cache_bytes=WIDTH * HEIGHT * 7
    )
    for tilt in range(0, 60, 5):
        engine.render("front", LightParams(LightSource.TILT, tilt_deg=tilt))
    page_data = 4 * WIDTH * HEIGHT  # visible + rel_grey: 3 + 1 bytes a pixel
    assert engine.nbytes <= WIDTH * HEIGHT * 7 + page_data


def test_pure_simulate_matches_the_engine(tmp_path: Path) -> None:
    visible = _scan()
    red = feature("stamp", STAMP, Material(uv365=Emission("#ff2020")), coverage=Coverage.INK)
    p = page(tmp_path, visible, (red,))
    params = LightParams(LightSource.UV365)
    expected = LightEngine(specimen(tmp_path, p)).render("front", params).image
    assert np.array_equal(simulate(p, params, visible), expected)


def test_readable_errors(tmp_path: Path) -> None:
    engine = LightEngine(specimen(tmp_path, page(tmp_path, blank())))
    with pytest.raises(LightError, match="no page 'inside'"):
        engine.render("inside", LightParams(LightSource.UV365))
    with pytest.raises(LightError, match="not inside"):
        engine.render("front", LightParams(LightSource.UV365), roi=PixelRect(0, 0, WIDTH + 1, 5))
    with pytest.raises(LightError, match="elevation"):
        LightParams(LightSource.OBLIQUE, elevation_deg=0)
    with pytest.raises(LightError, match="scale"):
        engine.render("front", LightParams(LightSource.UV365), scale=0)


def test_every_light_renders_a_bgr_page(tmp_path: Path) -> None:
    features = (
        feature("mrz", Rect(5, 30, 50, 5), Material(visible=Ink("#111111"), ir_cutoff_nm=2000)),
        feature("disc", Ellipse(30, 15, 5, 5), Material(relief_um=30, hole=False)),
    )
    engine = LightEngine(specimen(tmp_path, page(tmp_path, _scan(), features)))
    for light in LightSource:
        image = engine.render("front", LightParams(light)).image
        assert image.shape == (HEIGHT, WIDTH, 3) and image.dtype == np.uint8, light
