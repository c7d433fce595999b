"""Plans on plain values and the bundled pack: progress, the next step, sets and their keys."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from docexam.core.library.library import Library
from docexam.core.training.curriculum import load_curriculum
from docexam.core.training.mastery import MASTERED
from docexam.core.training.plans import (
    LIBRARY_PACK,
    Plan,
    PlanKind,
    build_set,
    module_progress,
    next_module,
    plan_of,
)
from docexam.core.training.quiz import DrillExercise, Mode, QuizError

from ..packs import BASIC

CURRICULUM = load_curriculum()
LEVEL_1 = [m for m in CURRICULUM.modules if m.level == 1]


@dataclass(frozen=True)
class Record:  # the fields the store's Mastery shares with core.training.mastery.Level
    objective_id: str
    level: float
    answers: int = 1


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    return Library(tmp_path_factory.mktemp("library"), [BASIC.parent])


def test_module_progress_counts_untouched_objectives_as_nothing() -> None:
    uv = CURRICULUM.module("L1.uv")
    first, second, _ = (o.id for o in uv.objectives)
    progress = module_progress(CURRICULUM, [Record(first, 0.9), Record(second, 0.6)], level=1)
    assert [p.module.id for p in progress] == [m.id for m in LEVEL_1]
    [p] = [p for p in progress if p.module.id == "L1.uv"]
    assert p.level == pytest.approx((0.9 + 0.6) / len(uv.objectives)) and p.practised == 2
    assert all(p.practised == 0 and p.level == 0 for p in progress if p.module.id != "L1.uv")
    assert len(module_progress(CURRICULUM, [])) == len(CURRICULUM.modules)


def test_next_module_is_the_first_never_practised_then_the_weakest_not_mastered() -> None:
    def at(levels: dict[str, float]) -> list[Record]:
        return [Record(o.id, levels[m.id]) for m in LEVEL_1 for o in m.objectives]

    fresh = module_progress(CURRICULUM, [], level=1)
    assert next_module(fresh) == fresh[0]
    levels = {m.id: MASTERED for m in LEVEL_1} | {"L1.uv": 0.5, "L1.mrz": 0.3}
    chosen = next_module(module_progress(CURRICULUM, at(levels), level=1))
    assert chosen is not None and chosen.module.id == "L1.mrz"
    all_mastered = module_progress(CURRICULUM, at({m.id: MASTERED for m in LEVEL_1}), level=1)
    assert next_module(all_mastered) is None


@pytest.mark.parametrize(
    "plan",
    [
        Plan(PlanKind.MODULE, 1, module="L1.uv", seed=3),
        Plan(PlanKind.LEVEL_EXAM, 1, seed=3),
        Plan(PlanKind.DRILL, 1, seed=3),
        Plan(PlanKind.WEAK, 1, objectives=("L1.uv.substrate", "L1.mrz.check_digits"), seed=3),
    ],
    ids=lambda p: p.kind.value,
)
def test_each_plan_builds_a_set_whose_key_names_the_plan(library: Library, plan: Plan) -> None:
    pack_id, exercise_set = build_set(plan, library, CURRICULUM)
    assert pack_id == LIBRARY_PACK and exercise_set.exercises
    assert build_set(plan, library, CURRICULUM) == (pack_id, exercise_set)  # seeded: the same
    named = plan_of(exercise_set.id, CURRICULUM)
    assert named is not None and named.kind is plan.kind and named.module == plan.module
    if plan.kind is PlanKind.LEVEL_EXAM:
        assert named.level == plan.level and exercise_set.mode is Mode.EXAM
    if plan.kind is PlanKind.DRILL:
        assert exercise_set.mode is Mode.EXAM
        assert all(isinstance(e, DrillExercise) for e in exercise_set.exercises)
    if plan.kind is PlanKind.WEAK:
        assert all(set(e.objectives) & set(plan.objectives) for e in exercise_set.exercises)


def test_plans_with_nothing_to_offer_say_why(library: Library) -> None:
    with pytest.raises(QuizError, match="weak points"):
        build_set(Plan(PlanKind.WEAK, 1, objectives=()), library, CURRICULUM)
    with pytest.raises(QuizError, match="no exercise set 'nope'"):
        build_set(
            Plan(PlanKind.PACK_SET, 1, pack_id="utopia-basic", set_id="nope"), library, CURRICULUM
        )
    assert plan_of("checkpoint-a", CURRICULUM) is None  # a pack's own set names no plan
