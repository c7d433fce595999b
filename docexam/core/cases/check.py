"""A pack's ``cases.json`` checked as the other pack files are: schema, then the rules a schema
cannot say, then the documents' specimens against the pack, each problem naming the file and
the field (``cases.json: cases[2].truth: unknown indicator 'x'``). The pack reader sits below
the case files, so the import and ``docexam pack validate`` call this after reading the pack."""

from __future__ import annotations

from pathlib import Path

from docexam.core.cases.codec import CaseError, read_cases
from docexam.core.domain.errors import Problem
from docexam.core.domain.model import Pack
from docexam.core.pack.io import CASES_FILE


def _located(line: str) -> Problem:
    where, sep, message = line.partition(": ")
    if sep and " " not in where:  # "cases[0].trip.return_date: before the arrival"
        return Problem(CASES_FILE, "" if where == "(top)" else where, "bad-case", message)
    return Problem(CASES_FILE, "", "bad-case", line)


def case_problems(root: Path, pack: Pack) -> list[Problem]:
    """Every problem of the case files in the pack directory ``root``; none without cases.json."""
    if not (root / CASES_FILE).is_file():
        return []
    try:
        cases = read_cases(root)
    except CaseError as exc:
        return [_located(line) for line in exc.problems]
    specimens = {s.id for s in pack.specimens}
    problems = []
    for n, case in enumerate(cases):
        for m, held in enumerate(case.documents):
            pack_id, _, specimen_id = (held.specimen or "").partition("/")
            if pack_id == pack.id and specimen_id not in specimens:
                message = f"no specimen {specimen_id!r} in this pack"
                path = f"cases[{n}].documents[{m}].specimen"
                problems.append(Problem(CASES_FILE, path, "unknown-specimen", message))
    return problems
