from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from docexam.core.domain.errors import LibraryError
from docexam.core.library.library import Library
from docexam.core.pack.io import read_pack

from .packs import BASIC, copy_basic, edit_manifest, tree_snapshot


def test_import_then_list_load_and_export(tmp_path: Path) -> None:
    library = Library(tmp_path / "lib")
    assert library.entries() == []
    source = copy_basic(tmp_path / "src")
    edit_manifest(source, lambda m: m.update(id="course-a"))
    pack = library.import_pack(source)
    assert pack.id == "course-a"
    [entry] = library.entries()
    assert (entry.pack_id, entry.bundled, entry.specimen_count) == ("course-a", False, 1)
    assert library.load("course-a") == read_pack(source)
    out = library.export("course-a", tmp_path / "course-a.dxpack")
    fresh = Library(tmp_path / "other-machine")
    assert fresh.import_pack(out) == read_pack(source)


def test_bundled_packs_are_listed_and_protected(tmp_path: Path) -> None:
    library = Library(tmp_path / "lib", [BASIC.parent])
    [entry] = library.entries()
    assert entry.bundled and entry.pack_id == "utopia-basic"
    with pytest.raises(LibraryError, match="belongs to a bundled pack"):
        library.import_pack(copy_basic(tmp_path / "src"))
    with pytest.raises(LibraryError, match="cannot be removed"):
        library.remove("utopia-basic")


def test_same_id_needs_replace(tmp_path: Path) -> None:
    library = Library(tmp_path / "lib")
    library.import_pack(copy_basic(tmp_path / "a"))
    second = copy_basic(tmp_path / "b")
    edit_manifest(second, lambda m: m.update(title={"en": "Updated"}))
    with pytest.raises(LibraryError, match="already in the library"):
        library.import_pack(second)
    assert library.load("utopia-basic").title == {
        "en": "Utopia basics",
        "zh-Hans": "乌托邦基础样本",
    }
    library.import_pack(second, replace_existing=True)
    assert library.load("utopia-basic").title == {"en": "Updated"}
    assert [p.name for p in library.packs_dir.iterdir()] == ["utopia-basic"]


def test_unknown_pack_names_the_known_ones(tmp_path: Path) -> None:
    library = Library(tmp_path / "lib", [BASIC.parent])
    with pytest.raises(LibraryError, match=r"no pack 'nope'.*utopia-basic"):
        library.load("nope")


def test_progress_is_reported_to_completion(tmp_path: Path) -> None:
    seen: list[tuple[float, str]] = []
    Library(tmp_path / "lib").import_pack(
        copy_basic(tmp_path / "src"), progress=lambda f, m: seen.append((f, m))
    )
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions)
    assert seen[-1] == (1.0, "done")


@pytest.mark.parametrize("crash_at", ["validate_dir", "rename"])
def test_crash_part_way_leaves_library_as_it_was(tmp_path: Path, crash_at: str) -> None:
    """A process killed mid-import (no cleanup code runs) must not change what the library holds."""
    lib_dir = tmp_path / "lib"
    library = Library(lib_dir)
    library.import_pack(copy_basic(tmp_path / "old"))
    before = tree_snapshot(lib_dir)
    new = copy_basic(tmp_path / "new")
    edit_manifest(new, lambda m: m.update(title={"en": "New"}))
    script = textwrap.dedent(
        f"""
        import os, pathlib
        from pathlib import Path
        import docexam.core.library.library as lib
        crash_at = {crash_at!r}
        if crash_at == "validate_dir":
            real = lib.validate_dir
            def dying(root):
                real(root)
                os._exit(9)
            lib.validate_dir = dying
        else:
            real_rename = pathlib.Path.rename
            def dying_rename(self, target):
                result = real_rename(self, target)
                if ".trash-" in str(target):
                    os._exit(9)  # old pack moved aside, new one not yet in place
                return result
            pathlib.Path.rename = dying_rename
        lib.Library(Path({str(lib_dir)!r})).import_pack(Path({str(new)!r}), replace_existing=True)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], check=False)
    assert result.returncode == 9
    reopened = Library(lib_dir)  # the next start sweeps and restores
    assert tree_snapshot(lib_dir) == before
    assert reopened.load("utopia-basic").title["en"] == "Utopia basics"


def test_remove(tmp_path: Path) -> None:
    library = Library(tmp_path / "lib")
    library.import_pack(copy_basic(tmp_path / "src"))
    library.remove("utopia-basic")
    assert library.entries() == []
    assert list(library.packs_dir.iterdir()) == []
