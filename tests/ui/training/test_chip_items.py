"""Chip items through the Training tab: the trainee opens the chip reader from the item, places
the passport on it, reads which step fails, answers, and scores full marks. The reader is only
there for chip items, and it names no fraud."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QRadioButton
from pytestqt.qtbot import QtBot

from docexam.core.library.library import Library
from docexam.core.synth.forgery.chip_frauds import PLAN, forge_chip_pack
from docexam.core.training.plans import Plan, PlanKind, build_set
from docexam.core.training.quiz import ChipExercise, DrillExercise, FaceExercise
from docexam.store import Store
from docexam.ui.training import start_page
from docexam.ui.training.chip_panel import ChipPanel
from docexam.ui.training.training_tab import TrainingTab

from .conftest import open_window, training
from .helpers import answer_current, press, settle, start_module

FRAUD = "revoked_signer"


@pytest.fixture
def chip_library(tmp_path: Path) -> Library:
    """A genuine Utopian passport and the same passport whose chip a revoked signer signed."""
    bundled = tmp_path / "bundled"
    forge_chip_pack("chip-items", [("UTO", "A", 41, FRAUD)], bundled / "chip", 150.0, True)
    return Library(tmp_path / "library", [bundled])


def seed_asking_the_revoked_chip(tab: TrainingTab) -> int:
    """The first seed whose L2.fraud practice set asks the revoked signer's chip: the set draws
    a handful of the module's items (face comparisons and page frauds among them), so not
    every seed's does."""
    for seed in range(60):
        plan = Plan(PlanKind.MODULE, 2, module="L2.fraud", seed=seed)
        _, drawn = build_set(plan, tab.library, tab.curriculum)
        if any(isinstance(e, ChipExercise) and not e.passes for e in drawn.exercises):
            return seed
    raise AssertionError("no L2.fraud set of the first 60 seeds asks the revoked signer's chip")


def click_radio(qtbot: QtBot, button: QRadioButton) -> None:
    # On the button itself: the widget is wider than its circle and label.
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def test_a_chip_item_is_answered_with_the_reader_and_scores_full(
    qtbot: QtBot, chip_library: Library, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, chip_library, store)
    tab = training(window)
    tab.start.create_trainee("Lin Wei", "Land border", 2)
    seed = seed_asking_the_revoked_chip(tab)
    monkeypatch.setattr(start_page, "_seed", lambda: seed)
    page = start_module(qtbot, window, "L2.fraud")
    session = page.session
    answered: list[bool] = []
    for index in range(session.count):
        ex = session.current
        stage = page.stage.tab
        settle(qtbot, stage)
        assert stage is not None and page.item is not None
        if not isinstance(ex, ChipExercise):
            # Only a chip item has the reader, and a face item for the chip's DG2 (the third
            # view of the holder): elsewhere it would give a verdict away.
            if not isinstance(ex, FaceExercise):
                assert not stage.state.config.chip_reader
                assert stage.chip_action not in stage.actions()
            answer_current(qtbot, page)
            if not isinstance(ex, DrillExercise):
                press(qtbot, page, Qt.Key.Key_Return)
            continue
        panel = page.item.panel
        assert isinstance(panel, ChipPanel)
        qtbot.mouseClick(panel.reader, Qt.MouseButton.LeftButton)
        dialog = stage.chip_reader
        assert dialog is not None and dialog.isVisible()
        qtbot.mouseClick(dialog.place, Qt.MouseButton.LeftButton)
        # What the trainee reads: the steps marked failed on the reader.
        rows = [dialog.steps.topLevelItem(i) for i in range(dialog.steps.topLevelItemCount())]
        failed = [r.text(0)[3:] for r in rows if r.data(0, Qt.ItemDataRole.UserRole) == "fail"]
        # The reader shows what a real reader shows, not the fraud's name from its record.
        shown = " ".join(
            [dialog.windowTitle()]
            + [w.text() for w in dialog.findChildren(QLabel)]
            + [r.text(c) for r in rows for c in (0, 1)]
        )
        assert PLAN[FRAUD].title[0] not in shown and "fraud" not in shown.lower()
        if failed:
            click_radio(qtbot, panel.fails)
            panel.step.setCurrentIndex(panel.step.findText(failed[0]))
        else:
            click_radio(qtbot, panel.passes)
        dialog.close()
        press(qtbot, page, Qt.Key.Key_Return)
        result = session.feedback(index)
        assert result is not None, page.status.text()
        assert result.correct and result.earned == 2.0, (ex, failed, result)
        answered.append(ex.passes)
        feedback = page.feedback.body.text()
        assert "Chip verdict" in feedback and "2 of 2 points" in feedback
        press(qtbot, page, Qt.Key.Key_Return)
    # The revoked signer's chip was asked, and answered through the reader.
    assert False in answered
