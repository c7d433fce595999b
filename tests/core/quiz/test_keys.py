"""Answer keys a trainee can trust, as properties over generated specimens and forgeries.

Every exercise the library gives, over many generation seeds, every level and every kind: the
answer built from the truth scores full marks and no answer scores nothing; a sign made of
several regions is found once; a genuine-feature key holds only genuine features present on the
page and revealed by the light asked; no forgery artefact is ever such a key; a genuine feature
marked is never a false mark; light keys hold only the lights that reveal; MRZ-trap items hold
traps.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from docexam.core.domain.geometry import Region
from docexam.core.domain.lights import LightSource
from docexam.core.domain.look import contrast, level
from docexam.core.domain.material import Emission, Ink, Material, revealing_lights
from docexam.core.domain.model import Page, Specimen
from docexam.core.exercise.model import VERDICT_OF
from docexam.core.mrz import parse_mrz
from docexam.core.synth.names import LOOKALIKES
from docexam.core.training.curriculum import load_curriculum
from docexam.core.training.quiz import (
    AreaAnswer,
    AreaExercise,
    CaseAnswer,
    CaseExercise,
    ChipAnswer,
    ChipExercise,
    DrillAnswer,
    DrillExercise,
    DrillResponse,
    Exercise,
    ExerciseKind,
    ExpectedRegion,
    FaceAnswer,
    FaceExercise,
    LightAnswer,
    LightExercise,
    Mark,
    MrzAnswer,
    MrzExercise,
    MrzTask,
    Outcome,
    Point,
    VerdictAnswer,
    VerdictExercise,
    score,
)
from docexam.core.training.quiz.generate import all_exercises, generate_set
from docexam.core.training.quiz.keys import page_keys, things
from docexam.core.training.quiz.prompts import SUBSETS
from docexam.core.training.quiz.scope import scope_for
from tests.core.quiz.conftest import KeyLibrary
from tests.core.quiz.sample import asked_light

CURRICULUM = load_curriculum()
SEEDS = tuple(range(24))
LEVELS = {o.id: o.level for o in CURRICULUM.objectives()}


@pytest.fixture(scope="module")
def generated(key_library: KeyLibrary) -> list[Exercise]:
    """Every item all levels give over the seeds, each once (many seeds give the same item)."""
    scope = scope_for(CURRICULUM)
    unique: dict[str, Exercise] = {}
    for seed in SEEDS:
        for ex in all_exercises(key_library.packs, scope, seed):
            unique.setdefault(repr(ex), ex)
    return list(unique.values())


def every(generated: list[Exercise]) -> Iterator[Exercise]:
    yield from generated


def specimen_of(library: KeyLibrary, ex: Exercise) -> Specimen:
    assert not isinstance(ex, DrillExercise)
    pack = next(p for p in library.packs if p.id == ex.specimen.pack_id)
    return pack.specimen(ex.specimen.specimen_id)


def find_light(ex: AreaExercise) -> LightSource:
    return asked_light(ex)


def _area(region: Region) -> float:
    x0, y0, x1, y1 = region.bounds()
    return (x1 - x0) * (y1 - y0)


def inside(region: Region, n: int = 9) -> Iterator[tuple[float, float]]:
    """Points of a region: its centre first, then a grid over its bounds."""
    x0, y0, x1, y1 = region.bounds()
    grid = [((x0 + x1) / 2, (y0 + y1) / 2)] + [
        (x0 + (x1 - x0) * (i + 0.5) / n, y0 + (y1 - y0) * (j + 0.5) / n)
        for i in range(n)
        for j in range(n)
    ]
    yield from (p for p in grid if region.contains(*p))


def _part_at(e: ExpectedRegion, x: float, y: float) -> float:
    return min(_area(r) for r in e.areas if r.contains(x, y))


def truth_marks(ex: AreaExercise) -> tuple[Mark, ...]:
    """One mark per expected thing, where the documented rule gives it to that thing: the
    smallest things first, each at a point where it is the smallest thing not yet found."""
    marks: list[Mark] = []
    found: set[str] = set()
    for e in sorted(ex.expected, key=lambda e: min(_area(r) for r in e.areas)):

        def wins(x: float, y: float, e: ExpectedRegion = e) -> bool:
            fresh = [
                o
                for o in ex.expected
                if o.page_id == e.page_id and o.id not in found and o.contains(x, y)
            ]
            return min(fresh, key=lambda o: _part_at(o, x, y)) is e

        spot = next((p for part in e.areas for p in inside(part) if wins(*p)), None)
        assert spot is not None, f"{ex.id}: {e.id} cannot be marked apart from the others"
        marks.append(Mark(e.page_id, Point(*spot)))
        found.add(e.id)
    return tuple(marks)


def truth(ex: Exercise) -> object:
    match ex:
        case AreaExercise():
            return AreaAnswer(truth_marks(ex))
        case LightExercise():
            return LightAnswer(ex.feature.lights)
        case VerdictExercise():
            return VerdictAnswer(VERDICT_OF[ex.expected], ex.expected)
        case MrzExercise() if ex.task is MrzTask.CHECK_DIGITS:
            return MrzAnswer(positions=tuple(f.positions[0] for f in ex.expected))
        case MrzExercise():
            return MrzAnswer(fields=tuple(f.field for f in ex.expected))
        case DrillExercise():
            return DrillAnswer(
                tuple(DrillResponse(VERDICT_OF[i.expected], i.expected, 1.0) for i in ex.items)
            )
        case ChipExercise():
            return ChipAnswer(ex.passes, ex.failing_step)
        case FaceExercise():
            seen = [f for f in ex.features if f not in ex.hidden]
            differ = tuple(f for f in seen if f in ex.differing)
            agree = tuple(f for f in seen if f not in ex.differing)
            return FaceAnswer(ex.same_person, differ, agree, ex.hidden)
        case CaseExercise():
            return CaseAnswer(ex.indicators, ex.action, "a note")
    raise AssertionError(ex)


NOTHING = {
    AreaExercise: AreaAnswer(),
    LightExercise: LightAnswer(),
    MrzExercise: MrzAnswer(),
    DrillExercise: DrillAnswer(),
    FaceExercise: FaceAnswer(None),
}


def test_the_truth_scores_full_marks_and_no_answer_none(generated: list[Exercise]) -> None:
    kinds: set[ExerciseKind] = set()
    levels: set[int] = set()
    for ex in every(generated):
        kinds.add(ex.kind)
        if isinstance(ex, AreaExercise | LightExercise) and ex.level is not None:
            levels.add(ex.level)
        s = score(ex, truth(ex))  # type: ignore[arg-type]
        assert s.correct, (ex.id, [(i.outcome, i.ref) for i in s.items if i.outcome != Outcome.HIT])
        if type(ex) in NOTHING:
            silent = score(ex, NOTHING[type(ex)])  # type: ignore[arg-type]
            empty_mrz = isinstance(ex, MrzExercise) and not ex.expected
            assert silent.earned == (1.0 if empty_mrz else 0.0), ex.id
    assert kinds == set(ExerciseKind)
    assert levels == {1, 2, 3}


def test_one_mark_per_part_finds_a_sign_of_several_regions_once(
    generated: list[Exercise],
) -> None:
    several = 0
    for ex in every(generated):
        if not isinstance(ex, AreaExercise):
            continue
        for e in ex.expected:
            if len(e.areas) < 2:
                continue
            others = [o for o in ex.expected if o is not e and o.page_id == e.page_id]
            spots = [
                next((p for p in inside(part) if not any(o.contains(*p) for o in others)), None)
                for part in e.areas
            ]
            marks = tuple(Mark(e.page_id, Point(*p)) for p in spots if p is not None)
            if not marks:
                continue
            several += 1
            s = score(ex, AreaAnswer(marks))
            about = [i for i in s.items if i.ref == e.id]
            assert [i.outcome for i in about] == [Outcome.HIT], (ex.id, e.id, about)
            assert len(s.of(Outcome.DUPLICATE)) == len(marks) - 1
            assert not s.of(Outcome.FALSE_MARK) and s.earned == e.points
            for mark in marks:  # any one part alone finds the whole sign
                alone = score(ex, AreaAnswer((mark,)))
                assert [i.ref for i in alone.of(Outcome.HIT)] == [e.id]
    assert several >= 10  # watermark tones, fibres, a rewritten field, a pasted photo ...


def _feature(page: Page, fid: str) -> object:
    return next((f for f in page.features if f.id == fid), None)


def test_genuine_feature_keys_are_genuine_present_and_revealed_by_the_light(
    key_library: KeyLibrary, generated: list[Exercise]
) -> None:
    for ex in every(generated):
        if isinstance(ex, AreaExercise) and ex.kind is ExerciseKind.FIND_FEATURES:
            light = find_light(ex)
            # It opens under the light its question names, which shows every mark it expects
            # (so its review opens there too).
            assert ex.light is light and ex.key_light is light, (ex.id, ex.light, light)
            assert all(light in e.lights for e in ex.expected), ex.id
            page = specimen_of(key_library, ex).page(ex.pages[0].page_id)
            regions = {f.region: f for f in page.features}
            for e in ex.expected:
                first = next(f for f in page.features if f.id == e.id)
                members = [regions[r] for r in e.parts if r in regions] or [first]
                for f in members:
                    assert f.genuine and not f.category.startswith("fraud."), (ex.id, f.id)
                    assert light in revealing_lights(f.material), (ex.id, f.id, light)
                # A spread feature's parts lie within it (grown by the ink at its edge and the
                # margin round each piece).
                x0, y0, x1, y1 = first.region.bounds()
                for part in e.areas:
                    a0, b0, a1, b1 = part.bounds()
                    if first.region != part and part not in regions:
                        assert a0 >= x0 - 2 and b0 >= y0 - 2 and a1 <= x1 + 2 and b1 <= y1 + 2
        elif isinstance(ex, LightExercise):
            page = specimen_of(key_library, ex).page(ex.feature.page_id)
            f = next(f for f in page.features if f.id == ex.feature.id)
            assert f.genuine
            revealing = tuple(
                li for li in revealing_lights(f.material) if li is not LightSource.VISIBLE
            )
            assert ex.feature.lights == revealing, (ex.id, ex.feature.lights, revealing)


def test_no_forgery_artefact_is_ever_a_genuine_feature_key(
    key_library: KeyLibrary, generated: list[Exercise]
) -> None:
    artefacts: set[tuple[str, str, str]] = set()
    for spec in key_library.packs[1].specimens:
        for page in spec.pages:
            artefacts |= {(spec.id, page.id, f.id) for f in page.features if not f.genuine}
    names = {fid for _, _, fid in artefacts}
    # The forger's helpers and the features it replaced are all marked as its work.
    assert {"laminate", "sensitiser", "personal-data-2", "laser-engraving-2"} <= names
    assert {"fibres-visible", "ovd", "intaglio", "laser-engraving", "portrait"} <= names
    for ex in every(generated):
        if isinstance(ex, AreaExercise) and ex.kind is ExerciseKind.FIND_FEATURES:
            for e in ex.expected + ex.neutral:
                assert (ex.specimen.specimen_id, e.page_id, e.id) not in artefacts, (ex.id, e.id)
        elif isinstance(ex, LightExercise):
            key = (ex.specimen.specimen_id, ex.feature.page_id, ex.feature.id)
            assert key not in artefacts, ex.id


def test_a_genuine_feature_marked_is_never_a_false_mark(
    key_library: KeyLibrary, generated: list[Exercise]
) -> None:
    checked = 0
    for ex in every(generated):
        if not isinstance(ex, AreaExercise) or ex.kind is not ExerciseKind.FIND_FEATURES:
            continue
        light = find_light(ex)
        spec = specimen_of(key_library, ex)
        page = spec.page(ex.pages[0].page_id)
        for k in page_keys(spec, page):
            if light not in k.lights or not k.markable:
                continue
            for part in k.areas[:3]:
                spot = next(inside(part), None)
                if spot is None:
                    continue
                s = score(ex, AreaAnswer((Mark(page.id, Point(*spot)),)))
                assert not s.of(Outcome.FALSE_MARK), (ex.id, k.feature.id, spot)
                checked += 1
    assert checked > 100


def test_a_find_item_asks_for_the_things_of_its_level_by_their_look(
    key_library: KeyLibrary, generated: list[Exercise]
) -> None:
    for ex in every(generated):
        if not isinstance(ex, AreaExercise) or ex.kind is not ExerciseKind.FIND_FEATURES:
            continue
        light = find_light(ex)
        spec = specimen_of(key_library, ex)
        page = spec.page(ex.pages[0].page_id)
        looks = {
            t.first.id: t.look(light, page.substrate.colour)
            for t in things([k for k in page_keys(spec, page) if light in k.lights])
        }
        assert {looks[e.id] for e in ex.expected} == {ex.level}, ex.id
        assert all(looks.get(e.id) != ex.level for e in ex.neutral), ex.id


def test_a_find_item_is_a_search_unless_the_page_has_no_more(
    key_library: KeyLibrary, generated: list[Exercise]
) -> None:
    """Series with small inventories (and counterfeits of them) leave pages where no light
    shows two genuine features: those are asked one at a time under the light that shows
    them, the question naming the light and the count; elsewhere one thing to find only where
    the question asks for a part of what the light shows (and says which part)."""
    finds = [
        ex
        for ex in generated
        if isinstance(ex, AreaExercise) and ex.kind is ExerciseKind.FIND_FEATURES
    ]
    assert finds
    for ex in finds:
        light = find_light(ex)
        assert f"{len(ex.expected)} to find" in ex.prompt["en"]
        narrowed = any(en in ex.prompt["en"] for en, _ in SUBSETS.values())
        if len(ex.expected) >= 2 or narrowed:
            continue
        spec = specimen_of(key_library, ex)
        page = spec.page(ex.pages[0].page_id)
        shown = [k for k in page_keys(spec, page) if k.askable]
        most = max(sum(li in k.lights for k in shown) for li in LightSource)
        assert most < 2, (ex.id, light, ex.prompt["en"])


def test_brighter_and_larger_signs_are_easier() -> None:
    assert level(0.9, 400.0) == 1 and level(0.3, 400.0) == 2 and level(0.1, 400.0) == 3
    assert level(0.9, 100.0) < level(0.9, 10.0) < level(0.9, 1.0)
    assert contrast(Material(uv365=Emission("#ffff40", 0.9)), LightSource.UV365) > contrast(
        Material(uv365=Emission("#ffff40", 0.3)), LightSource.UV365
    )
    assert contrast(Material(visible=Ink("#151515", 1.0)), LightSource.VISIBLE) > contrast(
        Material(visible=Ink("#d0d0d0", 1.0)), LightSource.VISIBLE
    )


@pytest.mark.parametrize("set_level", [1, 2, 3])
def test_a_level_set_holds_items_of_its_level_first(
    key_library: KeyLibrary, set_level: int
) -> None:
    for seed in range(3):
        s = generate_set(key_library.packs, CURRICULUM, level=set_level, count=24, seed=seed)
        graded = [
            e.level
            for e in s.exercises
            if isinstance(e, AreaExercise | LightExercise) and e.level is not None
        ]
        assert graded and max(graded) <= set_level  # never a sign too faint for the level
        assert set_level in graded


def test_objectives_are_of_the_items_level_or_above(generated: list[Exercise]) -> None:
    for ex in every(generated):
        if isinstance(ex, AreaExercise | LightExercise) and ex.level is not None:
            assert all(LEVELS[o] >= ex.level for o in ex.objectives), ex.id


def test_mrz_trap_items_hold_look_alikes_or_another_length(
    key_library: KeyLibrary, generated: list[Exercise]
) -> None:
    trapped = set()
    for ex in every(generated):
        if not isinstance(ex, MrzExercise):
            continue
        if not any(o.endswith(".traps") for o in ex.objectives):
            continue
        number = specimen_of(key_library, ex).viz["document_number"]
        assert len(number) != 9 or any(c in "OI" for c in number), (ex.id, number)
        printed = parse_mrz("\n".join(ex.lines)).document_number
        assert any(c in LOOKALIKES for c in printed) or len(printed) != 9, (ex.id, printed)
        trapped.add(ex.specimen.specimen_id)
    assert trapped == {s.id for s in key_library.packs[2].specimens}
