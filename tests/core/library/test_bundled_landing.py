"""The bundled set is built one specimen at a time: a build killed half-way leaves only
complete specimens listed, and the next build resumes after them."""

from __future__ import annotations

import json
import multiprocessing
import os
from pathlib import Path

import pytest

from docexam.core.library import bundled_landing
from docexam.core.library.bundled import ensure_bundled
from docexam.core.library.bundled_location import bundled_target, is_built
from docexam.core.library.library import Library
from docexam.core.pack.io import read_pack


def _recipes(tmp_path: Path, seeds: list[int]) -> Path:
    path = tmp_path / "recipes.json"
    specimens = [{"state": "UTO", "type": "td1", "seed": s} for s in seeds]
    pack = {"id": "few", "title": "Few", "specimens": specimens}
    path.write_text(json.dumps({"dpi": 150, "packs": [pack]}), encoding="utf-8")
    return path


class Killed(Exception):
    pass


@pytest.mark.parametrize("killed_after", [1, 2])
def test_a_build_killed_while_landing_lists_only_complete_specimens_and_resumes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, killed_after: int
) -> None:
    recipes = _recipes(tmp_path, [11, 12, 13])
    cache = tmp_path / "cache"
    real_replace = os.replace
    manifests: list[Path] = []

    def dying(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        # The process dies after the specimen's directory moved in, before its manifest did.
        if Path(dst).name == "pack.json" and len(manifests) == killed_after:
            raise Killed
        if Path(dst).name == "pack.json":
            manifests.append(Path(dst))
        real_replace(src, dst)

    monkeypatch.setattr(bundled_landing.os, "replace", dying)
    with pytest.raises(Killed):
        ensure_bundled(cache, recipes_file=recipes)
    target = bundled_target(cache, recipes)
    assert not is_built(target)
    on_disk = sorted(p.name for p in (target / "few" / "specimens").iterdir())
    assert len(on_disk) == killed_after + 1  # the half-landed one is there...
    listed = [s.id for s in Library(tmp_path / "lib", [target]).load("few").specimens]
    assert len(listed) == killed_after  # ...but the library lists only complete ones
    assert set(listed) < set(on_disk)

    monkeypatch.setattr(bundled_landing.os, "replace", real_replace)
    seen: list[tuple[int, int]] = []
    assert ensure_bundled(cache, lambda d, t: seen.append((d, t)), recipes) == target
    assert seen[0] == (killed_after, 3) and seen[-1] == (3, 3)
    assert len(seen) == 3 - killed_after + 1  # only the missing specimens were built
    assert is_built(target)
    resumed = read_pack(target / "few")
    fresh = read_pack(ensure_bundled(tmp_path / "fresh", recipes_file=recipes) / "few")
    assert [s.id for s in resumed.specimens] == [s.id for s in fresh.specimens]
    assert sorted(p.name for p in (target / "few" / "specimens").iterdir()) == sorted(
        s.id for s in fresh.specimens
    )
    assert [p.name for p in target.iterdir() if p.name.startswith(".landing")] == []


def test_each_specimen_is_listed_sealed_as_soon_as_it_lands(tmp_path: Path) -> None:
    recipes = _recipes(tmp_path, [21, 22, 23])
    cache = tmp_path / "cache"
    target = bundled_target(cache, recipes)
    listed: list[int] = []

    def look(done: int, total: int) -> None:
        if done == 0:
            assert not (target / "few" / "pack.json").exists()
            return
        pack = Library(tmp_path / "lib", [target]).load("few")
        listed.append(len(pack.specimens))
        for spec in (target / "few" / "specimens").glob("*/specimen.json"):
            assert json.loads(spec.read_text(encoding="utf-8"))["format"] == "docexam-sealed"
        assert not is_built(target) or done == total

    ensure_bundled(cache, look, recipes)
    assert listed == [1, 2, 3]


def test_a_completed_build_removes_the_sets_of_earlier_versions_and_nothing_else(
    tmp_path: Path,
) -> None:
    recipes = _recipes(tmp_path, [21])
    cache = tmp_path / "cache"
    old = cache / "bundled-0123456789ab"  # an earlier generator version's set
    (old / "few" / "specimens" / "x").mkdir(parents=True)
    kept = [cache / "light-drafts", cache / "bundled-notes"]  # not a set: another name
    for folder in kept:
        folder.mkdir(parents=True)
    target = ensure_bundled(cache, recipes_file=recipes)
    assert is_built(target)
    assert not old.exists()
    assert all(folder.is_dir() for folder in kept)
    assert [s.id for s in read_pack(target / "few").specimens]


def _files(pack_dir: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(pack_dir)): p.read_bytes()
        for p in sorted((pack_dir / "specimens").rglob("*"))
        if p.is_file()
    }


def test_builders_in_several_processes_land_the_same_specimens_in_order(tmp_path: Path) -> None:
    recipes = _recipes(tmp_path, [31, 32, 33, 34])
    seen: list[tuple[int, int]] = []
    builders: list[int] = []

    def landed(done: int, total: int) -> None:
        seen.append((done, total))
        builders.append(len(multiprocessing.active_children()))

    several = ensure_bundled(tmp_path / "a", landed, recipes, workers=3)
    one = ensure_bundled(tmp_path / "b", recipes_file=recipes, workers=1)
    assert seen == [(k, 4) for k in range(5)]  # one landing at a time, in the recipes' order
    assert max(builders) == 3  # built by three other processes while these landed
    assert [s.id for s in read_pack(several / "few").specimens] == [
        s.id for s in read_pack(one / "few").specimens
    ]
    assert _files(several / "few") == _files(one / "few")
    assert multiprocessing.active_children() == []


class Quit(Exception):
    pass


def test_a_cancelled_parallel_build_stops_its_builders_and_resumes_next_start(
    tmp_path: Path,
) -> None:
    recipes = _recipes(tmp_path, [41, 42, 43, 44, 45])
    cache = tmp_path / "cache"

    def quit_after_two(done: int, total: int) -> None:
        if done == 2:
            raise Quit  # the trainee closed the window during the first start

    with pytest.raises(Quit):
        ensure_bundled(cache, quit_after_two, recipes, workers=2)
    assert multiprocessing.active_children() == []  # no builder left running
    target = bundled_target(cache, recipes)
    assert [p for p in target.iterdir() if p.name.startswith(".landing")] == []
    assert len(read_pack(target / "few").specimens) == 2
    seen: list[tuple[int, int]] = []
    ensure_bundled(cache, lambda d, t: seen.append((d, t)), recipes, workers=2)
    assert seen[0] == (2, 5) and seen[-1] == (5, 5) and is_built(target)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_quit_stops_the_build_before_the_next_landing(tmp_path: Path, workers: int) -> None:
    # The trainee quits once the first specimen has landed: the build must stop while the
    # next one is being built, not after it lands (the window would wait seconds to close).
    recipes = _recipes(tmp_path, [51, 52, 53, 54])
    cache = tmp_path / "cache"
    quit_asked: list[bool] = []
    polls_after_quit: list[int] = []

    def landed(done: int, total: int) -> None:
        if done == 1:
            quit_asked.append(True)

    def poll() -> None:
        if quit_asked:
            polls_after_quit.append(len(multiprocessing.active_children()))
            raise Quit

    with pytest.raises(Quit):
        ensure_bundled(cache, landed, recipes, workers=workers, poll=poll)
    assert len(polls_after_quit) == 1
    assert multiprocessing.active_children() == []
    target = bundled_target(cache, recipes)
    assert len(read_pack(target / "few").specimens) == 1
    assert [p for p in target.iterdir() if p.name.startswith(".landing")] == []
