from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from docexam import paths
from docexam.core.domain.lights import LightSource
from docexam.core.library.bundled_location import bundled_target, is_built
from docexam.core.library.library import Library
from docexam.core.light import LightEngine, LightParams
from docexam.core.light.draft_store import DraftStore
from docexam.core.pack.images import read_image
from docexam.ui.bundled_build import generate_bundled
from docexam.ui.common.worker import Cancelled, Job, _Relay
from docexam.ui.main_window import MainWindow


def _recipes(tmp_path: Path, pack_id: str, seeds: range) -> Path:
    recipes = tmp_path / "recipes.json"
    specimens = [{"state": "UTO", "type": "td1", "seed": s} for s in seeds]
    pack = {"id": pack_id, "title": pack_id.title(), "specimens": specimens}
    recipes.write_text(json.dumps({"dpi": 150, "packs": [pack]}), encoding="utf-8")
    return recipes


def test_first_start_lists_each_generated_specimen_as_it_is_built(
    qtbot: QtBot, variety_library: Library, tmp_path: Path
) -> None:
    recipes = _recipes(tmp_path, "tiny-generated", range(5, 8))
    window = MainWindow(variety_library)
    qtbot.addWidget(window)
    before = window.browser.model.rowCount()
    seen: list[tuple[int, int, int]] = []
    builder = window.build_bundled(tmp_path / "cache", recipes)
    # Connected after the window's own slot: the library has refreshed when this runs.
    builder.progressed.connect(lambda d, t: seen.append((d, t, window.browser.model.rowCount())))
    assert window.build_bar.isVisibleTo(window)
    with qtbot.waitSignal(builder.succeeded, timeout=120_000):
        pass
    landed = [(done, rows) for done, _total, rows in seen if done > 0]
    assert landed == [(1, before + 1), (2, before + 2), (3, before + 3)]
    assert seen[-1][0] == seen[-1][1] == 3
    assert window.build_bar.value() == 3 or not window.build_bar.isVisibleTo(window)
    assert "tiny-generated" in {e.pack_id for e in window.browser.model.entries()}
    assert is_built(bundled_target(tmp_path / "cache", recipes))


def test_a_build_quit_half_way_keeps_its_specimens_and_the_next_start_resumes(
    qtbot: QtBot, variety_library: Library, tmp_path: Path
) -> None:
    recipes = _recipes(tmp_path, "six", range(6))
    shipped_dirs = list(variety_library.bundled_dirs)
    window = MainWindow(variety_library)
    qtbot.addWidget(window)
    before = window.browser.model.rowCount()
    builder = window.build_bundled(tmp_path / "cache", recipes)
    with qtbot.waitSignal(builder.progressed, check_params_cb=lambda d, *_: d >= 2, timeout=60_000):
        pass
    window.close()
    assert builder.is_done() and not window.background.busy()
    target = bundled_target(tmp_path / "cache", recipes)
    assert not is_built(target)
    kept = [s.id for s in Library(tmp_path / "lib", [target]).load("six").specimens]
    assert 2 <= len(kept) < 6

    # The next start: the library shows what was built, and the build goes on from there.
    library = Library(tmp_path / "lib2", [*shipped_dirs, target])
    again = MainWindow(library)
    qtbot.addWidget(again)
    assert again.browser.model.rowCount() == before + len(kept)
    seen: list[tuple[int, int]] = []
    resumed = again.build_bundled(tmp_path / "cache", recipes)
    resumed.progressed.connect(lambda d, t: seen.append((d, t)))
    with qtbot.waitSignal(resumed.succeeded, timeout=120_000):
        pass
    assert seen and seen[-1] == (6, 6) and all(d >= len(kept) for d, _ in seen)
    assert len([d for d, _ in seen if d > len(kept)]) == 6 - len(kept)  # none built twice
    assert again.browser.model.rowCount() == before + 6
    assert is_built(target)


