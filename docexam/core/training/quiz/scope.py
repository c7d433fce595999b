"""Which curriculum objectives an exercise may train: matched by its kind and tags, and by
level (an item trains the objectives of its level and above)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import Status
from docexam.core.exercise.model import ExerciseKind
from docexam.core.training.curriculum import Curriculum, Objective


class Scope:
    """The objectives an exercise may be tied to, and how to find them from its tags."""

    def __init__(self, objectives: Sequence[Objective]) -> None:
        self.objectives = tuple(objectives)

    def match(
        self,
        kind: ExerciseKind,
        categories: Iterable[str] = (),
        lights: Iterable[LightSource] = (),
        statuses: Iterable[Status] = (),
    ) -> tuple[str, ...]:
        cats, lits, stats = set(categories), set(lights), set(statuses)
        out = []
        for o in self.objectives:
            if kind not in o.exercise_kinds:
                continue
            if cats and not cats & set(o.categories):
                continue
            if lits and o.lights and not lits & set(o.lights):
                continue
            if stats and not stats & set(o.fraud_types):
                continue
            out.append(o.id)
        return tuple(out)


def level_filter(
    objectives: tuple[str, ...], scope: Scope, item_level: int | None
) -> tuple[str, ...]:
    """An item trains the objectives of its level and above: a level-1 officer is not given
    faint signs, an expert may still be given plain ones."""
    if item_level is None:
        return objectives
    levels = {o.id: o.level for o in scope.objectives}
    return tuple(o for o in objectives if levels.get(o, 3) >= item_level)


def scope_for(curriculum: Curriculum, module: str | None = None, level: int | None = None) -> Scope:
    if module is not None:
        return Scope(curriculum.module(module).objectives)
    return Scope(curriculum.objectives(level))
