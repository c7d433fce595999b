"""Exercise sets never keep a stale copy of a feature: after the instructor moves a feature or
changes its category, the saved set asks about the feature as it is now; what can no longer be
built is named in the problem list. Auto-names follow the category in both languages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from docexam.core.domain.taxonomy import category_name
from docexam.core.exercise.model import AreaExercise, ExpectedRegion
from docexam.core.training.quiz import ExerciseKind
from docexam.ui.author.exercise_editor import ExerciseSetEditor
from docexam.ui.author.tab import AuthorTab

from .conftest import PAGE, SPEC
from .test_annotate import draw_triangle


def asked(tab: AuthorTab) -> list[ExpectedRegion]:
    return [
        e
        for ex in tab.doc.exercise_sets[0].exercises
        if isinstance(ex, AreaExercise) and ex.kind is ExerciseKind.FIND_FEATURES
        for e in ex.expected
    ]


def save_a_set(qtbot: QtBot, tab: AuthorTab) -> None:
    dialog = ExerciseSetEditor(tab.editor, "en", tab)
    qtbot.addWidget(dialog)
    for kind, box in dialog.kinds.items():
        box.setChecked(kind is ExerciseKind.FIND_FEATURES)
    assert dialog.save_set() is not None
    dialog.accept()


def test_sets_follow_moves_and_category_changes(qtbot: QtBot, tab: AuthorTab) -> None:
    draw_triangle(qtbot, tab)
    feature = tab.doc.page(SPEC, PAGE).features[0]
    save_a_set(qtbot, tab)
    assert [e.region for e in asked(tab)] == [feature.region]

    # Move it 5 mm right with the arrow keys, as an instructor fixes a misplaced outline.
    for _ in range(5):
        qtbot.keyClick(tab.canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    moved = tab.doc.page(SPEC, PAGE).features[0]
    assert moved.region != feature.region
    assert not [p for p in tab.check_now() if p.code == "stale-exercise"]
    assert [e.region for e in asked(tab)] == [moved.region]

    # Change the category: the automatic names follow in English and Chinese, and so does the set.
    combo = tab.properties.category
    index = combo.findData("printing.microprint", Qt.ItemDataRole.UserRole)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    code = combo.itemData(index, Qt.ItemDataRole.UserRole)
    renamed = tab.doc.page(SPEC, PAGE).features[0]
    assert renamed.category == code
    assert renamed.name == {"en": category_name(code), "zh-Hans": category_name(code, "zh")}
    tab.check_now()
    assert [(e.category, e.name) for e in asked(tab)] == [(code, renamed.name)]

    # Undo brings the feature back as it was, and the set with it.
    tab.undo_action.trigger()
    tab.check_now()
    assert [(e.category, e.name) for e in asked(tab)] == [(moved.category, moved.name)]


def test_a_typed_name_is_kept_when_the_category_changes(qtbot: QtBot, tab: AuthorTab) -> None:
    draw_triangle(qtbot, tab)
    name_en = tab.properties.texts[("name", "en")]
    name_en.selectAll()
    qtbot.keyClicks(name_en, "Kinegram on the photo")
    combo = tab.properties.category
    index = combo.findData("printing.microprint", Qt.ItemDataRole.UserRole)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    feature = tab.doc.page(SPEC, PAGE).features[0]
    assert feature.name["en"] == "Kinegram on the photo"
    code = combo.itemData(index, Qt.ItemDataRole.UserRole)
    assert feature.name["zh-Hans"] == category_name(code, "zh")


def test_a_set_that_can_no_longer_be_built_is_reported(qtbot: QtBot, tab: AuthorTab) -> None:
    draw_triangle(qtbot, tab)
    save_a_set(qtbot, tab)
    tab.delete_action.trigger()  # the only feature: the page has nothing left to find
    stale = [p for p in tab.check_now() if p.code == "stale-exercise"]
    assert len(stale) == 1 and stale[0].specimen_id == SPEC
    assert any(
        "no longer matches" in tab.problems.list.item(i).text()
        for i in range(tab.problems.list.count())
    )
    tab.undo_action.trigger()
    assert not [p for p in tab.check_now() if p.code == "stale-exercise"]