def test_first_start_drafts_every_page_so_a_first_opening_decodes_no_full_page_image(
    qtbot: QtBot, variety_library: Library, tmp_path: Path
) -> None:
    """300 dpi passports are larger than a draft: their drafts are made at build time, and the
    first opening of each reads its draft back instead of the page's images."""
    recipes = tmp_path / "recipes.json"
    specimens = [{"state": "UTO", "type": "td3", "seed": s} for s in (3, 4)]
    recipes.write_text(
        json.dumps({"dpi": 300, "packs": [{"id": "two", "title": "Two", "specimens": specimens}]}),
        encoding="utf-8",
    )
    window = MainWindow(variety_library)
    qtbot.addWidget(window)
    builder = window.build_bundled(tmp_path / "cache", recipes)
    with qtbot.waitSignal(builder.succeeded, timeout=120_000):
        pass
    drafter = window.drafter
    assert drafter is not None
    with qtbot.waitSignal(drafter.succeeded, timeout=120_000) as drafted:
        pass
    entries = [e for e in window.browser.model.entries() if e.pack_id == "two"]
    assert len(entries) == 2
    pages = 0
    read: list[Path] = []

    def counting(path: Path, **kw: object) -> np.ndarray:
        read.append(path)
        return read_image(path, **kw)  # type: ignore[arg-type]

    for entry in entries:
        specimen = variety_library.load_specimen(entry.pack_id, entry.specimen_id)
        engine = LightEngine(
            specimen,
            reader=counting,
            draft_store=DraftStore(paths.cache_dir() / "light-drafts"),
        )
        for page in specimen.pages:
            engine.prepare_draft(page.id)
            assert engine.render_draft(page.id, LightParams(LightSource.UV365)) is not None
            pages += 1
        assert read == []  # every page's draft came from disk
    assert drafted.args == [pages]


def test_a_specimen_is_drafted_as_it_lands_so_opening_it_during_the_build_decodes_nothing(
    qtbot: QtBot, variety_library: Library, tmp_path: Path
) -> None:
    """A trainee opening a specimen the moment it is listed, while the set is still building:
    its pages' drafts are on disk before the next specimen is built, not after the whole set."""
    recipes = tmp_path / "recipes.json"
    specimens = [{"state": "ZRN", "type": "td1", "seed": s} for s in (3, 4)]
    recipes.write_text(
        json.dumps({"dpi": 600, "packs": [{"id": "two", "title": "Two", "specimens": specimens}]}),
        encoding="utf-8",
    )
    window = MainWindow(variety_library)
    qtbot.addWidget(window)
    builder = window.build_bundled(tmp_path / "cache", recipes)
    first: list[object] = []
    drafted_by_then: list[bool] = []
    store = DraftStore(paths.cache_dir() / "light-drafts")

    def landed(done: int, _total: int) -> None:
        entries = [e for e in window.browser.model.entries() if e.pack_id == "two"]
        if done == 1:
            first.extend(entries)
        elif done == 2:
            [entry] = first
            specimen = variety_library.load_specimen("two", entry.specimen_id)  # type: ignore[attr-defined]
            engine = LightEngine(specimen, draft_store=store)
            drafted_by_then.extend(engine.draft_on_disk(p.id) for p in specimen.pages)

    builder.progressed.connect(landed)
    with qtbot.waitSignal(builder.succeeded, timeout=180_000):
        pass
    assert len(first) == 1
    assert drafted_by_then == [True, True]  # front and back, before the second card was built


class _QuitAfterFirst(Job):
    """The trainee closes the window as soon as the first specimen is listed."""

    def progress(self, done: int, total: int, note: str = "") -> None:
        if done == 1:
            self.cancel()


def test_a_quit_during_first_start_stops_before_the_next_specimen_lands(
    qapp: object, tmp_path: Path
) -> None:
    recipes = _recipes(tmp_path, "four", range(20, 24))
    with pytest.raises(Cancelled):
        generate_bundled(_QuitAfterFirst(_Relay()), tmp_path / "cache", recipes)
    target = bundled_target(tmp_path / "cache", recipes)
    # Landed specimens stay; the one being built when the trainee quit is not waited for.
    assert len(Library(tmp_path / "lib", [target]).load("four").specimens) == 1
    assert multiprocessing.active_children() == []
