"""The flat list of specimens the browser shows, and the search and filters over it (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field

from docexam.core.model import Pack, Specimen
from docexam.core.taxonomy import category_name


@dataclass(frozen=True)
class CatalogueEntry:
    pack_id: str
    pack_title: str
    specimen: Specimen
    # Lower-cased words a search matches against, built once so typing stays instant.
    haystack: str = field(compare=False, repr=False, default="")

    @property
    def key(self) -> str:
        return f"{self.pack_id}/{self.specimen.id}"


@dataclass(frozen=True)
class Filters:
    text: str = ""
    doc_type: str | None = None
    state: str | None = None
    status: str | None = None
    category: str | None = None


def _haystack(pack: Pack, specimen: Specimen) -> str:
    words = [
        specimen.id,
        pack.id,
        specimen.document.type.value,
        specimen.document.issuing_state,
        specimen.document.series,
        specimen.document.status.value,
        *specimen.title.values(),
        *pack.title.values(),
        *specimen.viz.values(),
    ]
    for page in specimen.pages:
        for feature in page.features:
            words += [feature.id, feature.category, *feature.name.values()]
            words += [category_name(feature.category, "en"), category_name(feature.category, "zh")]
    return "\n".join(words).lower()


def build_catalogue(packs: list[Pack], lang: str = "en") -> list[CatalogueEntry]:
    from docexam.core.model import text_for

    entries = [
        CatalogueEntry(pack.id, text_for(pack.title, lang), spec, _haystack(pack, spec))
        for pack in packs
        for spec in pack.specimens
    ]
    return sorted(
        entries,
        key=lambda e: (e.specimen.document.issuing_state, e.specimen.document.type, e.key),
    )


def matches(entry: CatalogueEntry, filters: Filters) -> bool:
    doc = entry.specimen.document
    if filters.doc_type is not None and doc.type.value != filters.doc_type:
        return False
    if filters.state is not None and doc.issuing_state != filters.state:
        return False
    if filters.status is not None and doc.status.value != filters.status:
        return False
    if filters.category is not None and filters.category not in entry.specimen.categories():
        return False
    return all(word in entry.haystack for word in filters.text.lower().split())


def facet_values(entries: list[CatalogueEntry]) -> dict[str, list[str]]:
    """The values each filter can take in this catalogue, so menus never offer an empty choice."""
    return {
        "doc_type": sorted({e.specimen.document.type.value for e in entries}),
        "state": sorted({e.specimen.document.issuing_state for e in entries}),
        "status": sorted({e.specimen.document.status.value for e in entries}),
        "category": sorted({c for e in entries for c in e.specimen.categories()}),
    }
