"""An exercise set from the specimens an instructor picked, the kinds wanted and exam settings.

The exercises come from the quiz package's generator (one specimen at a time), so an authored set
asks exactly what a generated one would; the instructor chooses what goes in, not how it is built.
"""

from __future__ import annotations

import random
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace

from docexam.core.domain.model import Specimen
from docexam.core.exercise.model import AreaExercise, Asked, LightExercise
from docexam.core.training.curriculum import Curriculum
from docexam.core.training.quiz import (
    DrillExercise,
    DrillItem,
    Exercise,
    ExerciseKind,
    ExerciseSet,
    Mode,
    QuizError,
    SpecimenRef,
)
from docexam.core.training.quiz.generate import specimen_exercises
from docexam.core.training.quiz.prompts import PROMPTS
from docexam.core.training.quiz.scope import Scope


@dataclass(frozen=True)
class SetPlan:
    """What the instructor chose in the exercise-set editor."""

    set_id: str
    title: dict[str, str]
    specimen_ids: tuple[str, ...]
    kinds: tuple[ExerciseKind, ...]
    mode: Mode = Mode.PRACTICE
    time_limit_s: float | None = None
    pass_mark: float = 0.6
    seconds_per_drill_item: float = 10.0
    seed: int = 0


def build_set(
    pack_id: str, specimens: Sequence[Specimen], plan: SetPlan, curriculum: Curriculum
) -> ExerciseSet:
    """The set ``plan`` describes over ``specimens`` (all in pack ``pack_id``)."""
    if not plan.specimen_ids:
        raise QuizError("choose at least one specimen")
    if not plan.kinds:
        raise QuizError("choose at least one exercise type")
    if not 0.0 < plan.pass_mark <= 1.0:
        raise QuizError(f"pass mark {plan.pass_mark:.0%} must be above 0 % and at most 100 %")
    by_id = {s.id: s for s in specimens}
    missing = [sid for sid in plan.specimen_ids if sid not in by_id]
    if missing:
        raise QuizError(f"specimens not in pack {pack_id!r}: {', '.join(missing)}")
    scope = Scope(curriculum.objectives())
    chosen = [by_id[sid] for sid in plan.specimen_ids]
    exercises: list[Exercise] = []
    for specimen in chosen:
        exercises += [
            e
            for e in specimen_exercises(pack_id, specimen, scope, plan.seed)
            if e.kind in plan.kinds and e.kind is not ExerciseKind.DRILL
        ]
    if ExerciseKind.DRILL in plan.kinds:
        objectives = scope.match(ExerciseKind.DRILL)
        items = [DrillItem(SpecimenRef(pack_id, s.id), s.document.status) for s in chosen]
        random.Random(plan.seed).shuffle(items)
        exercises.append(
            DrillExercise(
                f"drill-{plan.set_id}",
                objectives,
                tuple(items),
                plan.seconds_per_drill_item,
                PROMPTS[ExerciseKind.DRILL],
            )
        )
    if not exercises:
        raise QuizError(
            "these specimens give no exercise of the chosen types "
            "(annotate features, or add forgeries for verdict exercises)"
        )
    return ExerciseSet(
        plan.set_id,
        plan.title,
        tuple(exercises),
        plan.mode,
        plan.time_limit_s if plan.mode is Mode.EXAM else None,
        plan.pass_mark,
        asked=Asked(plan.specimen_ids, plan.kinds),
    )


def plan_of(exercise_set: ExerciseSet) -> SetPlan:
    """The editor's choices recovered from a saved set (to edit it again)."""
    ids: list[str] = []
    seconds = 10.0
    for ex in exercise_set.exercises:
        refs = [i.specimen for i in ex.items] if isinstance(ex, DrillExercise) else [ex.specimen]
        if isinstance(ex, DrillExercise):
            seconds = ex.seconds_per_item
        ids += [r.specimen_id for r in refs if r.specimen_id not in ids]
    kinds = tuple(dict.fromkeys(ex.kind for ex in exercise_set.exercises))
    if exercise_set.asked is not None:  # what was asked, also where nothing came of it
        ids, kinds = list(exercise_set.asked.specimen_ids), exercise_set.asked.kinds
    return SetPlan(
        exercise_set.id,
        exercise_set.title,
        tuple(ids),
        kinds,
        exercise_set.mode,
        exercise_set.time_limit_s,
        exercise_set.pass_mark,
        seconds,
    )


def chosen(built: ExerciseSet, item_ids: Collection[str] | None) -> ExerciseSet:
    """``built`` with only the exercises ``item_ids`` names (all of them when None), in order:
    the exercise-item picker's result."""
    if item_ids is None:
        return built
    kept = tuple(e for e in built.exercises if e.id in item_ids)
    if not kept:
        raise QuizError("choose at least one exercise item")
    return replace(built, exercises=kept)


@dataclass(frozen=True)
class Refreshed:
    """A saved set rebuilt from the specimens as they are now. ``lost`` are the ids of its
    exercises the specimens no longer give (kept as saved, and reported)."""

    exercise_set: ExerciseSet
    lost: tuple[str, ...] = ()


def refreshed(
    pack_id: str, specimens: Sequence[Specimen], saved: ExerciseSet, curriculum: Curriculum
) -> Refreshed:
    """``saved`` rebuilt with the same choices and items, so it never keeps a copy of a region,
    name or MRZ that a later edit changed. The exercises are regenerated (ids are stable), and
    each saved one is replaced by its fresh self; one that cannot be rebuilt any more is kept
    and named in ``lost``."""
    try:
        built = build_set(pack_id, specimens, plan_of(saved), curriculum)
    except QuizError:
        return Refreshed(saved, tuple(e.id for e in saved.exercises))
    fresh = {e.id: e for e in built.exercises}
    # An item's id also holds its level and light, which an edit of a material may change:
    # the fresh item asking the same thing of the same page or feature takes its place.
    by_slot = {_slot(e): e for e in built.exercises}
    taken = {e.id for e in saved.exercises}
    exercises, lost = [], []
    for old in saved.exercises:
        new = fresh.get(old.id)
        if new is None:
            alt = by_slot.get(_slot(old))
            new = alt if alt is not None and alt.id not in taken else None
        if new is None:
            lost.append(old.id)
        exercises.append(new or old)
    return Refreshed(replace(saved, exercises=tuple(exercises)), tuple(lost))


def _slot(e: Exercise) -> tuple[object, ...]:
    """What an item asks about, apart from its level: kind, specimen, pages or feature."""
    if isinstance(e, DrillExercise):
        return (e.kind,)
    where: object = None
    if isinstance(e, AreaExercise):
        where = tuple(p.page_id for p in e.pages)
    elif isinstance(e, LightExercise):
        where = (e.feature.page_id, e.feature.id)
    return (e.kind, e.specimen.key, where)


def refresh_all(
    pack_id: str,
    specimens: Sequence[Specimen],
    sets: Sequence[ExerciseSet],
    curriculum: Curriculum,
) -> list[Refreshed]:
    return [refreshed(pack_id, specimens, s, curriculum) for s in sets]
