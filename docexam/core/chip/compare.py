"""The reader's comparisons of the chip with the printed page: DG1 with the printed MRZ and
the visual zone, DG11/DG12 with the fields the page also prints, DG2 with the printed portrait.
Each gives pass/fail and why, and the rows the reader shows side by side."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from docexam.core.chip import details, portrait
from docexam.core.chip.lds import FaceImage
from docexam.core.chip.portrait import Grey
from docexam.core.chip.reasons import OTHER_DATA, Reason, why
from docexam.core.mrz.errors import MrzError
from docexam.core.mrz.parse import ParsedMrz, parse_mrz
from docexam.core.mrz.viz import VizData, compare_viz

_REFERENCE = date(2025, 6, 1)  # century pivot for the MRZ dates compared here
COMPARED = (
    "document_number",
    "surname",
    "given_names",
    "nationality",
    "birth_date",
    "sex",
    "expiry_date",
    "issuing_state",
)


@dataclass(frozen=True)
class FieldRow:
    """One field side by side: what the chip holds, the printed MRZ and the visual zone."""

    field: str
    chip: str
    mrz: str  # as printed in the MRZ ("" when the printed MRZ cannot be read)
    viz: str  # as printed in the visual zone ("" when it does not show the field)
    matches: bool


def _parse(lines: tuple[str, ...]) -> ParsedMrz | None:
    try:
        return parse_mrz(list(lines), reference=_REFERENCE)
    except MrzError:
        return None


def _viz_data(viz: Mapping[str, str]) -> VizData:
    def day(key: str) -> date | None:
        try:
            return date.fromisoformat(viz[key]) if viz.get(key) else None
        except ValueError:
            return None

    return VizData(
        surname=viz.get("surname"),
        given_names=viz.get("given_names"),
        document_number=viz.get("document_number"),
        birth_date=day("birth_date"),
        expiry_date=day("expiry_date"),
        sex=viz.get("sex"),
        nationality=viz.get("nationality"),
        issuing_state=viz.get("issuing_state"),
    )


def _rows(
    chip: ParsedMrz, printed: ParsedMrz | None, viz: Mapping[str, str], viz_differs: set[str]
) -> tuple[FieldRow, ...]:
    rows = []
    for key in COMPARED:
        raw = f"{key}_raw" if key in ("birth_date", "expiry_date") else key
        c = str(getattr(chip, raw))
        m = "" if printed is None else str(getattr(printed, raw))
        rows.append(FieldRow(key, c, m, viz.get(key, ""), c == m and key not in viz_differs))
    return tuple(rows)


def dg1_vs_page(
    dg1: tuple[str, ...], printed: tuple[str, ...], viz: Mapping[str, str]
) -> tuple[bool, Reason, tuple[FieldRow, ...]]:
    chip = _parse(dg1)
    if chip is None:
        return False, why("dg1_unreadable"), ()
    page = _parse(printed)
    findings = compare_viz(chip, _viz_data(viz)) if viz else []
    rows = _rows(chip, page, viz, {f.field for f in findings})
    mrz = ""
    if tuple(dg1) != tuple(printed):
        mrz = ", ".join([r.field for r in rows if r.chip != r.mrz] or [OTHER_DATA])
    viz_fields = ", ".join(dict.fromkeys(f.field for f in findings))
    if mrz and viz_fields:
        return False, why("mrz_and_viz_differ", fields=mrz, viz_fields=viz_fields), rows
    if mrz:
        return False, why("mrz_differs", fields=mrz), rows
    if viz_fields:
        return False, why("viz_differs", fields=viz_fields), rows
    return True, why("dg1_matches"), rows


def dg2_vs_portrait(face: FaceImage, printed: Grey | None) -> tuple[bool | None, Reason]:
    if printed is None:
        return None, why("no_printed_portrait")
    chip_face = portrait.decode_face(face)
    if chip_face is None:
        return False, why("dg2_undecodable")
    diff = portrait.difference(chip_face, printed)
    if diff > portrait.SAME_SOURCE:
        return False, why("portrait_differs", difference=f"{diff:.0f}")
    return True, why("portrait_matches")


def details_vs_page(
    values: Mapping[str, dict[str, str]], viz: Mapping[str, str]
) -> tuple[bool | None, Reason, tuple[FieldRow, ...]]:
    """DG11/DG12 (``values``: group -> its fields) against the fields the page also prints."""
    if not values:
        return None, why("no_details"), ()
    groups = ", ".join(values)
    rows = []
    for fields in values.values():
        for key, chip in details.comparable(fields).items():
            if key in viz:
                rows.append(FieldRow(key, chip, "", viz[key], chip == viz[key]))
    if not rows:
        return None, why("details_not_printed", groups=groups), ()
    differ = ", ".join(r.field for r in rows if not r.matches)
    if differ:
        return False, why("details_differ", groups=groups, fields=differ), tuple(rows)
    return True, why("details_match", groups=groups), tuple(rows)
