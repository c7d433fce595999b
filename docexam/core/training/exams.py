"""Drawing a fair exam: items the trainee has not seen, each document at most once (no Qt, no SQL).

Practice shows the key after every answer, and an exam's review shows it at the end, so an item
answered before is no test of the trainee; two items on one document give each other away (a
verdict after "mark the alterations" of the same forgery). The caller says which exercise ids
the trainee has answered (the store keeps them); the draw never takes one of those, never takes
a second item touching a document already in the exam, and prefers documents the trainee never
met in any item of the pool.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence

from docexam.core.exercise.model import (
    AreaExercise,
    DrillExercise,
    Exercise,
    LightExercise,
)


def documents_of(exercise: Exercise) -> frozenset[str]:
    """The documents (``pack/specimen``) an exercise shows."""
    refs = (
        [i.specimen for i in exercise.items]
        if isinstance(exercise, DrillExercise)
        else [exercise.specimen]
    )
    return frozenset(f"{r.pack_id}/{r.specimen_id}" for r in refs)


def fair_pick(
    exercises: Sequence[Exercise],
    count: int,
    seed: int,
    level: int | None = None,
    seen: Iterable[str] = (),
) -> list[Exercise]:
    """Up to ``count`` exercises, round-robin across kinds as ``generate_set`` mixes them, none
    in ``seen`` and no document twice; the same inputs give the same exam."""
    seen = frozenset(seen)
    met = frozenset(d for ex in exercises if ex.id in seen for d in documents_of(ex))
    rng = random.Random(seed)
    by_kind: dict[str, list[Exercise]] = {}
    for ex in sorted(exercises, key=lambda e: e.id):
        if ex.id not in seen:
            by_kind.setdefault(ex.kind.value, []).append(ex)
    for group in by_kind.values():
        rng.shuffle(group)
        # Popped from the end: unmet documents first, then items graded at the exam's level.
        group.sort(
            key=lambda e: (
                not documents_of(e) & met,
                isinstance(e, AreaExercise | LightExercise) and e.level == level,
            )
        )
    picked: list[Exercise] = []
    used: set[str] = set()
    while len(picked) < count and any(by_kind.values()):
        for kind in sorted(by_kind):
            group = by_kind[kind]
            while group and len(picked) < count:
                ex = group.pop()
                if documents_of(ex) & used:
                    continue  # this document is in the exam already: try the kind's next
                picked.append(ex)
                used |= documents_of(ex)
                break
    rng.shuffle(picked)
    return picked
