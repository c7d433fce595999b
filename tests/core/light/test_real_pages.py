"""The engine's fast paths give what the plain definitions give, on real generated pages.

Each optimisation of the light engine is checked here against the straightforward computation it
replaced, on specimens from the generator (a TD3 passport with its visa page, a TD1 card), so a
faster render can never be a different render.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from docexam.core.domain.lights import IR_CUTOFFS_NM, LightSource
from docexam.core.domain.model import ImageRef, Specimen
from docexam.core.light import LightEngine, LightParams, PixelRect, layers, oblique, sparse
from docexam.core.light.page import PageData
from docexam.core.light.params import Image
from docexam.core.light.transmitted import render_transmitted
from docexam.core.pack.images import read_image
from docexam.core.synth import generate_specimen

DPI = 150.0

ALL_LIGHTS = (
    *(LightParams(light) for light in LightSource if light is not LightSource.IR),
    *(LightParams(LightSource.IR, ir_cutoff_nm=c) for c in IR_CUTOFFS_NM),
)


@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Specimen]:
    work: Path = tmp_path_factory.mktemp("real")
    return {
        "td3": generate_specimen("UTO", "td3", 3, DPI, work),
        "td1": generate_specimen("ZRN", "td1", 3, DPI, work),
    }


def _data(spec: Specimen, page_id: str) -> PageData:
    page = spec.page(page_id)

    def masks(ref: ImageRef) -> Image:
        return read_image(spec.path(ref), grey=True)

    return PageData(page, read_image(spec.path(page.visible)), page.visible.dpi, masks)


@pytest.mark.parametrize("kind", ["td3", "td1"])
def test_paper_around_each_layer_is_the_upper_quartile_of_its_bare_pixels(
    real: dict[str, Specimen], kind: str
) -> None:
    spec = real[kind]
    for page in spec.pages:
        data = _data(spec, page.id)
        assert data.layers
        for layer in data.layers:
            # The definition: the per-channel upper quartile of the page pixels around the ink,
            # in the feature's box, which the layer's tight crop lies inside.
            ink = np.zeros(data.visible.shape[:2], dtype=np.uint8)
            ink[layer.y : layer.y + layer.h, layer.x : layer.x + layer.w] = layer.cov
            box = _box(spec, page.id, layer.feature.id, data)
            x0, y0, x1, y1 = box
            bare = ink[y0:y1, x0:x1] < 8
            if int(bare.sum()) < 16:
                assert layer.paper == data.paper
                continue
            expected = np.percentile(data.visible[y0:y1, x0:x1][bare], 75, axis=0, method="higher")
            assert layer.paper == tuple(float(v) for v in expected), layer.feature.id


def _box(spec: Specimen, page_id: str, feature_id: str, data: PageData) -> tuple[int, ...]:
    from docexam.core.light.layers import region_box

    feature = next(f for f in spec.page(page_id).features if f.id == feature_id)
    return region_box(feature.region, data.dpi, data.width, data.height)


def test_transmitted_light_from_the_reverse_holes_alone_equals_the_whole_reverse(
    real: dict[str, Specimen],
) -> None:
    spec = real["td3"]
    front = next(p for p in spec.pages if p.reverse is not None)
    assert front.reverse is not None
    back_page = spec.page(front.reverse)
    assert any(f.material.hole for f in back_page.features)  # a perforation on the reverse
    params = LightParams(LightSource.TRANSMITTED)
    fast = LightEngine(spec).render(front.id, params).image
    data, back = _data(spec, front.id), _data(spec, back_page.id)
    assert len(back.layers) > len(back.holes) > 0  # every layer of the reverse, built
    expected = render_transmitted(data, back, params, (0, 0, data.width, data.height))
    np.testing.assert_array_equal(fast, expected)


@pytest.mark.parametrize("kind", ["td3", "td1"])
def test_relief_kept_in_tiles_renders_as_the_whole_patch(
    real: dict[str, Specimen], kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Oblique light from relief kept only where it is (tiles, flat ones left out) equals the
    light from each patch's whole height map, at every zoom level and in any window."""
    spec = real[kind]
    page = spec.pages[0]
    for scale in (1.0, 0.46, 0.2):
        whole, tiled = _data(spec, page.id).scaled(scale), _data(spec, page.id).scaled(scale)
        with monkeypatch.context() as m:
            m.setattr(oblique, "RELIEF_TILE_PX", 1 << 30)  # one tile: the whole patch
            patches = oblique.relief_patches(whole)
        assert patches and all(len(list(p.tiles())) == 1 for p in patches)
        if scale == 1.0:  # the patches are cut into tiles (at smaller scales a tile may do)
            assert sum(len(list(p.tiles())) for p in oblique.relief_patches(tiled)) > len(patches)
        w, h = tiled.width, tiled.height
        for win in ((0, 0, w, h), (w // 3, h // 5, w // 3 + w // 7, h // 5 + h // 9)):
            for azimuth in (0.0, 45.0, 135.0, 200.0, 290.0):
                for elevation in (8.0, 30.0, 90.0):
                    params = LightParams(
                        LightSource.OBLIQUE, azimuth_deg=azimuth, elevation_deg=elevation
                    )
                    np.testing.assert_array_equal(
                        oblique.render_oblique(tiled, params, win),
                        oblique.render_oblique(whole, params, win),
                    )


@pytest.mark.parametrize("kind", ["td3", "td1"])
def test_layers_only_white_light_shows_are_not_held_and_no_light_misses_them(
    real: dict[str, Specimen], kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = real[kind]
    lean = LightEngine(spec)
    with monkeypatch.context() as m:
        m.setattr(layers, "lit", lambda _material: True)
        every = LightEngine(spec)
        for page in spec.pages:
            every.prepare(page.id)
    for page in spec.pages:
        lean.prepare(page.id)
        for params in ALL_LIGHTS:
            np.testing.assert_array_equal(
                lean.render(page.id, params).image,
                every.render(page.id, params).image,
                err_msg=f"{page.id} {params.describe()}",
            )
    inert = [f for p in spec.pages for f in p.features if not layers.lit(f.material)]
    assert inert  # the generator makes some (a substrate's area, a plain personalisation)
    assert lean.nbytes < every.nbytes


def test_every_material_property_is_classed_as_read_by_a_light_or_not() -> None:
    """``lit`` must learn of a property a renderer reads: this lists what it knows."""
    from dataclasses import fields

    from docexam.core.domain.material import Material

    known = {
        "visible", "uv365", "uv254", "ir_cutoff_nm", "ir_luminescence", "anti_stokes",
        "phosphorescence", "relief_um", "transmission", "hole", "ovd", "retroreflective",
        "ir_density",
    }  # fmt: skip
    assert {f.name for f in fields(Material)} == known


def test_the_reverse_side_is_let_go_once_transmitted_light_is_cached(
    real: dict[str, Specimen],
) -> None:
    spec = real["td3"]
    front = next(p for p in spec.pages if p.reverse is not None)
    assert front.reverse is not None
    params = LightParams(LightSource.TRANSMITTED)
    engine = LightEngine(spec)
    engine.prepare(front.id)
    before = engine.nbytes
    full = engine.render(front.id, params).image
    held = engine.nbytes - before - full.nbytes
    assert held == 0  # the reverse page's image is not kept beside the cached render
    fresh = LightEngine(spec)
    for scale in (1.0, 0.5, 2.0):  # from the cached render, or the reverse read again
        roi = None if scale == 1.0 else PixelRect(10, 20, 300, 200)
        np.testing.assert_array_equal(
            engine.render(front.id, params, scale=scale, roi=roi).image,
            fresh.render(front.id, params, scale=scale, roi=roi).image,
        )
    engine.clear()
    np.testing.assert_array_equal(engine.render(front.id, params).image, full)
    assert engine.page_size(front.reverse) == fresh.page_size(front.reverse)

    # A reverse side that is on screen too keeps its data: its image is read once.
    back_file = spec.path(spec.page(front.reverse).visible)
    reads: list[Path] = []

    def reader(path: Path, **kw: bool) -> Image:
        reads.append(path)
        return read_image(path, **kw)

    shown = LightEngine(spec, reader=reader)
    shown.prepare(front.reverse)
    shown.render(front.id, params)
    shown.render(front.reverse, LightParams(LightSource.UV365))
    assert reads.count(back_file) == 1
    reads.clear()
    hidden = LightEngine(spec, reader=reader)
    hidden.render(front.id, params)
    hidden.render(front.reverse, LightParams(LightSource.UV365))
    assert reads.count(back_file) == 2  # let go after the transmitted render, read again


@pytest.mark.parametrize("kind", ["td3", "td1"])
def test_layers_kept_in_pieces_render_as_whole_ones(
    real: dict[str, Specimen], kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = real[kind]
    page = spec.pages[0]
    with monkeypatch.context() as m:
        m.setattr(sparse, "MIN_BYTES", 1 << 60)  # every layer whole
        whole = LightEngine(spec)
        whole.prepare(page.id)
        whole.prepare_draft(page.id)
    monkeypatch.setattr(sparse, "MIN_BYTES", 0)  # every layer that can be, in pieces
    pieces = LightEngine(spec)
    pieces.prepare(page.id)
    pieces.prepare_draft(page.id)
    assert pieces.nbytes < whole.nbytes
    size = pieces.page_size(page.id, 0.4)
    for params in ALL_LIGHTS:
        for scale, roi in (
            (1.0, None),
            (0.4, PixelRect(0, 0, *size)),
            (2.0, PixelRect(9, 7, 99, 77)),
        ):
            np.testing.assert_array_equal(
                pieces.render(page.id, params, scale=scale, roi=roi).image,
                whole.render(page.id, params, scale=scale, roi=roi).image,
                err_msg=f"{params.describe()} at {scale}",
            )
        draft = whole.render_draft(page.id, params)
        if draft is not None:
            again = pieces.render_draft(page.id, params)
            assert again is not None
            np.testing.assert_array_equal(again.image, draft.image)
