"""The generator's shortcuts (images encoded without row filters, moved rather than copied into
the pack, guilloche drawn once per series and size, no composite for a page drawn only in
memory) leave what a trainee gets unchanged: the pack's files hold exactly the pixels drawn."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from docexam.core.pack.images import read_image
from docexam.core.pack.io import read_pack
from docexam.core.synth import Recipe, build_specimen, generate_pack
from docexam.core.synth.booklet import sheets
from docexam.core.synth.canvas import composite

DPI = 150.0
RECIPES = (
    Recipe("UTO", "td3", 3),
    Recipe("ZRN", "td1", 4),
    Recipe("QVL", "td3", 8, "B"),
    Recipe("QTK", "mrv-a", 2),
)


@pytest.mark.parametrize("recipe", RECIPES, ids=lambda r: f"{r.state}-{r.doc_type}")
def test_the_pack_holds_exactly_the_drawn_pixels(tmp_path: Path, recipe: Recipe) -> None:
    generate_pack("p", [recipe], tmp_path / "p", dpi=DPI)
    [specimen] = read_pack(tmp_path / "p").specimens
    drawn = build_specimen(recipe.state, recipe.doc_type, recipe.seed, DPI, None, recipe.series)
    for page in specimen.pages:
        canvas = drawn.pages[page.id]
        visible = read_image(specimen.path(page.visible))
        assert np.array_equal(visible, composite(canvas, page.substrate.colour)), page.id
        layers = {layer.id: layer for layer in canvas.layers}
        for feature in page.features:
            if feature.mask is not None:
                mask = read_image(specimen.path(feature.mask), grey=True)
                assert np.array_equal(mask, layers[feature.id].mask), (page.id, feature.id)


def test_booklet_sheets_print_the_same_guilloche_without_sharing_it() -> None:
    first = build_specimen("ZRN", "td3", 21, DPI)
    inner = ("observations", *sheets.VISA_PAGES)
    masks = [
        layer.mask
        for page_id in inner
        for layer in first.pages[page_id].layers
        if layer.id == "guilloche-background" and layer.mask is not None
    ]
    assert len(masks) > 4
    assert all(np.array_equal(masks[0], m) for m in masks[1:])  # one design on every sheet
    for a, m in enumerate(masks):
        assert m.flags.writeable
        assert not any(np.shares_memory(m, other) for other in masks[a + 1 :])
    masks[0][:] = 255  # a forgery editing one sheet's print changes no other, nor the next book
    again = build_specimen("ZRN", "td3", 21, DPI)
    redrawn = [
        layer.mask
        for page_id in inner
        for layer in again.pages[page_id].layers
        if layer.id == "guilloche-background"
    ]
    assert len(redrawn) == len(masks)
    assert all(np.array_equal(masks[1], m) for m in redrawn)
