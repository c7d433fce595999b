"""Comparing with a reference, from the study viewer's menu and from an exercise: both offer the
genuines the core's rule chooses, in its order."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from docexam.core.domain.model import DocumentType, Status
from docexam.core.library.library import Library
from docexam.core.pack.io import read_pack, write_pack
from docexam.core.training.quiz import SpecimenRef
from docexam.ui.main_window import MainWindow
from docexam.ui.training.stage import Stage
from docexam.ui.viewer.specimen_tab import SpecimenTab

from .conftest import BASIC

OTHER_HOLDER = {
    "surname": "HOLM",
    "given_names": "MIA",
    "number": "L1234567",
    "birth": "1981-02-03",
    "expiry": "2031-02-03",
}


@pytest.fixture
def library(tmp_path: Path) -> Library:
    """A passport, a photo substitution made from it (no record: hand-made), two other genuine
    passports of Utopia (one of an older series) and a genuine visa."""
    base = read_pack(BASIC)
    original = base.specimens[0]
    doc = original.document
    specimens = (
        original,
        replace(
            original,
            id="uto-td3-photo-sub",
            title={"en": "Questioned passport"},
            document=replace(doc, status=Status.PHOTO_SUBSTITUTION),
        ),
        replace(
            original,
            id="uto-td3-old",
            title={"en": "Older Utopia passport"},
            document=replace(doc, series="UTO-P-2000"),
            viz={**OTHER_HOLDER, "number": "L7654321"},
        ),
        replace(original, id="uto-td3-holm", title={"en": "Holm passport"}, viz=OTHER_HOLDER),
        replace(
            original,
            id="qar-visa",
            title={"en": "Qarlandian visa"},
            document=replace(doc, type=DocumentType.MRV_A, issuing_state="QAR"),
            viz={**OTHER_HOLDER, "number": "V0000001"},
        ),
    )
    bundled = tmp_path / "bundled"
    write_pack(replace(base, id="refs", specimens=specimens), bundled / "refs")
    return Library(tmp_path / "library", [bundled])


def _open(qtbot: QtBot, window: MainWindow, specimen_id: str) -> SpecimenTab:
    entry = next(e for e in window.browser.model.entries() if e.specimen_id == specimen_id)
    tab = window.open_specimen(entry)
    assert tab is not None
    for pane in tab._panes():
        pane.renderer.wait()
    return tab


def test_the_viewer_offers_genuines_of_the_type_never_the_source(
    qtbot: QtBot, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(library)
    qtbot.addWidget(window)
    offered: list[list[str]] = []

    def choose(
        _parent: QWidget, _title: str, _label: str, labels: list[str], *_: object
    ) -> tuple[str, bool]:
        offered.append(labels)
        return labels[0], True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(choose))
    tab = _open(qtbot, window, "uto-td3-photo-sub")
    window.compare_action.trigger()
    # The same series first; the passport it was made from (sharing its holder) never.
    assert [label.split(" · ")[0] for label in offered[0]] == [
        "Holm passport",
        "Older Utopia passport",
    ]
    assert tab.reference is not None and tab.reference.specimen.id == "uto-td3-holm"
    tab.close_panes()

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    visa = _open(qtbot, window, "qar-visa")
    window.compare_action.trigger()
    assert told == ["No genuine specimen of this document type to compare with."]
    assert visa.reference is None and len(offered) == 1  # never a passport for a visa
    visa.close_panes()


def test_an_exercise_compares_with_the_same_genuine_without_its_hotspots(
    qtbot: QtBot, library: Library
) -> None:
    stage = Stage(library)
    qtbot.addWidget(stage)
    stage.resize(1200, 700)
    stage.show()
    tab = stage.show_specimen(SpecimenRef("refs", "uto-td3-photo-sub"), caption="Item 1")
    assert tab is not None
    assert stage.compare_with_genuine()
    reference = tab.reference
    assert reference is not None and reference.specimen.id == "uto-td3-holm"
    reference.renderer.wait()
    assert reference.view.hotspots and not any(i.isVisible() for i in reference.view.hotspots)
    stage.show_specimen(SpecimenRef("refs", "qar-visa"), caption="Item 2")
    assert not stage.compare_with_genuine()
    stage.close_stage()
