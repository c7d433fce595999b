"""A specimen's document data as an instructor edits it: the visual zone, the MRZ built from it,
and what disagrees, checked with the MRZ engine the exercises use.

The ``viz`` keys and formats are the ones the engine reads (``quiz.mrz_tasks.viz_of``): ISO dates,
states and nationality as three-letter codes. Every function here is pure, so the editor can call
them on each keystroke.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from docexam.core.domain.model import DocumentInfo, DocumentType, Specimen
from docexam.core.mrz import FindingCode, MrzData, MrzError, MrzFormat, build_mrz, check_mrz
from docexam.core.training.quiz.mrz_tasks import viz_of

# In the order a data page prints them; the first group is what the MRZ repeats.
VIZ_KEYS: tuple[str, ...] = (
    "document_code",
    "issuing_state",
    "document_number",
    "surname",
    "given_names",
    "nationality",
    "birth_date",
    "sex",
    "expiry_date",
    "issue_date",
    "birth_place",
    "personal_number",
    "authority",
)
DATE_KEYS = ("birth_date", "expiry_date", "issue_date")
CODE_KEYS = ("issuing_state", "nationality")
SEXES = ("M", "F", "X", "<")
# Older packs write these short keys; the editor shows them under the long ones.
SHORT_KEYS = {"number": "document_number", "birth": "birth_date", "expiry": "expiry_date"}

MRZ_FORMAT: dict[DocumentType, MrzFormat] = {
    DocumentType.TD1: MrzFormat.TD1,
    DocumentType.TD2: MrzFormat.TD2,
    DocumentType.TD3: MrzFormat.TD3,
    DocumentType.MRV_A: MrzFormat.MRV_A,
    DocumentType.MRV_B: MrzFormat.MRV_B,
}
DEFAULT_CODE = {  # the document code when the visual zone does not print one
    DocumentType.TD1: "I",
    DocumentType.TD2: "I",
    DocumentType.TD3: "P",
    DocumentType.MRV_A: "V",
    DocumentType.MRV_B: "V",
}
_CODE = re.compile(r"[A-Z]{3}|[A-Z]<<|[A-Z]{2}<")


@dataclass(frozen=True)
class DataProblem:
    """One thing wrong with the document data: ``field`` is a viz key, "mrz" or "document"."""

    field: str
    message: str
    inconsistent: bool = False  # MRZ against the visual zone, rather than a malformed value


def normalised_viz(viz: dict[str, str]) -> dict[str, str]:
    """``viz`` with short keys under their long names and empty values dropped."""
    out: dict[str, str] = {}
    for key, value in viz.items():
        long = SHORT_KEYS.get(key, key)
        if value.strip() and not out.get(long):
            out[long] = value.strip()
    return out


def viz_problems(viz: dict[str, str]) -> list[DataProblem]:
    """Values the engine would misread: dates not ISO, codes not three letters, unknown sex."""
    out: list[DataProblem] = []
    for key, value in normalised_viz(viz).items():
        if key not in VIZ_KEYS:
            out.append(DataProblem(key, f"{key}: not a visual-zone field the engine reads"))
        elif key in DATE_KEYS:
            try:
                date.fromisoformat(value)
            except ValueError:
                out.append(DataProblem(key, f"{key}: {value!r} is not a date as YYYY-MM-DD"))
        elif key in CODE_KEYS and not _CODE.fullmatch(value):
            out.append(DataProblem(key, f"{key}: {value!r} is not a three-letter code (e.g. UTO)"))
        elif key == "sex" and value not in SEXES:
            out.append(DataProblem(key, f"sex: {value!r} is not M, F, X or <"))
    data = normalised_viz(viz)
    birth, expiry = _iso(data.get("birth_date", "")), _iso(data.get("expiry_date", ""))
    issue = _iso(data.get("issue_date", ""))
    if issue is not None and expiry is not None and issue >= expiry:
        out.append(DataProblem("expiry_date", "expiry_date: not after the date of issue"))
    if birth is not None and issue is not None and birth > issue:
        out.append(DataProblem("birth_date", "birth_date: after the date of issue"))
    return out


def _iso(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def mrz_from_viz(doc_type: DocumentType, viz: dict[str, str]) -> str:
    """The MRZ the visual zone gives for a ``doc_type`` document, every check digit computed.

    Raises ``MrzError`` naming the first field that is missing or cannot be encoded."""
    data = normalised_viz(viz)
    missing = [
        k
        for k in (
            "issuing_state",
            "document_number",
            "surname",
            "nationality",
            "birth_date",
            "expiry_date",
        )
        if not data.get(k)
    ]
    if missing:
        raise MrzError(f"fill {', '.join(missing)} in the visual zone first")
    birth, expiry = _iso(data["birth_date"]), _iso(data["expiry_date"])
    if birth is None or expiry is None:
        raise MrzError("dates must be written YYYY-MM-DD")
    built = build_mrz(
        MrzData(
            data.get("document_code") or DEFAULT_CODE[doc_type],
            data["issuing_state"],
            data["document_number"],
            data["surname"],
            data.get("given_names", ""),
            data["nationality"],
            birth,
            data.get("sex", "<"),
            expiry,
            data.get("personal_number", "") if doc_type is DocumentType.TD3 else "",
            format=MRZ_FORMAT[doc_type],
        )
    )
    return built.text


def data_problems(
    doc_type: DocumentType, mrz: str | None, viz: dict[str, str], reference: date | None = None
) -> list[DataProblem]:
    """Everything wrong with a specimen's data: malformed visual-zone values, an MRZ that is
    invalid or of another format than the document, and each field where the two disagree."""
    out = viz_problems(viz)
    if not mrz or not mrz.strip():
        return out
    document = DocumentInfo(doc_type, "", "")
    probe = Specimen("probe", {}, document, (), viz=normalised_viz(viz))
    checked = check_mrz(mrz, viz_of(probe), reference=reference)
    if checked.format is not None and checked.format is not MRZ_FORMAT[doc_type]:
        out.append(
            DataProblem(
                "mrz",
                f"mrz: a {checked.format.value} zone on a {doc_type.value.upper()} document",
            )
        )
    for finding in checked.findings:
        inconsistent = finding.code is FindingCode.VIZ_MISMATCH
        out.append(DataProblem(finding.field or "mrz", f"mrz: {finding.message}", inconsistent))
    return out


def missing_mrz_data(specimen: Specimen) -> str | None:
    """Why ``specimen`` gives no MRZ exercise, or None when it can."""
    if not specimen.mrz:
        return "no MRZ recorded (Document data…)"
    if check_mrz(specimen.mrz).format is None:
        return "its MRZ cannot be read"
    return None
