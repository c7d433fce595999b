"""Which lights reveal a feature: judged against plain ink of its look, not against "is visible"."""

from __future__ import annotations

import pytest

from docexam.core.domain.lights import LightSource
from docexam.core.domain.material import Emission, Ink, Material, revealing_lights
from docexam.core.domain.model import Specimen

IR = LightSource.IR
IR_CATEGORIES = {"ink.ir_dropout", "ink.ir_absorbing", "ink.metameric"}


@pytest.mark.parametrize(
    ("material", "ir"),
    [
        (Material(visible=Ink("#151515", 1.0), ir_cutoff_nm=2000), False),  # carbon data, MRZ
        (Material(visible=Ink("#56889e", 0.55), ir_cutoff_nm=730), False),  # plain background
        (Material(visible=Ink("#56889e", 0.6)), False),  # unannotated: plain by definition
        (Material(visible=Ink("#1b4159", 0.85), ir_cutoff_nm=700), True),  # drop-out captions
        (Material(visible=Ink("#56889e", 0.6), ir_cutoff_nm=2000), True),  # IR-absorbing colour
        (Material(visible=Ink("#1e2640", 1.0), ir_cutoff_nm=780), True),  # carbon-free "black"
        (Material(ir_cutoff_nm=2000, ir_density=0.8), True),  # invisible, dark in IR
        (Material(visible=Ink("#303030", 0.2), ir_cutoff_nm=2000, ir_density=0.9), True),
        (Material(uv365=Emission("#ff0000")), False),
    ],
)
def test_ir_reveals_only_what_plain_ink_would_not_show(material: Material, ir: bool) -> None:
    assert (IR in revealing_lights(material)) is ir


def test_generated_features_revealed_by_ir_are_the_ir_inks(
    specimens: dict[str, Specimen],
) -> None:
    for doc_type, spec in specimens.items():
        for page in spec.pages:
            by_ir = {f.category for f in page.features if IR in f.lights}
            assert by_ir <= IR_CATEGORIES, (doc_type, page.id, by_ir)
            # ... and every such ink is revealed by IR where the page has one.
            present = {f.category for f in page.features} & IR_CATEGORIES
            assert present <= by_ir, (doc_type, page.id, present - by_ir)
            for f in page.features:
                assert f.lights == revealing_lights(f.material)
