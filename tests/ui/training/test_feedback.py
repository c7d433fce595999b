"""The feedback a trainee reads: a genuine feature marked but not asked is said so, not blamed."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from docexam.core.domain.geometry import Rect
from docexam.core.domain.lights import LightSource
from docexam.core.training.quiz import AreaAnswer, ExpectedRegion, Mark, Point, score
from docexam.ui.training.feedback import FeedbackPanel
from tests.core.quiz.sample import AREA

FIBRES = ExpectedRegion(
    "fibres",
    "data",
    Rect(1, 1, 123, 86),
    "substrate.fibres",
    {"en": "Invisible fluorescent fibres"},
    (LightSource.UV365,),
    parts=(Rect(60, 70, 2, 2),),
)


def test_a_genuine_feature_not_asked_is_worded_neutral(qtbot: QtBot) -> None:
    panel = FeedbackPanel()
    qtbot.addWidget(panel)
    ex = replace(AREA, neutral=(FIBRES,))
    s = score(ex, AreaAnswer((Mark("data", Point(20, 30)), Mark("data", Point(61, 71)))))
    panel.show_score(ex, s)
    text = panel.body.text()
    assert "Not asked" in text and "Invisible fluorescent fibres" in text
    assert "costs nothing" in text and "nothing to find here" not in text
    assert panel.counts.false_marks == 0 and panel.counts.hits == 1


def test_the_show_me_buttons_of_one_answer_only_take_room(qtbot: QtBot) -> None:
    """Answer after answer, the panel keeps its height: the last answer's "Show me" buttons
    leave at once, not when their deferred delete runs (the window grew past 768 px)."""
    panel = FeedbackPanel()
    qtbot.addWidget(panel)
    panel.show()
    s = score(AREA, AreaAnswer())
    panel.show_score(AREA, s)
    QCoreApplication.processEvents()  # the buttons show; a deferred delete does not run here
    first = panel.minimumSizeHint().height()
    assert len(panel.show_buttons) >= 2  # white, UV-A and IR reveal the signs of AREA
    for _ in range(5):
        panel.show_score(AREA, s)
        QCoreApplication.processEvents()
    assert panel.minimumSizeHint().height() == first
