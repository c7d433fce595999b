"""The items one page gives: find the features a light reveals (one item per focus light and
level), which light reveals a feature, and mark the alterations a forger left."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace

from docexam.core.domain.ids import opaque_id
from docexam.core.domain.lights import LightSource
from docexam.core.domain.look import level
from docexam.core.domain.model import I18nText, Page, Specimen
from docexam.core.exercise.model import (
    AreaExercise,
    Exercise,
    ExerciseKind,
    ExpectedRegion,
    LightExercise,
    PageSize,
    SpecimenRef,
)
from docexam.core.training.quiz.fraud_truth import FraudRecord
from docexam.core.training.quiz.keys import (
    FeatureKey,
    Thing,
    best_level,
    hardest,
    page_keys,
    things,
    union_of,
)
from docexam.core.training.quiz.prompts import PROMPTS, find_prompt
from docexam.core.training.quiz.scope import Scope, level_filter

LIGHT_OPTIONS = 4
# A find-the-features item asks for the features one light reveals: asking for every feature of
# a generated page (20+) made items tedious and reviews unreadable. Two lights per page at most.
FOCUS_LIGHTS_PER_PAGE = 2
MIN_FOCUS_FEATURES = 2
UNMEASURED = 2  # the level of a thing whose look the material does not tell


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
            objectives = level_filter(
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
                    prompt=find_prompt(light, len(asked), subset, bool(unasked)),
                    neutral=tuple(t.expected(page.id) for t in unasked),
                    level=item_level,
                )
            )
    if few and not out and askable:  # no objective trains a light's question here
        everything = things(askable)
        objectives = scope.match(ExerciseKind.FIND_FEATURES, [k.feature.category for k in askable])
        if objectives:
            expected = tuple(t.expected(page.id) for t in everything)
            prompt = find_prompt(None, len(expected), None, False)
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
        objectives = level_filter(
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


def page_exercises(
    ref: SpecimenRef, specimen: Specimen, page: Page, scope: Scope, rng: random.Random
) -> list[Exercise]:
    keys = page_keys(specimen, page)
    return _find_items(ref, page, keys, scope, rng) + _light_items(ref, page, keys, scope, rng)
