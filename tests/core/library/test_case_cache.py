"""The library parses a pack's cases.json once for all its cases, and again only when the file
changes: an edit, or the pack replaced by a new import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from docexam.core.library import library as library_module
from docexam.core.library.library import Library
from tests.core.cases.test_case_import import course_pack

IDS = ("example-conference", "example-aunt-and-niece", "example-cash-ticket")


def test_cases_are_parsed_once_per_pack_until_the_file_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = Library(tmp_path / "library", [])
    library.import_pack(course_pack(tmp_path / "course"))
    parses: list[Path] = []
    real = library_module.read_cases

    def counting(root: Path | None):  # type: ignore[no-untyped-def]
        parses.append(Path(str(root)))
        return real(root)

    monkeypatch.setattr(library_module, "read_cases", counting)
    for _ in range(3):
        for case_id in IDS:
            assert library.load_case(f"my-course/{case_id}").id == case_id
    assert len(parses) == 1

    installed = tmp_path / "library" / "my-course" / "cases.json"
    data = json.loads(installed.read_text(encoding="utf-8"))
    data["cases"][0]["title"]["en"] = "Edited by the instructor"
    installed.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert library.load_case(f"my-course/{IDS[0]}").title["en"] == "Edited by the instructor"
    assert len(parses) == 2

    def retitle(d: dict) -> None:  # type: ignore[type-arg]
        d["cases"][0]["title"]["en"] = "Second edition"

    library.import_pack(course_pack(tmp_path / "again", retitle), replace_existing=True)
    assert library.load_case(f"my-course/{IDS[0]}").title["en"] == "Second edition"
    assert len(parses) == 3
