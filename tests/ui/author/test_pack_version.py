"""The pack's version, set from the authoring tab (Pack version…, one undo step), travels with
the exported pack and is what an import shows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from docexam.core.library.library import Library
from docexam.ui.author.tab import AuthorTab


def answer_version(text: str) -> None:
    """Types ``text`` into the version dialog once it is open, and presses OK."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, fill)
            return
        dialog.setTextValue(text)
        dialog.accept()

    QTimer.singleShot(20, fill)


def test_set_version_undo_and_export(
    qtbot: QtBot, tab: AuthorTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert tab.doc.info.version == "1"
    answer_version("2.1")
    tab.version_action.trigger()
    assert tab.doc.info.version == "2.1"
    assert tab.undo_action.text() == "Undo Set pack version"
    tab.undo_action.trigger()
    assert tab.doc.info.version == "1"
    tab.redo_action.trigger()

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    answer_version("two")
    tab.version_action.trigger()
    assert tab.doc.info.version == "2.1" and "“two” is not a version" in warned[0]

    # Shared and imported elsewhere: the library holds version 2.1.
    out = tab.export(tmp_path / "my-pack.dxpack")
    assert out is not None and "version 2.1" in tab.position.text()
    library = Library(tmp_path / "library", [])
    pack = library.import_pack(out)
    assert pack.version == "2.1"
    assert library.entry(pack.id).manifest.info.version == "2.1"
