"""A pack's ``cases.json`` checked as the other pack files are: schema, then the rules a schema
cannot say, then the documents' specimens against the pack, each problem naming the file and
the field (``cases.json: cases[2].truth: unknown indicator 'x'``). A case on a specimen of the
same pack is held against the stamps on its visa pages too (``travel.json``): the story must
agree with them, unless the case's truth records the disagreement as an indicator. (Its data
page is not: authored specimens name their fields in more than one way.) The pack reader sits
below the case files, so the import and ``docexam pack validate`` call this after reading the
pack."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from docexam.core.cases.codec import CaseError, read_cases
from docexam.core.cases.consistency import stamp_disagreements
from docexam.core.cases.model import CaseFile
from docexam.core.domain.errors import PackError, Problem
from docexam.core.domain.model import Pack, Specimen
from docexam.core.pack.io import CASES_FILE
from docexam.core.pack.travel_file import read_travel


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
    specimens = {s.id: s for s in pack.specimens}
    problems = []
    for n, case in enumerate(cases):
        for m, held in enumerate(case.documents):
            pack_id, _, specimen_id = (held.specimen or "").partition("/")
            if pack_id == pack.id and specimen_id not in specimens:
                message = f"no specimen {specimen_id!r} in this pack"
                path = f"cases[{n}].documents[{m}].specimen"
                problems.append(Problem(CASES_FILE, path, "unknown-specimen", message))
        pack_id, _, specimen_id = (case.main_document.specimen or "").partition("/")
        if pack_id == pack.id and specimen_id in specimens:
            problems += _against_specimen(n, case, specimens[specimen_id])
    return problems


def _against_specimen(n: int, case: CaseFile, specimen: Specimen) -> list[Problem]:
    """What in case ``n`` its own specimen's stamps contradict and its truth does not record."""
    try:
        travel = read_travel(specimen.root, specimen.id) if specimen.root else None
    except PackError:
        return []  # the pack's own check names a broken travel.json
    if travel is None:
        return []
    issued = specimen.viz.get("issue_date")
    try:
        issue = date.fromisoformat(issued) if issued else None
    except ValueError:
        issue = None
    found = stamp_disagreements(case, travel, issue)
    unrecorded = found - set(case.truth.indicators)
    if not unrecorded:
        return []
    message = (
        f"the stamps of specimen {specimen.id!r} contradict the case "
        f"({', '.join(sorted(unrecorded))}) and its truth records no such indicator"
    )
    return [Problem(CASES_FILE, f"cases[{n}]", "case-contradicts-document", message)]
