from __future__ import annotations

import json
import os
from pathlib import Path

from docexam.core.domain.sealed import unseal_text
from docexam.core.library.catalogue import Filters, build_catalogue, facet_values, matches
from docexam.core.library.library import Library

from .packs import copy_basic, edit_specimen


def _library(tmp_path: Path) -> Library:
    bundled = tmp_path / "bundled"
    copy_basic(bundled / "utopia-basic")
    return Library(tmp_path / "lib", [bundled])


def test_entries_summarise_specimens(tmp_path: Path) -> None:
    [entry] = build_catalogue(_library(tmp_path))
    assert entry.key == "utopia-basic/uto-td3-eriksson"
    assert (entry.doc_type, entry.state, entry.status) == ("td3", "UTO", "genuine")
    assert "mrz.mrz" in entry.categories
    assert entry.thumbnail_source.is_file()
    assert facet_values([entry])["state"] == ["UTO"]


def test_search_words_and_filters(tmp_path: Path) -> None:
    [entry] = build_catalogue(_library(tmp_path))
    assert matches(entry, Filters(text="Eriksson PASSPORT"))
    assert matches(entry, Filters(text="机读区"))  # Chinese category names are searchable
    assert not matches(entry, Filters(text="eriksson zeranian"))
    assert matches(entry, Filters(doc_type="td3", state="UTO", category="printing.guilloche"))
    assert not matches(entry, Filters(category="substrate.watermark"))
    assert not matches(entry, Filters(status="counterfeit"))


def test_index_is_reused_and_rebuilt_when_a_specimen_changes(tmp_path: Path) -> None:
    library = _library(tmp_path)
    index_dir = tmp_path / "index"
    build_catalogue(library, index_dir=index_dir)
    [index] = list(index_dir.iterdir())
    stamp = index.stat().st_mtime_ns
    assert build_catalogue(library, index_dir=index_dir)[0].title["en"].startswith("Utopia")
    assert index.stat().st_mtime_ns == stamp  # reused, not rewritten
    pack = tmp_path / "bundled" / "utopia-basic"
    edit_specimen(pack, lambda d: d.update(title={"en": "Renamed"}))
    spec_file = next(pack.rglob("specimen.json"))
    os.utime(spec_file, ns=(stamp + 10**9, stamp + 10**9))
    [entry] = build_catalogue(library, index_dir=index_dir)
    assert entry.title == {"en": "Renamed"}
    # The index is sealed: it lists every specimen's status and holder, which the generated
    # set keeps sealed in its own files.
    assert "Renamed" not in index.read_text() and "genuine" not in index.read_text()
    assert json.loads(unseal_text(index.read_text()))["specimens"][0]["title"] == {"en": "Renamed"}


def test_damaged_pack_does_not_hide_the_others(tmp_path: Path) -> None:
    library = _library(tmp_path)
    broken = tmp_path / "bundled" / "broken"
    broken.mkdir()
    (broken / "pack.json").write_text(
        '{"id": "broken", "title": {"en": "x"}, "specimens": ["gone"]}'
    )
    entries = build_catalogue(library)
    assert [e.pack_id for e in entries] == ["utopia-basic"]


def test_text_for_matches_a_bare_language_to_a_script_tag() -> None:
    from docexam.core.domain.model import text_for

    text = {"en": "Passport", "zh-Hans": "护照"}
    assert text_for(text, "zh") == "护照"
    assert text_for(text, "zh-Hans") == "护照"
    assert text_for(text, "fr") == "Passport"
    assert text_for({"zh-Hans": "护照"}, "en") == "护照"
