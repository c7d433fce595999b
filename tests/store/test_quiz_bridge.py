"""A whole attempt through the bridge: submit, store, crash (drop the session), resume, finish."""

from __future__ import annotations

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
from docexam.store import Store
from docexam.store.quiz_bridge import finish, record_item, resume_session, save_set

from ..core.quiz.sample import exercise_set


def test_exam_attempt_survives_a_lost_session(store: Store) -> None:
    trainee = store.create_trainee("Wang Fang", "Immigration", 2)
    s = exercise_set(Mode.EXAM, time_limit_s=600)
    stored = save_set(store, "utopia-basic", s)
    attempt = store.start_attempt(trainee.id, stored.id)
    session = QuizSession(s)
    record_item(store, attempt.id, session.submit(AreaAnswer((Mark("data", Point(20, 30)),))))
    session.next()
    record_item(store, attempt.id, session.submit(VerdictAnswer(Verdict.FORGERY)))
    del session  # the workstation died

    [resumable] = store.unfinished_attempts(trainee.id)
    again = resume_session(resumable)
    assert again.mode is Mode.EXAM and again.index == 2
    assert [r.index for r in again.records()] == [0, 1]
    again.go_to(1)
    record_item(
        store, attempt.id, again.submit(VerdictAnswer(Verdict.FORGERY, Status.PHOTO_SUBSTITUTION))
    )
    result = again.finish()
    done = finish(store, attempt.id, result)
    assert done.score == 2.0 and done.max_score == result.maximum and done.passed is False
    mastery = {m.objective_id: m.level for m in store.mastery(trainee.id)}
    assert mastery == {"L1.printing.guilloche": 0.25, "L2.fraud.photo": 1.0}
