"""Checking: each finding a trainee must be able to name, with positions and digits."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from docexam.core.mrz import (
    FindingCode,
    Kind,
    MrzData,
    MrzFormat,
    Position,
    build_mrz,
    check_digit,
    check_mrz,
)

REF = date(2025, 6, 1)
L1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
L2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
TD1 = [
    "I<UTOD231458907<<<<<<<<<<<<<<<",
    "7408122F1204159UTO<<<<<<<<<<<6",
    "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
]


def put(line: str, column: int, text: str) -> str:
    """``line`` with ``text`` written from 1-based ``column``."""
    return line[: column - 1] + text + line[column - 1 + len(text) :]


def with_composite(line2: str) -> str:
    """Recompute TD3's composite digit, as a forger would after editing line 2."""
    return put(line2, 44, check_digit(line2[0:10] + line2[13:20] + line2[21:43]))


def codes(lines: list[str]) -> list[str]:
    return [f.code for f in check_mrz(lines, reference=REF).findings]


def test_check_digit_finding_names_positions_and_digits() -> None:
    result = check_mrz([L1, put(L2, 10, "5")], reference=REF)
    assert not result.valid and result.consistent and result.readable
    number, composite = result.findings
    assert number.code is FindingCode.CHECK_DIGIT_MISMATCH and number.kind is Kind.INVALID
    assert number.field == "document_number"
    assert number.positions == (Position(2, 10),)
    assert number.covers == tuple(Position(2, c) for c in range(1, 10))
    assert (number.printed, number.expected) == ("5", "6")
    assert "line 2 position 10" in number.message and "'5', expected '6'" in number.message
    assert "line 2 positions 1-9" in number.message
    assert composite.field == "composite"
    assert composite.positions == (Position(2, 44),)
    assert Position(2, 10) in composite.covers and Position(2, 11) not in composite.covers


def test_o_for_zero_in_a_date_is_a_finding_not_silently_read() -> None:
    # 0 -> O keeps the other digits: the date is still "readable" by eye, but not by ICAO.
    result = check_mrz([L1, put(L2, 16, "O")], reference=REF)
    assert not result.valid
    non_numeric = [f for f in result.findings if f.code is FindingCode.NON_NUMERIC]
    assert len(non_numeric) == 1
    assert non_numeric[0].positions == (Position(2, 16),)
    assert "O/0" in non_numeric[0].message
    assert result.parsed is not None and result.parsed.birth_date is None


def test_o_for_zero_in_a_check_digit_is_a_mismatch() -> None:
    # The composite of the specimen is 0: an O printed there must not pass as a zero.
    result = check_mrz([L1, put(L2, 44, "O")], reference=REF)
    (finding,) = result.findings
    assert finding.code is FindingCode.CHECK_DIGIT_MISMATCH
    assert (finding.printed, finding.expected) == ("O", "0")
    assert "O/0" in finding.message


def test_letter_congruent_to_the_digit_is_still_caught_in_a_date() -> None:
    # O is 24, congruent to 4 modulo 10: the check digit alone would not see it.
    line2 = with_composite(put(put(L2, 14, "O"), 20, check_digit("O40812")))
    assert check_digit("O40812") == check_digit("440812")
    assert codes([L1, line2]) == ["NON_NUMERIC"]


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("741312", "month 13"),
        ("740230", "day 30 does not exist in month 02"),
        ("740000", "month 00"),
    ],
)
def test_impossible_dates(raw: str, reason: str) -> None:
    # Digits recomputed: only the date itself is wrong.
    line2 = with_composite(put(put(L2, 14, raw), 20, check_digit(raw)))
    result = check_mrz([L1, line2], reference=REF)
    (finding,) = result.findings
    assert finding.code is FindingCode.IMPOSSIBLE_DATE
    assert finding.field == "birth_date"
    assert reason in finding.message
    assert finding.positions == tuple(Position(2, c) for c in range(14, 20))


def test_feb_29_only_in_leap_years() -> None:
    line2 = with_composite(put(put(L2, 14, "000229"), 20, check_digit("000229")))
    assert check_mrz([L1, line2], reference=REF).valid  # 2000 was a leap year
    line2 = with_composite(put(put(L2, 14, "010229"), 20, check_digit("010229")))
    assert codes([L1, line2]) == ["IMPOSSIBLE_DATE"]


def test_unknown_birth_day_may_be_fillers() -> None:
    for raw in ("7408<<", "74<<<<"):
        line2 = with_composite(put(put(L2, 14, raw), 20, check_digit(raw)))
        assert check_mrz([L1, line2], reference=REF).valid, raw
    line2 = with_composite(put(put(L2, 14, "74<812"), 20, check_digit("74<812")))
    assert codes([L1, line2]) == ["NON_NUMERIC"]


def test_expiry_before_birth() -> None:
    # Born 2020, expired 2015: with the pivots both dates are plausible on their own.
    line2 = put(put(L2, 14, "200101"), 20, check_digit("200101"))
    line2 = with_composite(put(put(line2, 22, "150101"), 28, check_digit("150101")))
    result = check_mrz([L1, line2], reference=REF)
    (finding,) = result.findings
    assert finding.code is FindingCode.EXPIRY_BEFORE_BIRTH
    assert "2015-01-01" in finding.message and "2020-01-01" in finding.message


