"""What a trainee can start, and how each choice becomes an exercise set (no Qt, no SQL).

A :class:`Plan` is the choice on the start screen (practise a module, a level exam, an exam set
shipped in a pack, the first-line drill, "my weak points"); :func:`build_set` turns it into an
exercise set over the library's packs and :func:`plan_of` reads the choice back from a stored
set's key. :func:`module_progress` and :func:`next_module` decide what the start screen
highlights, so a trainee always sees one obvious next step.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from docexam.core.domain.model import Pack
from docexam.core.library.library import Library
from docexam.core.pack.exercise_file import read_exercises
from docexam.core.training.curriculum import Curriculum, Module
from docexam.core.training.exams import fair_pick
from docexam.core.training.mastery import MASTERED, Level
from docexam.core.training.quiz import DrillExercise, Exercise, ExerciseSet, Mode, QuizError
from docexam.core.training.quiz.generate import (
    EXAM_SECONDS_PER_EXERCISE,
    all_exercises,
    generate_set,
)
from docexam.core.training.quiz.scope import Scope, scope_for

LIBRARY_PACK = "library"  # the pack id a set drawn from the whole library is stored under
# Set ids name what was practised, so a stored attempt can be named in words (:func:`plan_of`);
# generate_set writes "<packs>-<module id>-s<seed>" and "<packs>-L<level>-s<seed>".
DRILL_KEY = "drill-s"
WEAK_KEY = "weak-s"
_LEVEL_KEY = re.compile(r"-L([123])-s\d+$")
PRACTICE_COUNT = 10
EXAM_COUNT = 12


class PlanKind(StrEnum):
    MODULE = "module"  # practise one curriculum module
    LEVEL_EXAM = "level_exam"  # an exam over the trainee's level, drawn from the library
    PACK_SET = "pack_set"  # an exam set a pack ships in exercises.json
    DRILL = "drill"  # the timed first-line drill
    WEAK = "weak"  # practise the objectives this trainee is weakest at


@dataclass(frozen=True)
class Plan:
    kind: PlanKind
    level: int = 1
    module: str | None = None
    pack_id: str | None = None
    set_id: str | None = None
    objectives: tuple[str, ...] = ()
    seed: int = 0
    # Exercise ids the trainee has answered before (the store's ``answered_exercises``): a
    # level exam draws none of them.
    seen: frozenset[str] = frozenset()


def pack_sets(library: Library) -> list[tuple[str, ExerciseSet]]:
    """(pack id, set) for every set the library's packs ship; unreadable files are skipped."""
    found: list[tuple[str, ExerciseSet]] = []
    for entry in library.entries():
        try:
            found += [(entry.pack_id, s) for s in read_exercises(entry.path)]
        except QuizError:
            continue  # a broken exercises.json must not hide the other packs' sets
    return found


def _pick(exercises: list[Exercise], count: int, seed: int) -> list[Exercise]:
    rng = random.Random(seed)
    chosen = list(exercises)
    rng.shuffle(chosen)
    return chosen[:count]


