from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from docexam.core.library.bundled_location import bundled_target
from docexam.core.library.library import Library
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
