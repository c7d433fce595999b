"""Difficulty follows measured visibility: each sign's subtlety comes from its contrast under
its light (through the light engine), its size and whether it needs the loupe, and a higher
difficulty gives subtler forgeries on average over many seeds."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from docexam.core.domain.look import subtlety
from docexam.core.synth import GeneratedSpecimen
from docexam.core.synth.forgery import forge


def test_subtlety_falls_with_contrast_and_size_and_rises_with_the_loupe() -> None:
    assert subtlety(0.3, 200.0, False) == 0.0  # strong and large: seen at a glance
    assert subtlety(0.05, 200.0, False) > subtlety(0.2, 200.0, False)
    assert subtlety(0.2, 4.0, False) > subtlety(0.2, 60.0, False)
    assert subtlety(0.2, 60.0, True) > subtlety(0.2, 60.0, False)
    assert 0.0 <= subtlety(0.0, 0.0, True) <= 1.0


def _mean(g: GeneratedSpecimen, fraud: str, level: int, seeds: range) -> float:
    values = []
    for seed in seeds:
        record = forge(g, fraud, seed, None, level).record
        assert record.subtlety is not None
        values.append(record.subtlety)
    return sum(values) / len(values)


@pytest.mark.parametrize(
    ("doc", "fraud"),
    [
        ("td3", "photo_substitution"),
        ("td1", "photo_substitution"),
        ("td3", "data_alteration"),
        ("td1", "data_alteration"),
    ],
)
def test_mean_subtlety_grows_with_difficulty(
    genuines: dict[str, GeneratedSpecimen], doc: str, fraud: str
) -> None:
    seeds = range(100, 108)
    one, two, three = (_mean(genuines[doc], fraud, level, seeds) for level in (1, 2, 3))
    # Measurably apart, not a tie broken by noise: a card's fields are small, so its clumsy
    # alteration has to spread to be found at a glance.
    assert one + 0.03 < two and two + 0.03 < three, (one, two, three)


@pytest.mark.parametrize(("doc", "operation"), [("td3", "brightener_paper"), ("td1", "pvc_card")])
def test_a_counterfeits_uv_glow_is_subtler_at_higher_levels(
    genuines: dict[str, GeneratedSpecimen], doc: str, operation: str
) -> None:
    # Office paper glows at a glance; the paper or card of a more careful counterfeiter holds
    # less brightener and is found only beside a genuine under the same lamp.
    by_level: dict[int, list[float]] = {}
    for level in (1, 2, 3):
        for seed in range(20, 24):
            record = forge(genuines[doc], "counterfeit", seed, None, level).record
            for sign in record.signs:
                if sign.operation == operation:
                    assert sign.measured is not None and sign.measured.light in sign.reveal
                    by_level.setdefault(level, []).append(sign.measured.subtlety)
    means = [sum(v) / len(v) for _, v in sorted(by_level.items())]
    assert len(means) >= 2 and means[0] == 0.0, by_level  # level 1: seen at a glance
    assert all(a + 0.1 < b for a, b in itertools.pairwise(means)), means


def test_every_sign_records_how_it_was_measured(
    genuines: dict[str, GeneratedSpecimen], workdir: Path
) -> None:
    f = forge(genuines["td3"], "photo_substitution", 7, workdir / "subtle", 2)
    for sign in f.record.signs:
        m = sign.measured
        assert m is not None and 0.0 <= m.subtlety <= 1.0
        if m.light is not None:
            assert m.light in sign.reveal or (m.light == "visible" and "loupe" in sign.reveal)
            assert m.contrast is not None and m.contrast > 0 and m.area_mm2
        else:
            assert {"comparison", "mrz_check", "chip"} & set(sign.reveal)
