from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from pytestqt.qtbot import QtBot

from docexam import paths
from docexam.core.domain.lights import LightSource
from docexam.core.library.bundled_location import bundled_target
from docexam.core.library.library import Library
from docexam.core.light import LightEngine, LightParams
from docexam.core.light.draft_store import DraftStore
from docexam.core.pack.images import read_image
from docexam.ui.main_window import MainWindow


def test_first_start_builds_the_generated_set_with_progress(
    qtbot: QtBot, variety_library: Library, tmp_path: Path
) -> None:
    recipes = tmp_path / "recipes.json"
    recipes.write_text(
        json.dumps(
            {
                "dpi": 150,
                "packs": [
                    {
                        "id": "tiny-generated",
                        "title": "Tiny",
                        "specimens": [{"state": "UTO", "type": "td1", "seed": 5}],
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    window = MainWindow(variety_library)
    qtbot.addWidget(window)
    seen: list[tuple[int, int]] = []
    builder = window.build_bundled(tmp_path / "cache", recipes)
    builder.progressed.connect(lambda d, t: seen.append((d, t)))
    assert window.build_bar.isVisibleTo(window)
    with qtbot.waitSignal(builder.succeeded, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: window.browser.model.rowCount() == 5, timeout=5000)
    assert "tiny-generated" in {e.pack_id for e in window.browser.model.entries()}
    assert seen and seen[-1][0] == seen[-1][1]
    assert bundled_target(tmp_path / "cache", recipes).is_dir()


def test_closing_during_the_build_stops_it_and_leaves_no_half_set(
    qtbot: QtBot, variety_library: Library, tmp_path: Path
) -> None:
    recipes = tmp_path / "recipes.json"
    specimens = [{"state": "UTO", "type": "td3", "seed": s} for s in range(6)]
    recipes.write_text(
        json.dumps({"dpi": 150, "packs": [{"id": "six", "title": "Six", "specimens": specimens}]}),
        encoding="utf-8",
    )
    window = MainWindow(variety_library)
    qtbot.addWidget(window)
    builder = window.build_bundled(tmp_path / "cache", recipes)
    with qtbot.waitSignal(builder.progressed, timeout=30_000):
        pass
    window.close()
    assert builder.is_done() and not window.background.busy()
    assert not bundled_target(tmp_path / "cache", recipes).exists()
    assert [p for p in (tmp_path / "cache").iterdir()] == []


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
