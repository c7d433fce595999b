"""Parsing: tolerant input, format detection, explicit century pivots, format errors."""

from __future__ import annotations

from datetime import date

import pytest

from docexam.core.mrz import (
    EXPIRY_FUTURE_YEARS,
    MrzError,
    MrzFormat,
    check_mrz,
    parse_mrz,
    uncovered_positions,
)
from docexam.core.mrz.dates import read_birth_date, read_expiry_date
from docexam.core.mrz.formats import Position

REF = date(2025, 6, 1)
L1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
L2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"


@pytest.mark.parametrize(
    "text",
    [
        f"{L1}\n{L2}",
        [L1, L2],
        f"\n  {L1.lower()}  \r\n{L2}\n\n",
        f"{L1[:20]} {L1[20:]}\n{L2[:9]}  {L2[9:]}",  # stray spaces, e.g. from OCR
        L1 + L2,  # the newline lost in copy-paste
    ],
)
def test_tolerant_input(text: str | list[str]) -> None:
    parsed = parse_mrz(text, reference=REF)
    assert parsed.lines == (L1, L2)
    assert parsed.document_number == "L898902C3"


def test_format_detection_by_shape_and_visa_code() -> None:
    assert parse_mrz([L1, L2], reference=REF).format is MrzFormat.TD3
    assert parse_mrz(["V" + L1[1:], L2], reference=REF).format is MrzFormat.MRV_A
    td2 = ["I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6"]
    assert parse_mrz(td2, reference=REF).format is MrzFormat.TD2
    assert parse_mrz(["V" + td2[0][1:], td2[1]], reference=REF).format is MrzFormat.MRV_B


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "no MRZ text"),
        ("P<UTO", "1 line"),
        (f"{L1}\n{L2[:-1]}", "line 2 has 43 characters, expected 44"),
        (f"{L1}<\n{L2}", "line 1 has 45 characters, expected 44"),
        (f"{L1[:30]}\n{L2[:30]}\n{L1[:29]}", "line 3 has 29 characters, expected 30"),
        (f"{L1}\n{L2}\n{L2}", "44-character lines has 2 lines"),
        ("\n".join([L1] * 4), "4 lines"),
    ],
)
def test_unreadable_shapes_raise_a_readable_error(text: str, message: str) -> None:
    with pytest.raises(MrzError, match=message):
        parse_mrz(text)
    result = check_mrz(text)
    assert not result.readable and not result.valid
    assert [f.code for f in result.findings] == ["FORMAT_ERROR"]
    assert message in result.findings[0].message


def test_birth_date_pivot_never_in_the_future() -> None:
    assert read_birth_date("250601", REF) == date(2025, 6, 1)  # born "today"
    assert read_birth_date("250602", REF) == date(1925, 6, 2)
    assert read_birth_date("740812", REF) == date(1974, 8, 12)
    assert read_birth_date("000229", REF) == date(2000, 2, 29)
    assert read_birth_date("740812", date(2074, 8, 12)) == date(2074, 8, 12)


def test_expiry_date_pivot_window() -> None:
    assert EXPIRY_FUTURE_YEARS == 50
    assert read_expiry_date("750101", REF) == date(2075, 1, 1)  # +50 years
    assert read_expiry_date("760101", REF) == date(1976, 1, 1)
    assert read_expiry_date("120415", REF) == date(2012, 4, 15)
    assert read_expiry_date("991231", date(2080, 1, 1)) == date(2099, 12, 31)


def test_pivot_follows_the_reference_given_to_parse() -> None:
    old = parse_mrz([L1, L2], reference=date(1980, 1, 1))
    assert old.birth_date == date(1974, 8, 12)
    assert old.expiry_date == date(2012, 4, 15)
    late = parse_mrz([L1, L2], reference=date(2070, 1, 1))
    assert late.birth_date == date(2074 - 100, 8, 12)
    assert late.expiry_date == date(2112, 4, 15)  # 2012 is outside 2070's window of -49 years


def test_impossible_dates_parse_as_none_but_keep_the_raw_text() -> None:
    line2 = L2[:13] + "7413122" + L2[20:]
    parsed = parse_mrz([L1, line2], reference=REF)
    assert parsed.birth_date is None
    assert parsed.birth_date_raw == "741312"


def test_uncovered_positions_per_format() -> None:
    td3 = set(uncovered_positions(MrzFormat.TD3))
    assert {Position(1, c) for c in range(1, 45)} <= td3
    assert td3 - {Position(1, c) for c in range(1, 45)} == {
        Position(2, 11),
        Position(2, 12),
        Position(2, 13),
        Position(2, 21),
    }
    td2 = set(uncovered_positions(MrzFormat.TD2))
    assert len(td2) == 36 + 4
    td1 = set(uncovered_positions(MrzFormat.TD1))
    expected_td1 = (
        {Position(1, c) for c in range(1, 6)}
        | {Position(2, 8), Position(2, 16), Position(2, 17), Position(2, 18)}
        | {Position(3, c) for c in range(1, 31)}
    )
    assert td1 == expected_td1
    mrva = set(uncovered_positions(MrzFormat.MRV_A))
    assert {Position(2, c) for c in range(29, 45)} <= mrva
    assert Position(2, 28) not in mrva
    mrvb = set(uncovered_positions(MrzFormat.MRV_B))
    assert len(mrvb) == 36 + 4 + 8
