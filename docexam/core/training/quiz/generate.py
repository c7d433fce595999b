"""Building exercise sets from the specimens of packs, deterministically by seed.

What a specimen gives: its features -> a find-the-features exercise per page and a which-light
exercise per feature some non-white light reveals; a fraudulent status -> a verdict exercise; an
MRZ -> MRZ exercises (``mrz_tasks``); fraud records -> a mark-the-alterations exercise; a mix of
specimens -> a timed drill. Each exercise is tied to the curriculum objectives (in scope) whose
tags match it, and is dropped when none does.

Forgeries plug in through :class:`FraudRecord`: a forged specimen carries each altered region as
a feature whose category starts with ``fraud.`` (see :func:`fraud_records`), or a caller that
knows the alterations passes records to :func:`alteration_exercise` directly.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import replace

from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import Feature, I18nText, Pack, Page, Specimen, Status
from docexam.core.exercise.errors import QuizError
from docexam.core.exercise.model import (
    AreaExercise,
    DrillExercise,
    DrillItem,
    Exercise,
    ExerciseKind,
    ExerciseSet,
    ExpectedRegion,
    LightExercise,
    Mode,
    MrzTask,
    PageSize,
    SpecimenRef,
    VerdictExercise,
)
from docexam.core.training.curriculum import Curriculum, Objective
from docexam.core.training.quiz.fraud_truth import FRAUD_PREFIX, FraudRecord, fraud_records
from docexam.core.training.quiz.mrz_tasks import mrz_exercises

MAX_FINDABLE_SHARE = 0.6  # a feature covering most of the page cannot be "found" by a mark
LIGHT_OPTIONS = 4
DRILL_SIZE = 6
DRILL_SECONDS = {1: 10.0, 2: 30.0, 3: 60.0}
EXAM_SECONDS_PER_EXERCISE = 90.0
# A find-the-features item asks for the features one light reveals: asking for every feature of
# a generated page (20+) made items tedious and reviews unreadable. Two lights per page at most.
FOCUS_LIGHTS_PER_PAGE = 2
MIN_FOCUS_FEATURES = 2
LIGHT_NAMES: dict[LightSource, tuple[str, str]] = {
    LightSource.VISIBLE: ("white light", "白光"),
    LightSource.OBLIQUE: ("oblique light", "侧光"),
    LightSource.TRANSMITTED: ("transmitted light", "透射光"),
    LightSource.COAXIAL: ("coaxial light", "同轴光"),
    LightSource.UV365: ("UV-A 365 nm", "紫外 365 纳米"),
    LightSource.UV254: ("UV-C 254 nm", "紫外 254 纳米"),
    LightSource.IR: ("infrared", "红外"),
    LightSource.IR_LUMINESCENCE: ("IR luminescence", "红外发光"),
    LightSource.ANTI_STOKES: ("anti-Stokes light", "上转换光"),
    LightSource.TILT: ("tilting the document", "倾斜证件"),
    LightSource.UV_OFF: ("the UV lamp switched off", "关闭紫外灯后"),
}

PROMPTS: dict[ExerciseKind | MrzTask, I18nText] = {
    ExerciseKind.FIND_FEATURES: {"en": "Mark the security features.", "zh-Hans": "标出防伪特征。"},
    ExerciseKind.MARK_ALTERATIONS: {"en": "Mark every alteration.", "zh-Hans": "标出所有变造处。"},
    ExerciseKind.VERDICT: {
        "en": "Genuine, counterfeit, forgery or pseudo? Name the fraud type.",
        "zh-Hans": "真证、伪造、变造还是虚构？说出造假类型。",
    },
    ExerciseKind.WHICH_LIGHT: {
        "en": "Which light reveals this feature?",
        "zh-Hans": "哪种光源能显示此特征？",
    },
    MrzTask.CHECK_DIGITS: {
        "en": "Which check digits are wrong? (None, if the MRZ is correct.)",
        "zh-Hans": "哪些校验位错误？（机读区正确则不选。）",
    },
    MrzTask.VIZ: {
        "en": "Which fields of the MRZ disagree with the visual zone?",
        "zh-Hans": "机读区哪些字段与视读区不一致？",
    },
    ExerciseKind.DRILL: {
        "en": "A verdict on each document before its time runs out.",
        "zh-Hans": "在时限内对每份证件作出判断。",
    },
}


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


def _expected(
    page: Page, f: Feature, lights: tuple[LightSource, ...] | None = None
) -> ExpectedRegion:
    reason = f.how_to_check or f.description
    return ExpectedRegion(f.id, page.id, f.region, f.category, f.name, lights or f.lights, reason)


def _findable(page: Page, f: Feature) -> bool:
    x0, y0, x1, y1 = f.region.bounds()
    share = (x1 - x0) * (y1 - y0) / (page.size_mm[0] * page.size_mm[1])
    return share <= MAX_FINDABLE_SHARE and not f.category.startswith(FRAUD_PREFIX)


def _find_prompt(light: LightSource | None) -> I18nText:
    if light is None:
        return PROMPTS[ExerciseKind.FIND_FEATURES]
    en, zh = LIGHT_NAMES[light]
    return {
        "en": f"Mark the security features that {en} reveals (try the light first).",
        "zh-Hans": f"标出在{zh}下可见的防伪特征（请先切换到该光源查看）。",
    }


def alteration_exercise(
    ref: SpecimenRef,
    pages: Sequence[Page],
    records: Sequence[FraudRecord],
    objectives: tuple[str, ...],
) -> AreaExercise:
    """The hook for forgeries: mark every alteration in ``records``."""
    expected = tuple(
        ExpectedRegion(r.id, r.page_id, r.region, r.category, r.name, r.lights, r.reason)
        for r in records
    )
    sizes = tuple(PageSize(p.id, *p.size_mm) for p in pages)
    return AreaExercise(
        f"alter-{ref.specimen_id}",
        objectives,
        ref,
        sizes,
        expected,
        kind=ExerciseKind.MARK_ALTERATIONS,
        prompt=PROMPTS[ExerciseKind.MARK_ALTERATIONS],
    )


def _page_exercises(
    ref: SpecimenRef, page: Page, scope: Scope, rng: random.Random
) -> list[Exercise]:
    out: list[Exercise] = []
    pref = replace(ref, page_id=page.id)
    findable = [f for f in page.features if _findable(page, f)]
    by_light: dict[LightSource, list[Feature]] = {}
    for f in findable:
        for revealing_light in f.lights:
            by_light.setdefault(revealing_light, []).append(f)
    candidates = sorted(li for li, fs in by_light.items() if len(fs) >= MIN_FOCUS_FEATURES)
    focus = rng.sample(candidates, min(FOCUS_LIGHTS_PER_PAGE, len(candidates)))
    if not candidates and findable:
        focus_sets: list[tuple[LightSource | None, list[Feature]]] = [(None, findable)]
    else:
        focus_sets = [(li, by_light[li]) for li in sorted(focus)]
    for light, features in focus_sets:
        objectives = scope.match(
            ExerciseKind.FIND_FEATURES,
            [f.category for f in features],
            () if light is None else (light,),
        )
        if not objectives:
            continue
        expected = tuple(_expected(page, f) for f in features)
        sizes = (PageSize(page.id, *page.size_mm),)
        suffix = "" if light is None else f"-{light.value}"
        out.append(
            AreaExercise(
                f"find-{ref.specimen_id}-{page.id}{suffix}",
                objectives,
                pref,
                sizes,
                expected,
                prompt=_find_prompt(light),
            )
        )
    for f in page.features:
        revealing = tuple(li for li in f.lights if li is not LightSource.VISIBLE)
        if not revealing or f.category.startswith(FRAUD_PREFIX):
            continue
        objectives = scope.match(ExerciseKind.WHICH_LIGHT, [f.category], revealing)
        if not objectives:
            continue
        others = sorted(set(LightSource) - set(f.lights) - {LightSource.VISIBLE})
        distractors = rng.sample(others, max(0, min(len(others), LIGHT_OPTIONS - len(revealing))))
        options = list(revealing) + distractors
        rng.shuffle(options)
        out.append(
            LightExercise(
                f"light-{ref.specimen_id}-{page.id}-{f.id}",
                objectives,
                pref,
                _expected(page, f, revealing),
                tuple(options),
                prompt=PROMPTS[ExerciseKind.WHICH_LIGHT],
                explanation=f.description,
            )
        )
    return out


def specimen_exercises(pack_id: str, specimen: Specimen, scope: Scope, seed: int) -> list[Exercise]:
    """Every exercise one specimen gives within ``scope``."""
    rng = random.Random(f"{seed}:{pack_id}/{specimen.id}")
    ref = SpecimenRef(pack_id, specimen.id)
    status = specimen.document.status
    out: list[Exercise] = []
    for page in specimen.pages:
        out += _page_exercises(ref, page, scope, rng)
    if status is not Status.GENUINE:
        objectives = scope.match(ExerciseKind.VERDICT, statuses=[status])
        if objectives:
            out.append(
                VerdictExercise(
                    f"verdict-{specimen.id}",
                    objectives,
                    ref,
                    status,
                    PROMPTS[ExerciseKind.VERDICT],
                    specimen.notes,
                )
            )
    records = fraud_records(specimen)
    objectives = scope.match(ExerciseKind.MARK_ALTERATIONS, statuses=[status])
    if records and objectives:
        out.append(alteration_exercise(ref, specimen.pages, records, objectives))
    # Objectives about the visual zone take the VIZ task; the others the check digits.
    viz = scope.match(ExerciseKind.MRZ_CHECK, ["personalisation.data"])
    digits = tuple(o for o in scope.match(ExerciseKind.MRZ_CHECK, ["mrz.mrz"]) if o not in viz)
    mrz_objectives = {MrzTask.CHECK_DIGITS: digits, MrzTask.VIZ: viz}
    for ex in mrz_exercises(specimen, ref, mrz_objectives, seed):
        out.append(replace(ex, prompt=PROMPTS[ex.task]))
    return out


def _drill(packs: Sequence[Pack], scope: Scope, rng: random.Random, level: int) -> Exercise | None:
    objectives = scope.match(ExerciseKind.DRILL)
    pool = [(p.id, s) for p in packs for s in p.specimens]
    if not objectives or not pool:
        return None
    chosen = rng.sample(pool, min(DRILL_SIZE, len(pool)))
    items = tuple(DrillItem(SpecimenRef(pid, s.id), s.document.status) for pid, s in chosen)
    return DrillExercise(
        "drill", objectives, items, DRILL_SECONDS.get(level, 10.0), PROMPTS[ExerciseKind.DRILL]
    )


def scope_for(curriculum: Curriculum, module: str | None = None, level: int | None = None) -> Scope:
    if module is not None:
        return Scope(curriculum.module(module).objectives)
    return Scope(curriculum.objectives(level))


def all_exercises(packs: Sequence[Pack], scope: Scope, seed: int = 0) -> list[Exercise]:
    """Every exercise the packs give in ``scope``, sorted by id (for coverage and selection)."""
    out: list[Exercise] = []
    for pack in sorted(packs, key=lambda p: p.id):
        for specimen in sorted(pack.specimens, key=lambda s: s.id):
            out += specimen_exercises(pack.id, specimen, scope, seed)
    levels = {o.level for o in scope.objectives}
    drill = _drill(packs, scope, random.Random(seed), min(levels) if levels else 1)
    if drill is not None:
        out.append(drill)
    return sorted(out, key=lambda e: e.id)


def _mix(exercises: list[Exercise], count: int, rng: random.Random) -> list[Exercise]:
    """``count`` exercises taken round-robin across kinds, so a short set is still varied."""
    by_kind: dict[str, list[Exercise]] = {}
    for ex in exercises:
        by_kind.setdefault(ex.kind.value, []).append(ex)
    for group in by_kind.values():
        rng.shuffle(group)
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
    chosen = _mix(all_exercises(packs, scope, seed), count, rng)
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
