"""MRZ against the visual zone: a valid MRZ that disagrees with the VIZ is a careful forgery."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from docexam.core.mrz.dates import to_yymmdd
from docexam.core.mrz.findings import Finding, FindingCode, describe_positions
from docexam.core.mrz.formats import LAYOUTS, Position
from docexam.core.mrz.names import name_field
from docexam.core.mrz.parse import ParsedMrz


@dataclass(frozen=True, slots=True)
class VizData:
    """What the visual zone shows, as printed; None where the trainee did not read it."""

    surname: str | None = None
    given_names: str | None = None
    document_number: str | None = None
    birth_date: date | None = None
    expiry_date: date | None = None
    sex: str | None = None
    nationality: str | None = None
    issuing_state: str | None = None


def _finding(p: ParsedMrz, field: str, span_key: str, label: str, mrz: str, viz: str) -> Finding:
    positions: tuple[Position, ...] = LAYOUTS[p.format].fields[span_key].positions()
    msg = (
        f"{describe_positions(positions)}: {label}: MRZ has {mrz!r} "
        f"but the visual zone shows {viz!r}"
    )
    return Finding(FindingCode.VIZ_MISMATCH, field, msg, positions, (), mrz, viz)


def _name_findings(p: ParsedMrz, viz: VizData) -> list[Finding]:
    """Names compare as MRZ fields: rebuilding from the VIZ with the same width reproduces
    transliteration and truncation exactly, so only real differences remain."""
    width = len(p.name_field)
    found = []
    for field, label, shown in (
        ("surname", "surname", viz.surname),
        ("given_names", "given names", viz.given_names),
    ):
        if shown is None:
            continue
        surname = shown if field == "surname" else p.surname
        given = shown if field == "given_names" else p.given_names
        rebuilt = name_field(surname, given, width)[0] if surname.strip() else ""
        if rebuilt != p.name_field:
            mrz_value = p.surname if field == "surname" else p.given_names
            found.append(_finding(p, field, "name", label, mrz_value, shown))
    return found


def _same_code(mrz: str, shown: str) -> bool:
    return mrz == shown.strip().upper().rstrip("<")


def compare_viz(p: ParsedMrz, viz: VizData) -> list[Finding]:
    """One ``VIZ_MISMATCH`` finding (kind inconsistent) per field that disagrees."""
    found = _name_findings(p, viz)
    if viz.document_number is not None:
        shown = "".join(viz.document_number.split()).upper()
        if shown != p.document_number:
            key = "document_number"
            found.append(_finding(p, key, key, "document number", p.document_number, shown))
    for key, label, raw, shown_date in (
        ("birth_date", "birth date", p.birth_date_raw, viz.birth_date),
        ("expiry_date", "expiry date", p.expiry_date_raw, viz.expiry_date),
    ):
        # Compared as printed: the VIZ date's YYMMDD, free of any century pivot.
        if shown_date is not None and to_yymmdd(shown_date) != raw:
            found.append(_finding(p, key, key, label, raw, to_yymmdd(shown_date)))
    if viz.sex is not None:
        shown = viz.sex.strip().upper().replace("<", "X") or "X"
        if shown != p.sex:
            found.append(_finding(p, "sex", "sex", "sex", p.sex, shown))
    for key, label, mrz, shown_code in (
        ("nationality", "nationality", p.nationality, viz.nationality),
        ("issuing_state", "issuing state", p.issuing_state, viz.issuing_state),
    ):
        if shown_code is not None and not _same_code(mrz, shown_code):
            found.append(_finding(p, key, key, label, mrz, shown_code.strip().upper()))
    return found
