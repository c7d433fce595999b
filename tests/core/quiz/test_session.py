"""The quiz session state machine in practice and exam mode, and resuming it."""

from __future__ import annotations

import pytest

from docexam.core.domain.lights import LightSource as L
from docexam.core.domain.model import Status
from docexam.core.mrz import Position
from docexam.core.training.quiz import (
    AreaAnswer,
    LightAnswer,
    Mark,
    Mode,
    MrzAnswer,
    Point,
    QuizError,
    QuizSession,
    SessionState,
    Verdict,
    VerdictAnswer,
)

from .sample import exercise_set


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def tick(self, seconds: float) -> None:
        self.now += seconds


GOOD_AREA = AreaAnswer((Mark("data", Point(20, 30)),))


def test_practice_gives_feedback_at_once_and_locks_the_item() -> None:
    clock = FakeClock()
    s = QuizSession(exercise_set(), clock=clock)
    assert s.mode is Mode.PRACTICE and s.hints_visible and s.remaining() is None
    clock.tick(7)
    record = s.submit(GOOD_AREA)
    assert record.seconds == 7.0 and record.score.earned == 1.0
    assert s.feedback() == record.score
    with pytest.raises(QuizError, match="already answered"):
        s.submit(GOOD_AREA)
    s.next()
    assert s.index == 1 and s.feedback() is None
    s.submit(VerdictAnswer(Verdict.FORGERY, Status.PHOTO_SUBSTITUTION))
    s.previous()
    assert s.index == 0
    result = s.finish()
    assert s.state is SessionState.FINISHED
    assert result.earned == 2.0 and result.maximum == 4 + 1 + 1 + 2 + 3
    assert result.scores[2] is None and not result.passed
    with pytest.raises(QuizError, match="finished"):
        s.next()
    assert s.finish() is result


def test_exam_hides_feedback_allows_changes_and_reveals_after_finish() -> None:
    clock = FakeClock()
    s = QuizSession(exercise_set(Mode.EXAM, time_limit_s=300), clock=clock)
    assert not s.hints_visible and s.remaining() == 300
    clock.tick(10)
    s.submit(AreaAnswer())
    s.submit(GOOD_AREA)  # changed before submission
    assert s.feedback() is None
    s.go_to(2)
    clock.tick(5)
    s.submit(LightAnswer((L.UV365,)))
    s.go_to(0)
    clock.tick(3)
    assert s.item_seconds(0) == 13.0
    assert s.remaining() == pytest.approx(282)
    result = s.finish()
    assert s.feedback(0) is not None and s.feedback(0).earned == 1.0  # type: ignore[union-attr]
    assert result.earned == 2.0 and result.seconds == pytest.approx(18)
    assert not result.timed_out


def test_exam_time_limit_stops_answers() -> None:
    clock = FakeClock()
    s = QuizSession(exercise_set(Mode.EXAM, time_limit_s=60), clock=clock)
    clock.tick(61)
    assert s.expired and s.remaining() == 0.0
    with pytest.raises(QuizError, match="time is up"):
        s.submit(GOOD_AREA)
    assert s.finish().timed_out


def test_resume_rebuilds_answers_scores_and_position() -> None:
    clock = FakeClock()
    stored = [
        (0, AreaAnswer(), 4.0),
        (0, GOOD_AREA, 6.0),  # the latest per item counts
        (1, VerdictAnswer(Verdict.FORGERY), 9.0),
        (3, MrzAnswer((Position(2, 20),)), 20.0),
    ]
    s = QuizSession.resume(exercise_set(Mode.EXAM, 300), stored, clock=clock)
    assert s.index == 2  # the first unanswered item
    assert s.remaining() == pytest.approx(300 - 35)
    assert [r.index for r in s.records()] == [0, 1, 3]
    assert s.record(0).score.earned == 1.0  # type: ignore[union-attr]
    assert s.feedback(0) is None  # still an exam
    result = s.finish()
    assert result.earned == 1.0 + 0.5 + 1.0


def test_resume_rejects_an_index_outside_the_set() -> None:
    with pytest.raises(QuizError, match="item 10"):
        QuizSession.resume(exercise_set(), [(9, AreaAnswer(), 1.0)])


def test_an_answer_counts_only_once_it_is_stored() -> None:
    from docexam.core.domain.errors import DocexamError

    s = QuizSession(exercise_set(), clock=FakeClock())
    kept = []

    def failing_store(_record: object) -> None:
        raise DocexamError("record answer: the results database stayed busy; try again")

    with pytest.raises(DocexamError, match="busy"):
        s.submit(GOOD_AREA, failing_store)
    assert not s.answered() and s.feedback() is None  # not counted, not locked
    record = s.submit(GOOD_AREA, kept.append)  # the retry is not "already answered"
    assert kept == [record] and s.answered()
    s.next()
    with pytest.raises(DocexamError):
        s.submit(VerdictAnswer(Verdict.GENUINE), failing_store)
    result = s.finish()
    assert result.scores[1] is None  # the final score counts only what was stored
    assert result.earned == record.score.earned
