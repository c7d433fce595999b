"""Exercise generation from packs: deterministic, tied to objectives, with true ground truth."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from docexam import shipped
from docexam.core.domain.geometry import Rect
from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import Feature, Pack, Status
from docexam.core.mrz import Position
from docexam.core.pack.exercise_file import read_exercises, sets_from_file_json, write_exercises
from docexam.core.pack.io import read_pack
from docexam.core.training.curriculum import load_curriculum
from docexam.core.training.quiz import (
    AreaAnswer,
    AreaExercise,
    DrillExercise,
    ExerciseKind,
    LightAnswer,
    LightExercise,
    Mark,
    Mode,
    MrzAnswer,
    MrzExercise,
    MrzTask,
    Point,
    QuizError,
    VerdictExercise,
    score,
)
from docexam.core.training.quiz.generate import all_exercises, generate_set, retarget
from docexam.core.training.quiz.keys import page_keys
from docexam.core.training.quiz.scope import scope_for
from tests.core.quiz.sample import asked_light

BASIC = shipped.UTOPIA_BASIC
CURRICULUM = load_curriculum()


@pytest.fixture(scope="module")
def pack() -> Pack:
    return read_pack(BASIC)


def forged(pack: Pack) -> Pack:
    """The basic passport as a data-alteration forgery carrying its alteration as a feature."""
    genuine = pack.specimens[0]
    page = genuine.pages[0]
    altered = Feature(
        "altered-birth",
        "fraud.erasure",
        {"en": "Erased birth date"},
        Rect(60, 40, 20, 5),
        (LightSource.UV365,),
    )
    page = replace(page, features=(*page.features, altered))
    doc = replace(genuine.document, status=Status.DATA_ALTERATION)
    fake = replace(genuine, id="uto-forged", document=doc, pages=(page,))
    return replace(pack, specimens=(genuine, fake))


def test_same_seed_same_set_other_seed_other_order(pack: Pack) -> None:
    a = generate_set([pack], CURRICULUM, count=5, seed=1)
    assert a == generate_set([pack], CURRICULUM, count=5, seed=1)
    assert len(a.exercises) == 5
    assert len({e.kind for e in a.exercises}) >= 3  # round-robin keeps a short set varied


def test_every_exercise_is_tied_to_known_objectives_in_scope(pack: Pack) -> None:
    module = CURRICULUM.module("L1.uv")
    in_module = {o.id for o in module.objectives}
    s = generate_set([pack], CURRICULUM, module="L1.uv", count=50)
    assert s.exercises and all(set(e.objectives) <= in_module for e in s.exercises)
    every = {o.id for o in CURRICULUM.objectives()}
    assert all(set(e.objectives) <= every for e in all_exercises([pack], scope_for(CURRICULUM)))


def test_find_features_asks_for_what_one_light_reveals(pack: Pack) -> None:
    finds = [e for e in all_exercises([pack], scope_for(CURRICULUM)) if isinstance(e, AreaExercise)]
    page = pack.specimens[0].pages[0]
    by_light: dict[LightSource, list[AreaExercise]] = {}
    for find in finds:
        by_light.setdefault(asked_light(find), []).append(find)
    assert 1 <= len(by_light) <= 2  # at most two focus lights per page
    for light, items in by_light.items():
        # One item per level: each asks for the features of its level, the others are neutral.
        assert len({i.level for i in items}) == len(items)
        for find in items:
            ids = {e.id for e in find.expected}
            assert "substrate" not in ids  # whole-page features cannot be found by a mark
            assert ids and not ids & {e.id for e in find.neutral}
            assert find.specimen.key == "utopia-basic/uto-td3-eriksson/data"
            assert "reveals" in find.prompt["en"] and f"{len(ids)} to find" in find.prompt["en"]
        # Together, exactly the findable features that light reveals (by their material).
        shown = {e.id for e in items[0].expected} | {e.id for e in items[0].neutral}
        revealed = {k.feature.id for k in page_keys(pack.specimens[0], page) if light in k.lights}
        assert shown == revealed - {"substrate"}


def test_which_light_has_the_revealing_light_among_the_options(pack: Pack) -> None:
    lights = [
        e for e in all_exercises([pack], scope_for(CURRICULUM)) if isinstance(e, LightExercise)
    ]
    number = next(e for e in lights if e.feature.id == "number")
    assert number.feature.lights == (LightSource.UV365,)
    assert LightSource.UV365 in number.options and len(number.options) == 4
    assert score(number, LightAnswer((LightSource.UV365,))).correct


def test_mrz_exercises_ask_about_the_mrz_the_specimen_prints(pack: Pack) -> None:
    """No altered strip beside a valid page: the genuine passport gives one item on its own MRZ
    whose answer is "nothing wrong"; only a specimen that prints a bad MRZ gives findings."""
    genuine = pack.specimens[0]
    printed = tuple(genuine.mrz.split("\n"))  # type: ignore[union-attr]
    mrz = [e for e in all_exercises([pack], scope_for(CURRICULUM)) if isinstance(e, MrzExercise)]
    [item] = mrz
    assert item.lines == printed and item.expected == ()
    assert item.specimen.key == "utopia-basic/uto-td3-eriksson/data"  # the page with the MRZ
    assert score(item, MrzAnswer()).correct
    # A forger's reprint with the old check digits, recorded as what the page prints.
    line2 = printed[1][:16] + "1" + printed[1][17:]  # birth 740812 -> 741812
    forged = replace(genuine, id="uto-reprinted", mrz="\n".join((printed[0], line2)))
    items = {
        e.task: e
        for e in all_exercises([replace(pack, specimens=(forged,))], scope_for(CURRICULUM))
        if isinstance(e, MrzExercise)
    }
    assert set(items) == {MrzTask.CHECK_DIGITS, MrzTask.VIZ}
    digits, viz = items[MrzTask.CHECK_DIGITS], items[MrzTask.VIZ]
    assert digits.lines == viz.lines == (printed[0], line2)
    assert {f.code for f in digits.expected} == {"CHECK_DIGIT_MISMATCH"}
    wrong = tuple(p for f in digits.expected for p in f.positions)
    assert set(wrong) == {Position(2, 20), Position(2, 44)}  # birth date and composite
    assert score(digits, MrzAnswer(wrong)).correct
    assert [(f.code, f.field) for f in viz.expected] == [("VIZ_MISMATCH", "birth_date")]
    assert score(viz, MrzAnswer(fields=("birth_date",))).correct


def test_forged_specimens_give_verdict_and_alteration_exercises(pack: Pack) -> None:
    exercises = all_exercises([forged(pack)], scope_for(CURRICULUM))
    [verdict] = [e for e in exercises if isinstance(e, VerdictExercise)]
    assert verdict.expected is Status.DATA_ALTERATION
    [alter] = [e for e in exercises if e.kind is ExerciseKind.MARK_ALTERATIONS]
    assert isinstance(alter, AreaExercise)
    assert [r.id for r in alter.expected] == ["altered-birth"]
    hit = score(alter, AreaAnswer((Mark("data", Point(70, 42)),)))
    assert hit.correct and hit.items[0].lights == (LightSource.UV365,)
    finds = [e for e in exercises if e.kind is ExerciseKind.FIND_FEATURES]
    assert all("altered-birth" not in {r.id for r in e.expected} for e in finds)  # type: ignore[union-attr]


def test_generated_sets_validate_against_the_schema(pack: Pack, tmp_path: Path) -> None:
    s = generate_set([forged(pack)], CURRICULUM, count=30, seed=2, mode=Mode.EXAM)
    assert s.time_limit_s and s.mode is Mode.EXAM
    moved = retarget(s, "my-set")
    assert {p for p, _ in moved.specimens()} == {"my-set"}
    write_exercises(tmp_path, [moved])
    assert read_exercises(tmp_path) == [moved]
    data = json.loads((tmp_path / "exercises.json").read_text(encoding="utf-8"))
    assert sets_from_file_json(data) == [moved]


def test_nothing_to_generate_is_a_readable_error(pack: Pack) -> None:
    bare = replace(pack, specimens=())
    with pytest.raises(QuizError, match=r"no exercises for module L1\.uv"):
        generate_set([bare], CURRICULUM, module="L1.uv")


def test_a_drill_is_mostly_genuine_with_a_fraud_to_refer(pack: Pack) -> None:
    genuine = pack.specimens[0]
    genuines = [replace(genuine, id=f"uto-{n}") for n in range(8)]
    frauds = [
        replace(genuine, id=f"uto-fake-{n}", document=replace(genuine.document, status=status))
        for n, status in enumerate(
            [Status.COUNTERFEIT, Status.PHOTO_SUBSTITUTION, Status.PSEUDO, Status.IMPOSTOR] * 2
        )
    ]
    mixed = replace(pack, specimens=(*genuines, *frauds))
    for seed in range(12):
        [drill] = [
            e
            for e in all_exercises([mixed], scope_for(CURRICULUM, level=1), seed)
            if isinstance(e, DrillExercise)
        ]
        refer = [i for i in drill.items if i.expected is not Status.GENUINE]
        assert 1 / 6 <= len(refer) / len(drill.items) <= 1 / 4, seed  # one in four to six
        # Nothing on an impostor's document shows the fraud: a drill of documents skips it.
        assert all(i.expected is not Status.IMPOSTOR for i in refer)
        assert len({i.specimen.specimen_id for i in drill.items}) == len(drill.items)


def test_a_drill_of_frauds_only_is_not_made(pack: Pack) -> None:
    fake = forged(pack).specimens[1]
    assert not [
        e
        for e in all_exercises([replace(pack, specimens=(fake,))], scope_for(CURRICULUM, level=1))
        if isinstance(e, DrillExercise)
    ]
