"""The authoring tab and every dialog it opens fit a 1366x768 screen: tested at 1366x730, the
height left under a taskbar. A dialog that is too tall for it cannot be finished (its OK row is
off the screen), so each is shown at that size and must not need more."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from docexam.core.authoring import AddFeature, DraftPack
from docexam.core.domain.geometry import Rect
from docexam.core.domain.model import Feature
from docexam.ui.author.document_dialog import DocumentDialog
from docexam.ui.author.exercise_editor import ExerciseSetEditor
from docexam.ui.author.material_dialog import MaterialDialog
from docexam.ui.author.opening import NewPackDialog
from docexam.ui.author.scans_dialog import ScansDialog
from docexam.ui.author.tab import AuthorTab

from .conftest import PAGE, SPEC, make_tab

SCREEN = (1366, 730)


def assert_fits(qtbot: QtBot, widget: QWidget, what: str) -> None:
    widget.resize(*SCREEN)
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()
    need = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    if widget.layout() is not None:
        need = need.expandedTo(widget.layout().totalMinimumSize())
    assert need.width() <= SCREEN[0] and need.height() <= SCREEN[1], (what, need)
    assert widget.width() <= SCREEN[0] and widget.height() <= SCREEN[1], (what, widget.size())


def test_the_tab_and_its_dialogs_fit(qtbot: QtBot, uv_draft: DraftPack, tmp_path: Path) -> None:
    feature = Feature("f-1", "ink.uv_fluorescent", {"en": "UV ink"}, Rect(10, 10, 30, 12))
    uv_draft.apply(AddFeature(SPEC, PAGE, feature))
    tab = make_tab(qtbot, uv_draft)
    assert_fits(qtbot, tab, "authoring tab")
    specimen = uv_draft.specimen(SPEC)
    dialogs: list[tuple[QDialog, str]] = [
        (DocumentDialog(specimen, "en", tab), "document data"),
        (MaterialDialog(specimen, PAGE, feature, tmp_path / "presets.json", "en", tab), "material"),
        (ExerciseSetEditor(tab.editor, "en", tab), "exercise sets"),
        (ScansDialog(uv_draft, tab), "from scans"),
        (NewPackDialog(tab), "new pack"),
    ]
    for dialog, what in dialogs:
        qtbot.addWidget(dialog)
        assert_fits(qtbot, dialog, what)
        dialog.done(QDialog.DialogCode.Rejected)
    assert isinstance(tab, AuthorTab)