def test_invalid_characters_with_their_positions() -> None:
    result = check_mrz([put(L1, 8, "#"), put(L2, 30, "-")], reference=REF)
    bad = [f for f in result.findings if f.code is FindingCode.INVALID_CHARACTER]
    assert [(f.positions, f.printed, f.field) for f in bad] == [
        ((Position(1, 8),), "#", "name"),
        ((Position(2, 30),), "-", "optional_data"),
    ]
    # the personal-number digits cannot be computed over '-': no invented mismatch
    assert not any(f.code is FindingCode.CHECK_DIGIT_MISMATCH for f in result.findings)


def test_lowercase_is_tolerated_not_reported() -> None:
    assert check_mrz([L1.lower(), L2.lower()], reference=REF).valid


def test_empty_personal_number_accepts_filler_or_zero_check_digit() -> None:
    empty = put(L2, 29, "<" * 14)
    for digit in ("<", "0"):
        line2 = with_composite(put(empty, 43, digit))
        assert check_mrz([L1, line2], reference=REF).valid, digit
    line2 = with_composite(put(empty, 43, "O"))
    (finding,) = check_mrz([L1, line2], reference=REF).findings
    assert (finding.field, finding.printed, finding.expected) == ("optional_data", "O", "0")
    # a filler is only acceptable when there is no personal number to protect
    line2 = with_composite(put(L2, 43, "<"))
    assert "CHECK_DIGIT_MISMATCH" in codes([L1, line2])


def test_composite_covers_the_personal_number_check_digit() -> None:
    # Change the personal number and fix its own digit, but not the composite.
    line2 = put(put(L2, 29, "ZE184226C"), 43, check_digit("ZE184226C<<<<<"))
    result = check_mrz([L1, line2], reference=REF)
    (finding,) = result.findings
    assert finding.field == "composite"
    assert Position(2, 43) in finding.covers
    assert all(Position(2, c) in finding.covers for c in range(29, 44))


def test_long_td1_number_with_wrong_check_digit() -> None:
    line1 = "I<UTOD23145890<7348<<<<<<<<<<<"  # ICAO's example with 9 -> 8
    line2 = put(TD1[1], 30, check_digit(line1[5:30] + TD1[1][0:7] + TD1[1][8:15] + TD1[1][18:29]))
    result = check_mrz([line1, line2, TD1[2]], reference=REF)
    (finding,) = result.findings
    assert finding.code is FindingCode.CHECK_DIGIT_MISMATCH
    assert finding.positions == (Position(1, 19),)
    assert (finding.printed, finding.expected) == ("8", "9")
    assert finding.covers[-3:] == (Position(1, 16), Position(1, 17), Position(1, 18))


def test_long_td1_number_announced_but_missing() -> None:
    line1 = put(TD1[0], 15, "<")
    result = check_mrz([line1, TD1[1], TD1[2]], reference=REF)
    assert [f.code for f in result.findings] == ["LONG_NUMBER_ERROR", "CHECK_DIGIT_MISMATCH"]
    assert result.findings[0].positions == (Position(1, 15),)


@pytest.mark.parametrize(
    ("column", "text", "code"),
    [
        (1, "I", "DOCUMENT_CODE"),
        (2, "1", "DOCUMENT_CODE"),
        (3, "U1O", "INVALID_STATE_CODE"),
        (6, "3", "NAME_FORMAT"),
        (6, "<", "NAME_FORMAT"),
    ],
)
def test_uncovered_line_1_errors_are_still_reported(column: int, text: str, code: str) -> None:
    assert codes([put(L1, column, text), L2]) == [code]


def test_invalid_sex_and_nationality() -> None:
    assert codes([L1, put(L2, 21, "X")]) == ["INVALID_SEX"]
    assert codes([L1, put(L2, 11, "<TO")]) == ["INVALID_STATE_CODE"]


def test_visa_has_no_composite_to_fail() -> None:
    data = MrzData(
        document_code="V",
        issuing_state="UTO",
        document_number="L898902C3",
        surname="Eriksson",
        given_names="Anna",
        nationality="UTO",
        birth_date=date(1974, 8, 12),
        sex="F",
        expiry_date=date(2030, 4, 15),
        format=MrzFormat.MRV_A,
    )
    lines = list(build_mrz(data).lines)
    assert check_mrz(lines, reference=REF).valid
    changed = put(lines[1], 10, "5")
    result = check_mrz([lines[0], changed], reference=REF)
    assert [f.field for f in result.findings] == ["document_number"]
    assert check_mrz([lines[0], put(lines[1], 40, "Z")], reference=REF).valid
    # a P in place of the V turns the zone into a TD3, whose composite is missing
    assert not check_mrz([put(lines[0], 1, "P"), lines[1]], reference=REF).valid


def test_as_dict_is_plain_data() -> None:
    data = check_mrz([L1, put(L2, 10, "5")], reference=REF).as_dict()
    assert data["valid"] is False and data["format"] == "TD3"
    findings = data["findings"]
    assert isinstance(findings, list)
    assert findings[0]["positions"] == [[2, 10]]
    assert findings[0]["kind"] == "invalid"


@pytest.mark.parametrize("data_format", list(MrzFormat))
def test_built_mrz_of_every_format_checks_valid(data_format: MrzFormat) -> None:
    code = {"TD3": "P", "MRV-A": "V", "MRV-B": "V"}.get(data_format, "I")
    data = MrzData(
        document_code=code,
        issuing_state="UTO",
        document_number="X1234567",
        surname="Kowalska",
        given_names="Zofia",
        nationality="UTO",
        birth_date=date(1990, 2, 28),
        sex="F",
        expiry_date=date(2031, 2, 27),
        format=data_format,
    )
    result = check_mrz(build_mrz(replace(data)).lines, reference=REF)
    assert result.valid and result.format is data_format
