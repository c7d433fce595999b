"""Building exercise sets from the specimens of packs, deterministically by seed.

What a specimen gives: its genuine features (``keys``) -> find-the-features exercises, one per
focus light and level, and a which-light exercise per feature some non-white light reveals; a
fraudulent status -> a verdict exercise; an MRZ -> MRZ exercises (``mrz_tasks``); fraud records
-> a mark-the-alterations exercise; a mix of specimens -> a timed drill; an e-passport's chip
(genuine, or a chip fraud) -> a chip check (``chip_items``); a generated genuine document's
portrait -> face comparisons (``face_items``); a pack's traveller case files -> a case-file item
each (``case_items``). Each exercise is tied to the curriculum objectives (in scope) whose tags
match it and whose level is at least the item's (graded by how its signs look, ``domain.look``),
and is dropped when none does.

Forgeries plug in through :class:`FraudRecord`: a forged specimen's ``forgery.json`` or its
``fraud.*`` features (see :func:`fraud_records`), or a caller that knows the alterations passes
records to :func:`alteration_exercise` directly.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import replace

from docexam.core.domain.ids import opaque_id
from docexam.core.domain.lights import LightSource
from docexam.core.domain.look import level
from docexam.core.domain.model import I18nText, Pack, Page, Specimen, Status
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
from docexam.core.library.sltd import holder_report
from docexam.core.training.curriculum import Curriculum, Objective
from docexam.core.training.quiz import first_line
from docexam.core.training.quiz.case_items import case_exercises
from docexam.core.training.quiz.chip_items import alternate_verdicts, chip_exercise, chip_truth
from docexam.core.training.quiz.face_items import face_items
from docexam.core.training.quiz.fraud_truth import FraudRecord, fraud_records
from docexam.core.training.quiz.keys import (
    FeatureKey,
    Thing,
    best_level,
    hardest,
    page_keys,
    things,
    union_of,
)
from docexam.core.training.quiz.mrz_tasks import is_trap_number, mrz_exercises, viz_of

LIGHT_OPTIONS = 4
MRZ_TRAPS = ".traps"  # objectives ending so (L3.mrz.traps) train the traps of MRZ reading
# A drill has one or two frauds among three to five genuine documents each: one in four to six.
DRILL_MAX_FRAUDS = 2
DRILL_GENUINE_PER_FRAUD = (3, 5)
DRILL_SECONDS = {1: 10.0, 2: 30.0, 3: 60.0}
EXAM_SECONDS_PER_EXERCISE = 90.0
# A find-the-features item asks for the features one light reveals: asking for every feature of
# a generated page (20+) made items tedious and reviews unreadable. Two lights per page at most.
FOCUS_LIGHTS_PER_PAGE = 2
MIN_FOCUS_FEATURES = 2
UNMEASURED = 2  # the level of a thing whose look the material does not tell
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
        "en": "Clear each document or refer it to the second line before its time runs out.",
        "zh-Hans": "在时限内对每份证件作出决定：放行，或移交二线查验。",
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


def _level_filter(
    objectives: tuple[str, ...], scope: Scope, item_level: int | None
) -> tuple[str, ...]:
    """An item trains the objectives of its level and above: a level-1 officer is not given
    faint signs, an expert may still be given plain ones."""
    if item_level is None:
        return objectives
    levels = {o.id: o.level for o in scope.objectives}
    return tuple(o for o in objectives if levels.get(o, 3) >= item_level)


SUBSETS: dict[int, tuple[str, str]] = {
    1: (" that stand out at a glance", "中一眼就能看到的"),
    2: (
        " that need a closer look (neither the most conspicuous nor the faintest)",
        "中需要仔细看才能发现的（不含最醒目的和最微弱的）",
    ),
    3: (
        " that are faint or small (the conspicuous ones are not asked)",
        "中微弱或细小的（不要求标出醒目的）",
    ),
}


def _find_prompt(
    light: LightSource | None, count: int, subset: int | None, unasked: bool
) -> I18nText:
    """The question names the light and, when it asks for some of the features only, which."""
    if light is None:
        en, zh = (
            PROMPTS[ExerciseKind.FIND_FEATURES]["en"],
            PROMPTS[ExerciseKind.FIND_FEATURES]["zh-Hans"],
        )
        en, zh = en.rstrip("."), zh.rstrip("。")
    else:
        name_en, name_zh = LIGHT_NAMES[light]
        sub_en, sub_zh = SUBSETS[subset] if subset is not None else ("", "")
        # The item opens under the light it names (``AreaExercise.light``): no need to say
        # "switch to it first", and the page never shows blank where the signs are.
        en = f"Mark the security features that {name_en} reveals{sub_en}"
        zh = f"标出在{name_zh}下可见的防伪特征{sub_zh}"
    en += f". {count} to find."
    zh += f"。共 {count} 处。"
    if unasked:
        en += " Other genuine features are not asked: marking them costs nothing."
        zh += "其他真实特征不在本题要求之列，标出也不扣分。"
    return {"en": en, "zh-Hans": zh}


def alteration_exercise(
    ref: SpecimenRef,
    pages: Sequence[Page],
    records: Sequence[FraudRecord],
    objectives: tuple[str, ...],
) -> AreaExercise:
    """The hook for forgeries: mark every alteration in ``records``. Records sharing a group on
    a page are one alteration: a mark on any of their regions finds it once."""
    groups: dict[tuple[str, str], list[FraudRecord]] = {}
    for r in records:
        groups.setdefault((r.page_id, r.group or r.id), []).append(r)
    expected = tuple(_alteration(rs) for rs in groups.values())
    sizes = tuple(PageSize(p.id, *p.size_mm) for p in pages)
    return AreaExercise(
        opaque_id("ex", "alter", ref.specimen_id),
        objectives,
        ref,
        sizes,
        expected,
        kind=ExerciseKind.MARK_ALTERATIONS,
        prompt=PROMPTS[ExerciseKind.MARK_ALTERATIONS],
        level=hardest([best_level([_record_level(r) for r in rs]) for rs in groups.values()]),
    )


def _record_level(r: FraudRecord) -> int | None:
    return None if r.contrast is None or r.area_mm2 is None else level(r.contrast, r.area_mm2)


def _alteration(records: Sequence[FraudRecord]) -> ExpectedRegion:
    first = records[0]
    lights = tuple(li for li in LightSource if any(li in r.lights for r in records))
    if len(records) == 1:
        return ExpectedRegion(
            first.id, first.page_id, first.region, first.category, first.name, lights, first.reason
        )
    reason: I18nText = {}
    for r in records:  # every trace, in the order the forger left them
        for lang, text in r.reason.items():
            reason[lang] = f"{reason[lang]} {text}" if lang in reason else text
    regions = tuple(r.region for r in records)
    return ExpectedRegion(
        first.id,
        first.page_id,
        union_of(regions),
        first.category,
        first.name,
        lights,
        reason,
        parts=regions,
    )


def _find_items(
    ref: SpecimenRef, page: Page, keys: list[FeatureKey], scope: Scope, rng: random.Random
) -> list[Exercise]:
    out: list[Exercise] = []
    pref = replace(ref, page_id=page.id)
    sizes = (PageSize(page.id, *page.size_mm),)
    by_light: dict[LightSource, list[FeatureKey]] = {}
    for k in keys:
        for revealing_light in k.lights:
            by_light.setdefault(revealing_light, []).append(k)
    candidates = sorted(
        li for li, ks in by_light.items() if sum(k.askable for k in ks) >= MIN_FOCUS_FEATURES
    )
    few = not candidates
    if few:  # a small inventory, a counterfeit, an author's first feature: still asked under
        # the light that shows it, the question saying how many there are
        candidates = sorted(li for li, ks in by_light.items() if any(k.askable for k in ks))
    focus = rng.sample(candidates, min(FOCUS_LIGHTS_PER_PAGE, len(candidates)))
    askable = [k for k in keys if k.askable]
    for light in sorted(focus):
        shown = things(by_light[light])
        # Spread over the page in one piece (background print): never asked, never an error.
        spread = [Thing((k,)) for k in by_light[light] if k.markable and not k.askable]
        looks = [(t, t.look(light, page.substrate.colour)) for t in shown]
        measured = any(lv is not None for _, lv in looks)
        # Something only a capture or its author says the light reveals, beside measured
        # features: the middle level. Nothing measured: one item asks for everything.
        graded = [(t, UNMEASURED if lv is None and measured else lv) for t, lv in looks]
        levels: list[int | None] = [None]
        if measured:
            levels = [lv for lv in (1, 2, 3) if any(g == lv for _, g in graded)]
        for item_level in levels:
            asked = [t for t, lv in graded if lv == item_level]
            others = [t for t, lv in graded if t not in asked]
            unasked = others + spread
            categories = [k.feature.category for t in asked for k in t.keys]
            objectives = _level_filter(
                scope.match(ExerciseKind.FIND_FEATURES, categories, (light,)), scope, item_level
            )
            if not objectives:
                continue
            subset = item_level if others else None
            out.append(
                AreaExercise(
                    opaque_id("ex", "find", ref.specimen_id, page.id, light.value, item_level),
                    objectives,
                    pref,
                    sizes,
                    tuple(t.expected(page.id) for t in asked),
                    light=light,  # it opens under the light its question names
                    prompt=_find_prompt(light, len(asked), subset, bool(unasked)),
                    neutral=tuple(t.expected(page.id) for t in unasked),
                    level=item_level,
                )
            )
    if few and not out and askable:  # no objective trains a light's question here
        everything = things(askable)
        objectives = scope.match(ExerciseKind.FIND_FEATURES, [k.feature.category for k in askable])
        if objectives:
            expected = tuple(t.expected(page.id) for t in everything)
            prompt = _find_prompt(None, len(expected), None, False)
            out.append(
                AreaExercise(
                    opaque_id("ex", "find", ref.specimen_id, page.id),
                    objectives,
                    pref,
                    sizes,
                    expected,
                    prompt=prompt,
                )
            )
    return out


def _light_items(
    ref: SpecimenRef, page: Page, keys: list[FeatureKey], scope: Scope, rng: random.Random
) -> list[Exercise]:
    out: list[Exercise] = []
    pref = replace(ref, page_id=page.id)
    for k in keys:
        f = k.feature
        revealing = tuple(li for li in k.lights if li is not LightSource.VISIBLE)
        if not revealing:
            continue
        thing = Thing((k,))
        item_level = best_level([thing.look(li, page.substrate.colour) for li in revealing])
        objectives = _level_filter(
            scope.match(ExerciseKind.WHICH_LIGHT, [f.category], revealing), scope, item_level
        )
        if not objectives:
            continue
        others = sorted(set(LightSource) - set(k.lights) - {LightSource.VISIBLE})
        distractors = rng.sample(others, max(0, min(len(others), LIGHT_OPTIONS - len(revealing))))
        options = list(revealing) + distractors
        rng.shuffle(options)
        out.append(
            LightExercise(
                opaque_id("ex", "light", ref.specimen_id, page.id, f.id),
                objectives,
                pref,
                thing.expected(page.id, revealing),
                tuple(options),
                prompt=PROMPTS[ExerciseKind.WHICH_LIGHT],
                explanation=f.description,
                level=item_level,
            )
        )
    return out


def _page_exercises(
    ref: SpecimenRef, specimen: Specimen, page: Page, scope: Scope, rng: random.Random
) -> list[Exercise]:
    keys = page_keys(specimen, page)
    return _find_items(ref, page, keys, scope, rng) + _light_items(ref, page, keys, scope, rng)


def specimen_exercises(pack_id: str, specimen: Specimen, scope: Scope, seed: int) -> list[Exercise]:
    """Every exercise one specimen gives within ``scope``."""
    rng = random.Random(f"{seed}:{pack_id}/{specimen.id}")
    ref = SpecimenRef(pack_id, specimen.id)
    status = specimen.document.status
    out: list[Exercise] = []
    for page in specimen.pages:
        out += _page_exercises(ref, specimen, page, scope, rng)
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
        item = replace(item, objectives=_level_filter(objectives, scope, item.level))
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
        lambda fraud, level: _level_filter(
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


def scope_for(curriculum: Curriculum, module: str | None = None, level: int | None = None) -> Scope:
    if module is not None:
        return Scope(curriculum.module(module).objectives)
    return Scope(curriculum.objectives(level))


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
