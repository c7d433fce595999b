"""MRZ against the visual zone: recomputed-digit forgeries are valid but inconsistent."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from docexam.core.mrz import (
    FindingCode,
    Kind,
    MrzData,
    MrzFormat,
    Position,
    VizData,
    build_mrz,
    check_mrz,
)

REF = date(2025, 6, 1)
GENUINE = MrzData(
    document_code="P",
    issuing_state="UTO",
    document_number="L898902C3",
    surname="Eriksson",
    given_names="Anna Maria",
    nationality="UTO",
    birth_date=date(1974, 8, 12),
    sex="F",
    expiry_date=date(2032, 4, 15),
    optional_data="ZE184226B",
)
VIZ = VizData(
    surname="Eriksson",
    given_names="Anna Maria",
    document_number="L898902C3",
    birth_date=date(1974, 8, 12),
    expiry_date=date(2032, 4, 15),
    sex="F",
    nationality="UTO",
    issuing_state="UTO",
)


def test_genuine_document_is_valid_and_consistent() -> None:
    result = check_mrz(build_mrz(GENUINE).lines, VIZ, reference=REF)
    assert result.valid and result.consistent and result.findings == ()


def test_forger_who_recomputed_the_digits_is_caught_by_the_viz() -> None:
    # An impostor born in 1994 re-encodes the MRZ with her own birth date and an extended
    # expiry, recomputing every check digit: the arithmetic is perfect.
    forged = build_mrz(replace(GENUINE, birth_date=date(1994, 8, 12), expiry_date=date(2035, 1, 1)))
    result = check_mrz(forged.lines, VIZ, reference=REF)
    assert result.valid
    assert not result.consistent
    assert {f.kind for f in result.findings} == {Kind.INCONSISTENT}
    birth, expiry = result.findings
    assert (birth.code, birth.field) == (FindingCode.VIZ_MISMATCH, "birth_date")
    assert (birth.printed, birth.expected) == ("940812", "740812")
    assert birth.positions == tuple(Position(2, c) for c in range(14, 20))
    assert "visual zone shows '740812'" in birth.message
    assert expiry.field == "expiry_date"


def test_each_viz_field_is_compared() -> None:
    lines = build_mrz(GENUINE).lines
    cases = {
        "surname": VizData(surname="Erikson"),
        "given_names": VizData(given_names="Anna Marie"),
        "document_number": VizData(document_number="L898902C8"),
        "sex": VizData(sex="M"),
        "nationality": VizData(nationality="UTA"),
        "issuing_state": VizData(issuing_state="XYZ"),
    }
    for field, viz in cases.items():
        result = check_mrz(lines, viz, reference=REF)
        assert [f.field for f in result.findings] == [field], field
        assert result.valid and not result.consistent


def test_viz_in_its_own_typography_matches() -> None:
    data = replace(GENUINE, surname="Öberg-Ståhl", given_names="Zoë", document_number="AB12345")
    viz = VizData(
        surname="öberg-ståhl",
        given_names="ZOË",
        document_number="AB 12345",
        sex="f",
        nationality="uto",
    )
    result = check_mrz(build_mrz(data).lines, viz, reference=REF)
    assert result.findings == ()


def test_viz_sex_x_matches_mrz_filler() -> None:
    lines = build_mrz(replace(GENUINE, sex="X")).lines
    assert check_mrz(lines, VizData(sex="X"), reference=REF).consistent
    assert not check_mrz(lines, VizData(sex="F"), reference=REF).consistent


def test_truncated_mrz_name_matches_the_full_viz_name() -> None:
    data = replace(
        GENUINE,
        format=MrzFormat.TD1,
        document_code="I",
        surname="Bartholomew-Fitzwilliam",
        given_names="Maximiliana Theodora",
    )
    mrz = build_mrz(data)
    assert mrz.name_truncated
    viz = VizData(surname="Bartholomew-Fitzwilliam", given_names="Maximiliana Theodora")
    assert check_mrz(mrz.lines, viz, reference=REF).consistent
    other = VizData(surname="Bartholomew-Fitzwilliam", given_names="Maxine")
    result = check_mrz(mrz.lines, other, reference=REF)
    assert [f.field for f in result.findings] == ["given_names"]


def test_long_document_number_compared_whole() -> None:
    data = replace(GENUINE, format=MrzFormat.TD1, document_code="I", document_number="D23145890734")
    lines = build_mrz(data).lines
    assert check_mrz(lines, VizData(document_number="D23145890734"), reference=REF).consistent
    assert not check_mrz(lines, VizData(document_number="D23145890"), reference=REF).consistent


def test_invalid_and_inconsistent_together() -> None:
    lines = list(build_mrz(GENUINE).lines)
    lines[1] = lines[1][:9] + "0" + lines[1][10:]
    result = check_mrz(lines, VizData(sex="M"), reference=REF)
    assert not result.valid and not result.consistent
    assert {f.kind for f in result.findings} == {Kind.INVALID, Kind.INCONSISTENT}
