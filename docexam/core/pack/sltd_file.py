"""``sltd.json``: entries an instructor's pack adds to the simulated stolen and lost travel
document (SLTD) database, beside the pack's ``pack.json``.

Schema-checked (``sltd-v1.schema.json``) at import like ``exercises.json``: a broken file named
with its problem, nothing half-read. The database itself (the bundled set's stolen blanks and
reported documents, plus these) is :mod:`docexam.core.library.sltd`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from docexam.core.domain.errors import PackError, Problem
from docexam.core.pack.safejson import UntrustedJsonError, loads_unsealed
from docexam.core.pack.schemas import SLTD, json_path, schema_errors

SLTD_FILE = "sltd.json"
FORMAT = "docexam-sltd"
FORMAT_VERSION = 1
# What a state reports: a blank stolen from the issuer or in transit, an issued document stolen
# from or lost by its holder, or one the issuer cancelled.
REPORTS = ("stolen_blank", "stolen", "lost", "revoked")


@dataclass(frozen=True)
class SltdEntry:
    state: str  # the issuing state, which reported it
    number: str  # as the MRZ carries it: capitals and digits
    report: str  # one of REPORTS
    reported: date
    document: str | None = None  # td3, td1, ... when known


def normalise(number: str) -> str:
    """A number as typed (spaces, fillers, small letters) as the database keys it."""
    return "".join(number.split()).replace("<", "").upper()


def entries_to_json(entries: list[SltdEntry]) -> dict[str, Any]:
    rows = []
    for e in entries:
        row = {"state": e.state, "number": e.number, "report": e.report}
        row["reported"] = e.reported.isoformat()
        if e.document:
            row["document"] = e.document
        rows.append(row)
    return {"format": FORMAT, "format_version": FORMAT_VERSION, "entries": rows}


def entries_from_json(data: Any, file: str = SLTD_FILE) -> list[SltdEntry]:
    """The entries of ``data`` (checked against the schema); PackError naming each problem."""
    problems = [
        Problem(file, json_path(e.parts), e.code, e.message) for e in schema_errors(data, SLTD)
    ]
    out = []
    for i, row in enumerate(data.get("entries", []) if not problems else []):
        try:
            day = date.fromisoformat(row["reported"])
        except ValueError:
            where = f"entries[{i}].reported"
            message = f"{row['reported']!r} is not a calendar date"
            problems.append(Problem(file, where, "bad-date", message))
            continue
        out.append(SltdEntry(row["state"], row["number"], row["report"], day, row.get("document")))
    if problems:
        raise PackError("; ".join(str(p) for p in problems[:5]), problems)
    return out


def read_sltd_file(pack_root: Path) -> list[SltdEntry]:
    """The entries a pack adds; an empty list when it has no ``sltd.json``."""
    path = Path(pack_root) / SLTD_FILE
    if not path.is_file():
        return []
    try:
        data = loads_unsealed(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, UntrustedJsonError) as exc:
        raise PackError.at(SLTD_FILE, "unreadable", str(exc)) from None
    return entries_from_json(data)


def sltd_problems(pack_root: Path) -> list[Problem]:
    """What is wrong with the pack's ``sltd.json`` (none when it has none)."""
    try:
        read_sltd_file(pack_root)
    except PackError as exc:
        return list(exc.problems)
    return []
