"""ICAO 9303 rules the engine once got wrong (found by differential testing), one test each.

Sections are those of Doc 9303 (7th/8th edition). The worked names are ICAO's own examples.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date

import pytest

from docexam.core.mrz import (
    FindingCode,
    MrzData,
    MrzError,
    MrzFormat,
    Position,
    VizData,
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
    expiry_date=date(2032, 4, 15),
)
BENNELONG = "Bennelong Wooloomooloo Warrandyte Warnambool"


def codes(lines: list[str] | tuple[str, ...]) -> list[FindingCode]:
    return [f.code for f in check_mrz(lines, reference=REF).findings]


def put(line: str, column: int, text: str) -> str:
    return line[: column - 1] + text + line[column - 1 + len(text) :]


# -- names ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("surname", "given", "width", "field"),
    [
        # Part 7 (MRV-A, 39 positions) 4.2.3.1 a and b
        ("Nilavadhanananda", "Chayapa Dejthamrong Krasuang", 39,
         "NILAVADHANANANDA<<CHAYAPA<DEJTHAMRONG<K"),
        ("Nilavadhanananda", "Arnpol Petch Charonguang", 39,
         "NILAVADHANANANDA<<ARNPOL<PETCH<CHARONGU"),
        # Part 6 (TD2, 31 positions) 4.2.3.1 a and 4.2.3.2 a: every given name keeps its initial
        ("Nilavadhanananda", "Chayapa Dejthamrong Krasuang", 31,
         "NILAVADHANANANDA<<CHAYAPA<DEJ<K"),
        (BENNELONG, "Dingo Potoroo", 31, "BENNELONG<WOOLOOMOOLOO<W<W<<D<P"),
    ],
)  # fmt: skip
def test_icao_truncation_examples(surname: str, given: str, width: int, field: str) -> None:
    """Doc 9303 Part 6 section 4.2.3 and Part 7 section 4.2.3: the options that cut names to
    initials, as ICAO prints them."""
    assert name_field(surname, given, width) == (field, True)


def test_names_that_just_fit_are_not_truncated() -> None:
    """Part 7 section 4.2.3.3: a letter in position 44 only says truncation *may* have
    happened; this name fits exactly and is written whole."""
    field = "PAPANDROPOULOUS<<JONATHON<WARREN<TREVOR"
    assert name_field("Papandropoulous", "Jonathon Warren Trevor", 39) == (field, False)
    lines = build_mrz(
        replace(BASE, surname="Papandropoulous", given_names="Jonathon Warren Trevor")
    )
    assert parse_mrz(lines.lines, reference=REF).name_possibly_truncated


@pytest.mark.parametrize("length", [34, 37, 39, 50])
def test_a_surname_as_long_as_the_field_keeps_the_given_names_initials(length: int) -> None:
    """Part 7 section 4.2.2.1 (truncation of the name): characters are removed from the
    primary identifier until ``<<`` and the first character of the secondary identifier fit;
    the field ends with a letter. The given names were dropped once the surname filled it."""
    mrz = build_mrz(replace(BASE, surname="Q" * length, given_names="Anna Maria"))
    field = mrz.lines[0][5:]
    assert field == "Q" * 34 + "<<A<M"
    assert mrz.name_truncated
    parsed = parse_mrz(mrz.lines, reference=REF)
    assert (parsed.surname, parsed.given_names) == ("Q" * 34, "A M")
    assert check_mrz(mrz.lines, reference=REF).valid


def test_one_letter_given_names_never_leave_a_filler_at_the_end() -> None:
    """Part 7 section 4.2.2.1: a truncated name field ends with an alphabetic character. One-
    letter given names cannot give up letters, so the surname does (a filler used to end the
    field and the last initial was lost)."""
    field, truncated = name_field("Q" * 26, "A B", 30)
    assert (field, truncated) == ("Q" * 25 + "<<A<B", True)
    assert name_field("Eriksson", "A B", 12) == ("ERIKSSO<<A<B", True)
    lines = build_mrz(
        replace(BASE, format=MrzFormat.TD1, document_code="I", surname="Q" * 26, given_names="A B")
    ).lines
    assert lines[2][-1] == "B" and check_mrz(lines, reference=REF).valid


def test_a_single_name_too_long_is_cut_to_a_letter() -> None:
    """Part 7 section 4.2.2.1: a name of only a primary identifier loses characters until the
    last position of the field holds a letter."""
    assert name_field("Bennelong Wooloomooloo Warrandyte", "", 30) == (
        "BENNELONG<WOOLOOMOOLOO<WARRAND",
        True,
    )


@pytest.mark.parametrize(
    ("fmt", "code", "field"),
    [
        # Part 7 4.2.3.2 a, b and c (MRV-A) and Part 6 4.2.3.2 a, b and c (TD2): other issuers'
        # options, all to be read as the same holder.
        (MrzFormat.MRV_A, "V", "BENNELONG<WOOLOOMOOLOO<WARRANDYTE<W<<DI"),
        (MrzFormat.MRV_A, "V", "BENNELONG<WOOLOOM<WARRAND<WARNAM<<DINGO"),
        (MrzFormat.MRV_A, "V", "BENNEL<WOOLOO<WARRAN<WARNAM<<DINGO<POTO"),
        (MrzFormat.TD2, "I", "BENNELONG<WOOLOOMOOLOO<W<W<<D<P"),
        (MrzFormat.TD2, "I", "BENNELONG<WOOLOOM<WAR<WARN<<D<P"),
        (MrzFormat.TD2, "I", "BENNEL<WOOLO<WARRA<WARNA<<DIN<P"),
    ],
)
def test_viz_comparison_accepts_every_icao_truncation(
    fmt: MrzFormat, code: str, field: str
) -> None:
    """Part 7 section 4.2.2.1 and the examples of Part 6/7 section 4.2.3.2: a truncated MRZ
    name agrees with the full name in the visual zone whichever option the issuer chose."""
    lines = list(build_mrz(replace(BASE, format=fmt, document_code=code)).lines)
    lines[0] = lines[0][:5] + field
    viz = VizData(surname=BENNELONG, given_names="Dingo Potoroo")
    assert check_mrz(lines, viz, reference=REF).findings == ()
    # ...but a letter that is not the visual zone's is still a mismatch, in its own field.
    lines[0] = lines[0][:5] + field.replace("<<D", "<<B")
    wrong = check_mrz(lines, viz, reference=REF).findings
    assert [f.field for f in wrong] == ["given_names"]


def test_a_name_that_fits_must_be_printed_whole() -> None:
    """Part 7 section 4.2.2.1 (filler): when the name fits, all of it is printed, so a short
    form in a field that ends in fillers disagrees with the visual zone."""
    lines = list(build_mrz(BASE).lines)
    lines[0] = lines[0][:5] + "ERIKSSON<<ANNA<M".ljust(39, "<")
    found = check_mrz(lines, VizData(given_names="Anna Maria"), reference=REF).findings
    assert [f.field for f in found] == ["given_names"]


def test_decomposed_unicode_names_transliterate_like_composed_ones() -> None:
    """Part 3 section 6 (transliteration): Ü is UE whether typed as one character (NFC) or as
    U plus a combining diaeresis (NFD, as some keyboards and macOS file names give it)."""
    for name in ("Müller-Lüdenscheidt", "Ærøskøbing Ångström", "Zoë Ñúñez"):
        nfd = unicodedata.normalize("NFD", name)
        assert nfd != name
        assert transliterate(nfd) == transliterate(name)
    data = replace(BASE, surname="Müller", given_names="Zoë")
    nfd = replace(data, surname=unicodedata.normalize("NFD", "Müller"))
    assert build_mrz(nfd).lines == build_mrz(data).lines
    viz = VizData(surname=unicodedata.normalize("NFD", "Müller"), given_names="Zoe\u0308")
    assert check_mrz(build_mrz(data).lines, viz, reference=REF).consistent


def test_a_comma_between_given_names_is_a_filler() -> None:
    """Part 7 section 4.2.2.1 (commas): a comma separating two name components is a single
    filler in the MRZ."""
    assert transliterate("Anna,Maria") == "ANNA<MARIA"
    mrz = build_mrz(replace(BASE, given_names="Anna, Maria"))
    assert mrz.lines[0].startswith("P<UTOERIKSSON<<ANNA<MARIA<<")
    assert check_mrz(mrz.lines, VizData(given_names="Anna, Maria"), reference=REF).consistent


# -- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize("raw", ["7408<<", "74<<<<", "<<<<<<"])
def test_unknown_parts_of_a_birth_date_may_be_fillers(raw: str) -> None:
    """Part 3 section 3.8 (representation of dates): an unknown day, month and day, or whole
    date of birth is printed as fillers, with the check digit computed over them."""
    line2 = put(put(L2_TD3, 14, raw), 20, check_digit(raw))
    line2 = put(line2, 44, check_digit(line2[0:10] + line2[13:20] + line2[21:43]))
    assert codes([L1_TD3, line2]) == []


@pytest.mark.parametrize(("raw", "code"), [
    ("7413<<", FindingCode.IMPOSSIBLE_DATE),
    ("7400<<", FindingCode.IMPOSSIBLE_DATE),
    ("74<<12", FindingCode.NON_NUMERIC),
    ("<<0812", FindingCode.NON_NUMERIC),
    ("7408<2", FindingCode.NON_NUMERIC),
])  # fmt: skip
def test_a_partly_known_birth_date_must_still_be_possible(raw: str, code: FindingCode) -> None:
    """Part 3 section 3.8: only the unknown part is fillers; the known part is a real month
    (month 13 stays impossible), and fillers only ever stand for the day, or month and day."""
    line2 = put(put(L2_TD3, 14, raw), 20, check_digit(raw))
    line2 = put(line2, 44, check_digit(line2[0:10] + line2[13:20] + line2[21:43]))
    result = check_mrz([L1_TD3, line2], reference=REF)
    assert [f.code for f in result.findings] == [code]
    if code is FindingCode.IMPOSSIBLE_DATE:
        assert "month" in result.findings[0].message
        assert result.findings[0].positions == (Position(2, 16), Position(2, 17))


# -- document numbers and codes -------------------------------------------------------------


def test_spaces_and_punctuation_in_a_document_number_become_fillers() -> None:
    """Part 7 section 4.2.2.2 (positions 1-9): any special character or space in the number
    is replaced by the filler; the check digit covers it like any filler."""
    mrz = build_mrz(replace(BASE, document_number="L 898-902"))
    assert mrz.lines[1][:10] == "L<898<902" + check_digit("L<898<902")
    assert parse_mrz(mrz.lines, reference=REF).document_number == "L<898<902"
    assert check_mrz(mrz.lines, reference=REF).valid
    for shown in ("L 898-902", "L898902", "l 898 902"):
        result = check_mrz(mrz.lines, VizData(document_number=shown), reference=REF)
        assert result.consistent, shown
    other = check_mrz(mrz.lines, VizData(document_number="L 898-903"), reference=REF)
    assert [f.field for f in other.findings] == ["document_number"]


def test_a_visa_keeps_the_first_9_characters_of_a_longer_passport_number() -> None:
    """Part 7 section 4.2.2.2, positions 1-9 and note j: if the number has more than 9
    characters, its 9 principal characters are shown in the MRZ."""
    for fmt in (MrzFormat.MRV_A, MrzFormat.MRV_B):
        data = replace(BASE, format=fmt, document_code="V", document_number="L898902C3XYZ")
        mrz = build_mrz(data)
        assert mrz.lines[1][:10] == "L898902C36"
        assert parse_mrz(mrz.lines, reference=REF).document_number == "L898902C3"
        viz = VizData(document_number="L898902C3XYZ")
        assert check_mrz(mrz.lines, viz, reference=REF).consistent
        other = VizData(document_number="L898902C4XYZ")
        assert not check_mrz(mrz.lines, other, reference=REF).consistent


@pytest.mark.parametrize(
    ("fmt", "code"),
    [
        (MrzFormat.TD1, "IV"),
        (MrzFormat.TD1, "AV"),
        (MrzFormat.TD2, "IV"),
        (MrzFormat.TD2, "AC"),
    ],
)
def test_document_codes_not_allowed_in_the_format_are_findings(fmt: MrzFormat, code: str) -> None:
    """Part 5 and Part 6 section 4.2.2 (note k on the document code): A, C or I, then a
    letter at the issuer's choice except V; and in TD2 no C after A."""
    lines = list(build_mrz(replace(BASE, format=fmt, document_code="I")).lines)
    lines[0] = code + lines[0][2:]
    assert codes(lines) == [FindingCode.DOCUMENT_CODE]  # no check digit covers positions 1-2
    with pytest.raises(MrzError, match="not allowed"):
        build_mrz(replace(BASE, format=fmt, document_code=code))


def test_crew_member_certificates_keep_ac_in_td1() -> None:
    """Part 5 (TD1) allows C after A for the crew member certificate, where TD2 does not."""
    mrz = build_mrz(replace(BASE, format=MrzFormat.TD1, document_code="AC"))
    assert mrz.lines[0][:2] == "AC" and check_mrz(mrz.lines, reference=REF).valid


L1_TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
L2_TD3 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
