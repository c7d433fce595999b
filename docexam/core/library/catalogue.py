"""The flat list of specimens the browser shows, and the search and filters over it (no Qt).

The browser needs a summary of each specimen, not the whole specimen: building full objects for
hundreds of specimens would blow the start-up budget. Summaries are read straight from the JSON and
kept in a small per-pack index file, rebuilt when any of the pack's files changes.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from docexam.core.domain.model import text_for
from docexam.core.domain.taxonomy import category_name
from docexam.core.library.library import Library, LibraryEntry
from docexam.core.pack.validate import MANIFEST, SPECIMEN_FILE

INDEX_VERSION = 2  # 2: summaries carry the holder data marks
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


def summarise(data: dict[str, Any]) -> dict[str, Any]:
    """The browser's summary of one specimen.json, as plain JSON."""
    doc = data["document"]
    words = [
        data["id"],
        doc["type"],
        doc["issuing_state"],
        doc["series"],
        doc.get("status", "genuine"),
        *data["title"].values(),
        *data.get("viz", {}).values(),
    ]
    categories = set()
    for page in data["pages"]:
        for feature in page.get("features", []):
            categories.add(feature["category"])
            words += [feature["id"], feature["category"], *feature["name"].values()]
    for code in categories:
        words += [category_name(code, "en"), category_name(code, "zh")]
    first = data["pages"][0]
    visible = next(i for i in first["images"] if i["light"] == "visible")
    return {
        "id": data["id"],
        "title": data["title"],
        "type": doc["type"],
        "state": doc["issuing_state"],
        "series": doc["series"],
        "status": doc.get("status", "genuine"),
        "categories": sorted(categories),
        "thumbnail": visible["file"],
        "data": sorted(data_marks(data.get("viz", {}))),
        "haystack": "\n".join(words).lower(),
    }


def _signature(path: Path, ids: list[str]) -> list[Any]:
    out: list[Any] = [INDEX_VERSION, str(path.resolve())]
    for file in [path / MANIFEST] + [path / "specimens" / s / SPECIMEN_FILE for s in ids]:
        stat = file.stat()
        out.append([stat.st_size, stat.st_mtime_ns])
    return out


def _pack_summaries(
    entry: LibraryEntry, index_dir: Path | None
) -> tuple[dict[str, Any], list[Any]]:
    manifest = json.loads((entry.path / MANIFEST).read_text(encoding="utf-8"))
    ids = manifest["specimens"]
    index = None
    if index_dir is not None:
        signature = _signature(entry.path, ids)
        digest = hashlib.sha1(str(entry.path.resolve()).encode("utf-8")).hexdigest()
        index = index_dir / f"{digest}.json"
        try:
            cached = json.loads(index.read_text(encoding="utf-8"))
            if cached["signature"] == signature:
                return manifest, list(cached["specimens"])
        except (OSError, ValueError, KeyError, TypeError):
            pass  # missing or stale: rebuild below
    summaries = []
    for sid in ids:
        text = (entry.path / "specimens" / sid / SPECIMEN_FILE).read_text(encoding="utf-8")
        summaries.append(summarise(json.loads(text)))
    if index is not None and index_dir is not None:
        index_dir.mkdir(parents=True, exist_ok=True)
        tmp = index.with_name(f".{index.name}.{os.getpid()}")
        tmp.write_text(json.dumps({"signature": signature, "specimens": summaries}), "utf-8")
        os.replace(tmp, index)
    return manifest, summaries


def build_catalogue(
    library: Library, lang: str = "en", index_dir: Path | None = None
) -> list[CatalogueEntry]:
    entries = []
    for pack in library.entries():
        try:
            manifest, summaries = _pack_summaries(pack, index_dir)
        except (OSError, ValueError, KeyError, TypeError, StopIteration):
            continue  # a damaged pack must not hide the others; `pack validate` explains it
        pack_title = text_for(manifest["title"], lang)
        for s in summaries:
            entries.append(
                CatalogueEntry(
                    pack_id=pack.pack_id,
                    pack_title=pack_title,
                    specimen_id=s["id"],
                    title=s["title"],
                    doc_type=s["type"],
                    state=s["state"],
                    series=s["series"],
                    status=s["status"],
                    categories=frozenset(s["categories"]),
                    thumbnail_source=pack.path / "specimens" / s["id"] / s["thumbnail"],
                    data=frozenset(s["data"]),
                    haystack=f"{s['haystack']}\n{pack.pack_id}\n{pack_title.lower()}",
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
