"""A fair exam over many seeds: nothing the trainee answered before, no document twice."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from docexam.core.domain.model import Pack, Status
from docexam.core.library.library import Library
from docexam.core.pack.io import read_pack, write_pack
from docexam.core.training.curriculum import load_curriculum
from docexam.core.training.exams import documents_of, fair_pick
from docexam.core.training.plans import EXAM_COUNT, Plan, PlanKind, build_set
from docexam.core.training.quiz import DrillExercise, Exercise, Mode, QuizError
from docexam.core.training.quiz.generate import all_exercises, generate_set
from docexam.core.training.quiz.scope import scope_for

from ..packs import BASIC

CURRICULUM = load_curriculum()
STATUSES = [Status.GENUINE, Status.PHOTO_SUBSTITUTION, Status.COUNTERFEIT, Status.PSEUDO]


@pytest.fixture(scope="module")
def packs() -> list[Pack]:
    """One pack of eight documents: the hand-made passport under new numbers and statuses."""
    base = read_pack(BASIC)
    original = base.specimens[0]
    variants = tuple(
        replace(
            original,
            id=f"{original.id}-{n}",
            document=replace(original.document, status=STATUSES[n % len(STATUSES)]),
        )
        for n in range(8)
    )
    return [replace(base, id="variety", specimens=variants)]


def exam_pool(packs: list[Pack], level: int) -> list[Exercise]:
    pool = all_exercises(packs, scope_for(CURRICULUM, level=level), 0)
    return [ex for ex in pool if not isinstance(ex, DrillExercise)]


@pytest.mark.parametrize("level", [1, 2])
def test_an_exam_never_repeats_a_document_nor_an_item_practised(
    packs: list[Pack], level: int
) -> None:
    pool = exam_pool(packs, level)
    assert len({d for ex in pool for d in documents_of(ex)}) == 8
    for seed in range(40):
        practice = generate_set(packs, CURRICULUM, level=level, count=6, seed=1000 + seed)
        seen = {ex.id for ex in practice.exercises}
        exam = fair_pick(pool, EXAM_COUNT, seed, level, seen)
        assert exam, f"seed {seed}: an empty exam"
        assert not seen & {ex.id for ex in exam}, f"seed {seed}: a practised item"
        documents = [d for ex in exam for d in documents_of(ex)]
        assert len(documents) == len(set(documents)), f"seed {seed}: a document twice"
        assert fair_pick(pool, EXAM_COUNT, seed, level, seen) == exam  # seeded


def test_documents_met_in_practice_come_last(packs: list[Pack]) -> None:
    pool = exam_pool(packs, 1)
    met = {"variety/uto-td3-eriksson-0", "variety/uto-td3-eriksson-1"}
    on_met = sorted(ex.id for ex in pool if documents_of(ex) & met)
    seen = set(on_met[::2])  # some items of those two documents answered, others not
    assert set(on_met) - seen
    for seed in range(10):
        exam = fair_pick(pool, 6, seed, 1, seen)  # six fresh documents: enough without them
        assert len(exam) == 6
        assert not {d for ex in exam for d in documents_of(ex)} & met
    everything = fair_pick(pool, 100, 3, 1, seen)
    assert len(everything) == 8  # a document each, the met ones last
    assert {d for ex in everything for d in documents_of(ex)} >= met


def test_a_level_exam_plan_draws_around_what_the_trainee_answered(
    tmp_path: Path, packs: list[Pack]
) -> None:
    write_pack(packs[0], tmp_path / "bundled" / "variety")
    library = Library(tmp_path / "library", [tmp_path / "bundled"])
    plan = Plan(PlanKind.LEVEL_EXAM, 1, seed=5)
    _, first = build_set(plan, library, CURRICULUM)
    assert first.mode is Mode.EXAM and first.time_limit_s
    assert not any(isinstance(ex, DrillExercise) for ex in first.exercises)  # six documents
    answered = frozenset(ex.id for ex in first.exercises)
    _, second = build_set(replace(plan, seen=answered), library, CURRICULUM)
    assert not answered & {ex.id for ex in second.exercises}
    pool = all_exercises(library.load_all(), scope_for(CURRICULUM, level=1), 5)
    everything = frozenset(ex.id for ex in pool)
    with pytest.raises(QuizError, match="not answered before"):
        build_set(replace(plan, seen=everything), library, CURRICULUM)
