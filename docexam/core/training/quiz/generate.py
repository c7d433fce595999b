"""Building exercise sets from the specimens of packs, deterministically by seed.

What a specimen gives: its pages' genuine features (``keys``) -> find-the-features and
which-light exercises (``page_items``); a fraudulent status -> a verdict exercise; an MRZ -> MRZ
exercises (``mrz_tasks``); fraud records -> a mark-the-alterations exercise; a mix of specimens
-> a timed drill; an e-passport's chip (genuine, or a chip fraud) -> a chip check
(``chip_items``); a generated genuine document's portrait -> face comparisons (``face_items``);
a pack's traveller case files -> a case-file item each (``case_items``). Each exercise is tied
to the curriculum objectives (in scope) whose tags match it and whose level is at least the
item's (graded by how its signs look, ``domain.look``),
and is dropped when none does (``scope``).

Forgeries plug in through :class:`FraudRecord`: a forged specimen's ``forgery.json`` or its
``fraud.*`` features (see :func:`fraud_records`), or a caller that knows the alterations passes
records to ``page_items.alteration_exercise`` directly.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace

from docexam.core.domain.ids import opaque_id
from docexam.core.domain.model import Pack, Specimen, Status
from docexam.core.exercise.errors import QuizError
from docexam.core.exercise.model import (
    AreaExercise,
    DrillExercise,
    DrillItem,
    Exercise,
    ExerciseKind,
    ExerciseSet,
    LightExercise,
    Mode,
    MrzTask,
    SpecimenRef,
    VerdictExercise,
)
from docexam.core.library.sltd import holder_report
from docexam.core.training.curriculum import Curriculum
from docexam.core.training.quiz import first_line
from docexam.core.training.quiz.case_items import case_exercises
from docexam.core.training.quiz.chip_items import alternate_verdicts, chip_exercise, chip_truth
from docexam.core.training.quiz.face_items import face_items
from docexam.core.training.quiz.fraud_truth import fraud_records
from docexam.core.training.quiz.mrz_tasks import is_trap_number, mrz_exercises, viz_of
from docexam.core.training.quiz.page_items import alteration_exercise, page_exercises
from docexam.core.training.quiz.prompts import PROMPTS
from docexam.core.training.quiz.scope import Scope, level_filter, scope_for

MRZ_TRAPS = ".traps"  # objectives ending so (L3.mrz.traps) train the traps of MRZ reading
# A drill has one or two frauds among three to five genuine documents each: one in four to six.
DRILL_MAX_FRAUDS = 2
DRILL_GENUINE_PER_FRAUD = (3, 5)
DRILL_SECONDS = {1: 10.0, 2: 30.0, 3: 60.0}
EXAM_SECONDS_PER_EXERCISE = 90.0


def specimen_exercises(pack_id: str, specimen: Specimen, scope: Scope, seed: int) -> list[Exercise]:
    """Every exercise one specimen gives within ``scope``."""
    rng = random.Random(f"{seed}:{pack_id}/{specimen.id}")
    ref = SpecimenRef(pack_id, specimen.id)
    status = specimen.document.status
    out: list[Exercise] = []
    for page in specimen.pages:
        out += page_exercises(ref, specimen, page, scope, rng)
    # A chip fraud's chip sign is its chip item's to ask: no region to mark, and a page with no
    # other sign cannot be judged without the reader, which only chip items offer.
    records = [r for r in fraud_records(specimen) if r.tools != (first_line.CHIP_READER,)]
    truth = chip_truth(specimen)  # read once: the verdict item and the chip item ask it
    page_shows = bool(records) or truth is None
    if status is not Status.GENUINE and page_shows:
        objectives = scope.match(ExerciseKind.VERDICT, statuses=[status])
        if objectives:
            out.append(
                VerdictExercise(
                    opaque_id("ex", "verdict", specimen.id),
                    objectives,
                    ref,
                    status,
                    PROMPTS[ExerciseKind.VERDICT],
                    specimen.notes,
                )
            )
    objectives = scope.match(ExerciseKind.MARK_ALTERATIONS, statuses=[status])
    if records and objectives:
        item = alteration_exercise(ref, specimen.pages, records, objectives)
        item = replace(item, objectives=level_filter(objectives, scope, item.level))
        if item.objectives:
            out.append(item)
    # Objectives about the visual zone take the VIZ task; the others the check digits.
    viz = scope.match(ExerciseKind.MRZ_CHECK, ["personalisation.data"])
    digits = tuple(o for o in scope.match(ExerciseKind.MRZ_CHECK, ["mrz.mrz"]) if o not in viz)
    # An MRZ-trap objective gets only specimens whose number is a trap.
    data = viz_of(specimen)
    if data is None or not is_trap_number(data.document_number):
        digits = tuple(o for o in digits if not o.endswith(MRZ_TRAPS))
    mrz_objectives = {MrzTask.CHECK_DIGITS: digits, MrzTask.VIZ: viz}
    for ex in mrz_exercises(specimen, ref, mrz_objectives, seed):
        out.append(replace(ex, prompt=PROMPTS[ex.task]))
    chip = chip_exercise(ref, truth, scope.match(ExerciseKind.CHIP_CHECK))
    if chip is not None:
        out.append(chip)
    out += face_items(
        ref,
        specimen,
        lambda fraud, level: level_filter(
            scope.match(ExerciseKind.FACE_COMPARE, statuses=[fraud]), scope, level
        ),
    )
    return out


def _drill(packs: Sequence[Pack], scope: Scope, rng: random.Random, level: int) -> Exercise | None:
    """Mostly genuine documents, as at the booth: one in four to six is a fraud to refer, and
    never all of them (a drill of frauds only would teach referring everything)."""
    objectives = scope.match(ExerciseKind.DRILL)
    pool = [(p.id, s) for p in packs for s in p.specimens]
    # A genuine document its holder reported lost is referred on the SLTD hit at the booth:
    # not one to clear.
    genuine = [
        (pid, s)
        for pid, s in pool
        if s.document.status is Status.GENUINE
        and holder_report(pid, s.id, s.document.status.value, s.document.type.value) is None
    ]
    frauds = [
        (pid, s)
        for pid, s in pool
        if s.document.status not in (Status.GENUINE, *first_line.NOT_ON_THE_DOCUMENT)
    ]
    if not objectives or not genuine:
        return None
    # The count of frauds varies too: a trainee must not learn "one per drill, then relax".
    n_fraud = rng.randint(1, min(DRILL_MAX_FRAUDS, len(frauds))) if frauds else 0
    low, high = DRILL_GENUINE_PER_FRAUD
    n_genuine = rng.randint(low * max(n_fraud, 1), high * max(n_fraud, 1))
    chosen = rng.sample(genuine, min(n_genuine, len(genuine)))
    if frauds:  # a small library: fewer frauds rather than a drill of mostly frauds
        n_fraud = max(1, min(n_fraud, len(chosen) // low))
    chosen += rng.sample(frauds, n_fraud)
    rng.shuffle(chosen)
    items = tuple(DrillItem(SpecimenRef(pid, s.id), s.document.status) for pid, s in chosen)
    return DrillExercise(
        opaque_id("ex", "drill"),
        objectives,
        items,
        DRILL_SECONDS.get(level, 10.0),
        PROMPTS[ExerciseKind.DRILL],
    )


def all_exercises(packs: Sequence[Pack], scope: Scope, seed: int = 0) -> list[Exercise]:
    """Every exercise the packs give in ``scope``, sorted by id (for coverage and selection)."""
    out: list[Exercise] = []
    levels = {o.level for o in scope.objectives}
    for pack in sorted(packs, key=lambda p: p.id):
        for specimen in sorted(pack.specimens, key=lambda s: s.id):
            out += specimen_exercises(pack.id, specimen, scope, seed)
        out += case_exercises(pack, scope.match(ExerciseKind.CASE_FILE), levels)
    drill = _drill(packs, scope, random.Random(seed), min(levels) if levels else 1)
    if drill is not None:
        out.append(drill)
    return sorted(out, key=lambda e: e.id)


def _mix(
    exercises: list[Exercise], count: int, rng: random.Random, level: int | None = None
) -> list[Exercise]:
    """``count`` exercises taken round-robin across kinds, so a short set is still varied; of
    each kind, items graded at ``level`` first (a level-3 set is not filled with plain signs)."""
    by_kind: dict[str, list[Exercise]] = {}
    for ex in exercises:
        by_kind.setdefault(ex.kind.value, []).append(ex)
    for group in by_kind.values():
        rng.shuffle(group)
        if level is not None:  # taken from the end: the set's level last in the list
            group.sort(
                key=lambda e: isinstance(e, AreaExercise | LightExercise) and e.level == level
            )
    chips = ExerciseKind.CHIP_CHECK.value
    if chips in by_kind:
        by_kind[chips] = alternate_verdicts(by_kind[chips], rng.random() < 0.5)
    picked: list[Exercise] = []
    while len(picked) < count and any(by_kind.values()):
        for kind in sorted(by_kind):
            if by_kind[kind] and len(picked) < count:
                picked.append(by_kind[kind].pop())
    rng.shuffle(picked)
    return picked


def generate_set(
    packs: Sequence[Pack],
    curriculum: Curriculum,
    *,
    module: str | None = None,
    level: int | None = None,
    count: int = 20,
    seed: int = 0,
    mode: Mode = Mode.PRACTICE,
    set_id: str | None = None,
) -> ExerciseSet:
    """An exercise set of up to ``count`` exercises; the same inputs give the same set."""
    if count < 1:
        raise QuizError(f"count: {count} must be at least 1")
    scope = scope_for(curriculum, module, level)
    rng = random.Random(seed)
    set_level = curriculum.module(module).level if module else level
    chosen = _mix(all_exercises(packs, scope, seed), count, rng, set_level)
    if not chosen:
        where = f"module {module}" if module else f"level {level}" if level else "the curriculum"
        raise QuizError(f"no exercises for {where} from packs {', '.join(p.id for p in packs)}")
    title = curriculum.module(module).title if module else dict(curriculum.title)
    pack_part = "+".join(sorted(p.id for p in packs))
    return ExerciseSet(
        set_id or f"{pack_part}-{module or (f'L{level}' if level else 'all')}-s{seed}",
        title,
        tuple(chosen),
        mode,
        EXAM_SECONDS_PER_EXERCISE * len(chosen) if mode is Mode.EXAM else None,
    )


def retarget(exercise_set: ExerciseSet, pack_id: str) -> ExerciseSet:
    """The same set with every specimen reference pointing into pack ``pack_id``."""

    def move(ref: SpecimenRef) -> SpecimenRef:
        return replace(ref, pack_id=pack_id)

    moved: list[Exercise] = []
    for ex in exercise_set.exercises:
        if isinstance(ex, DrillExercise):
            items = tuple(replace(i, specimen=move(i.specimen)) for i in ex.items)
            moved.append(replace(ex, items=items))
        else:
            moved.append(replace(ex, specimen=move(ex.specimen)))
    return replace(exercise_set, exercises=tuple(moved))
