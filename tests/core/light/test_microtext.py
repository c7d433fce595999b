"""The vector source of microprint (the letters the loupe draws) in the pack format."""

from __future__ import annotations

from pathlib import Path

from docexam.core.pack.codec import feature_from_json, feature_to_json
from docexam.core.pack.schemas import schema_errors
from docexam.core.synth import build_specimen


def test_the_vector_source_survives_the_pack_and_is_checked(tmp_path: Path) -> None:
    genuine = build_specimen("UTO", "td2", 3, 150.0, tmp_path, "A").specimen
    feature = next(f for f in genuine.pages[0].features if f.id == "microprint")
    data = feature_to_json(feature)
    assert feature_from_json(data) == feature
    page = {"id": "p", "name": {"en": "p"}, "size_mm": [105, 74], "images": []}
    spec = {
        "id": "s",
        "title": {"en": "s"},
        "document": {"type": "td2", "state": "UTO"},
        "pages": [{**page, "features": [data]}],
    }
    assert not [e for e in schema_errors(spec, "specimen-v1.schema.json") if "microtext" in e.parts]
    data["microtext"][0]["font"] = "../../etc/passwd"
    errors = schema_errors(spec, "specimen-v1.schema.json")
    assert any("microtext" in e.parts for e in errors)


def test_the_deliberate_error_line_carries_its_misspelt_text(tmp_path: Path) -> None:
    from docexam.core.synth.anti_copy import misspelt
    from docexam.core.synth.states import STATES, design_for

    state, series = next(
        (st, s)
        for st in STATES.values()
        for s in st.series
        if design_for(st, s).has("deliberate-error")
    )
    genuine = build_specimen(state.code, "td2", 3, 150.0, tmp_path, series).specimen
    line = next(f for f in genuine.pages[0].features if f.id == "deliberate-error")
    assert line.microtext
    assert misspelt(state.name_local.upper()) in line.microtext[0].text
