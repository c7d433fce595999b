"""Check digits on ICAO's worked example, on long data, and on characters an MRZ cannot hold."""

from __future__ import annotations

import pytest

from docexam.core.mrz.checkdigit import check_digit, compute_check_digit, weighted_sum
from docexam.core.mrz.errors import MrzError


@pytest.mark.parametrize(
    ("data", "digit"),
    [("L898902C3", "6"), ("740812", "2"), ("120415", "9"), ("ZE184226B<<<<<", "1")],
)
def test_icao_worked_example(data: str, digit: str) -> None:
    # ICAO Doc 9303 Part 4, Appendix A: P<UTOERIKSSON<<ANNA<MARIA / L898902C36UTO7408122F1204159.
    assert check_digit(data) == digit


def test_fillers_weigh_nothing_however_long_the_data() -> None:
    # Longer than the weight table: the slower path must agree with the table.
    assert compute_check_digit("L898902C3" + "<" * 500) == "6"
    assert weighted_sum("L898902C3" + "<" * 500) == weighted_sum("L898902C3")


@pytest.mark.parametrize("data", ["l898902c3", "L898902C3É", "L89 902C3", "日本"])
def test_characters_outside_the_mrz_set_are_named(data: str) -> None:
    assert compute_check_digit(data) is None
    assert weighted_sum(data) == -1
    with pytest.raises(MrzError, match="is not an MRZ character") as caught:
        check_digit(data)
    bad = next(c for c in data if not (c.isdigit() or c.isupper() or c == "<") or ord(c) > 127)
    assert repr(bad) in str(caught.value)
