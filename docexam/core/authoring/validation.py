"""Live validation of a draft with the validator an import uses, and problems tied to features."""

from __future__ import annotations

import re
from dataclasses import dataclass

from docexam.core.authoring.document import DraftPack
from docexam.core.authoring.drafts import flush
from docexam.core.pack_validate import validate_dir
from docexam.core.quiz import QuizError
from docexam.core.quiz.codec import read_exercises

_WHERE = re.compile(
    r"specimens/(?P<sid>[^/]+)/specimen\.json: pages\[(?P<p>\d+)\](?:\.features\[(?P<f>\d+)\])?"
)


@dataclass(frozen=True)
class Problem:
    text: str
    specimen_id: str | None = None
    page_id: str | None = None
    feature_id: str | None = None


def _locate(doc: DraftPack, text: str) -> Problem:
    match = _WHERE.search(text)
    if match is None:
        return Problem(text)
    try:
        specimen = doc.specimen(match["sid"])
        page = specimen.pages[int(match["p"])]
        feature = page.features[int(match["f"])].id if match["f"] is not None else None
    except (KeyError, IndexError):
        return Problem(text, match["sid"])
    return Problem(text, specimen.id, page.id, feature)


def validate(doc: DraftPack) -> list[Problem]:
    """Autosave the draft, then check it as an import would; one Problem per line, located."""
    flush(doc)
    problems: list[Problem] = []
    if not doc.specimens:
        problems.append(Problem("pack.json: specimens: the pack has no specimen yet"))
    _, found = validate_dir(doc.root)
    problems += [_locate(doc, text) for text in found]
    try:
        read_exercises(doc.root)
    except QuizError as exc:
        problems.append(Problem(str(exc)))
    return problems
