"""One reader for pack files: every consumer gets the same objects, and every problem is located."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from docexam.core.authoring.drafts import draft_from_pack
from docexam.core.domain.errors import PackError
from docexam.core.library.catalogue import build_catalogue
from docexam.core.library.library import Library
from docexam.core.pack.io import read_pack, seal_specimens
from docexam.core.pack.reader import read_dir
from docexam.core.pack.validate import validate_dir

from .packs import SPECIMEN_ID, copy_basic, edit_manifest, edit_specimen, specimen_json

SPEC_FILE = f"specimens/{SPECIMEN_ID}/specimen.json"


def test_every_consumer_reads_the_same_objects(tmp_path: Path) -> None:
    root = copy_basic(tmp_path / "bundled" / "utopia-basic")
    library = Library(tmp_path / "lib", [tmp_path / "bundled"])
    pack = read_pack(root)  # validated, as an import reads it
    [specimen] = pack.specimens
    assert validate_dir(root)[0] == pack
    assert read_dir(root, trusted=True).pack == pack  # as the library reads it: no schema
    assert library.load("utopia-basic") == pack
    assert library.load_all() == [pack]
    loaded = library.load_specimen("utopia-basic", SPECIMEN_ID)
    assert loaded == specimen and loaded.root == specimen.root == root / "specimens" / SPECIMEN_ID
    assert draft_from_pack(tmp_path / "drafts", root).specimens == [specimen]
    [entry] = build_catalogue(library, index_dir=tmp_path / "index")
    assert (entry.pack_id, entry.specimen_id) == (pack.id, specimen.id)
    assert (entry.title, entry.doc_type) == (specimen.title, specimen.document.type.value)
    assert entry.categories == specimen.categories()
    assert entry.thumbnail_source == specimen.path(specimen.pages[0].visible)
    [again] = build_catalogue(library, index_dir=tmp_path / "index")  # from the index this time
    assert again == entry and again.haystack == entry.haystack


@pytest.mark.parametrize(
    ("break_it", "file", "path", "code"),
    [
        (lambda p: (p / "pack.json").unlink(), "pack.json", "", "missing-file"),
        (lambda p: edit_manifest(p, lambda m: m.update(id="Bad Id")), "pack.json", "id", "schema"),
        (lambda p: edit_manifest(p, lambda m: m.pop("licence")), "pack.json", "", "schema"),
        (lambda p: specimen_json(p).write_text("[1,", "utf-8"), SPEC_FILE, "", "bad-json"),
        (
            lambda p: edit_specimen(p, lambda d: d.update(id="other")),
            SPEC_FILE,
            "id",
            "id-mismatch",
        ),
        (
            lambda p: edit_specimen(p, lambda d: d["pages"][0]["features"][1].update(id="x\n")),
            SPEC_FILE,
            "pages[0].features[1].id",
            "bad-id",
        ),
        (
            lambda p: edit_specimen(p, lambda d: d["pages"][0]["images"][0].update(dpi="many")),
            SPEC_FILE,
            "pages[0].images[0].dpi",
            "schema",
        ),
    ],
)
def test_a_broken_pack_yields_located_problems(
    tmp_path: Path, break_it: object, file: str, path: str, code: str
) -> None:
    root = copy_basic(tmp_path / "pack")
    assert callable(break_it)
    break_it(root)
    read = read_dir(root)
    assert read.pack is None
    assert [(p.file, p.path, p.code) for p in read.problems] == [(file, path, code)]
    _, problems = validate_dir(root)
    assert problems == list(read.problems)
    with pytest.raises(PackError) as raised:
        read_pack(root)
    assert raised.value.problems == list(read.problems)


def test_a_library_pack_damaged_after_import_is_a_readable_problem(tmp_path: Path) -> None:
    library = Library(tmp_path / "lib")
    library.import_pack(copy_basic(tmp_path / "src"))
    path = specimen_json(library.packs_dir / "utopia-basic")
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["document"]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(PackError, match="pack in the library is damaged") as raised:
        library.load("utopia-basic")
    [problem] = raised.value.problems
    assert (problem.file, problem.code, problem.specimen_id) == (SPEC_FILE, "damaged", SPECIMEN_ID)
    assert "document" in problem.message
    with pytest.raises(PackError, match="damaged or missing"):
        library.load_specimen("utopia-basic", SPECIMEN_ID)
    assert build_catalogue(library) == []  # listed nowhere, and nothing crashes


def test_a_sealed_pack_reads_validates_and_imports_as_the_same_pack(tmp_path: Path) -> None:
    plain = read_pack(copy_basic(tmp_path / "plain"))
    root = copy_basic(tmp_path / "bundled" / "utopia-basic")
    assert seal_specimens(root) == 2  # specimen.json and a record of "none"
    text = specimen_json(root).read_text(encoding="utf-8")
    assert "genuine" not in text and "ERIKSSON" not in text.upper()
    [sealed] = read_pack(root).specimens
    assert replace(sealed, root=None) == replace(plain.specimens[0], root=None)
    assert validate_dir(root)[1] == []
    library = Library(tmp_path / "lib", [tmp_path / "bundled"])
    assert library.load("utopia-basic").specimens[0].document == plain.specimens[0].document


@pytest.mark.parametrize(
    "sealed",
    ['"dxs1:AAAA"', '"not sealed"', '"dxs1:' + "A" * 40 + '"'],
)
def test_a_damaged_seal_is_a_located_problem(tmp_path: Path, sealed: str) -> None:
    root = copy_basic(tmp_path / "p")
    specimen_json(root).write_text(f'{{"format": "docexam-sealed", "sealed": {sealed}}}')
    with pytest.raises(PackError) as caught:
        read_pack(root)
    [problem] = caught.value.problems
    assert problem.file == SPEC_FILE and problem.message.startswith("sealed content")
