from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from docexam.core.library.library import Library
from docexam.core.pack.archive import write_zip
from docexam.ui.main_window import MainWindow

from .conftest import BASIC


def _dxpack(tmp_path: Path, pack_id: str, break_it: bool = False) -> Path:
    import shutil

    src = tmp_path / f"src-{pack_id}"
    shutil.copytree(BASIC, src)
    manifest = json.loads((src / "pack.json").read_text(encoding="utf-8"))
    manifest["id"] = pack_id
    (src / "pack.json").write_text(json.dumps(manifest), encoding="utf-8")
    if break_it:
        next(src.rglob("front.png")).unlink()
    out = tmp_path / f"{pack_id}.dxpack"
    write_zip(src, out)
    return out


def _run_import(qtbot: QtBot, window: MainWindow, path: Path) -> tuple[bool, QMessageBox]:
    flow = window.import_path(path)
    assert flow.dialog.isVisible()
    with qtbot.waitSignal(flow.finished, timeout=10_000) as blocker:
        pass
    assert flow.result_box is not None
    return bool(blocker.args[0]), flow.result_box


def test_import_adds_the_pack_to_the_browser(
    qtbot: QtBot, variety_library: Library, tmp_path: Path
) -> None:
    window = MainWindow(variety_library)
    qtbot.addWidget(window)
    assert window.browser.model.rowCount() == 4
    ok, box = _run_import(qtbot, window, _dxpack(tmp_path, "course-b"))
    assert ok
    assert "Imported pack “course-b” with 1 specimen(s)." in box.text()
    assert not window.browser.proxy.filters.text
    assert window.browser.model.rowCount() == 5
    assert "course-b" in {e.pack_id for e in window.browser.visible_entries()}
    box.close()


def test_bad_pack_shows_what_is_wrong_and_changes_nothing(
    qtbot: QtBot, variety_library: Library, tmp_path: Path
) -> None:
    window = MainWindow(variety_library)
    qtbot.addWidget(window)
    before = sorted(p.name for p in variety_library.packs_dir.iterdir())
    ok, box = _run_import(qtbot, window, _dxpack(tmp_path, "broken", break_it=True))
    assert not ok
    assert box.icon() == QMessageBox.Icon.Warning
    assert "broken.dxpack was not imported; your library is unchanged." in box.text()
    # One line per problem, naming the file and the field.
    assert "specimen.json: pages[0].images[0]: image 'front.png' is missing" in box.detailedText()
    assert "Traceback" not in box.text() + box.detailedText()
    assert sorted(p.name for p in variety_library.packs_dir.iterdir()) == before
    assert window.browser.model.rowCount() == 4
    box.close()
