"""MRZ items through the exercise page: the MRZ under the answer grid is the MRZ on the page the
stage shows, and a trainee who answers from the document scores full marks.

Before, the stage showed the genuine page while the grid (and the key) held an altered strip:
reading the document ("all check digits right") scored 0.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from docexam.core.library.library import Library
from docexam.core.mrz import FindingCode, Position, check_mrz
from docexam.core.synth.forgery import ForgeJob, forge_pack
from docexam.core.training.quiz import MrzExercise, MrzTask
from docexam.core.training.quiz.mrz_tasks import REFERENCE, viz_of
from docexam.store import Store
from docexam.ui.training import start_page
from docexam.ui.training.mrz_panel import MrzPanel
from docexam.ui.training.review_page import ReviewPage
from tests.core.quiz.printed_mrz import mrz_mask_on_disk, read_printed_mrz

from .conftest import open_window, training
from .helpers import press, settle, start_module


@pytest.fixture(autouse=True)
def fixed_seed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(start_page, "_seed", lambda: 0)


@pytest.fixture
def mrz_library(tmp_path: Path) -> Library:
    """A genuine passport and the same passport with its MRZ reprinted (old check digits)."""
    bundled = tmp_path / "bundled"
    bundled.mkdir()
    job = ForgeJob("UTO", "td3", 21, "data_alteration", 2, operations=("mrz_wrong_check_digits",))
    forge_pack("mrz-items", [job], bundled / "mrz-items", dpi=150.0, with_genuine=True)
    return Library(tmp_path / "library", [bundled])


def grid_lines(panel: MrzPanel) -> tuple[str, ...]:
    rows: dict[int, list[tuple[int, str]]] = {}
    for pos, cell in panel.cells.items():
        rows.setdefault(pos.line, []).append((pos.column, cell.text()))
    return tuple("".join(ch for _, ch in sorted(row)) for _, row in sorted(rows.items()))


def test_the_mrz_answered_on_is_the_mrz_on_the_page_and_reading_it_scores_full(
    qtbot: QtBot, mrz_library: Library, store: Store
) -> None:
    window = open_window(qtbot, mrz_library, store)
    tab = training(window)
    tab.start.create_trainee("Anna Eriksson", "Airport", 1)
    page = start_module(qtbot, window, "L1.mrz")
    session = page.session
    seen: list[tuple[MrzTask, bool]] = []
    for index in range(session.count):
        ex = session.current
        assert isinstance(ex, MrzExercise)
        stage = page.stage.tab
        settle(qtbot, stage)
        assert stage is not None and page.item is not None
        panel = page.item.panel
        assert isinstance(panel, MrzPanel)
        # The grid under the page, the key and the page on the stage show one and the same MRZ.
        shown = stage.specimen.page(stage.pane.page_id)
        assert any(f.id == "mrz" for f in shown.features)
        printed = read_printed_mrz(*mrz_mask_on_disk(stage.specimen, shown), ex.lines)
        assert grid_lines(panel) == ex.lines == printed
        # Answer from the document: click what the page's MRZ gets wrong, nothing if nothing.
        if ex.task is MrzTask.CHECK_DIGITS:
            found = check_mrz(printed, reference=REFERENCE).findings
            picks = [p for f in found for p in f.positions]
        else:
            compared = check_mrz(printed, viz_of(stage.specimen), reference=REFERENCE).findings
            picks = [f.positions[0] for f in compared if f.code is FindingCode.VIZ_MISMATCH]
        for pos in picks:
            qtbot.mouseClick(panel.cells[Position(*pos)], Qt.MouseButton.LeftButton)
        press(qtbot, page, Qt.Key.Key_Return)
        result = session.feedback(index)
        assert result is not None
        assert result.correct and result.earned == result.maximum, (ex.id, result)
        seen.append((ex.task, bool(picks)))
        press(qtbot, page, Qt.Key.Key_Return)
    # The genuine passport's item ("nothing wrong"), and both questions on the reprint.
    assert (MrzTask.CHECK_DIGITS, True) in seen and (MrzTask.VIZ, True) in seen
    assert any(not wrong for _, wrong in seen)
    qtbot.waitUntil(lambda: isinstance(tab.currentWidget(), ReviewPage))
