"""The SLTD query as a trainee uses it: in the study viewer and on every exercise item, type the
number printed on the document, press Query, read the answer. A stolen blank hits as reported by
its state; a genuine document has no hit; the box is on every item, so its presence hints at
nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from docexam.core.domain.model import Status
from docexam.core.library.library import Library
from docexam.core.library.sltd import holder_report
from docexam.core.synth.forgery import ForgeJob, forge_pack
from docexam.core.synth.pack import Recipe, generate_pack
from docexam.core.training.curriculum import load_curriculum
from docexam.core.training.plans import PRACTICE_COUNT
from docexam.core.training.quiz import DrillExercise
from docexam.core.training.quiz.generate import generate_set
from docexam.store import Store
from docexam.ui.training import start_page
from docexam.ui.viewer.specimen_tab import SpecimenTab

from .conftest import open_window, training
from .helpers import settle, start_module

GENUINE = ("UTO", "td3", 8)
LOST = ("UTO", "td3", 7)  # its holder reported it lost
PACK = "docexam-generated"  # a bundled genuine pack: the database reports some of its documents


@pytest.fixture
def sltd_library(tmp_path: Path) -> Library:
    """A genuine passport nobody reported, one its holder reported lost, and a stolen blank of
    another state."""
    bundled = tmp_path / "bundled"
    assert holder_report(PACK, "uto-td3-a-8", "genuine", "td3") is None
    assert holder_report(PACK, "uto-td3-a-7", "genuine", "td3") == "lost"
    recipes = [Recipe(*GENUINE), Recipe(*LOST)]
    generate_pack(PACK, recipes, bundled / PACK, dpi=150)
    forge_pack("blanks", [ForgeJob("QNB", "td3", 113, "stolen_blank", 2)], bundled / "blanks", 150)
    return Library(tmp_path / "library", [bundled])


@pytest.fixture
def blank_seed(sltd_library: Library, monkeypatch: pytest.MonkeyPatch) -> int:
    """A seed whose L2.fraud practice set asks about the stolen blank outside a drill."""
    packs = sltd_library.load_all()
    for seed in range(1, 40):
        s = generate_set(
            packs, load_curriculum(), module="L2.fraud", count=PRACTICE_COUNT, seed=seed
        )
        if any(
            not isinstance(e, DrillExercise)
            and getattr(getattr(e, "specimen", None), "pack_id", "") == "blanks"
            for e in s.exercises
        ):
            monkeypatch.setattr(start_page, "_seed", lambda chosen=seed: chosen)
            return seed
    raise AssertionError("no seed asks about the stolen blank")


def query(qtbot: QtBot, tab: SpecimenTab, number: str) -> str:
    box = tab.sltd_box
    assert box is not None and box.isVisible()
    box.number.clear()
    qtbot.keyClicks(box.number, number)
    qtbot.mouseClick(box.button, Qt.MouseButton.LeftButton)
    return box.result.text()


def test_the_study_viewer_queries_a_stolen_blank_and_a_genuine(
    qtbot: QtBot, sltd_library: Library, store: Store
) -> None:
    window = open_window(qtbot, sltd_library, store)
    entries = {e.status: e for e in window.catalogue() if e.specimen_id != "uto-td3-a-7"}
    blank = window.open_specimen(entries["stolen_blank"])
    assert blank is not None
    number = blank.specimen.viz["document_number"]
    said = query(qtbot, blank, number.lower())
    assert said.startswith("HIT: stolen blank, reported ") and said.endswith(" by QNB")
    genuine = window.open_specimen(entries["genuine"])
    assert genuine is not None
    number = genuine.specimen.viz["document_number"]
    assert query(qtbot, genuine, number) == f"{number}: no hit"
    assert query(qtbot, genuine, "  ") == "Type the document number (letters and digits)."
    [lost_entry] = [e for e in window.catalogue() if e.specimen_id == "uto-td3-a-7"]
    lost = window.open_specimen(lost_entry)
    assert lost is not None
    said = query(qtbot, lost, lost.specimen.viz["document_number"])
    assert said.startswith("HIT: lost document, reported ") and said.endswith(" by UTO")


def test_every_exercise_item_offers_the_query_and_it_answers_as_the_key_says(
    qtbot: QtBot, sltd_library: Library, store: Store, blank_seed: int
) -> None:
    window = open_window(qtbot, sltd_library, store)
    training(window).start.create_trainee("Lin Wei", "Land border", 2)
    page = start_module(qtbot, window, "L2.fraud")
    session = page.session
    seen: set[Status] = set()
    for index in range(session.count):
        ex = session.current
        tab = page.stage.tab
        settle(qtbot, tab)
        assert tab is not None
        if not isinstance(ex, DrillExercise):
            status = tab.specimen.document.status
            said = query(qtbot, tab, tab.specimen.viz["document_number"])
            if status is Status.STOLEN_BLANK:
                assert said.startswith("HIT: stolen blank") and said.endswith("by QNB")
            elif tab.specimen.id == "uto-td3-a-7":
                assert said.startswith("HIT: lost document")  # genuine, and the key says so
            else:
                assert said.endswith("no hit")
            seen.add(status)
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda i=index: session.index == min(i + 1, session.count - 1))
    assert Status.STOLEN_BLANK in seen, [
        (type(e).__name__, getattr(e, "specimen", None)) for e in session.exercise_set.exercises
    ]
