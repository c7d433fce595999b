from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from docexam.core.library.library import Library
from docexam.core.pack.archive import write_zip
from docexam.ui.main_window import MainWindow

from .conftest import BASIC


def _dxpack(
    tmp_path: Path, pack_id: str, break_it: bool = False, version: str | None = None
) -> Path:
    import shutil

    name = pack_id if version is None else f"{pack_id}-v{version}"
    src = tmp_path / f"src-{name}"
    shutil.copytree(BASIC, src)
    manifest = json.loads((src / "pack.json").read_text(encoding="utf-8"))
    manifest["id"] = pack_id
    if version is not None:
        manifest["version"] = version
    (src / "pack.json").write_text(json.dumps(manifest), encoding="utf-8")
    if break_it:
        next(src.rglob("front.png")).unlink()
    out = tmp_path / f"{name}.dxpack"
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
    assert "Imported pack “course-b”, version 1, with 1 specimen(s)." in box.text()
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


def _versions(library: Library) -> dict[str, str]:
    return {e.pack_id: e.manifest.info.version for e in library.entries() if not e.bundled}


def test_another_version_says_which_and_replaces_only_when_asked(
    qtbot: QtBot, variety_library: Library, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt

    from docexam.ui.browser.model import ENTRY_ROLE

    window = MainWindow(variety_library)
    qtbot.addWidget(window)
    ok, box = _run_import(qtbot, window, _dxpack(tmp_path, "course-b", version="1.9"))
    assert ok and "version 1.9" in box.text()
    box.close()
    # The library shows the version with the pack.
    model = window.browser.model
    rows = [model.index(r) for r in range(model.rowCount())]
    [row] = [i for i in rows if model.data(i, ENTRY_ROLE).pack_id == "course-b"]
    assert "version 1.9" in model.data(row, Qt.ItemDataRole.ToolTipRole)

    files = {v: _dxpack(tmp_path, "course-b", version=v) for v in ("1.10", "1.2")}
    for version, word, answer in (
        ("1.10", "a newer version", QMessageBox.StandardButton.No),
        ("1.2", "an older version", QMessageBox.StandardButton.No),
        ("1.10", "a newer version", QMessageBox.StandardButton.Yes),
    ):
        before = sorted(p.name for p in variety_library.packs_dir.iterdir())
        flow = window.import_path(files[version])
        with qtbot.waitSignal(flow.finished, timeout=20_000) as blocker:
            qtbot.waitUntil(lambda f=flow: f.replace_box is not None, timeout=10_000)
            question = flow.replace_box
            assert question is not None
            expected_now = _versions(variety_library)["course-b"]
            assert f"version {expected_now}" in question.text()
            assert f"{word}: version {version}" in question.text()
            # Nothing changed while the question is open.
            assert sorted(p.name for p in variety_library.packs_dir.iterdir()) == before
            question.button(answer).click()
        assert flow.result_box is not None
        if answer == QMessageBox.StandardButton.No:
            assert blocker.args == [False]
            assert "unchanged" in flow.result_box.text()
            assert _versions(variety_library)["course-b"] == "1.9"
            assert sorted(p.name for p in variety_library.packs_dir.iterdir()) == before
        else:
            assert blocker.args == [True]
            assert "version 1.10" in flow.result_box.text()
            # Replaced whole: one pack directory, no staging or trash left.
            assert _versions(variety_library)["course-b"] == "1.10"
            assert sorted(p.name for p in variety_library.packs_dir.iterdir()) == before
        flow.result_box.close()
    rows = [model.index(r) for r in range(model.rowCount())]
    [row] = [i for i in rows if model.data(i, ENTRY_ROLE).pack_id == "course-b"]
    assert "version 1.10" in model.data(row, Qt.ItemDataRole.ToolTipRole)


def test_an_imported_packs_pages_are_drafted_before_their_first_opening(
    qtbot: QtBot, variety_library: Library, tmp_path: Path
) -> None:
    """After an import, every page of the pack is drafted onto disk in the background: the
    specimen's very first opening reads its draft instead of decoding its full-page images."""
    import numpy as np

    from docexam import paths
    from docexam.core.domain.lights import LightSource
    from docexam.core.light import LightEngine, LightParams
    from docexam.core.light.draft_store import DraftStore
    from docexam.core.pack.images import read_image
    from docexam.core.synth import Recipe, generate_pack

    # 300 dpi: a passport page (1476 px) is larger than a draft, so its draft is kept on disk.
    generate_pack("fresh", [Recipe("UTO", "td3", 21), Recipe("QVL", "td3", 22)], tmp_path / "p")
    write_zip(tmp_path / "p", tmp_path / "fresh.dxpack")
    window = MainWindow(variety_library)
    qtbot.addWidget(window)
    ok, box = _run_import(qtbot, window, tmp_path / "fresh.dxpack")
    box.close()
    assert ok and window.drafter is not None
    with qtbot.waitSignal(window.drafter.succeeded, timeout=120_000) as drafted:
        pass
    read: list[Path] = []

    def counting(path: Path, **kw: object) -> np.ndarray:
        read.append(path)
        return read_image(path, **kw)  # type: ignore[arg-type]

    pages = 0
    for entry in [e for e in window.browser.model.entries() if e.pack_id == "fresh"]:
        specimen = variety_library.load_specimen(entry.pack_id, entry.specimen_id)
        store = DraftStore(paths.cache_dir() / "light-drafts")
        engine = LightEngine(specimen, reader=counting, draft_store=store)
        for page in specimen.pages:
            engine.prepare_draft(page.id)
            assert engine.render_draft(page.id, LightParams(LightSource.UV365)) is not None
            pages += 1
    assert pages == 2 * 8 and drafted.args == [pages]  # two passports, eight booklet pages each
    assert read == []  # every page's draft came from disk
