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
from docexam.core.light import LightEngine, LightParams
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
