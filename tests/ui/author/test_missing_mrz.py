"""A saved set that asks for MRZ exercises of a specimen with no MRZ: the problem list says so
(the set records what it asked, so the gap is not forgotten when no MRZ item could be made);
entering the MRZ with Document data… fills the set and the notice goes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from docexam.core.pack.exercise_file import read_exercises
from docexam.core.training.quiz import ExerciseKind
from docexam.ui.author.exercise_editor import ExerciseSetEditor
from docexam.ui.author.tab import AuthorTab

from .conftest import SPEC
from .test_annotate import draw_triangle
from .test_background_check import settled, shown
from .test_document_data import HOLDER, open_dialog, type_into


def save_set(qtbot: QtBot, tab: AuthorTab, kinds: set[ExerciseKind]) -> None:
    dialog = ExerciseSetEditor(tab.editor, "en", tab)
    qtbot.addWidget(dialog)
    for kind, box in dialog.kinds.items():
        box.setChecked(kind in kinds)
    assert dialog.save_set() is not None
    dialog.accept()


def mrz_notices(tab: AuthorTab) -> list[str]:
    return [t for t in shown(tab) if "MRZ" in t and SPEC in t]


def test_missing_mrz_is_listed_until_entered(qtbot: QtBot, tab: AuthorTab, tmp_path) -> None:
    draw_triangle(qtbot, tab)
    save_set(qtbot, tab, {ExerciseKind.FIND_FEATURES, ExerciseKind.MRZ_CHECK})
    saved = tab.doc.exercise_sets[0]
    assert saved.asked is not None and ExerciseKind.MRZ_CHECK in saved.asked.kinds
    assert not [e for e in saved.exercises if e.kind is ExerciseKind.MRZ_CHECK]
    qtbot.waitUntil(lambda: not tab.autosave.isActive() and settled(tab), timeout=10000)
    notices = mrz_notices(tab)
    assert len(notices) == 1 and "no MRZ" in notices[0] and notices[0].startswith("⚠")
    # Clicking it goes to the specimen concerned.
    problem = next(p for p in tab.problems.problems if p.code == "missing-mrz")
    assert problem.specimen_id == SPEC

    # Saved and read back, the set still says what it asked.
    tab.pack_path = tmp_path / "my-pack"
    assert tab.save() is not None
    [reread] = read_exercises(tab.pack_path)
    assert reread.asked == saved.asked

    # The instructor enters the document data: the notice now says how to add the item.
    dialog = open_dialog(qtbot, tab)
    type_into(qtbot, dialog, HOLDER)
    qtbot.mouseClick(dialog.build_button, Qt.MouseButton.LeftButton)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert tab.doc.specimen(SPEC).mrz
    qtbot.waitUntil(lambda: not tab.autosave.isActive() and settled(tab), timeout=10000)
    [notice] = mrz_notices(tab)
    assert "tick its MRZ item" in notice

    # The editor opens on the saved set with its choices, MRZ check included; the new MRZ item
    # is listed (unticked, as it was not in the set); ticking it and saving adds it.
    editor = ExerciseSetEditor(tab.editor, "en", tab)
    qtbot.addWidget(editor)
    assert editor.kinds[ExerciseKind.MRZ_CHECK].isChecked()
    rows = [editor.items.item(i) for i in range(editor.items.count())]
    [mrz_row] = [r for r in rows if "MRZ" in r.text()]
    assert mrz_row.checkState() == Qt.CheckState.Unchecked
    mrz_row.setCheckState(Qt.CheckState.Checked)
    assert editor.save_set() is not None
    editor.accept()
    kinds = {e.kind for e in tab.doc.exercise_sets[0].exercises}
    assert ExerciseKind.MRZ_CHECK in kinds
    qtbot.waitUntil(lambda: not tab.autosave.isActive() and settled(tab), timeout=10000)
    assert mrz_notices(tab) == []


def test_no_notice_when_the_set_asks_no_mrz(qtbot: QtBot, tab: AuthorTab) -> None:
    draw_triangle(qtbot, tab)
    save_set(qtbot, tab, {ExerciseKind.FIND_FEATURES})
    qtbot.waitUntil(lambda: not tab.autosave.isActive() and settled(tab), timeout=10000)
    assert [p for p in tab.problems.problems if p.code == "missing-mrz"] == []
