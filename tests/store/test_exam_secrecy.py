"""An exam in progress leaves nothing in the results database that says which answers are
right: the database is a file a trainee can open before submitting."""

from __future__ import annotations

from sqlalchemy import text

from docexam.core.training.quiz import (
    AreaAnswer,
    Mark,
    Mode,
    Point,
    QuizSession,
    Verdict,
    VerdictAnswer,
)
from docexam.store import Store
from docexam.store.quiz_bridge import finish, record_item, resume_session, save_set

from ..core.quiz.sample import exercise_set


def _answer_columns(store: Store) -> list[tuple[object, ...]]:
    with store.engine.connect() as conn:
        query = "SELECT score, max_score, feedback FROM answer ORDER BY id"
        return [tuple(row) for row in conn.execute(text(query))]


def test_unfinished_exam_rows_hold_no_score_or_feedback(store: Store) -> None:
    trainee = store.create_trainee("Wang Fang", "Immigration", 2)
    s = exercise_set(Mode.EXAM, time_limit_s=600)
    attempt = store.start_attempt(trainee.id, save_set(store, "utopia-basic", s).id)
    session = QuizSession(s)
    record_item(store, attempt.id, session.submit(AreaAnswer((Mark("data", Point(20, 30)),))))
    session.next()
    record_item(store, attempt.id, session.submit(VerdictAnswer(Verdict.FORGERY)))
    assert _answer_columns(store) == [(None, None, None), (None, None, None)]
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT score, max_score FROM attempt")).one() == (None, None)

    # The trainee's answers are all there: the exam resumes and is graded at its finish.
    [resumable] = store.unfinished_attempts(trainee.id)
    again = resume_session(resumable)
    result = again.finish()
    done = finish(store, attempt.id, result)
    assert done.score == result.earned and done.max_score == result.maximum
    graded = store.answers(attempt.id)
    assert [a.score for a in graded] == [sc.earned for sc in result.scores if sc is not None]
    assert all(a.feedback and a.feedback["exercise"] == a.exercise_id for a in graded)


def test_practice_answers_keep_their_feedback_at_once(store: Store) -> None:
    trainee = store.create_trainee("Li Wei", "Border Police", 1)
    s = exercise_set(Mode.PRACTICE)
    attempt = store.start_attempt(trainee.id, save_set(store, "utopia-basic", s).id)
    session = QuizSession(s)
    record = session.submit(AreaAnswer((Mark("data", Point(20, 30)),)))
    record_item(store, attempt.id, record)
    [(score, maximum, feedback)] = _answer_columns(store)
    assert (score, maximum) == (record.score.earned, record.score.maximum) and feedback
