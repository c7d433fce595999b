"""The ICAO 9303 worked examples round-trip exactly, and their digits are what ICAO printed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from docexam.core.mrz import MrzData, MrzFormat, build_mrz, check_digit, check_mrz, parse_mrz

REF = date(2025, 6, 1)
# The ICAO specimen holder; each case below changes only what its format needs.
ANNA = MrzData(
    document_code="P",
    issuing_state="UTO",
    document_number="L898902C3",
    surname="Eriksson",
    given_names="Anna Maria",
    nationality="UTO",
    birth_date=date(1974, 8, 12),
    sex="F",
    expiry_date=date(2012, 4, 15),
)
TD3 = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
)
TD2 = ("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6")
TD1 = (
    "I<UTOD231458907<<<<<<<<<<<<<<<",
    "7408122F1204159UTO<<<<<<<<<<<6",
    "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
)
CASES = [
    (MrzFormat.TD3, TD3, replace(ANNA, optional_data="ZE184226B")),
    (
        MrzFormat.TD2,
        TD2,
        replace(ANNA, document_code="I", document_number="D23145890", format=MrzFormat.TD2),
    ),
    (
        MrzFormat.TD1,
        TD1,
        replace(ANNA, document_code="I", document_number="D23145890", format=MrzFormat.TD1),
    ),
]


def test_check_digits_of_the_specimen_by_hand() -> None:
    # 7,3,1 weights: L=21 -> 147, 8*3=24, 9, 8*7=56, 9*3=27, 0, 2*7=14, C=12 -> 36, 3; sum 316
    assert check_digit("L898902C3") == "6"
    assert check_digit("740812") == "2"
    assert check_digit("120415") == "9"
    assert check_digit("ZE184226B<<<<<") == "1"
    assert check_digit("<<<<<<<<<") == "0"


@pytest.mark.parametrize(("fmt", "lines", "data"), CASES, ids=["TD3", "TD2", "TD1"])
def test_build_reproduces_the_icao_lines(
    fmt: MrzFormat, lines: tuple[str, ...], data: MrzData
) -> None:
    mrz = build_mrz(data)
    assert mrz.format is fmt
    assert mrz.lines == lines
    assert not mrz.name_truncated


@pytest.mark.parametrize(("fmt", "lines", "data"), CASES, ids=["TD3", "TD2", "TD1"])
def test_parse_gives_back_the_fields(fmt: MrzFormat, lines: tuple[str, ...], data: MrzData) -> None:
    parsed = parse_mrz("\n".join(lines), reference=REF)
    assert parsed.format is fmt
    assert parsed.document_code == data.document_code
    assert parsed.document_number == data.document_number
    assert (parsed.surname, parsed.given_names) == ("ERIKSSON", "ANNA MARIA")
    assert (parsed.issuing_state, parsed.nationality) == ("UTO", "UTO")
    assert parsed.birth_date == date(1974, 8, 12)
    assert parsed.expiry_date == date(2012, 4, 15)
    assert parsed.sex == "F"
    assert parsed.optional_data == data.optional_data


@pytest.mark.parametrize("lines", [TD3, TD2, TD1], ids=["TD3", "TD2", "TD1"])
def test_worked_examples_are_valid(lines: tuple[str, ...]) -> None:
    result = check_mrz(lines, reference=REF)
    assert result.valid and result.consistent
    assert result.findings == ()
