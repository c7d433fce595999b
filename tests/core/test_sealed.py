"""Sealing keys at rest: what goes in comes out, nothing of it can be read in between, and a
damaged or crafted seal is one readable error."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from docexam.core.domain.sealed import (
    SealError,
    envelope,
    is_envelope,
    seal,
    seal_text,
    unseal,
    unseal_text,
)

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner),
    max_leaves=30,
)


@given(JSON)
def test_a_sealed_value_unseals_to_itself_and_the_same_way_each_time(value: object) -> None:
    assert unseal(seal(value)) == value
    assert seal(value) == seal(value)


@given(st.text(min_size=1), st.sampled_from(["photo_substitution", "counterfeit", "ERIKSSON"]))
def test_no_word_of_the_plain_text_shows_in_the_sealed_one(text: str, word: str) -> None:
    sealed = seal_text(f"{text} {word} {text}")
    assert word.lower() not in sealed.lower()
    assert unseal_text(sealed) == f"{text} {word} {text}"


def test_damage_is_a_readable_error_never_a_crash() -> None:
    sealed = seal_text("status: pseudo")
    for bad in ("plain text", sealed[:-4], sealed[:10] + "!" + sealed[11:], "dxs1:AAAA"):
        with pytest.raises(SealError):
            unseal_text(bad)
    flipped = sealed[:-6] + ("A" if sealed[-6] != "A" else "B") + sealed[-5:]
    with pytest.raises(SealError):
        unseal_text(flipped)


def test_a_seal_that_inflates_past_its_limit_is_refused_while_inflating() -> None:
    bomb = seal_text("0" * 5_000_000)  # a few kB sealed
    assert len(bomb) < 20_000
    with pytest.raises(SealError, match="larger than"):
        unseal_text(bomb, limit=1_000_000)


def test_a_sealed_file_is_json_that_says_it_is_sealed() -> None:
    data = json.loads(envelope('{"status": "counterfeit"}'))
    assert is_envelope(data) and "counterfeit" not in json.dumps(data)
    assert unseal_text(data["sealed"]) == '{"status": "counterfeit"}'
    assert not is_envelope({"format": "docexam-sealed", "sealed": "x", "more": 1})
