"""MRZ against the visual zone: a valid MRZ that disagrees with the VIZ is a careful forgery."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from docexam.core.mrz.dates import to_yymmdd
from docexam.core.mrz.fields import number_as_printed, visa_number
from docexam.core.mrz.findings import Finding, FindingCode, describe_positions
from docexam.core.mrz.formats import LAYOUTS, Position
from docexam.core.mrz.names import is_truncation, possibly_truncated, transliterate
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


# Pack files write the visual zone as a flat mapping; short keys are read as the long ones.
VIZ_DATE_KEYS = (("birth_date", "birth"), ("expiry_date", "expiry"), ("issue_date",))


def viz_data(viz: Mapping[str, str]) -> VizData | None:
    """A pack's ``viz`` mapping as :class:`VizData` (dates ISO ``YYYY-MM-DD``; one that is not a
    date is left out, the validator names it)."""
    if not viz:
        return None

    def pick(*keys: str) -> str | None:
        return next((viz[k] for k in keys if viz.get(k)), None)

    def day(*keys: str) -> date | None:
        raw = pick(*keys)
        try:
            return date.fromisoformat(raw) if raw else None
        except ValueError:
            return None

    return VizData(
        surname=pick("surname"),
        given_names=pick("given_names"),
        document_number=pick("document_number", "number"),
        birth_date=day("birth_date", "birth"),
        expiry_date=day("expiry_date", "expiry"),
        sex=pick("sex"),
        nationality=pick("nationality"),
        issuing_state=pick("issuing_state"),
    )


def _finding(p: ParsedMrz, field: str, span_key: str, label: str, mrz: str, viz: str) -> Finding:
    positions: tuple[Position, ...] = LAYOUTS[p.format].fields[span_key].positions()
    msg = (
        f"{describe_positions(positions)}: {label}: MRZ has {mrz!r} "
        f"but the visual zone shows {viz!r}"
    )
    return Finding(FindingCode.VIZ_MISMATCH, field, msg, positions, (), mrz, viz)


def _components(name: str) -> list[str]:
    return name.split("<") if name else []


def _name_findings(p: ParsedMrz, viz: VizData) -> list[Finding]:
    """Names compare as MRZ components after transliteration. A field filled to its last
    letter may hold a truncated name: then each printed component may be the beginning of the
    visual zone's (Doc 9303 Part 7 4.2.2.1, any of the options of its examples)."""
    surname, _, given = p.name_field.rstrip("<").partition("<<")
    printed = {"surname": _components(surname), "given_names": _components(given)}
    shown = {"surname": viz.surname, "given_names": viz.given_names}
    full = {k: _components(transliterate(v)) for k, v in shown.items() if v is not None}
    # A full field of prefixes is never longer than the name it shortens, so a name that fits
    # can only match itself: no separate "would it have fitted" test is needed.
    truncated = possibly_truncated(p.name_field)
    found = []
    for field, label in (("surname", "surname"), ("given_names", "given names")):
        if field not in full:
            continue
        mine, theirs = printed[field], full[field]
        if mine == theirs or (truncated and is_truncation(mine, theirs)):
            continue
        mrz_value = p.surname if field == "surname" else p.given_names
        found.append(_finding(p, field, "name", label, mrz_value, shown[field] or ""))
    return found


def _same_code(mrz: str, shown: str) -> bool:
    return mrz == shown.strip().upper().rstrip("<")


def compare_viz(p: ParsedMrz, viz: VizData) -> list[Finding]:
    """One ``VIZ_MISMATCH`` finding (kind inconsistent) per field that disagrees."""
    found = _name_findings(p, viz)
    if viz.document_number is not None:
        # Spaces and punctuation are fillers in the MRZ (or, by some issuers, left out): only
        # the letters and digits must agree, and a visa shows the first 9 of a longer number.
        shown = number_as_printed(viz.document_number)
        if visa_number(shown, p.format).replace("<", "") != p.document_number.replace("<", ""):
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