def build_set(plan: Plan, library: Library, curriculum: Curriculum) -> tuple[str, ExerciseSet]:
    """(pack id to store it under, the set). Raises QuizError when nothing fits."""
    if plan.kind is PlanKind.PACK_SET:
        for pack_id, s in pack_sets(library):
            if pack_id == plan.pack_id and s.id == plan.set_id:
                if s.mode is not Mode.EXAM:
                    return pack_id, replace(s, time_limit_s=None)  # practice, as it was saved
                limit = s.time_limit_s or EXAM_SECONDS_PER_EXERCISE * len(s.exercises)
                return pack_id, replace(s, time_limit_s=limit)
        raise QuizError(f"pack {plan.pack_id!r}: no exercise set {plan.set_id!r}")
    packs = library.load_all()
    if plan.kind is PlanKind.MODULE:
        s = generate_set(
            packs, curriculum, module=plan.module, count=PRACTICE_COUNT, seed=plan.seed
        )
        return LIBRARY_PACK, s
    if plan.kind is PlanKind.LEVEL_EXAM:
        return LIBRARY_PACK, _level_exam(plan, packs, curriculum)
    if plan.kind is PlanKind.DRILL:
        drills = [
            e
            for e in all_exercises(packs, scope_for(curriculum, level=1), plan.seed)
            if isinstance(e, DrillExercise)
        ]
        if not drills:
            raise QuizError("no specimens in the library for a drill")
        title = {"en": "First-line drill", "zh-Hans": "一线快速判断"}
        # Exam mode: the booth gives no hints, and each document's verdict can be stored as it
        # is given (mastery then counts the drill once, when it ends).
        return LIBRARY_PACK, ExerciseSet(
            f"{DRILL_KEY}{plan.seed}", title, (drills[0],), mode=Mode.EXAM
        )
    objectives = [o for o in curriculum.objectives() if o.id in set(plan.objectives)]
    exercises = all_exercises(packs, Scope(objectives), plan.seed) if objectives else []
    chosen = _pick(exercises, PRACTICE_COUNT, plan.seed)
    if not chosen:
        raise QuizError("no exercises in the library train your weak points yet")
    title = {"en": "My weak points", "zh-Hans": "我的薄弱环节"}
    return LIBRARY_PACK, ExerciseSet(f"{WEAK_KEY}{plan.seed}", title, tuple(chosen))


def _level_exam(plan: Plan, packs: Sequence[Pack], curriculum: Curriculum) -> ExerciseSet:
    """A fair exam (:mod:`exams`), keyed as ``generate_set`` keys a level set."""
    # The drill shows six documents at once and has a start button of its own.
    pool = [
        ex
        for ex in all_exercises(packs, scope_for(curriculum, level=plan.level), plan.seed)
        if not isinstance(ex, DrillExercise)
    ]
    chosen = fair_pick(pool, EXAM_COUNT, plan.seed, plan.level, plan.seen)
    if not chosen:
        raise QuizError(
            f"no level {plan.level} exam items left that you have not answered before:"
            " add packs to the library for a fresh exam"
        )
    pack_part = "+".join(sorted(p.id for p in packs))
    return ExerciseSet(
        f"{pack_part}-L{plan.level}-s{plan.seed}",
        dict(curriculum.title),
        tuple(chosen),
        Mode.EXAM,
        EXAM_SECONDS_PER_EXERCISE * len(chosen),
    )


def plan_of(set_key: str, curriculum: Curriculum) -> Plan | None:
    """The kind of plan (and its module or level) a stored set's key names; None for a set a
    pack ships, which has no plan in its key."""
    for module in curriculum.modules:
        if f"-{module.id}-s" in set_key:
            return Plan(PlanKind.MODULE, module.level, module=module.id)
    level = _LEVEL_KEY.search(set_key)
    if level:
        return Plan(PlanKind.LEVEL_EXAM, int(level[1]))
    if set_key.startswith(DRILL_KEY):
        return Plan(PlanKind.DRILL)
    if set_key.startswith(WEAK_KEY):
        return Plan(PlanKind.WEAK)
    return None


@dataclass(frozen=True)
class ModuleProgress:
    module: Module
    level: float  # mean mastery over the module's objectives (untouched ones count 0)
    practised: int  # objectives with at least one answer


def module_progress(
    curriculum: Curriculum, mastery: Iterable[Level], level: int | None = None
) -> list[ModuleProgress]:
    """Each module's progress (of one level, if given) from a trainee's stored mastery."""
    by_id = {m.objective_id: m for m in mastery}
    out = []
    for module in curriculum.modules:
        if level is not None and module.level != level:
            continue
        levels = [by_id[o.id].level if o.id in by_id else 0.0 for o in module.objectives]
        practised = sum(1 for o in module.objectives if o.id in by_id)
        # fsum: a module whose every objective is at MASTERED must not average just below it.
        out.append(ModuleProgress(module, math.fsum(levels) / max(len(levels), 1), practised))
    return out


def next_module(progress: list[ModuleProgress]) -> ModuleProgress | None:
    """The module to practise next: the first never practised, else the weakest not mastered."""
    fresh = [p for p in progress if p.practised == 0]
    if fresh:
        return fresh[0]
    open_ = [p for p in progress if p.level < MASTERED]
    return min(open_, key=lambda p: p.level) if open_ else None
