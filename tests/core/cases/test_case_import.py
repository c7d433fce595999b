"""cases.json coming into a library as the other pack files do: ``docexam pack validate`` and
the import check its schema and rules and name the file and field of each problem; a broken one
refuses the import, nothing half-imported. The hand-authored examples for instructors
(docs/examples/cases) validate, import and become case items."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from docexam.cli import run
from docexam.core.domain.errors import PackError
from docexam.core.library.library import Library
from docexam.core.pack.io import read_pack
from docexam.core.training.quiz.case_items import case_exercises

from ..packs import copy_basic

EXAMPLES = Path(__file__).resolve().parents[3] / "docs" / "examples" / "cases" / "cases.json"
OBJECTIVES = ("L1.profiling.smuggling", "L1.profiling.victims", "L1.profiling.documents")


def course_pack(dest: Path, change: Any = None) -> Path:
    """The basic pack renamed to 'my-course', with the example case files (changed by
    ``change``) pointing at its specimen."""
    pack = copy_basic(dest)
    manifest = pack / "pack.json"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace("utopia-basic", "my-course"), "utf-8"
    )
    data = json.loads(EXAMPLES.read_text(encoding="utf-8").replace("utopia-basic/", "my-course/"))
    if change is not None:
        change(data)
    (pack / "cases.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return pack


def test_the_examples_validate_import_and_become_items(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = course_pack(tmp_path / "course")
    assert run(["pack", "validate", str(pack)]) == 0
    assert run(["pack", "import", str(pack)]) == 0
    library = Library(tmp_path / "library", [])
    library.import_pack(pack)
    written = json.loads(EXAMPLES.read_text(encoding="utf-8"))["cases"]
    assert len(written) == 5
    families = set()
    for case in written:
        loaded = library.load_case(f"my-course/{case['id']}")
        assert loaded.truth.indicators == tuple(case["truth"]["indicators"])
        families.add(loaded.truth.family.value)
    assert families >= {"none", "smuggling", "trafficking_labour", "document_fraud"}
    items = case_exercises(library.load("my-course"), OBJECTIVES, {1})
    assert len(items) == 5


def _unknown_indicator(data: dict[str, Any]) -> None:
    data["cases"][2]["truth"]["indicators"].append("looks_foreign")


def _no_port(data: dict[str, Any]) -> None:
    del data["cases"][1]["port"]


def _back_before_arrival(data: dict[str, Any]) -> None:
    data["cases"][0]["trip"]["return_date"] = "2001-01-01"


def _no_such_specimen(data: dict[str, Any]) -> None:
    data["cases"][4]["documents"][0]["specimen"] = "my-course/nobody"


BROKEN = [
    (_unknown_indicator, "cases[2].truth", "unknown indicator 'looks_foreign'"),
    (_no_port, "cases[1]", "'port' is a required property"),
    (_back_before_arrival, "cases[0].trip.return_date", "before the arrival"),
    (_no_such_specimen, "cases[4].documents[0].specimen", "no specimen 'nobody'"),
]


@pytest.mark.parametrize(("change", "path", "message"), BROKEN)
def test_a_broken_cases_file_is_named_and_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], change: Any, path: str, message: str
) -> None:
    pack = course_pack(tmp_path / "course", change)
    assert run(["pack", "validate", str(pack)]) == 2
    err = capsys.readouterr().err
    assert f"cases.json: {path}: {message}" in err, err
    assert run(["pack", "import", str(pack)]) == 2
    assert f"cases.json: {path}: {message}" in capsys.readouterr().err
    assert run(["library", "list"]) == 0
    assert "my-course" not in capsys.readouterr().out
    library = Library(tmp_path / "library", [])
    with pytest.raises(PackError) as caught:
        library.import_pack(pack)
    problem = next(p for p in caught.value.problems if p.file == "cases.json")
    assert problem.path == path and message in problem.message
    assert [e.pack_id for e in library.entries()] == []
    assert not any((tmp_path / "library").rglob("cases.json"))  # nothing half-imported
    assert read_pack(pack).id == "my-course"  # the rest of the pack is fine
