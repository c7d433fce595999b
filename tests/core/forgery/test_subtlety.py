"""Difficulty follows measured visibility: each sign's subtlety comes from its contrast under
its light (through the light engine), its size and whether it needs the loupe, and a higher
difficulty gives subtler forgeries on average over many seeds."""

from __future__ import annotations

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
    ],
)
def test_mean_subtlety_grows_with_difficulty(
    genuines: dict[str, GeneratedSpecimen], doc: str, fraud: str
) -> None:
    seeds = range(100, 108)
    one, two, three = (_mean(genuines[doc], fraud, level, seeds) for level in (1, 2, 3))
    assert one < two < three, (one, two, three)


def test_a_card_alteration_is_subtlest_at_level_3(genuines: dict[str, GeneratedSpecimen]) -> None:
    # Every data field on a card is small, so levels 1 and 2 measure alike there; level 3 is
    # still the subtlest.
    seeds = range(100, 108)
    one, two, three = (
        _mean(genuines["td1"], "data_alteration", level, seeds) for level in (1, 2, 3)
    )
    assert three > max(one, two), (one, two, three)


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
