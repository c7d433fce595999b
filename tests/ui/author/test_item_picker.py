"""Choosing individual exercise items for a set, and being told when a type asked for gives no
item because the document data is missing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from docexam.core.exercise.model import LightExercise
from docexam.core.pack.io import read_pack
from docexam.core.training.quiz import ExerciseKind
from docexam.ui.author.exercise_editor import ExerciseSetEditor
from docexam.ui.author.tab import AuthorTab

from ..conftest import BASIC
from .conftest import SPEC
from .test_annotate import draw_triangle


def editor(qtbot: QtBot, tab: AuthorTab) -> ExerciseSetEditor:
    dialog = ExerciseSetEditor(tab.editor, "en", tab)
    qtbot.addWidget(dialog)
    return dialog


def test_pick_and_drop_items(qtbot: QtBot, tab: AuthorTab) -> None:
    draw_triangle(qtbot, tab)
    dialog = editor(qtbot, tab)
    dialog.add_specimen(read_pack(BASIC).specimens[0])  # a specimen with many features
    qtbot.mouseClick(dialog.list_button, Qt.MouseButton.LeftButton)
    rows = [dialog.items.item(i) for i in range(dialog.items.count())]
    assert len(rows) >= 3 and all(r.checkState() == Qt.CheckState.Checked for r in rows)
    assert dialog.item_count.text() == f"{len(rows)} of {len(rows)} items chosen"
    lights = [r for r in rows if r.text().startswith("Which light reveals it")]
    assert lights, [r.text() for r in rows]
    dropped = lights[0].data(Qt.ItemDataRole.UserRole)
    lights[0].setCheckState(Qt.CheckState.Unchecked)  # the instructor unticks one item
    assert dialog.item_count.text() == f"{len(rows) - 1} of {len(rows)} items chosen"
    built = dialog.save_set()
    assert built is not None
    ids = [e.id for e in built.exercises]
    assert dropped not in ids and len(ids) == len(rows) - 1

    # Edited again, the set shows the same choice; a rebuild after an edit keeps it.
    dialog2 = editor(qtbot, tab)
    again = [dialog2.items.item(i) for i in range(dialog2.items.count())]
    unticked = [
        r.data(Qt.ItemDataRole.UserRole) for r in again if r.checkState() != Qt.CheckState.Checked
    ]
    assert unticked == [dropped]
    tab.check_now()
    assert dropped not in [e.id for e in tab.doc.exercise_sets[0].exercises]
    assert any(isinstance(e, LightExercise) for e in tab.doc.exercise_sets[0].exercises)

    dialog2._tick_all(Qt.CheckState.Unchecked)  # "None": an empty set is refused, not saved
    assert dialog2.item_count.text().startswith("0 of")


def test_mrz_asked_without_data_is_said(
    qtbot: QtBot, tab: AuthorTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    draw_triangle(qtbot, tab)
    dialog = editor(qtbot, tab)
    for kind, box in dialog.kinds.items():
        box.setChecked(kind in (ExerciseKind.FIND_FEATURES, ExerciseKind.MRZ_CHECK))
    qtbot.mouseClick(dialog.list_button, Qt.MouseButton.LeftButton)
    assert "MRZ check asked" in dialog.notice.text() and "no MRZ recorded" in dialog.notice.text()
    assert dialog.save_set() is not None
    assert "MRZ check asked" in dialog.notice.text()  # still said after saving
    assert tab.doc.specimen(SPEC).mrz is None
