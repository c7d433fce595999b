"""Face-comparison items: every generated genuine portrait gets a quick (timed) and a
structured (FISWG feature by feature) item; their key is the generator's truth about the person
in the photo; the scoring rule (verdict one point, the features one point shared among them)
holds for any answer; items and answers survive exercises.json and the results store."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from docexam.core.exercise.model import SpecimenRef
from docexam.core.faces.traits import differing_features
from docexam.core.faces.traveller import holder_identity, portrait_look
from docexam.core.faces.unseen import hides
from docexam.core.pack.exercise_file import exercise_from_json, exercise_to_json
from docexam.core.training.curriculum import load_curriculum
from docexam.core.training.quiz import FaceAnswer, FaceExercise, Outcome, score
from docexam.core.training.quiz.answer_codec import answer_from_json, answer_to_json
from docexam.core.training.quiz.face_items import (
    FEATURE_NAMES,
    FEATURES,
    QUICK_SECONDS,
    STATUS_OF,
    face_item,
    face_photo,
    has_face,
    person,
    portrait_size,
)
from docexam.core.training.quiz.generate import all_exercises
from docexam.core.training.quiz.scope import scope_for

from .conftest import KeyLibrary

FACE_OBJECTIVES = {
    o.id: o for o in load_curriculum().objectives() if "face_compare" in o.exercise_kinds
}


def _faces(library: KeyLibrary) -> list[FaceExercise]:
    items = all_exercises(library.packs, scope_for(load_curriculum()), seed=3)
    return [e for e in items if isinstance(e, FaceExercise)]


def test_each_generated_genuine_portrait_gets_a_quick_and_a_structured_item(
    key_library: KeyLibrary,
) -> None:
    items = _faces(key_library)
    with_face = {s.id for s in key_library.specimens if has_face(s)}
    assert with_face  # the generated genuine documents
    for specimen_id in with_face:
        mine = [e for e in items if e.specimen.specimen_id == specimen_id]
        quick = [e for e in mine if not e.features]
        assert len(quick) == 1 and quick[0].seconds == QUICK_SECONDS
        structured = [e for e in mine if e.features]
        assert len(structured) <= 1
        for e in structured:
            assert e.features == FEATURES and e.seconds is None
            # A structured item is a second-line or expert task, never first line.
            assert all(FACE_OBJECTIVES[o].level >= 2 for o in e.objectives)
        for e in mine:
            # Its objectives train the fraud its comparison shows.
            fraud = STATUS_OF[e.against]
            assert e.objectives and all(
                fraud in FACE_OBJECTIVES[o].fraud_types for o in e.objectives
            )
    # Forgeries and hand-made packs get none: their portrait is no generated holder's face.
    assert {e.specimen.specimen_id for e in items} == with_face


def test_the_key_is_the_truth_about_the_person_in_the_photo(key_library: KeyLibrary) -> None:
    specimens = {s.id: s for s in key_library.specimens}
    items = _faces(key_library)
    for e in items:
        viz = specimens[e.specimen.specimen_id].viz
        who = person(e, viz)
        holder = holder_identity(viz)
        assert e.same_person is who.is_holder
        assert (who.identity == holder) is e.same_person
        assert set(e.differing) == differing_features(holder, who.identity)
        assert bool(e.differing) is not e.same_person  # two people differ somewhere
        photo = face_photo(e, specimens[e.specimen.specimen_id], 60, 80)
        assert np.array_equal(
            photo, face_photo(e, specimens[e.specimen.specimen_id], 60, 80)
        )  # shown again, the same
        assert photo.ndim == (3 if e.against == "live" else 2)  # booth camera / printed page


@settings(max_examples=60, deadline=None)
@given(
    key=st.integers(0, 10**6),
    verdict=st.sampled_from([True, False, None]),
    marks=st.lists(st.sampled_from(["agrees", "differs", "hidden", ""]), min_size=10, max_size=10),
    seconds=st.floats(0, 60),
)
def test_scoring_rule_verdict_one_point_features_one_point_shared(
    key_library: KeyLibrary, key: int, verdict: bool | None, marks: list[str], seconds: float
) -> None:
    specimen = next(s for s in key_library.specimens if has_face(s))
    ref = SpecimenRef(f"pack-{key}", specimen.id)
    for structured in (False, True):
        ex = face_item(ref, specimen, structured).exercise
        recorded = dict(zip(ex.features, marks, strict=False))
        answer = FaceAnswer(
            verdict,
            tuple(f for f, m in recorded.items() if m == "differs"),
            tuple(f for f, m in recorded.items() if m == "agrees"),
            tuple(f for f, m in recorded.items() if m == "hidden"),
        )
        got = score(ex, answer, seconds)
        in_time = ex.seconds is None or seconds <= ex.seconds
        right_verdict = verdict is ex.same_person and in_time
        truth = {
            f: "hidden" if f in ex.hidden else "differs" if f in ex.differing else "agrees"
            for f in ex.features
        }
        right_features = sum(recorded[f] == truth[f] for f in ex.features)
        share = right_features / len(ex.features) if ex.features else 0.0
        assert got.maximum == (2.0 if structured else 1.0)
        assert abs(got.earned - (float(right_verdict) + share)) < 1e-9
        if not in_time:
            assert got.items[0].outcome is Outcome.TIMEOUT
        # The key, in time, earns everything; the other verdict loses the verdict's point.
        key_answer = FaceAnswer(
            ex.same_person,
            tuple(f for f in ex.features if truth[f] == "differs"),
            tuple(f for f in ex.features if truth[f] == "agrees"),
            ex.hidden,
        )
        assert score(ex, key_answer, 1.0).correct
        flipped = replace(key_answer, same_person=not ex.same_person)
        assert abs(score(ex, flipped, 1.0).earned - (got.maximum - 1.0)) < 1e-9
        assert exercise_from_json(exercise_to_json(ex)) == ex
        assert answer_from_json(answer_to_json(answer)) == answer


def test_both_people_and_both_comparisons_occur_over_many_specimen_keys(
    key_library: KeyLibrary,
) -> None:
    specimen = next(s for s in key_library.specimens if has_face(s))
    seen = set()
    for n in range(40):
        ex = face_item(SpecimenRef(f"p{n}", specimen.id), specimen, True).exercise
        seen.add((ex.against, ex.same_person))
    assert seen == {("live", True), ("live", False), ("earlier", True), ("earlier", False)}


def test_what_a_photo_hides_cannot_be_compared_and_an_impostor_shows_a_difference(
    key_library: KeyLibrary,
) -> None:
    """Over many items: a feature is "cannot be compared" exactly when the document's portrait
    or the item's photo hides it (hair over the ears, the hairline or a mark, a bald head); the
    explanation says so; an impostor still differs in a feature both photos show."""
    hidden_any, impostors = set(), 0
    for specimen in [s for s in key_library.specimens if has_face(s)][:3]:
        viz = specimen.viz
        holder = holder_identity(viz)
        in_portrait = hides(holder, portrait_look(viz, holder), portrait_size(specimen))
        for key in range(40):
            ex = face_item(SpecimenRef(f"pack-{key}", specimen.id), specimen, True).exercise
            if ex.against == "live":
                who = person(ex, viz)
                assert set(ex.hidden) == in_portrait | hides(who.identity, who.look)
            # What hair (or baldness) can hide; marks also under a beard, glasses' frames or
            # the nose's shade.
            assert set(ex.hidden) <= {"ears", "hairline", "marks"}
            assert list(ex.hidden) == [f for f in FEATURES if f in ex.hidden]
            for f in ex.hidden:
                assert FEATURE_NAMES[f]["en"].lower() in ex.explanation["en"].split("compared:")[1]
            if not ex.same_person:
                impostors += 1
                assert set(ex.differing) - set(ex.hidden), ex
            hidden_any |= set(ex.hidden)
            quick = face_item(SpecimenRef(f"pack-{key}", specimen.id), specimen, False).exercise
            assert quick.hidden == ()  # the quick check records no features
    assert {"ears", "hairline"} <= hidden_any and impostors > 10
