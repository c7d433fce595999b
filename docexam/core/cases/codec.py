"""Case files to JSON and back: a pack's ``cases.json`` (``docs/pack-format.md``, "Case files").

The file is checked against ``cases-v1.schema.json`` first, then decoded, then held to the
rules a schema cannot say (known indicators and questions, unique ids, dates in order); every
problem names the file, the case and the field. The bundled set's file is sealed at rest like
its forgery records; the reader unseals.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from docexam.core.cases.indicators import BY_ID, QUESTION_IDS, Action, Family
from docexam.core.cases.model import (
    CaseFile,
    Companion,
    Explained,
    HeldDocument,
    Paper,
    Person,
    Reply,
    Trip,
    Truth,
    Visa,
)
from docexam.core.domain.errors import DocexamError
from docexam.core.pack import schemas
from docexam.core.pack.io import CASES_FILE
from docexam.core.pack.safejson import UntrustedJsonError, loads_unsealed

Json = dict[str, Any]
FORMAT = "docexam-cases"
FORMAT_VERSION = 1
SCHEMA = "cases-v1.schema.json"


class CaseError(DocexamError):
    """A case file that cannot be read; ``problems`` lists every problem, one line each."""

    def __init__(self, source: str, problems: list[str]) -> None:
        super().__init__(f"{source}: " + "; ".join(problems[:8]))
        self.problems = problems


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def case_to_json(c: CaseFile) -> Json:
    p, t = c.person, c.trip
    out: Json = {
        "id": c.id,
        "title": c.title,
        "port": c.port,
        "date": c.date.isoformat(),
        "person": {
            "surname": p.surname,
            "given_names": p.given_names,
            "birth_date": p.birth_date.isoformat(),
            "sex": p.sex,
            "nationality": p.nationality,
        },
        "documents": [
            {
                "kind": d.kind,
                "number": d.number,
                "issuing_state": d.issuing_state,
                "expiry": d.expiry.isoformat(),
                "surname": d.surname,
                "given_names": d.given_names,
                "specimen": d.specimen,
            }
            for d in c.documents
        ],
        "trip": {
            "name_on_ticket": t.name_on_ticket,
            "origin": t.origin,
            "destination": t.destination,
            "flight": t.flight,
            "arrival": t.arrival.isoformat(),
            "return_date": _iso(t.return_date),
            "paid_by": t.paid_by,
            "booked": t.booked.isoformat(),
            "history": list(t.history),
        },
        "stated_purpose": c.stated_purpose,
        "visa": None,
        "papers": [
            {
                "kind": x.kind,
                "name_on": x.name_on,
                "issuer": x.issuer,
                "valid_from": _iso(x.valid_from),
                "valid_until": _iso(x.valid_until),
                "details": x.details,
            }
            for x in c.papers
        ],
        "money": c.money,
        "luggage": c.luggage,
        "companions": [
            {"relation": m.relation, "description": m.description, "age": m.age}
            for m in c.companions
        ],
        "observations": list(c.observations),
        "interview": [{"question": r.question, "text": r.text} for r in c.interview],
        "truth": _truth_json(c.truth),
    }
    if c.visa is not None:
        v = c.visa
        out["visa"] = {
            "state": v.state,
            "category": v.category,
            "valid_from": v.valid_from.isoformat(),
            "valid_until": v.valid_until.isoformat(),
            "entries": v.entries,
            "document_number": v.document_number,
        }
    return out


def _truth_json(t: Truth) -> Json:
    return {
        "family": t.family.value,
        "indicators": list(t.indicators),
        "action": t.action.value,
        "acceptable": [a.value for a in t.acceptable],
        "explained": [{"indicator": e.indicator, "reason": e.reason} for e in t.explained],
        "evidence": t.evidence,
        "summary": t.summary,
        "specialist": t.specialist,
    }


def case_from_json(d: Json) -> CaseFile:
    p, t, tr = d["person"], d["trip"], d["truth"]
    visa = d.get("visa")
    return CaseFile(
        id=d["id"],
        title=d["title"],
        port=d["port"],
        date=date.fromisoformat(d["date"]),
        person=Person(
            p["surname"],
            p["given_names"],
            date.fromisoformat(p["birth_date"]),
            p["sex"],
            p["nationality"],
        ),
        documents=tuple(
            HeldDocument(
                x["kind"],
                x["number"],
                x["issuing_state"],
                date.fromisoformat(x["expiry"]),
                x["surname"],
                x["given_names"],
                x.get("specimen"),
            )
            for x in d["documents"]
        ),
        trip=Trip(
            t["name_on_ticket"],
            t["origin"],
            t["destination"],
            t["flight"],
            date.fromisoformat(t["arrival"]),
            _d(t.get("return_date")),
            t["paid_by"],
            date.fromisoformat(t["booked"]),
            tuple(t.get("history", ())),
        ),
        stated_purpose=d["stated_purpose"],
        visa=None
        if not visa
        else Visa(
            visa["state"],
            visa["category"],
            date.fromisoformat(visa["valid_from"]),
            date.fromisoformat(visa["valid_until"]),
            visa["entries"],
            visa["document_number"],
        ),
        papers=tuple(
            Paper(
                x["kind"],
                x["name_on"],
                x["issuer"],
                _d(x.get("valid_from")),
                _d(x.get("valid_until")),
                x["details"],
            )
            for x in d.get("papers", ())
        ),
        money=d.get("money", {}),
        luggage=d.get("luggage", {}),
        companions=tuple(
            Companion(m["relation"], m["description"], int(m["age"]))
            for m in d.get("companions", ())
        ),
        observations=tuple(d.get("observations", ())),
        interview=tuple(Reply(r["question"], r["text"]) for r in d.get("interview", ())),
        truth=Truth(
            Family(tr["family"]),
            tuple(tr["indicators"]),
            Action(tr["action"]),
            tuple(Action(a) for a in tr.get("acceptable", ())),
            tuple(Explained(e["indicator"], e["reason"]) for e in tr.get("explained", ())),
            dict(tr.get("evidence", {})),
            tr.get("summary", {}),
            tr.get("specialist", {}),
        ),
    )


def file_to_json(cases: list[CaseFile]) -> Json:
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "cases": [case_to_json(c) for c in cases],
    }


def _rules(c: CaseFile, where: str) -> list[str]:
    """What the schema cannot say."""
    problems = []
    for ind in (*c.truth.indicators, *(e.indicator for e in c.truth.explained)):
        if ind not in BY_ID:
            problems.append(f"{where}.truth: unknown indicator {ind!r}")
    for key in c.truth.evidence:
        if key not in c.truth.indicators:
            problems.append(f"{where}.truth.evidence: {key!r} is not one of its indicators")
    asked = [r.question for r in c.interview]
    for q in asked:
        if q not in QUESTION_IDS:
            problems.append(f"{where}.interview: unknown question {q!r}")
    if len(set(asked)) != len(asked):
        problems.append(f"{where}.interview: a question is answered twice")
    if c.trip.return_date is not None and c.trip.return_date < c.trip.arrival:
        problems.append(f"{where}.trip.return_date: before the arrival")
    if c.visa is not None and c.visa.valid_until < c.visa.valid_from:
        problems.append(f"{where}.visa.valid_until: before valid_from")
    if c.truth.family is Family.NONE and c.truth.indicators:
        problems.append(f"{where}.truth: a case of family 'none' names indicators")
    return problems


def cases_from_file_json(data: Any, source: str = CASES_FILE) -> list[CaseFile]:
    """The case files of a parsed ``cases.json``; CaseError lists every problem."""
    validator = schemas.validator(SCHEMA)
    problems = [
        f"{schemas.json_path(e.absolute_path) or '(top)'}: {e.message[:160]}"
        for e in sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.path)))
    ]
    if problems:
        raise CaseError(source, problems)
    try:
        cases = [case_from_json(c) for c in data["cases"]]
    except (KeyError, ValueError, TypeError) as exc:
        raise CaseError(source, [f"invalid case ({exc})"]) from exc
    ids = [c.id for c in cases]
    problems = [f"cases: id {i!r} is used twice" for i in sorted(set(ids)) if ids.count(i) > 1]
    for n, c in enumerate(cases):
        problems += _rules(c, f"cases[{n}]")
    if problems:
        raise CaseError(source, problems)
    return cases


def read_cases(pack_root: Path | None) -> list[CaseFile]:
    """The case files of a pack directory; an empty list when it has none."""
    if pack_root is None:
        return []
    path = Path(pack_root) / CASES_FILE
    if not path.is_file():
        return []
    try:
        data = loads_unsealed(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, UntrustedJsonError) as exc:
        raise CaseError(str(path), [f"cannot read ({exc})"]) from exc
    return cases_from_file_json(data, str(path))


def write_cases(pack_root: Path, cases: list[CaseFile]) -> Path:
    path = Path(pack_root) / CASES_FILE
    text = json.dumps(file_to_json(cases), ensure_ascii=False, indent=2) + "\n"
    path.write_text(text, encoding="utf-8")
    return path
