"""docs/pack-format.md cannot drift from the schemas and the taxonomy: every field the schemas
allow is documented under the right heading and every documented field exists; the enumerations
the doc lists are the schema's; the category list is the one generated from the taxonomy."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from docexam.core.domain.taxonomy import CATEGORIES, category_hint, with_categories
from docexam.core.pack.validate import validate_dir
from docexam.shipped import SCHEMAS

DOC = Path(__file__).resolve().parents[2] / "docs" / "pack-format.md"


def _schema(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    return data


def _section(heading: str) -> str:
    """The text under ``heading`` up to the next heading."""
    text = DOC.read_text(encoding="utf-8")
    match = re.search(rf"^#+ {re.escape(heading)}\n(.*?)(?=^#)", text, re.S | re.M)
    assert match, f"docs/pack-format.md has no section {heading!r}"
    return match.group(1)


def _first_column(heading: str) -> set[str]:
    """The `code` names in the first column of the section's table."""
    names: set[str] = set()
    for line in _section(heading).splitlines():
        if line.startswith("| `"):
            names |= set(re.findall(r"`([^`]+)`", line.split("|")[1]))
    return names


SPECIMEN = _schema("specimen-v1.schema.json")
DEFS = SPECIMEN["$defs"]
DOCUMENT = SPECIMEN["properties"]["document"]["properties"]

TABLES = {
    "Manifest (`pack.json`)": set(_schema("pack-v1.schema.json")["properties"]),
    "Specimen (`specimen.json`)": (set(SPECIMEN["properties"]) - {"document"})
    | {f"document.{k}" for k in DOCUMENT},
    "Visual-zone data (`viz`)": set(SPECIMEN["properties"]["viz"]["properties"]),
    "Page": set(DEFS["page"]["properties"]),
    "Feature": set(DEFS["feature"]["properties"]),
    'Material (every property optional; absent means "does nothing under that light")': set(
        DEFS["material"]["properties"]
    ),
    "Chip (`chip.json`)": set(_schema("chip-v1.schema.json")["properties"]),
}


@pytest.mark.parametrize("heading", list(TABLES))
def test_each_table_lists_exactly_the_schema_fields(heading: str) -> None:
    documented, allowed = _first_column(heading), TABLES[heading]
    assert allowed - documented == set(), "in the schema, not in the doc"
    assert documented - allowed == set(), "in the doc, not in the schema"


def _listed(heading: str, field: str) -> set[str]:
    row = next(r for r in _section(heading).splitlines() if r.startswith(f"| `{field}`"))
    return set(re.findall(r"`([^`]+)`", row.split("|", 2)[2]))


def test_the_chip_files_listed_are_the_schema_files() -> None:
    files = set(_schema("chip-v1.schema.json")["properties"]["files"]["properties"])
    assert _listed("Chip (`chip.json`)", "files") - {"77"} == files


def test_enumerations_in_the_doc_are_the_schema_enumerations() -> None:
    specimen = "Specimen (`specimen.json`)"
    assert _listed(specimen, "document.type") == set(DOCUMENT["type"]["enum"])
    assert _listed(specimen, "document.status") == set(DOCUMENT["status"]["enum"])
    assert _listed("Feature", "lights") == set(DEFS["light"]["enum"])
    substrate = DEFS["page"]["properties"]["substrate"]["properties"]
    expected = (
        set(substrate) | set(substrate["kind"]["enum"]) | set(substrate["uv_response"]["enum"])
    )
    assert _listed("Page", "substrate") == expected
    assert _listed("Visual-zone data (`viz`)", "sex") == set(
        SPECIMEN["properties"]["viz"]["properties"]["sex"]["enum"]
    )


def test_the_category_list_is_generated_from_the_taxonomy() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert with_categories(text) == text, (
        "run: python -m docexam.core.domain.taxonomy docs/pack-format.md"
    )
    assert set(re.findall(r"^\| `([a-z_]+\.[a-z_]+)` \|", _section("Categories"), re.M)) == set(
        CATEGORIES
    )
    for needed in ("numbering.barcode", "personalisation.fingerprint", "protection.chip_symbol"):
        assert needed in CATEGORIES


def test_unknown_category_names_the_likely_ones(tmp_path: Path) -> None:
    assert "substrate.fibres" in category_hint("substrate.fibers")
    assert "printing.microprint" in category_hint("printing.microprinting")
    assert "docs/pack-format.md" in category_hint("zzz.qqq")


def test_viz_keys_outside_the_documented_ones_are_refused(tmp_path: Path) -> None:
    import shutil

    from tests.core.packs import BASIC

    pack = tmp_path / "pack"
    shutil.copytree(BASIC, pack)
    spec = next(pack.rglob("specimen.json"))
    data = json.loads(spec.read_text(encoding="utf-8"))
    data["viz"]["birth"] = "12 AUG 1974"
    data["viz"]["eye_colour"] = "blue"
    spec.write_text(json.dumps(data), encoding="utf-8")
    _pack, problems = validate_dir(pack)
    text = "\n".join(str(p) for p in problems)
    assert "viz.birth" in text and "eye_colour" in text, text


def test_every_problem_code_of_the_meaning_checks_is_documented() -> None:
    """The codes validate reports for what the data means (document_data.py, masks, categories)
    are the ones the doc's table explains."""
    from docexam.core.pack import document_data, validate

    source = "\n".join(
        Path(m.__file__).read_text(encoding="utf-8") for m in (document_data, validate)
    )
    emitted = set(re.findall(r'"((?:mrz|viz|language|mask|image)-[a-z-]+)"', source))
    emitted |= {"unknown-category"}
    documented = _first_column("What `validate` checks beyond the schema")
    assert emitted == documented
