"""Ids a trainee can read before answering (file names, the results database, an export) say
nothing about the answer: no fraud type, no difficulty, no task, no trap."""

from __future__ import annotations

import re

from docexam.core.domain.model import Status
from docexam.core.synth import build_specimen
from docexam.core.synth.forgery import forge
from docexam.core.training.curriculum import load_curriculum
from docexam.core.training.quiz import DrillExercise, MrzExercise
from docexam.core.training.quiz.generate import all_exercises
from docexam.core.training.quiz.scope import scope_for
from tests.core.quiz.conftest import DPI, KeyLibrary

TELLING = {s.value for s in Status if s is not Status.GENUINE} | {
    "photo", "substitution", "alteration", "blank", "forg", "fraud", "trap", "digits", "viz",
    "verdict", "alter", "find", "light", "mrz", "drill", "uv",
}  # fmt: skip
DIFFICULTY = re.compile(r"-d[123]-s\d")  # the old "<fraud>-d2-s3" suffix
OPAQUE_EXERCISE = re.compile(r"^ex-[0-9a-f]{12}$")


def _telling(identifier: str) -> set[str]:
    plain = identifier.lower()
    words = {w for w in TELLING if w in plain or w.replace("_", "-") in plain}
    return words | set(DIFFICULTY.findall(plain))


def test_specimen_ids_of_forgeries_and_traps_name_no_fraud(key_library: KeyLibrary) -> None:
    forged = [f.specimen for f in key_library.forgeries]
    traps = next(p for p in key_library.packs if p.id == "traps").specimens
    assert len(forged) >= 30 and len({s.document.status for s in forged}) == 6
    for specimen in (*forged, *traps):
        assert not _telling(specimen.id), specimen.id
    # Stable per recipe, different per recipe: 36 forgeries, 36 ids.
    assert len({s.id for s in forged}) == len(forged)


FORGED = re.compile(r"^[a-z]{3}-(td1|td2|td3|mrv-a)-[0-9a-f]{12}$")


def test_a_forgery_id_does_not_pair_it_with_its_genuine(key_library: KeyLibrary) -> None:
    genuine_ids = {s.id for s in key_library.specimens if s.document.status is Status.GENUINE}
    for forged in key_library.forgeries:
        sid, source = forged.specimen.id, forged.record.source_id
        assert source in genuine_ids and FORGED.match(sid), sid
        assert not any(g in sid for g in genuine_ids), (sid, source)
    # Rebuilt from the same recipe, the same id: the library and stored attempts refer to it.
    first = key_library.forgeries[0].record
    source = build_specimen("UTO", "td3", 11, DPI, None, "A")
    assert source.specimen.id == first.source_id
    again = forge(source, first.fraud, first.seed, None, first.difficulty)
    assert again.specimen.id == key_library.forgeries[0].specimen.id


def test_exercise_ids_name_neither_task_nor_answer(key_library: KeyLibrary) -> None:
    exercises = all_exercises(key_library.packs, scope_for(load_curriculum()), seed=4)
    assert len(exercises) > 100
    kinds = {type(e) for e in exercises}
    assert MrzExercise in kinds and DrillExercise in kinds
    for exercise in exercises:
        assert OPAQUE_EXERCISE.match(exercise.id), exercise.id
    assert len({e.id for e in exercises}) == len(exercises)
    again = all_exercises(key_library.packs, scope_for(load_curriculum()), seed=4)
    assert [e.id for e in again] == [e.id for e in exercises]
