"""The exercise-set editor: choose specimens and types, save into the pack, undo, preview."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from docexam.core.pack.exercise_file import read_exercises
from docexam.core.pack.io import read_pack
from docexam.core.training.quiz import ExerciseKind, Mode
from docexam.ui.author.exercise_editor import ExerciseSetEditor
from docexam.ui.author.tab import AuthorTab
from docexam.ui.viewer.specimen_tab import SpecimenTab

from ..conftest import BASIC
from .test_annotate import draw_triangle


def test_build_save_undo_and_preview_a_set(qtbot: QtBot, tab: AuthorTab, tmp_path: Path) -> None:
    draw_triangle(qtbot, tab)
    dialog = ExerciseSetEditor(tab.editor, "en", tab)
    qtbot.addWidget(dialog)
    forged = dialog.add_specimen(read_pack(BASIC).specimens[0])  # as "Add from library" does
    assert forged.id in dialog._ticked()
    dialog.set_id.setText("uv-exam")
    dialog.title_en.setText("UV exam")
    dialog.kinds[ExerciseKind.VERDICT].setChecked(True)
    dialog.mode.setCurrentIndex(dialog.mode.findData(Mode.EXAM.value))
    dialog.minutes.setValue(20)
    dialog.pass_mark.setValue(75)
    built = dialog.save_set()
    assert built is not None and built.time_limit_s == 1200 and built.pass_mark == 0.75
    assert [s.id for s in tab.doc.exercise_sets] == ["uv-exam"]
    assert tab.undo_action.text() == "Undo Save exercise set"
    preview = dialog.preview()
    assert preview is not None and preview.findChild(SpecimenTab) is not None
    preview.close()
    tab.pack_path = tmp_path / "out" / "my-pack"
    saved = tab.save()
    assert saved is not None and [s.id for s in read_exercises(saved)] == ["uv-exam"]
    tab.undo_action.trigger()
    assert tab.doc.exercise_sets == []
