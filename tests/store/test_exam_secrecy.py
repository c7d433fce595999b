"""An exam in progress leaves nothing in the results database that says which answers are
right: the database is a file a trainee can open before submitting."""

from __future__ import annotations

import json

from sqlalchemy import text

from docexam.core.domain.model import Status
from docexam.core.training.quiz import (
    AreaAnswer,
    Mark,
    Mode,
    Point,
    QuizSession,
    Verdict,
    VerdictAnswer,
)
from docexam.store import Store, open_store
from docexam.store.models import Base
from docexam.store.quiz_bridge import finish, record_item, resume_session, save_set

from ..core.quiz.sample import GUILLOCHE, MRZ, NUMBER, PORTRAIT, exercise_set

# What the sample exam's keys are made of: statuses of its verdict and drill, the objective that
# names the fraud, the expected features (ids, categories, names) and the MRZ findings.
KEY_WORDS = (
    *(s.value for s in Status),
    "l2.fraud",
    *(f.id for f in (GUILLOCHE, NUMBER, PORTRAIT)),
    *(f.category for f in (GUILLOCHE, NUMBER, PORTRAIT)),
    "rosette",
    *(finding.code.lower() for finding in MRZ.expected),
    *(finding.field for finding in MRZ.expected),
)


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


def _database_text(store: Store) -> str:
    """Every value of every table, as an SQL browser would show it, except the trainee's own
    answers (``answer.payload``: what they chose is theirs to read)."""
    parts = []
    with store.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            columns = [
                c.name for c in table.columns if (table.name, c.name) != ("answer", "payload")
            ]
            query = f"SELECT {', '.join(columns)} FROM {table.name}"
            parts += [json.dumps(list(row), default=str) for row in conn.execute(text(query))]
    return "\n".join(parts).lower()


def _answer_every_item(store: Store, attempt_id: int, session: QuizSession) -> None:
    record_item(store, attempt_id, session.submit(AreaAnswer((Mark("data", Point(95, 30)),))))
    session.next()
    record_item(store, attempt_id, session.submit(VerdictAnswer(Verdict.FORGERY)))


def test_the_raw_database_of_an_unfinished_exam_holds_no_key(store: Store) -> None:
    trainee = store.create_trainee("Chen Jie", "Immigration", 2)
    s = exercise_set(Mode.EXAM, time_limit_s=600)
    attempt = store.start_attempt(trainee.id, save_set(store, "utopia-basic", s).id)
    _answer_every_item(store, attempt.id, QuizSession(s))
    before = _database_text(store)
    assert "sample" in before and "set-1" in before  # the dump does read the set's row
    assert [w for w in KEY_WORDS if w.lower() in before] == []

    # Finished: the grades, the objectives and the feedback are written, and may be read.
    [resumable] = store.unfinished_attempts(trainee.id)
    finish(store, attempt.id, resume_session(resumable).finish())
    after = _database_text(store)
    assert "l2.fraud" in after and "guilloche" in after


def test_an_exam_resumed_after_a_restart_scores_as_if_never_closed(db_url: str) -> None:
    s = exercise_set(Mode.EXAM, time_limit_s=600)
    unbroken = QuizSession(s)
    unbroken.submit(AreaAnswer((Mark("data", Point(95, 30)),)))
    unbroken.next()
    unbroken.submit(VerdictAnswer(Verdict.FORGERY))
    expected = unbroken.finish()

    first = open_store(db_url)
    trainee = first.create_trainee("Zhou Min", "Border Police", 2)
    attempt = first.start_attempt(trainee.id, save_set(first, "utopia-basic", s).id)
    _answer_every_item(first, attempt.id, QuizSession(s))
    first.close()  # the workstation restarts

    second = open_store(db_url)
    try:
        [resumable] = second.unfinished_attempts(trainee.id)
        assert resumable.exercise_set.content["exercises"][1]["expected"] == "photo_substitution"
        result = resume_session(resumable).finish()
        done = finish(second, attempt.id, result)
        assert (done.score, done.max_score) == (expected.earned, expected.maximum)
        assert 0 < expected.earned < expected.maximum  # right on one item, half on the other
        graded = second.answers(attempt.id)
        assert [a.score for a in graded] == [sc.earned for sc in expected.scores if sc]
        assert [a.objectives for a in graded] == [ex.objectives for ex in s.exercises[:2]]
        assert {m.objective_id for m in second.mastery(trainee.id)} == {
            "L1.printing.guilloche",
            "L2.fraud.photo",
        }
    finally:
        second.close()
