"""The plate of fine lines and negative microprint (what the loupe redraws) in the pack format,
and what the loupe makes of it: the generator's own lines, the page's pixels where a forger wore
the print away, nothing for a malformed record."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np

from docexam.core.domain.curves import curves
from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import FineLine
from docexam.core.light.plate import sharpen_plate
from docexam.core.pack.codec import feature_from_json, feature_to_json
from docexam.core.pack.schemas import SchemaError, schema_errors
from docexam.core.synth import build_specimen
from docexam.core.synth.canvas import PageCanvas
from docexam.core.synth.guilloche import draw


def _spec(features: list[dict[str, object]]) -> dict[str, object]:
    page = {"id": "p", "name": {"en": "p"}, "size_mm": [125, 88], "images": []}
    return {
        "id": "s",
        "title": {"en": "s"},
        "document": {"type": "td3", "state": "UTO"},
        "pages": [{**page, "features": features}],
    }


def _feature_errors(features: list[dict[str, object]]) -> list[SchemaError]:
    return [
        e
        for e in schema_errors(_spec(features), "specimen-v1.schema.json")
        if "features" in e.parts
    ]


def test_fine_lines_and_negative_letters_survive_the_pack_and_are_checked(tmp_path: Path) -> None:
    spec = build_specimen("UTO", "td3", 5, 150.0, tmp_path, "B").specimen
    page = spec.pages[0]
    sources = {f.id: f for f in page.features if f.fineline or f.microtext}
    for fid in ("guilloche-background", "guilloche-rosettes", "rainbow-print", "thread-windows"):
        assert fid in sources, fid
    assert len(sources["rainbow-print"].fineline[0].colours) == 3  # the split duct
    thread = sources["thread-windows"].microtext
    assert thread and all(m.angle == 90 and m.box is not None for m in thread)
    data = [feature_to_json(f) for f in sources.values()]
    for feature, written in zip(sources.values(), data, strict=True):
        assert feature_from_json(written) == feature
    assert not _feature_errors(data)
    bad = feature_to_json(sources["guilloche-background"])
    bad["fineline"][0]["kind"] = "spiral"
    assert any("fineline" in e.parts for e in _feature_errors([bad]))
    # An older pack (no plate fields) reads as before.
    old = {k: v for k, v in data[0].items() if k not in ("fineline", "microtext", "damaged")}
    assert feature_from_json(old).fineline == ()


def test_the_plate_draws_exactly_the_generators_lines() -> None:
    canvas = PageCanvas((40.0, 30.0), 300.0)
    line = FineLine("waves", (2.0, 2.0, 38.0, 28.0, 0.55, 1.3, 0.6, 0.0), 0.05, (), (2, 2, 38, 28))
    mask = canvas.blank()
    draw(mask, canvas, line)
    assert mask.any() and not mask[:, : round(2 * canvas.scale) - 1].any()  # cut to its clip
    # A malformed record (hand-edited pack) has no curves rather than a traceback or a hang.
    assert curves(replace(line, params=line.params[:3]), 300.0) == []
    assert curves(FineLine("rosette", (0, 0, 5, 1e6, 0.5, 9, 0, 0), 0.05, ("#000000",)), 300) == []


def test_where_a_forger_wore_the_print_the_loupe_keeps_the_pages_pixels(tmp_path: Path) -> None:
    spec = build_specimen("UTO", "td3", 5, 300.0, tmp_path, "B").specimen
    page = spec.pages[0]
    view = np.full((120, 120, 3), 200, np.uint8)
    origin, ppm = (60.0, 30.0), 38.0
    sharp = sharpen_plate(view, page, LightSource.VISIBLE, origin, ppm, 300.0)
    assert not np.array_equal(sharp, view)
    worn = (origin[0] - 1, origin[1] - 1, origin[0] + 5, origin[1] + 5)
    damaged = replace(page, features=tuple(replace(f, damaged=(worn,)) for f in page.features))
    assert np.array_equal(
        sharpen_plate(view, damaged, LightSource.VISIBLE, origin, ppm, 300.0), view
    )
    # Other lights keep the page's own render.
    assert np.array_equal(sharpen_plate(view, page, LightSource.UV365, origin, ppm, 300.0), view)
