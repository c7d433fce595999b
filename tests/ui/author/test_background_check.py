"""The periodic check (exercise sets rebuilt, validation) runs in the tab's worker: the problem
list says "Checking…" meanwhile, the instructor keeps typing, and the answer of a check that a
later edit superseded is never shown."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from docexam.core.authoring.check import Checked, Snapshot
from docexam.core.domain.errors import Problem
from docexam.core.training.curriculum import Curriculum
from docexam.ui.author import tab as tab_module
from docexam.ui.author.tab import AuthorTab

from .conftest import PAGE, SPEC
from .test_annotate import draw_triangle

STALE = "from the check that was superseded"


def shown(tab: AuthorTab) -> list[str]:
    return [tab.problems.list.item(i).text() for i in range(tab.problems.list.count())]


def settled(tab: AuthorTab) -> bool:
    return not tab.checker.busy() and "Checking" not in tab.problems.summary.text()


def test_check_runs_in_the_worker_and_a_superseded_one_is_never_shown(
    qtbot: QtBot, tab: AuthorTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    qtbot.waitUntil(lambda: settled(tab))  # the check made when the tab opened
    real = tab_module.check
    gate = threading.Event()
    runs: list[tuple[threading.Thread, int]] = []

    def held_first(snap: Snapshot, curriculum: Curriculum) -> Checked:
        runs.append((threading.current_thread(), snap.revision))
        checked = real(snap, curriculum)
        if len(runs) == 1:  # the first check takes as long as the test wants
            assert gate.wait(20)
            marker = Problem.unlocated(STALE)
            return replace(checked, problems=(*checked.problems, marker))
        return checked

    monkeypatch.setattr(tab_module, "check", held_first)
    ever_shown: list[str] = []
    calls: list[int] = []
    show = tab.problems.set_problems

    def spy(problems: list[Problem]) -> None:
        calls.append(len(problems))
        ever_shown.extend(str(p) for p in problems)
        show(problems)

    monkeypatch.setattr(tab.problems, "set_problems", spy)
    draw_triangle(qtbot, tab)
    qtbot.waitUntil(lambda: len(runs) == 1, timeout=5000)  # the autosave timer started it
    assert runs[0][0] is not threading.main_thread()
    assert "Checking" in tab.problems.summary.text()

    # The instructor types while the check runs: the UI answers at once.
    name = tab.properties.texts[("name", "en")]
    name.selectAll()
    qtbot.keyClicks(name, "Rainbow guilloche")
    assert tab.doc.page(SPEC, PAGE).features[0].name["en"] == "Rainbow guilloche"
    assert not gate.is_set() and len(runs) == 1  # ...while the first check still runs

    # The edit starts a newer check (queued behind the running one, which it supersedes);
    # then the first one ends.
    assert tab.autosave.isActive()
    qtbot.waitUntil(lambda: not tab.autosave.isActive(), timeout=5000)
    gate.set()
    qtbot.waitUntil(lambda: len(runs) == 2 and settled(tab), timeout=10000)
    assert runs[1][1] > runs[0][1]
    assert calls and not [t for t in ever_shown + shown(tab) if STALE in t]
    assert "problem" in tab.problems.summary.text() or "share" in tab.problems.summary.text()
    # The list shown is the answer for the draft as it is now.
    assert tab.problems.problems == tab.check_now()


def test_a_result_for_an_older_revision_is_dropped(qtbot: QtBot, tab: AuthorTab) -> None:
    """An edit between a check's snapshot and its answer: the answer is not shown or applied."""
    qtbot.waitUntil(lambda: settled(tab))
    before = list(tab.problems.problems)
    old = tab_module.snapshot(tab.doc)
    draw_triangle(qtbot, tab)  # the draft moves on
    answer = tab_module.check(old, tab._curriculum_now())
    assert tab._checked(answer, [Problem.unlocated(STALE)]) is None
    assert tab.problems.problems == before
