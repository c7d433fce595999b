"""Which genuine specimens a questioned one is compared with, best first (no Qt).

An examiner compares a questioned document with a genuine one of the same kind: always the same
document type (a passport is never compared with a visa), preferably the same state and series,
else the same state. Never with itself, and never a forgery with the genuine it was made from:
side by side, the two would show the forger's changes without any examining.

The study viewer's "Compare with a reference" and training's "Compare with a genuine one" both
choose here, so they cannot disagree.
"""

from __future__ import annotations

from collections.abc import Iterable

from docexam.core.domain.model import Specimen, Status
from docexam.core.library.catalogue import CatalogueEntry, data_marks
from docexam.core.pack.forgery_record import ForgeryError, read_record


def forgery_source(specimen: Specimen) -> str | None:
    """The id of the genuine ``specimen`` was forged from, when its forgery record says so."""
    try:
        record = read_record(specimen.root)
    except ForgeryError:
        # An unreadable record names no source; the shared-data rule below still keeps the
        # source out, and `pack validate` reports the record itself.
        return None
    return record.source_id if record is not None else None


def reference_candidates(
    questioned: Specimen, entries: Iterable[CatalogueEntry]
) -> list[CatalogueEntry]:
    """The genuine specimens of ``entries`` to compare ``questioned`` with, best first.

    Same state and series first, then same state, then the rest of the same document type; ties
    in library order (pack, then specimen id), so the choice never depends on the input order.
    For a questioned specimen that is not genuine, its forgery source is left out: the one its
    ``forgery.json`` names and any genuine sharing its holder, document number or dates (a
    hand-made forgery has no record, but still carries its source's data).
    """
    doc = questioned.document
    source = forgery_source(questioned)
    shared = data_marks(questioned.viz) if doc.status is not Status.GENUINE else frozenset()
    found = [
        e
        for e in entries
        if e.status == Status.GENUINE.value
        and e.doc_type == doc.type.value
        and e.specimen_id not in (questioned.id, source)
        and not shared & e.data
    ]

    def closeness(e: CatalogueEntry) -> int:
        if e.state == doc.issuing_state:
            return 0 if e.series == doc.series else 1
        return 2

    return sorted(found, key=lambda e: (closeness(e), e.pack_id, e.specimen_id))


def best_reference(
    questioned: Specimen, entries: Iterable[CatalogueEntry]
) -> CatalogueEntry | None:
    candidates = reference_candidates(questioned, entries)
    return candidates[0] if candidates else None
