"""Checks of a specimen's document data and a pack's languages, beyond what the schema says.

The schema knows the shapes (an MRZ line is 30-44 characters of A-Z, 0-9 and <; a `viz` date is
``YYYY-MM-DD``); these rules know what the data means, through the MRZ engine that exercises and
the viewer use:

- the MRZ has the lines of the document type (TD1 3 x 30, TD2 and MRV-B 2 x 36, TD3 and MRV-A
  2 x 44);
- on a genuine specimen the MRZ passes every ICAO rule (check digits, dates, codes) and agrees
  with the visual zone; a fraud may break them on purpose, so for one they are advice, never an
  error (:func:`fraud_advice`);
- `viz` dates are real dates, codes are three letters, and `number`/`document_number` (or the
  other short keys) do not say two different things;
- the pack's `languages` are the languages its texts are written in.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from docexam.core.domain.errors import Problem
from docexam.core.domain.model import DocumentType, I18nText, Pack, Specimen, Status
from docexam.core.mrz import FindingCode, check_mrz
from docexam.core.mrz.viz import VIZ_DATE_KEYS, viz_data
from docexam.core.pack.reader import MANIFEST, specimen_file

MRZ_SHAPE: dict[DocumentType, tuple[int, int]] = {  # (lines, characters per line)
    DocumentType.TD1: (3, 30),
    DocumentType.TD2: (2, 36),
    DocumentType.TD3: (2, 44),
    DocumentType.MRV_A: (2, 44),
    DocumentType.MRV_B: (2, 36),
}
_SAME_KEYS = (("document_number", "number"), ("birth_date", "birth"), ("expiry_date", "expiry"))
# A reference day for the date rules that need one: far enough ahead that no specimen's issue
# is "in the future", and expiry is never judged (a specimen may be long expired).
_REFERENCE = date(2100, 1, 1)


def specimen_data_problems(specimen: Specimen) -> list[Problem]:
    """What is wrong with the specimen's MRZ and visual-zone data."""
    file = specimen_file(specimen.id)

    def problem(path: str, code: str, message: str) -> Problem:
        return Problem(file, path, code, message, specimen.id)

    out = [problem(path, code, message) for path, code, message in _viz_faults(specimen)]
    if not specimen.mrz:
        return out
    lines = specimen.mrz.split("\n")
    shape = MRZ_SHAPE[specimen.document.type]
    if (len(lines), *{len(line) for line in lines}) != shape:
        got = " + ".join(str(len(line)) for line in lines)
        message = (
            f"a {specimen.document.type.value.upper()} MRZ has {shape[0]} lines of {shape[1]} "
            f"characters, this one {len(lines)} ({got})"
        )
        return [*out, problem("mrz", "mrz-shape", message)]
    if specimen.document.status is Status.GENUINE:
        out += [problem("mrz", code, message) for code, message in mrz_findings(specimen)]
    return out


def mrz_findings(specimen: Specimen) -> list[tuple[str, str]]:
    """(code, message) of each ICAO rule the MRZ breaks and each disagreement with the visual
    zone, as the MRZ engine finds them."""
    if not specimen.mrz:
        return []
    check = check_mrz(specimen.mrz.split("\n"), viz_data(specimen.viz), reference=_REFERENCE)
    out = []
    for finding in check.findings:
        code = "mrz-viz" if finding.code is FindingCode.VIZ_MISMATCH else "mrz-invalid"
        out.append((code, finding.message))
    return out


def fraud_advice(specimen: Specimen) -> list[tuple[str, str]]:
    """For a fraud: what the MRZ engine finds, to confirm it is the fraud meant, not a typo."""
    if specimen.document.status is Status.GENUINE:
        return []
    return [
        (code, f"{message} (intended for this {specimen.document.status.value} specimen?)")
        for code, message in mrz_findings(specimen)
    ]


def _viz_faults(specimen: Specimen) -> Iterator[tuple[str, str, str]]:
    viz = specimen.viz
    for keys in VIZ_DATE_KEYS:
        for key in keys:
            raw = viz.get(key)
            if raw is None:
                continue
            try:
                date.fromisoformat(raw)
            except ValueError:
                yield f"viz.{key}", "viz-date", f"{raw!r} is not a date (YYYY-MM-DD)"
    for key in ("nationality", "issuing_state"):
        raw = viz.get(key)
        if raw is not None and not (len(raw) == 3 and raw.replace("<", "").isalpha()):
            message = f"{raw!r} must be a three-letter code as in the MRZ, e.g. UTO or D<<"
            yield f"viz.{key}", "viz-code", message
    for long, short in _SAME_KEYS:
        if viz.get(long) and viz.get(short) and viz[long] != viz[short]:
            message = f"{short!r} is read as {long!r}, and they differ: keep one"
            yield f"viz.{short}", "viz-conflict", message


def _texts(pack: Pack) -> Iterator[tuple[str, str, I18nText]]:
    """(file, JSON path, text) of every text for people in the pack."""
    yield MANIFEST, "title", pack.info.title
    yield MANIFEST, "description", pack.info.description
    for specimen in pack.specimens:
        file = specimen_file(specimen.id)
        yield file, "title", specimen.title
        yield file, "notes", specimen.notes
        for pi, page in enumerate(specimen.pages):
            yield file, f"pages[{pi}].name", page.name
            for fi, feature in enumerate(page.features):
                at = f"pages[{pi}].features[{fi}]"
                yield file, f"{at}.name", feature.name
                yield file, f"{at}.description", feature.description
                yield file, f"{at}.how_to_check", feature.how_to_check


def language_problems(pack: Pack) -> list[Problem]:
    """Texts in a language the manifest does not list: a reader filtering by language would
    never find them."""
    listed = set(pack.info.languages)
    out = []
    for file, path, text in _texts(pack):
        for lang in sorted(set(text) - listed):
            message = (
                f"text in {lang!r}, which the manifest's languages "
                f"({', '.join(pack.info.languages)}) do not list"
            )
            out.append(Problem(file, path, "language-not-listed", message))
    return out


def unused_languages(pack: Pack) -> list[str]:
    """Languages the manifest lists that no text is written in (advice while authoring: a new
    draft lists Chinese before anyone has written it)."""
    used = {lang for _file, _path, text in _texts(pack) for lang in text}
    return [lang for lang in pack.info.languages if lang not in used]
