"""Chemical sensitisers and the sealed laminate of paper data pages (issue 17, item 3)."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import Coverage, Specimen
from docexam.core.light import LightParams
from docexam.core.synth import generate_specimen
from docexam.core.synth.compose import build_specimen
from docexam.core.synth.states import STATES, design_for
from tests.core.synth.test_physics import feature, mask, render, ring


def _ids(spec: Specimen, page: str) -> set[str]:
    return {f.id for f in spec.page(page).features}


@pytest.mark.parametrize("code", sorted(STATES))
def test_paper_carries_sensitisers_and_laminated_pages_a_sealed_film(code: str) -> None:
    stains = set()
    for series in STATES[code].series:
        stains.add(design_for(STATES[code], series).sensitiser_stain)
        td2 = build_specimen(code, "td2", 1, 150, None, series).specimen
        visa = build_specimen(code, "mrv-a", 1, 150, None, series).specimen
        card = build_specimen(code, "td1", 1, 150, None, series).specimen
        front = td2.pages[0].id
        assert {"chemical-sensitiser", "data-laminate"} <= _ids(td2, front)
        record = feature(td2, front, "chemical-sensitiser")
        # Invisible until a solvent touches it: a record of the sheet, no ink of its own.
        assert record.material.visible is None and record.material.uv365 is None
        assert record.coverage is Coverage.REGION
        assert "chemical-sensitiser" in _ids(visa, visa.pages[0].id)
        assert "data-laminate" not in _ids(visa, visa.pages[0].id)  # a visa is a label
        card_ids = {f.id for p in card.pages for f in p.features}
        assert not card_ids & {"chemical-sensitiser", "data-laminate"}  # polycarbonate
    assert stains  # the reaction colour is the series'


@pytest.fixture(scope="module")
def passport(tmp_path_factory: pytest.TempPathFactory) -> Specimen:
    work: Path = tmp_path_factory.mktemp("laminate")
    return generate_specimen("QVL", "td3", 7, 150.0, work, "2015")


def test_the_laminate_edge_is_faint_head_on_and_shaded_in_grazing_light(
    passport: Specimen,
) -> None:
    rim = mask(passport, feature(passport, "data", "data-laminate"), threshold=100)
    around = ring(rim)
    flat = render(passport, "data", LightParams(LightSource.VISIBLE)).mean(axis=2)
    grazing = render(passport, "data", LightParams(LightSource.OBLIQUE)).mean(axis=2)
    # Head-on: hardly a line (a few grey levels from the paper beside it).
    assert abs(float(flat[rim].mean()) - float(flat[around].mean())) < 8.0
    ratio = grazing / np.maximum(flat, 1.0)
    shading = np.abs(ratio - cv2.GaussianBlur(ratio, (0, 0), 4.0))
    assert float(shading[rim].mean()) > 4 * float(shading[around].mean()), (
        float(shading[rim].mean()),
        float(shading[around].mean()),
    )
