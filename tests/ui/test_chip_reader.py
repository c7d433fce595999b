"""The chip reader as a trainee uses it: the Specimen menu (R) opens it, "Place on reader"
reads the chip, each step shows pass or fail and why, portraits and data side by side."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from docexam.core.chip import reasons
from docexam.core.domain.model import Pack
from docexam.core.pack.io import read_pack
from docexam.core.synth.forgery.chip_frauds import forge_chip_pack
from docexam.ui.i18n import install_translator
from docexam.ui.viewer import chip_reasons
from docexam.ui.viewer.chip_reader import MISMATCH, ChipReaderDialog
from docexam.ui.viewer.specimen_tab import SpecimenTab
from docexam.ui.viewer.state import EXERCISE


@pytest.fixture(scope="module")
def packs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Pack]:
    out = {}
    for fraud in ("photo_substituted", "cloned_chip", "data_differs"):
        dest = tmp_path_factory.mktemp("chip-ui") / fraud
        forge_chip_pack(fraud, [("UTO", "B", 31, fraud)], dest, 150.0, with_genuine=True)
        out[fraud] = read_pack(dest)
    return out


def _reader(qtbot: QtBot, pack: Pack, index: int) -> ChipReaderDialog:
    tab = SpecimenTab(pack.specimens[index])
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    # What the Specimen menu's "Chip reader…" (R) triggers.
    assert tab.chip_action in tab.view_actions()
    tab.chip_action.trigger()
    dialog = tab.chip_reader
    assert dialog is not None and dialog.isVisible()
    assert (
        dialog.steps.topLevelItemCount() == 0
    )  # nothing read before the passport is on the reader
    qtbot.mouseClick(dialog.place, Qt.MouseButton.LeftButton)
    return dialog


def _outcomes(dialog: ChipReaderDialog) -> list[str]:
    steps = dialog.steps
    return [
        steps.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
        for i in range(steps.topLevelItemCount())
    ]


def test_a_genuine_passport_passes_every_step(qtbot: QtBot, packs: dict[str, Pack]) -> None:
    dialog = _reader(qtbot, packs["cloned_chip"], 0)
    assert set(_outcomes(dialog)) == {"pass"}
    assert "PASS" in dialog.verdict.text()
    assert not dialog.chip_face.pixmap().isNull() and not dialog.printed_face.pixmap().isNull()
    # DG1's eight fields, the four DG11/DG12 fields the page prints, three it does not.
    assert dialog.table.rowCount() == 15
    names = {dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())}
    assert {"Place of birth (DG11)", "Issuing authority (DG12)", "Full name (DG11)"} <= names
    # The access step names the protocol that opened the chip.
    assert "PACE" in dialog.steps.topLevelItem(0).text(0)


@pytest.mark.parametrize(
    ("fraud", "step", "words"),
    [
        ("photo_substituted", 10, "photo on the page was changed"),
        ("cloned_chip", 7, "clone"),
        ("data_differs", 8, "visual zone differs"),
    ],
)
def test_a_fraud_fails_its_step_and_says_why(
    qtbot: QtBot, packs: dict[str, Pack], fraud: str, step: int, words: str
) -> None:
    dialog = _reader(qtbot, packs[fraud], 1)
    outcomes = _outcomes(dialog)
    assert outcomes[step] == "fail"
    assert outcomes.count("fail") == 1
    assert words in dialog.steps.topLevelItem(step).text(1)
    assert "FAIL" in dialog.verdict.text()


def test_mismatched_data_are_highlighted(qtbot: QtBot, packs: dict[str, Pack]) -> None:
    dialog = _reader(qtbot, packs["data_differs"], 1)
    marked = {
        dialog.table.item(r, 0).text()
        for r in range(dialog.table.rowCount())
        if dialog.table.item(r, 1).background().color() == QColor(MISMATCH)
    }
    assert len(marked) == 1


def test_exercises_other_than_chip_items_do_not_offer_the_reader(
    qtbot: QtBot, packs: dict[str, Pack]
) -> None:
    tab = SpecimenTab(packs["cloned_chip"].specimens[0], config=EXERCISE)
    qtbot.addWidget(tab)
    assert tab.chip_action not in tab.view_actions()


def test_the_interface_words_every_reason_the_core_gives() -> None:
    assert {k: str(v) for k, v in chip_reasons.TEMPLATES.items()} == reasons.TEMPLATES


@pytest.mark.parametrize("fraud", ["photo_substituted", "cloned_chip", "data_differs"])
def test_the_chinese_reader_shows_no_english_sentence(
    qtbot: QtBot, packs: dict[str, Pack], fraud: str
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = install_translator(app, "zh")
    assert translator is not None
    try:
        for index in (0, 1):
            dialog = _reader(qtbot, packs[fraud], index)
            rows = [dialog.steps.topLevelItem(i) for i in range(dialog.steps.topLevelItemCount())]
            for row in rows:
                assert row is not None
                # Names (DG1, EF.CardAccess, CSCA, a certificate's subject) stay; no English
                # sentence.
                without_names = re.sub(r"\b[A-Z]{1,2}=[^,\s]+( [^,\s]+)*,?", "", row.text(1))
                without_names = re.sub(r"\bEF\.\w+", "", without_names)
                words = re.findall(r"[a-z]{4,}", without_names)
                assert not words, (row.text(0), row.text(1))
                # Wrapped, never cut: the row is as tall as its text needs.
                assert row.sizeHint(1).height() >= dialog.steps.fontMetrics().height()
    finally:
        app.removeTranslator(translator)
