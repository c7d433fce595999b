"""The flat list of specimens the browser shows, and the search and filters over it (no Qt).

Entries are made from the specimens the library reads. Reading hundreds of specimens at every
start would blow the start-up budget, so a summary of each is kept in one index file per pack,
keyed on the identity (size, modification time) of every file the reader read for it, and remade
when any of them changes.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from docexam.core.domain.errors import DocexamError
from docexam.core.domain.model import Specimen, text_for
from docexam.core.domain.sealed import SealError, seal_text, unseal_text
from docexam.core.domain.taxonomy import category_name
from docexam.core.library.library import Library, LibraryEntry
from docexam.core.pack.reader import files_read

INDEX_VERSION = 3  # 3: summaries built from the model, carrying the holder data marks
ANY_FRAUD = "any_fraud"  # a status filter value: every status but genuine


@dataclass(frozen=True)
class CatalogueEntry:
    pack_id: str
    pack_title: str
    specimen_id: str
    title: dict[str, str]
    doc_type: str
    state: str
    series: str
    status: str
    categories: frozenset[str]
    thumbnail_source: Path  # the first page's visible image
    # The holder, number and dates the document carries (see ``data_marks``).
    data: frozenset[str] = field(compare=False, default=frozenset())
    pack_version: str = field(compare=False, default="1")
    # Lower-cased words a search matches against, built once so typing stays instant.
    haystack: str = field(compare=False, repr=False, default="")

    @property
    def key(self) -> str:
        return f"{self.pack_id}/{self.specimen_id}"


@dataclass(frozen=True)
class Filters:
    text: str = ""
    doc_type: str | None = None
    state: str | None = None
    status: str | None = None
    category: str | None = None


# The visual-zone keys of each personal datum: generated specimens spell them out, hand-made
# packs use the short forms.
_DATA_KEYS = {
    "number": ("document_number", "number"),
    "birth": ("birth_date", "birth"),
    "expiry": ("expiry_date", "expiry"),
}


def data_marks(viz: Mapping[str, str]) -> frozenset[str]:
    """The holder, document number and dates printed on a document, as ``field:value`` marks.

    A forgery keeps most of these from the genuine it was made from, so two documents sharing a
    mark are likely one the source of the other.
    """

    def clean(value: str) -> str:
        return " ".join(value.split()).upper()

    marks = set()
    for name, keys in _DATA_KEYS.items():
        value = next((clean(viz[k]) for k in keys if clean(viz.get(k, ""))), "")
        if value:
            marks.add(f"{name}:{value}")
    holder = clean(f"{viz.get('surname', '')} / {viz.get('given_names', '')}")
    if clean(viz.get("surname", "")):
        marks.add(f"holder:{holder}")
    return frozenset(marks)


@dataclass(frozen=True)
class Summary:
    """What the browser shows and searches of one specimen, whatever pack and language."""

    specimen_id: str
    title: dict[str, str]
    doc_type: str
    state: str
    series: str
    status: str
    categories: list[str]
    thumbnail: str  # the first page's visible image, relative to the specimen's folder
    data: list[str]  # holder, number and dates as marks: see data_marks
    haystack: str


def summarise(specimen: Specimen) -> Summary:
    doc = specimen.document
    words = [
        specimen.id,
        doc.type.value,
        doc.issuing_state,
        doc.series,
        doc.status.value,
        *specimen.title.values(),
        *specimen.viz.values(),
    ]
    for page in specimen.pages:
        for feature in page.features:
            words += [feature.id, feature.category, *feature.name.values()]
    categories = sorted(specimen.categories())
    for code in categories:
        words += [category_name(code, "en"), category_name(code, "zh")]
    return Summary(
        specimen.id,
        specimen.title,
        doc.type.value,
        doc.issuing_state,
        doc.series,
        doc.status.value,
        categories,
        specimen.pages[0].visible.file,
        sorted(data_marks(specimen.viz)),
        "\n".join(words).lower(),
    )


def _signature(entry: LibraryEntry) -> list[Any]:
    out: list[Any] = [INDEX_VERSION, str(entry.path.resolve())]
    for file in files_read(entry.path, entry.manifest):
        stat = file.stat()
        out.append([stat.st_size, stat.st_mtime_ns])
    return out


def _summaries(library: Library, entry: LibraryEntry, index_dir: Path | None) -> list[Summary]:
    """The pack's summaries: from its index while the files read are unchanged, else afresh."""
    index = None
    if index_dir is not None:
        signature = _signature(entry)
        digest = hashlib.sha1(str(entry.path.resolve()).encode("utf-8")).hexdigest()
        index = index_dir / f"{digest}.json"
        try:
            cached = json.loads(unseal_text(index.read_text(encoding="utf-8")))
            if cached["signature"] == signature:
                return [Summary(**s) for s in cached["specimens"]]
        except (OSError, ValueError, KeyError, TypeError, SealError):
            pass  # missing, stale or of an older layout: rebuild below
    summaries = [summarise(s) for s in library.read(entry).specimens]
    if index is not None and index_dir is not None:
        index_dir.mkdir(parents=True, exist_ok=True)
        data = {"signature": signature, "specimens": [asdict(s) for s in summaries]}
        tmp = index.with_name(f".{index.name}.{os.getpid()}")
        # Sealed: the index lists every specimen's status and data, the packs' sealed files
        # would otherwise be repeated here in the clear.
        tmp.write_text(seal_text(json.dumps(data)), "utf-8")
        os.replace(tmp, index)
    return summaries


def build_catalogue(
    library: Library, lang: str = "en", index_dir: Path | None = None
) -> list[CatalogueEntry]:
    entries = []
    for pack in library.entries():
        try:
            summaries = _summaries(library, pack, index_dir)
        except (DocexamError, OSError, ValueError, IndexError):
            continue  # a damaged pack must not hide the others; `pack validate` explains it
        pack_title = text_for(pack.title, lang)
        for s in summaries:
            entries.append(
                CatalogueEntry(
                    pack_id=pack.pack_id,
                    pack_title=pack_title,
                    specimen_id=s.specimen_id,
                    title=s.title,
                    doc_type=s.doc_type,
                    state=s.state,
                    series=s.series,
                    status=s.status,
                    categories=frozenset(s.categories),
                    thumbnail_source=pack.path / "specimens" / s.specimen_id / s.thumbnail,
                    data=frozenset(s.data),
                    pack_version=pack.manifest.info.version,
                    haystack=f"{s.haystack}\n{pack.pack_id}\n{pack_title.lower()}",
                )
            )
    return sorted(entries, key=lambda e: (e.state, e.doc_type, e.key))


def matches(entry: CatalogueEntry, filters: Filters) -> bool:
    if filters.doc_type is not None and entry.doc_type != filters.doc_type:
        return False
    if filters.state is not None and entry.state != filters.state:
        return False
    if filters.status == ANY_FRAUD:
        if entry.status == "genuine":
            return False
    elif filters.status is not None and entry.status != filters.status:
        return False
    if filters.category is not None and filters.category not in entry.categories:
        return False
    return all(word in entry.haystack for word in filters.text.lower().split())


def facet_values(entries: list[CatalogueEntry]) -> dict[str, list[str]]:
    """The values each filter can take in this catalogue, so menus never offer an empty choice."""
    return {
        "doc_type": sorted({e.doc_type for e in entries}),
        "state": sorted({e.state for e in entries}),
        # Genuine first, then the fraud types: the first question is always "genuine or not".
        "status": sorted({e.status for e in entries}, key=lambda s: (s != "genuine", s)),
        "category": sorted({c for e in entries for c in e.categories}),
    }
