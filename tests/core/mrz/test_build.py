"""Building: names, long numbers, empty personal numbers, visas, and refusals."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from docexam.core.mrz import (
    MrzData,
    MrzError,
    MrzFormat,
    build_mrz,
    check_digit,
    check_mrz,
    parse_mrz,
    transliterate,
)
from docexam.core.mrz.names import name_field

REF = date(2025, 6, 1)
BASE = MrzData(
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


@pytest.mark.parametrize(
    ("printed", "mrz"),
    [
        ("Müller", "MUELLER"),
        ("Ångström", "AANGSTROEM"),
        ("Ærøskøbing", "AEROESKOEBING"),
        ("Weiß", "WEISS"),
        ("Þórsdóttir", "THORSDOTTIR"),
        ("Muñoz", "MUNOZ"),
        ("Łukasz", "LUKASZ"),
        ("François", "FRANCOIS"),
        ("O'Brien", "OBRIEN"),
        ("D’Arcy", "DARCY"),
        ("Smith-Jones", "SMITH<JONES"),
        ("van der Berg", "VAN<DER<BERG"),
        ("Anna -  Maria", "ANNA<MARIA"),  # separator runs never imitate the << separator
    ],
)
def test_icao_transliteration(printed: str, mrz: str) -> None:
    assert transliterate(printed) == mrz


def test_untransliterable_name_is_refused() -> None:
    with pytest.raises(MrzError, match="transliterate"):
        build_mrz(replace(BASE, surname="Иванов"))


def test_hyphenated_and_accented_names_in_the_field() -> None:
    mrz = build_mrz(replace(BASE, surname="Müller-Lüdenscheidt", given_names="Zoë Ann"))
    assert mrz.lines[0] == "P<UTOMUELLER<LUEDENSCHEIDT<<ZOE<ANN" + "<" * 9
    parsed = parse_mrz(mrz.text, reference=REF)
    assert (parsed.surname, parsed.given_names) == ("MUELLER LUEDENSCHEIDT", "ZOE ANN")


def test_single_name_holder_has_surname_only() -> None:
    mrz = build_mrz(replace(BASE, surname="Nefertari", given_names=""))
    assert mrz.lines[0] == "P<UTONEFERTARI" + "<" * 30
    parsed = parse_mrz(mrz.text, reference=REF)
    assert (parsed.surname, parsed.given_names) == ("NEFERTARI", "")
    assert check_mrz(mrz.lines, reference=REF).valid


def test_empty_surname_is_refused() -> None:
    with pytest.raises(MrzError, match="surname"):
        build_mrz(replace(BASE, surname=" ", given_names="Anna"))


def test_truncation_cuts_given_names_and_ends_on_a_letter() -> None:
    field, truncated = name_field("Eriksson", "Anna Maria", 15)
    assert (field, truncated) == ("ERIKSSON<<ANN<M", True)
    field, truncated = name_field("Eriksson", "Annabelle", 15)
    assert (field, truncated) == ("ERIKSSON<<ANNAB", True)
    # surname too long for the field: it is cut, and the given name keeps its initial
    field, truncated = name_field("Vanderbijlparkhuizen", "Anna", 15)
    assert (field, truncated) == ("VANDERBIJLPA<<A", True)
    # the cut falls in <<: the surname gives up a letter so that an initial remains
    assert name_field("Eriksson", "Anna", 10) == ("ERIKSSO<<A", True)


def test_long_name_is_truncated_and_flagged_in_td1() -> None:
    data = replace(
        BASE,
        format=MrzFormat.TD1,
        document_code="I",
        surname="Bartholomew-Fitzwilliam",
        given_names="Maximiliana Theodora",
    )
    mrz = build_mrz(data)
    assert mrz.name_truncated
    # Doc 9303 Part 5: each given name keeps at least its initial, the last position a letter.
    assert mrz.lines[2] == "BARTHOLOMEW<FITZWILLIAM<<MAX<T"
    parsed = parse_mrz(mrz.lines, reference=REF)
    assert parsed.name_possibly_truncated
    assert check_mrz(mrz.lines, reference=REF).valid
    assert not build_mrz(BASE).name_truncated


def test_long_document_number_in_td1() -> None:
    data = replace(BASE, format=MrzFormat.TD1, document_code="I", document_number="D23145890734")
    mrz = build_mrz(data)
    # ICAO Part 5 example: < at 15, the rest of the number and its check digit in 16-30.
    assert mrz.lines[0] == "I<UTOD23145890<7349<<<<<<<<<<<"
    assert check_digit("D23145890734") == "9"
    parsed = parse_mrz(mrz.lines, reference=REF)
    assert parsed.document_number == "D23145890734"
    assert parsed.long_document_number
    assert parsed.optional_data == ""
    assert check_mrz(mrz.lines, reference=REF).valid


def test_long_document_number_with_optional_data_after_it() -> None:
    data = replace(
        BASE,
        format=MrzFormat.TD1,
        document_code="I",
        document_number="D23145890734",
        optional_data="AB12",
    )
    mrz = build_mrz(data)
    assert mrz.lines[0] == "I<UTOD23145890<7349<AB12<<<<<<"
    parsed = parse_mrz(mrz.lines, reference=REF)
    assert (parsed.document_number, parsed.optional_data) == ("D23145890734", "AB12")


def test_long_document_number_in_td2() -> None:
    data = replace(BASE, format=MrzFormat.TD2, document_code="I", document_number="D231458907345")
    mrz = build_mrz(data)
    assert mrz.lines[1][:10] == "D23145890<"
    assert mrz.lines[1][28:35] == "7345" + check_digit("D231458907345") + "<<"
    assert parse_mrz(mrz.lines, reference=REF).document_number == "D231458907345"
    assert check_mrz(mrz.lines, reference=REF).valid


def test_long_number_refused_in_td3_where_icao_has_no_rule() -> None:
    with pytest.raises(MrzError, match="at most 9"):
        build_mrz(replace(BASE, document_number="L898902C3X"))


def test_long_number_too_long_for_the_optional_field() -> None:
    data = replace(BASE, format=MrzFormat.TD1, document_code="I", document_number="A" * 24)
    with pytest.raises(MrzError, match="longer than"):
        build_mrz(data)


def test_empty_personal_number_takes_a_filler_check_digit() -> None:
    mrz = build_mrz(replace(BASE, optional_data=""))
    assert mrz.lines[1][28:44] == "<<<<<<<<<<<<<<<" + check_digit(
        mrz.lines[1][0:10] + mrz.lines[1][13:20] + mrz.lines[1][21:43]
    )
    assert mrz.lines[1][42] == "<"
    assert check_mrz(mrz.lines, reference=REF).valid


def test_visas_have_no_composite_check_digit() -> None:
    mrva = build_mrz(replace(BASE, format=MrzFormat.MRV_A, document_code="V", optional_data="X1"))
    assert mrva.lines[1] == "L898902C36UTO7408122F1204159X1<<<<<<<<<<<<<<"
    mrvb = build_mrz(replace(BASE, format=MrzFormat.MRV_B, document_code="VB"))
    assert mrvb.lines[0].startswith("VBUTOERIKSSON<<ANNA<MARIA")
    assert mrvb.lines[1] == "L898902C36UTO7408122F1204159<<<<<<<<"
    assert parse_mrz(mrvb.lines, reference=REF).format is MrzFormat.MRV_B


def test_sex_x_is_a_filler() -> None:
    mrz = build_mrz(replace(BASE, sex="X"))
    assert mrz.lines[1][20] == "<"
    assert parse_mrz(mrz.lines, reference=REF).sex == "X"


def test_short_state_codes_are_padded() -> None:
    mrz = build_mrz(replace(BASE, issuing_state="D", nationality="D"))
    assert mrz.lines[0][2:5] == "D<<"
    assert mrz.lines[1][10:13] == "D<<"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"document_code": "I"}, "not allowed in TD3"),
        ({"format": MrzFormat.TD1, "document_code": "P"}, "not allowed in TD1"),
        ({"issuing_state": "U2O"}, "issuing state"),
        ({"nationality": "UTOPIA"}, "nationality"),
        ({"document_number": "L8989Ж02"}, "document number"),
        (
            {"format": MrzFormat.TD1, "document_code": "I", "document_number": "D2314 5890734"},
            "letters and digits only",
        ),
        ({"sex": "Q"}, "sex"),
        ({"optional_data": "A" * 15}, "longer than its 14 positions"),
        ({"optional_data": "AB#"}, "optional data"),
        ({"optional_data_2": "AB"}, "only in TD1"),
    ],
)
def test_bad_data_is_refused_with_a_readable_error(change: dict[str, object], message: str) -> None:
    with pytest.raises(MrzError, match=message):
        build_mrz(replace(BASE, **change))  # type: ignore[arg-type]
