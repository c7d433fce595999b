"""Choosing the genuine a questioned specimen is compared with, in a library of real generated
specimens: same type always, same state and series first, never itself or its forgery source."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import pytest

from docexam.core.domain.model import Pack
from docexam.core.library.catalogue import CatalogueEntry, build_catalogue, data_marks
from docexam.core.library.library import Library
from docexam.core.library.references import (
    best_reference,
    forgery_source,
    reference_candidates,
)
from docexam.core.pack.io import write_pack
from docexam.core.synth import GeneratedSpecimen, build_specimen

from .conftest import DPI, Forger


@pytest.fixture(scope="module")
def library(
    genuines: dict[str, GeneratedSpecimen], forged: Forger, workdir: Path
) -> tuple[Library, list[CatalogueEntry]]:
    """The forgery's source, two forgeries of it, and genuines near and far from it."""
    more = workdir / "reference-genuines"
    others = [
        build_specimen("UTO", "td3", 6, DPI, more),  # same state and series
        build_specimen("UTO", "td3", 7, DPI, more, "B"),  # same state, another series
        build_specimen("ZRN", "td3", 5, DPI, more),  # another state
    ]
    specimens = (
        genuines["td3"].specimen,  # UTO td3 series A: the source of both forgeries
        genuines["td1"].specimen,  # an identity card: never a passport's reference
        forged("td3", "photo_substitution", 1).specimen,
        forged("td3", "data_alteration", 2, ("field_rewrite",)).specimen,
        *(g.specimen for g in others),
    )
    pack = Pack("refs", {"en": "References"}, "tests", "CC0-1.0", ("en", "zh-Hans"), specimens)
    bundled = workdir / "reference-library"
    write_pack(pack, bundled / "refs")
    lib = Library(workdir / "reference-user-library", [bundled])
    return lib, build_catalogue(lib)


def _ids(entries: list[CatalogueEntry]) -> list[str]:
    return [e.specimen_id for e in entries]


def test_a_forgery_is_compared_with_genuines_of_its_type_never_its_source(
    library: tuple[Library, list[CatalogueEntry]], genuines: dict[str, GeneratedSpecimen]
) -> None:
    lib, entries = library
    source = genuines["td3"].specimen.id
    forgery_id = next(e.specimen_id for e in entries if e.status == "photo_substitution")
    questioned = lib.load_specimen("refs", forgery_id)  # with its forgery.json beside it
    assert forgery_source(questioned) == source
    # Same state and series, then same state, then another state; nothing else.
    assert _ids(reference_candidates(questioned, entries)) == [
        "uto-td3-a-6",
        "uto-td3-b-7",
        "zrn-td3-a-5",
    ]
    assert source in _ids(entries)  # it is in the library, and still not offered
    best = best_reference(questioned, entries)
    assert best is not None and best.specimen_id == "uto-td3-a-6"


def test_the_order_does_not_depend_on_the_library_order(
    library: tuple[Library, list[CatalogueEntry]],
) -> None:
    lib, entries = library
    questioned = lib.load_specimen("refs", "uto-td3-a-6")
    expected = _ids(reference_candidates(questioned, entries))
    for seed in range(5):
        shuffled = list(entries)
        random.Random(seed).shuffle(shuffled)
        assert _ids(reference_candidates(questioned, shuffled)) == expected


def test_a_forgery_without_its_record_still_never_meets_its_source(
    library: tuple[Library, list[CatalogueEntry]], genuines: dict[str, GeneratedSpecimen]
) -> None:
    lib, entries = library
    source = genuines["td3"].specimen.id
    source_entry = next(e for e in entries if e.specimen_id == source)
    for fraud in ("photo_substitution", "data_alteration"):
        forgery_id = next(e.specimen_id for e in entries if e.status == fraud)
        # A hand-made forgery: no forgery.json names its source, only the data it kept.
        questioned = replace(lib.load_specimen("refs", forgery_id), root=None)
        assert data_marks(questioned.viz) & source_entry.data
        assert source not in _ids(reference_candidates(questioned, entries))
        assert "uto-td3-a-6" in _ids(reference_candidates(questioned, entries))


def test_a_genuine_is_compared_with_other_genuines_only(
    library: tuple[Library, list[CatalogueEntry]], genuines: dict[str, GeneratedSpecimen]
) -> None:
    lib, entries = library
    questioned = lib.load_specimen("refs", genuines["td3"].specimen.id)
    assert _ids(reference_candidates(questioned, entries)) == [
        "uto-td3-a-6",
        "uto-td3-b-7",
        "zrn-td3-a-5",
    ]
    card = lib.load_specimen("refs", genuines["td1"].specimen.id)
    assert best_reference(card, entries) is None  # the only identity card: nothing to compare
