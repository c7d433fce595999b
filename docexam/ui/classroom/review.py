"""A trainee's class attempt in the training review: the set from the instructor's own copy of
the pack, the answers from the class server, graded here by the same rules as on the
workstation (an exam's answers reach the server ungraded until it is submitted)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from docexam.core.library.library import Library
from docexam.core.training.curriculum import load_curriculum
from docexam.core.training.plans import Plan, PlanKind, build_set
from docexam.core.training.quiz import QuizSession, SessionResult
from docexam.core.training.quiz.answer_codec import answer_from_json
from docexam.store.class_port import ClassLink
from docexam.store.records import ClassSession


def rebuild(
    link: ClassLink, server: str, session: ClassSession, attempt_id: int, library: Library
) -> tuple[QuizSession, SessionResult]:
    """Off the UI thread: read the answers, build the set, grade."""
    plan = Plan(PlanKind.PACK_SET, 1, pack_id=session.pack_id, set_id=session.set_key)
    _, exercise_set = build_set(plan, library, load_curriculum())
    answers = [
        (a.item_index, answer_from_json(a.payload), a.seconds)
        for a in link.attempt_answers(server, attempt_id)
    ]
    quiz = QuizSession.resume(exercise_set, answers, elapsed_s=None)
    return quiz, quiz.finish()


def open_review(
    quiz: QuizSession, result: SessionResult, library: Library, lang: str, trainee: str
) -> QWidget:
    from docexam.ui.training.review_page import ReviewPage

    page = ReviewPage(quiz, result, library, lang)
    page.setWindowTitle(
        QCoreApplication.translate("ClassDashboard", "Review: %1").replace("%1", trainee)
    )
    page.resize(1280, 760)
    page.done.connect(page.close)
    page.show()
    return page
