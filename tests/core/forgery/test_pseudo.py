"""A pseudo document's tell is a state missing from the reference list of issuing states, and its
explanation says so without claiming that a Q code means no state (genuine states use them)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from docexam.core.synth import STATES, GeneratedSpecimen, build_specimen
from docexam.core.synth.forgery import forge
from docexam.shipped import BUNDLED_RECIPES

_GENUINES: dict[tuple[str, str], GeneratedSpecimen] = {}


def _genuine(state: str, doc: str, root: Path) -> GeneratedSpecimen:
    if (state, doc) not in _GENUINES:
        _GENUINES[state, doc] = build_specimen(state, doc, 9, 150.0, root)
    return _GENUINES[state, doc]


def test_every_genuine_state_is_in_the_reference_list() -> None:
    recipes = json.loads(BUNDLED_RECIPES.read_text(encoding="utf-8"))
    states = {s["state"] for pack in recipes["packs"] for s in pack["specimens"]}
    assert states and states <= set(STATES)
    # The Q codes the explanation must not condemn are real states of the app.
    assert {"QVL", "QNB", "QTK"} <= states


@settings(max_examples=25)
@given(
    state=st.sampled_from(sorted(STATES)),
    doc=st.sampled_from(("td3", "td1", "td2", "mrv-a")),
    difficulty=st.integers(1, 3),
    seed=st.integers(0, 10_000),
)
def test_every_pseudo_state_is_absent_from_the_reference_list(
    tmp_path_factory: pytest.TempPathFactory, state: str, doc: str, difficulty: int, seed: int
) -> None:
    genuine = _genuine(state, doc, tmp_path_factory.getbasetemp() / "pseudo-genuine")
    forgery = forge(genuine, "pseudo", seed, None, difficulty)
    code = forgery.specimen.document.issuing_state
    assert code not in STATES
    names = {s.name_en for s in STATES.values()}
    assert not any(name in forgery.specimen.title["en"] for name in names)
    assert (forgery.specimen.mrz or "")[2:5] == code
    q_states = sorted(c for c in STATES if c.startswith("Q"))
    for sign in forgery.record.signs:
        if sign.operation != "fantasy_state":
            continue
        text = sign.explanation["en"]
        assert "not in the reference list" in text, text
        assert "user-assigned" not in text and "no state issues" not in text, text
        if "Q code" in text:  # any remark on Q codes names the genuine ones
            assert all(c in text for c in q_states), text
