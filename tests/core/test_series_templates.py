"""Feature templates over many generated feature sets: saved and read back exactly (masks left
out), applied once adds every feature with unique ids, applied again adds nothing."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from docexam.core.authoring.templates import (
    apply_template,
    load_template,
    save_template,
    template_of,
)
from docexam.core.domain.geometry import Rect
from docexam.core.domain.model import Feature
from docexam.core.pack.io import read_pack
from tests.ui.conftest import BASIC

CATEGORIES = ["printing.guilloche", "printing.microprint", "ovd.hologram"]

rects = st.builds(
    lambda x, y, w, h: Rect(x, y, w, h),
    st.floats(0, 100),
    st.floats(0, 60),
    st.floats(1, 20),
    st.floats(1, 20),
)
feature_lists = st.lists(
    st.tuples(rects, st.sampled_from(CATEGORIES), st.sampled_from(["a", "b", "feature-1"])),
    min_size=1,
    max_size=6,
)


@given(feature_lists)
def test_template_round_trip_and_idempotent_apply(marked: list[tuple[Rect, str, str]]) -> None:
    base = read_pack(BASIC).specimens[0]
    page = base.pages[0]
    features = tuple(
        Feature(f"f-{i}", category, {"en": name}, region)
        for i, (region, category, name) in enumerate(marked)
    )
    source = replace(base, pages=(replace(page, features=features), *base.pages[1:]))
    template = template_of(source)
    with tempfile.TemporaryDirectory() as folder:
        save_template(Path(folder), template)
        loaded = load_template(Path(folder), source.document)
    assert loaded == template

    blank = replace(base, id="other", pages=tuple(replace(p, features=()) for p in base.pages))
    once = apply_template(blank, loaded)
    got = once.specimen.page(page.id).features
    distinct = {(f.region, f.category, f.name["en"]) for f in features}
    assert once.added == len(distinct) == len(got)
    assert len({f.id for f in got}) == len(got)
    twice = apply_template(once.specimen, loaded)
    assert twice.added == 0 and twice.specimen == once.specimen
