"""The mastery rule on plain values: how answers move a level, which answers count, weak points."""

from __future__ import annotations

from dataclasses import dataclass
from functools import reduce

import pytest

from docexam.core.exercise.model import Mode
from docexam.core.training.mastery import (
    MASTERED,
    WEAK,
    WEAK_LIMIT,
    WEIGHT,
    Tally,
    counts_when_answered,
    counts_when_finished,
    fold,
    weak_points,
)


@dataclass(frozen=True)
class Record:  # any record with these fields will do; the store's Mastery is one
    objective_id: str
    level: float
    answers: int


def test_the_first_answer_sets_the_level_and_later_ones_move_it() -> None:
    first = fold(Tally(), 1.0, 2.0)
    assert first == Tally(level=0.5, answers=1, earned=1.0, possible=2.0)
    second = fold(first, 2.0, 2.0)
    assert second.level == pytest.approx(0.5 + WEIGHT * (1.0 - 0.5))
    assert (second.answers, second.earned, second.possible) == (2, 3.0, 4.0)
    assert fold(Tally(), 0.0, 0.0).level == 0.0  # an item worth nothing counts as not mastered


def test_practice_recovers_mastery_and_mistakes_fade_it() -> None:
    right = reduce(lambda t, _: fold(t, 1.0, 1.0), range(6), fold(Tally(), 0.0, 1.0))
    assert right.level >= MASTERED  # six right answers outweigh a first wrong one
    wrong = reduce(lambda t, _: fold(t, 0.0, 1.0), range(2), right)
    assert wrong.level < WEAK  # two recent mistakes make it a weak point again
    assert wrong.answers == 9 and wrong.earned == 6.0


def test_practice_counts_the_first_answer_to_an_item_at_once() -> None:
    assert counts_when_answered(Mode.PRACTICE.value, first_for_item=True)
    assert not counts_when_answered(Mode.PRACTICE.value, first_for_item=False)
    assert not counts_when_answered(Mode.EXAM.value, first_for_item=True)


def test_exams_count_when_finished_and_never_when_abandoned() -> None:
    assert counts_when_finished(Mode.EXAM.value, finished=True)
    assert not counts_when_finished(Mode.EXAM.value, finished=False)
    assert not counts_when_finished(Mode.PRACTICE.value, finished=True)  # counted as answered


def test_weak_points_are_the_lowest_levels_below_the_threshold() -> None:
    records = [
        Record("a", 0.9, 3),
        Record("b", 0.2, 1),
        Record("c", 0.2, 5),  # as weak as b, but surer: first
        Record("d", WEAK, 2),  # at the threshold: not weak
        Record("e", 0.5, 2),
    ]
    assert [r.objective_id for r in weak_points(records)] == ["c", "b", "e"]
    assert [r.objective_id for r in weak_points(records, limit=1)] == ["c"]
    many = [Record(f"o{i}", 0.1, 1) for i in range(WEAK_LIMIT + 3)]
    assert len(weak_points(many)) == WEAK_LIMIT
    assert weak_points([]) == []
