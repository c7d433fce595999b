"""The shipped files live inside the package, every one is in the wheel, and the generated set's
cache follows the shipped recipes."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import docexam
from docexam import shipped
from docexam.core.library.bundled_location import bundled_target
from docexam.core.library.library import default_library

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def test_shipped_files_are_found_inside_the_package() -> None:
    assert shipped.ROOT.resolve() == (Path(docexam.__file__).parent / "shipped").resolve()
    for path in (shipped.CURRICULUM, shipped.BUNDLED_RECIPES, shipped.UTOPIA_BASIC / "pack.json"):
        assert path.is_file(), path
    assert (shipped.TRANSLATIONS / "docexam_zh.qm").is_file()
    assert (shipped.FONTS / "LICENSE-OCRB.txt").is_file()


def test_every_shipped_file_is_package_data() -> None:
    """A file no package-data pattern matches would be missing from the wheel."""
    config = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["docexam.shipped"]
    listed = {p for pattern in patterns for p in shipped.ROOT.glob(pattern) if p.is_file()}
    present = {
        p
        for p in shipped.ROOT.rglob("*")
        if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts
    }
    assert present - listed == set()
    kinds = {p.relative_to(shipped.ROOT).parts[0] for p in present}
    assert kinds == {"schema", "curriculum", "fonts", "i18n", "specimens", "pki"}


def test_the_library_reads_the_hand_made_pack_from_the_package() -> None:
    entry = default_library().entry("utopia-basic")
    assert entry.bundled and entry.path == shipped.UTOPIA_BASIC


def test_the_generated_set_cache_key_follows_the_shipped_recipes(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    same = tmp_path / "same.json"
    same.write_bytes(shipped.BUNDLED_RECIPES.read_bytes())
    assert bundled_target(cache) == bundled_target(cache, same)
    data = json.loads(same.read_text(encoding="utf-8"))
    data["packs"][0]["specimens"][0]["seed"] += 1
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(data), encoding="utf-8")
    assert bundled_target(cache, changed) != bundled_target(cache)
    assert bundled_target(cache, changed).parent == cache
