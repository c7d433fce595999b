"""The repository API on both databases: what the UI sees, and what it must never lose."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, timedelta

import pytest
from sqlalchemy import create_engine, text

from docexam.core.training.mastery import weak_points
from docexam.store import AttemptStatus, Store, StoreError, open_store

from .helpers import answer, begin, grades, set_json


def test_trainees_are_created_listed_and_unique(store: Store) -> None:
    b = store.create_trainee("Zhang San", "Customs", 2)
    a = store.create_trainee("Anna Berg", "Border Police", 1)
    assert [t.name for t in store.list_trainees()] == ["Anna Berg", "Zhang San"]
    assert store.trainee(b.id).level == 2
    assert a.created_at.tzinfo is not None and a.created_at.utcoffset() == timedelta(0)
    with pytest.raises(StoreError, match="already exists"):
        store.create_trainee("Anna Berg", "Border Police", 1)
    with pytest.raises(StoreError, match="level"):
        store.create_trainee("X", "Y", 7)


def test_saving_a_set_twice_updates_it(store: Store) -> None:
    first = store.save_exercise_set("p", set_json(items=2))
    second = store.save_exercise_set("p", set_json(items=5))
    assert first.id == second.id and second.item_count == 5
    with pytest.raises(StoreError, match="missing or bad field"):
        store.save_exercise_set("p", {"id": "x"})


def test_answers_are_kept_and_the_attempt_resumes(store: Store) -> None:
    trainee, _, attempt = begin(store, mode="exam")
    assert attempt.status is AttemptStatus.IN_PROGRESS and attempt.time_limit_s == 600
    answer(store, attempt.id, 0, 1.0)
    answer(store, attempt.id, 1, 0.0)
    answer(store, attempt.id, 1, 0.5)  # changed before submission: the latest counts
    [resumable] = store.unfinished_attempts(trainee.id)
    assert resumable.attempt.id == attempt.id
    assert resumable.exercise_set.content == set_json(mode="exam")
    assert len(resumable.answers) == 3
    # An exam's answers are kept ungraded until it is finished.
    assert all(a.score is a.max_score is a.feedback is None for a in resumable.answers)
    assert all(a.answered_at.tzinfo == UTC for a in resumable.answers)
    assert store.mastery(trainee.id) == []  # exam answers count only once submitted

    done = store.finish_attempt(attempt.id, max_score=3.0, grades=grades({0: 1.0, 1: 0.5}))
    assert [(a.item_index, a.score) for a in store.answers(attempt.id)] == [
        (0, 1.0),
        (1, None),  # superseded before submission: never graded
        (1, 0.5),
    ]
    assert done.status is AttemptStatus.FINISHED and done.score == 1.5 and done.max_score == 3.0
    assert done.passed is False and done.finished_at is not None
    assert store.unfinished_attempts(trainee.id) == []
    [m] = store.mastery(trainee.id)
    assert m.answers == 2 and m.earned == 1.5
    with pytest.raises(StoreError, match="already finished"):
        answer(store, attempt.id, 2, 1.0)


def test_practice_mastery_counts_the_first_answer_per_item(store: Store) -> None:
    trainee, _, attempt = begin(store)
    answer(store, attempt.id, 0, 0.0, "L1.mrz.check_digits")
    answer(store, attempt.id, 0, 1.0, "L1.mrz.check_digits")  # after seeing the feedback
    answer(store, attempt.id, 1, 1.0, "L1.uv.substrate")
    levels = {m.objective_id: m for m in store.mastery(trainee.id)}
    assert levels["L1.mrz.check_digits"].level == 0.0
    assert levels["L1.mrz.check_digits"].answers == 1
    assert levels["L1.uv.substrate"].level == 1.0
    answer(store, attempt.id, 2, 1.0, "L1.mrz.check_digits")
    level = {m.objective_id: m.level for m in store.mastery(trainee.id)}["L1.mrz.check_digits"]
    assert level == pytest.approx(0.3)
    weak = weak_points(store.mastery(trainee.id))
    assert [w.objective_id for w in weak] == ["L1.mrz.check_digits"]


def test_finishing_an_attempt_twice_counts_its_mastery_once(store: Store) -> None:
    trainee, _, attempt = begin(store, mode="exam")
    answer(store, attempt.id, 0, 1.0)
    answer(store, attempt.id, 1, 0.0)
    done = store.finish_attempt(attempt.id, grades=grades({0: 1.0, 1: 0.0}))
    before = store.mastery(trainee.id)
    assert [(m.answers, m.earned) for m in before] == [(2, 1.0)]
    # The clock runs out as the Finish button is pressed: the second close changes nothing.
    again = store.finish_attempt(attempt.id, score=9.0, max_score=9.0, passed=True)
    assert again == done
    assert store.finish_attempt(attempt.id, status=AttemptStatus.ABANDONED) == done
    assert store.mastery(trainee.id) == before
    assert store.attempt_history(trainee.id) == [done]


def test_concurrent_finishes_count_mastery_once(db_url: str) -> None:
    stores = [open_store(db_url) for _ in range(4)]
    try:
        trainee, _, attempt = begin(stores[0], mode="exam")
        for i in range(3):
            answer(stores[0], attempt.id, i, 1.0)
        start = threading.Barrier(len(stores))

        def finish(store: Store) -> None:
            start.wait()
            store.finish_attempt(attempt.id, grades=grades({0: 1.0, 1: 1.0, 2: 1.0}))

        with ThreadPoolExecutor(len(stores)) as pool:
            list(pool.map(finish, stores))
        [m] = stores[0].mastery(trainee.id)
        assert (m.answers, m.earned) == (3, 3.0)
    finally:
        for store in stores:
            store.close()


def test_concurrent_answers_lose_no_mastery_update(db_url: str) -> None:
    stores = [open_store(db_url) for _ in range(4)]
    per_store = 8
    try:
        trainee = stores[0].create_trainee("Li Wei", "Border Police", 1)
        stored = stores[0].save_exercise_set("utopia-basic", set_json(items=per_store))
        attempts = [stores[0].start_attempt(trainee.id, stored.id) for _ in stores]
        start = threading.Barrier(len(stores))

        def work(job: tuple[Store, int]) -> None:
            store, attempt_id = job
            start.wait()
            for i in range(per_store):
                answer(store, attempt_id, i, 0.5)

        with ThreadPoolExecutor(len(stores)) as pool:
            list(pool.map(work, zip(stores, [a.id for a in attempts], strict=True)))
        [m] = stores[0].mastery(trainee.id)
        assert m.answers == len(stores) * per_store
        assert m.earned == pytest.approx(0.5 * len(stores) * per_store)
        assert m.level == pytest.approx(0.5)
    finally:
        for store in stores:
            store.close()


def test_history_lists_attempts_newest_first(store: Store) -> None:
    trainee, stored, first = begin(store)
    store.finish_attempt(first.id, status=AttemptStatus.ABANDONED)
    second = store.start_attempt(trainee.id, stored.id, mode="exam")
    history = store.attempt_history(trainee.id)
    assert [a.id for a in history] == [second.id, first.id]
    assert history[0].mode == "exam" and history[1].status is AttemptStatus.ABANDONED
    assert history[0].pack_id == "utopia-basic" and history[0].set_key == "set-1"


def test_unknown_ids_are_readable_errors(store: Store) -> None:
    with pytest.raises(StoreError, match="trainee 999: not found"):
        store.start_attempt(999, 1)
    with pytest.raises(StoreError, match="attempt 42"):
        answer(store, 42, 0, 1.0)


def test_naive_datetimes_are_refused(store: Store) -> None:
    from datetime import datetime

    _, _, attempt = begin(store)
    with pytest.raises(StoreError):
        store.record_answer(attempt.id, 0, "e", [], {}, 1, 1, {}, 1.0, datetime(2024, 1, 1))


def test_a_set_in_use_is_never_rewritten_under_its_attempts(store: Store) -> None:
    trainee, stored, attempt = begin(store, mode="exam")
    answer(store, attempt.id, 0, 1.0)
    same = store.save_exercise_set("utopia-basic", set_json(mode="exam"))
    assert same.id == stored.id  # unchanged content: the same row
    changed = store.save_exercise_set("utopia-basic", set_json(items=5, mode="exam"))
    assert changed.id != stored.id and changed.item_count == 5
    [resumable] = store.unfinished_attempts(trainee.id)
    assert resumable.exercise_set.content == set_json(mode="exam")  # the questions it answered
    again = store.save_exercise_set("utopia-basic", set_json(items=5, mode="exam"))
    assert again.id == changed.id  # the same new content is stored once


def test_answered_exercises_are_the_trainees_own_over_every_attempt(store: Store) -> None:
    trainee, stored, practice = begin(store)
    answer(store, practice.id, 0, 1.0)
    answer(store, practice.id, 0, 0.0)  # the same item twice: one id
    store.finish_attempt(practice.id, status=AttemptStatus.ENDED)
    exam = store.start_attempt(trainee.id, stored.id, "exam")
    answer(store, exam.id, 2, 1.0)
    other, _, theirs = begin(store, name="Someone Else")
    answer(store, theirs.id, 1, 1.0)
    assert store.answered_exercises(trainee.id) == frozenset({"ex-0", "ex-2"})
    assert store.answered_exercises(other.id) == frozenset({"ex-1"})
    assert store.answered_exercises(9999) == frozenset()


def test_a_shown_solution_is_kept_flagged_and_never_counted(store: Store) -> None:
    trainee, _, attempt = begin(store)
    kept = store.record_answer(
        attempt.id,
        0,
        "ex-0",
        ["L1.uv.substrate"],
        {"kind": "verdict"},
        0.0,
        1.0,
        {},
        3.0,
        solution_shown=True,
    )
    assert kept.solution_shown and not store.answers(attempt.id)[0].feedback.get("items")
    assert store.mastery(trainee.id) == []  # the key's answer is not the trainee's
    answer(store, attempt.id, 1, 1.0)
    ended = store.finish_attempt(attempt.id, status=AttemptStatus.ENDED, passed=None)
    assert ended.status is AttemptStatus.ENDED and ended.passed is None
    assert [(m.answers, m.earned) for m in store.mastery(trainee.id)] == [(1, 1.0)]
    assert store.unfinished_attempts(trainee.id) == []


@pytest.mark.postgres
def test_an_answer_racing_a_finish_is_refused_not_orphaned(postgres_url: str) -> None:
    """A finish holding the attempt's row (uncommitted) makes a concurrent answer wait; once the
    finish commits, the answer is refused, never stored under a closed attempt it did not count."""

    with open_store(postgres_url) as store:
        _, _, attempt = begin(store, mode="exam")
        finisher = create_engine(postgres_url)
        outcome: list[BaseException | None] = []
        with finisher.connect() as conn:
            tx = conn.begin()
            conn.execute(
                text("UPDATE attempt SET status = 'finished' WHERE id = :id"), {"id": attempt.id}
            )

            def answer_now() -> None:
                try:
                    answer(store, attempt.id, 0, 1.0)
                    outcome.append(None)
                except BaseException as exc:
                    outcome.append(exc)

            racer = threading.Thread(target=answer_now)
            racer.start()
            racer.join(timeout=1.0)
            assert racer.is_alive(), "the answer did not wait for the finish holding the row"
            tx.commit()
        racer.join(timeout=30)
        finisher.dispose()
        assert len(outcome) == 1 and isinstance(outcome[0], StoreError)
        assert "already finished" in str(outcome[0])
        assert store.answers(attempt.id) == []
