"""Feature templates of a document series: the features marked on one specimen (geometry in page
millimetres, category, names, texts, material), kept per issuing state, document type and series
so the next specimen of that series starts annotated.

Masks are left out: a mask is an image of one scan, not of the series. A template is a JSON file
in a folder of the caller's choosing (the UI uses ``<data dir>/templates``); it is read as
untrusted input, and a bad file is reported with its name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from docexam.core.authoring.drafts import atomic_write_json
from docexam.core.domain.errors import DocexamError
from docexam.core.domain.model import DocumentInfo, DocumentType, Feature, Specimen
from docexam.core.pack.codec import feature_from_json, feature_to_json
from docexam.core.pack.safejson import loads_untrusted

FORMAT = "docexam-feature-template"


class TemplateError(DocexamError):
    """A template file cannot be read; the message names the file and the problem."""


@dataclass(frozen=True)
class Template:
    issuing_state: str
    doc_type: DocumentType
    series: str
    pages: tuple[tuple[str, tuple[Feature, ...]], ...]  # (page id, its features)

    def feature_count(self) -> int:
        return sum(len(features) for _, features in self.pages)


def template_of(specimen: Specimen) -> Template:
    d = specimen.document
    pages = tuple(
        (page.id, tuple(replace(f, mask=None) for f in page.features))
        for page in specimen.pages
        if page.features
    )
    return Template(d.issuing_state, d.type, d.series, pages)


def file_name(document: DocumentInfo) -> str:
    """One file per state, type and series; characters a file name cannot hold become '_'."""
    raw = f"{document.issuing_state}-{document.type.value}-{document.series}".lower()
    return re.sub(r"[^a-z0-9._-]", "_", raw) + ".json"


def save_template(folder: Path, template: Template) -> Path:
    """Write ``template`` (replacing the series' previous one atomically)."""
    document = DocumentInfo(template.doc_type, template.issuing_state, template.series)
    path = Path(folder) / file_name(document)
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_json(
        path,
        {
            "format": FORMAT,
            "issuing_state": template.issuing_state,
            "type": template.doc_type.value,
            "series": template.series,
            "pages": {pid: [feature_to_json(f) for f in fs] for pid, fs in template.pages},
        },
    )
    return path


def load_template(folder: Path, document: DocumentInfo) -> Template | None:
    """The template of ``document``'s series, or None when none was saved."""
    path = Path(folder) / file_name(document)
    if not path.is_file():
        return None
    try:
        data: Any = loads_untrusted(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError(f"not a feature template (format is not {FORMAT!r})")
        pages = tuple(
            (str(pid), tuple(feature_from_json(f) for f in features))
            for pid, features in data["pages"].items()
        )
        return Template(data["issuing_state"], DocumentType(data["type"]), data["series"], pages)
    except (DocexamError, OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise TemplateError(f"{path}: cannot read the feature template ({exc})") from exc


@dataclass(frozen=True)
class Applied:
    specimen: Specimen
    added: int  # features added
    skipped: int  # features the specimen already had (same shape, category and names)


def apply_template(specimen: Specimen, template: Template) -> Applied:
    """``specimen`` with the template's features added to the pages of the same id; a feature
    it already has is not added twice, and an id in use gets a fresh one."""
    by_page = dict(template.pages)
    added = skipped = 0
    pages = []
    for page in specimen.pages:
        features = list(page.features)
        for feature in by_page.get(page.id, ()):
            if any(_same(feature, f) for f in features):
                skipped += 1
                continue
            used = {f.id for f in features}
            fid, n = feature.id, 2
            while fid in used:
                fid, n = f"{feature.id}-{n}", n + 1
            features.append(replace(feature, id=fid))
            added += 1
        pages.append(replace(page, features=tuple(features)))
    return Applied(replace(specimen, pages=tuple(pages)), added, skipped)


def _same(a: Feature, b: Feature) -> bool:
    return (a.region, a.category, a.name) == (b.region, b.category, b.name)
