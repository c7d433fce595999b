"""Over many generated exams: nothing a trainee can read before submitting tells the key.

What is readable before submitting: the set's id and title, each item's id, question and
options, the pack and specimen ids it refers to (folder names), the files of each document
(their names), and the document's title. None of it may hold a fraud type or status word, and
nothing tied to a forgery may hold the id of the genuine it was made from (which would pair the
two, and so tell which is the fake). A question every item of its kind shares ("Genuine,
counterfeit, forgery or pseudo?") names the choices, not the answer: it is the same whatever
the key, so it is allowed as it is.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from docexam.core.cases.codec import read_cases, write_cases
from docexam.core.domain.model import Pack, Specimen, Status
from docexam.core.domain.sealed import envelope
from docexam.core.exercise.model import ExerciseSet, MrzExercise, SpecimenRef, specimen_refs
from docexam.core.pack.codec import specimen_to_json
from docexam.core.pack.forgery_record import RECORD_FILE, read_record
from docexam.core.pack.io import seal_specimens
from docexam.core.pack.reader import SPECIMEN_FILE
from docexam.core.training.curriculum import load_curriculum
from docexam.core.training.exams import fair_pick
from docexam.core.training.quiz import DrillExercise, Mode
from docexam.core.training.quiz.generate import all_exercises, generate_set
from docexam.core.training.quiz.prompts import PROMPTS
from docexam.core.training.quiz.scope import scope_for
from tests.core.quiz.conftest import KeyLibrary

CURRICULUM = load_curriculum()
STATUS_WORDS = {s.value for s in Status} | {s.value.replace("_", "-") for s in Status}
# Parts of fraud words that would tell as much in an id or a file name as the whole word.
FRAUD_PARTS = {"photo-sub", "substitut", "alteration", "altered", "blank", "forg", "fraud",
               "fake", "trap", "impostor", "pseudo", "counterfeit"}  # fmt: skip
GENUINE = {Status.GENUINE.value}
SHARED_PROMPTS = [dict(p) for p in PROMPTS.values()]


@pytest.fixture(scope="module")
def sealed_packs(key_library: KeyLibrary, tmp_path_factory: pytest.TempPathFactory) -> list[Pack]:
    """The key library laid out and sealed as the bundled build leaves its packs, under pack
    ids that say nothing (the fixture's own are "genuine", "forged" and "traps"; the bundled
    set's "docexam-generated" and "docexam-questioned")."""
    out = []
    for i, pack in enumerate(key_library.packs):
        pack_id = f"set-{chr(ord('a') + i)}"
        root = tmp_path_factory.mktemp("sealed") / pack_id
        specimens = []
        for specimen in pack.specimens:
            assert specimen.root is not None
            dest = root / "specimens" / specimen.id
            shutil.copytree(specimen.root, dest)
            (dest / SPECIMEN_FILE).write_text(json.dumps(specimen_to_json(specimen)))
            specimens.append(replace(specimen, root=dest))
        seal_specimens(root)
        out.append(replace(pack, id=pack_id, specimens=tuple(specimens), root=root))
    # The case files again, on the renamed packs' documents, sealed as the bundled build does.
    ids = {p.id: out[i].id for i, p in enumerate(key_library.packs)}
    cases = read_cases(next(p.root for p in key_library.packs if p.id == "cases"))
    moved = []
    for case in cases:
        docs = tuple(
            replace(d, specimen=ids[d.specimen.split("/")[0]] + "/" + d.specimen.split("/")[1])
            if d.specimen
            else d
            for d in case.documents
        )
        moved.append(replace(case, documents=docs))
    root = next(p.root for p in out if p.id == ids["cases"])
    assert root is not None
    root.mkdir(parents=True, exist_ok=True)
    path = write_cases(root, moved)
    path.write_text(envelope(path.read_text(encoding="utf-8")), encoding="utf-8")
    return out


def _telling(text: str, words: set[str]) -> set[str]:
    plain = text.lower().replace("_", "-")
    return {w for w in words if w.replace("_", "-") in plain}


def _document(ref: SpecimenRef, specimen: Specimen) -> list[str]:
    """What a trainee can read of one document: its ids, title and file names."""
    assert specimen.root is not None
    # Every specimen of a sealed pack has a record (a genuine's says "none"): its name is
    # shared, like the verdict question, and tells nothing.
    assert (specimen.root / RECORD_FILE).is_file()
    files = [p for p in specimen.root.rglob("*") if p.name != RECORD_FILE]
    return [
        ref.pack_id,
        ref.specimen_id,
        ref.page_id or "",
        *specimen.title.values(),
        *(str(p.relative_to(specimen.root)) for p in files),
    ]


def _check(exam: ExerciseSet, packs: list[Pack]) -> int:
    """Assert the property for one set; returns how many forged documents it showed."""
    specimens = {(p.id, s.id): s for p in packs for s in p.specimens}
    readable = [exam.id, *exam.title.values(), *exam.description.values()]
    forged = 0
    for exercise in exam.exercises:
        texts = [exercise.id, *readable]
        if isinstance(exercise, MrzExercise):
            texts += list(exercise.lines)
        for ref in specimen_refs(exercise):
            specimen = specimens[(ref.pack_id, ref.specimen_id)]
            document = _document(ref, specimen)
            texts += document
            record = read_record(specimen.root)
            if record is not None:  # a forgery: nothing of it names the genuine it came from
                forged += 1
                assert not [t for t in document if record.source_id in t], record.source_id
                assert record.source_id not in exercise.id
        assert not [t for t in texts if _telling(t, STATUS_WORDS | FRAUD_PARTS)], texts
        prompt = dict(exercise.prompt)
        if prompt and prompt not in SHARED_PROMPTS:
            # "genuine" is allowed in a question: "other genuine features are not asked" is
            # said of the features, on any document.
            assert not _telling(" ".join(prompt.values()), STATUS_WORDS - GENUINE), prompt
    return forged


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 100_000), level=st.sampled_from([1, 2, 3]))
def test_nothing_readable_before_submitting_a_generated_exam_tells_its_key(
    sealed_packs: list[Pack], seed: int, level: int
) -> None:
    packs = sealed_packs
    exam = generate_set(packs, CURRICULUM, level=level, count=12, seed=seed, mode=Mode.EXAM)
    _check(exam, packs)
    # A level exam as the start screen draws it: fair, from every item of the level.
    pool = [
        e
        for e in all_exercises(packs, scope_for(CURRICULUM, level=level), seed)
        if not isinstance(e, DrillExercise)
    ]
    level_exam = ExerciseSet(
        "lib-L1-s1", dict(CURRICULUM.title), tuple(fair_pick(pool, 12, seed, level))
    )
    _check(level_exam, packs)


def test_the_property_sees_forgeries_and_every_kind(sealed_packs: list[Pack]) -> None:
    """The check above is not vacuous: generated exams do hold forged documents, and a set
    with every item holds each kind."""
    packs = sealed_packs
    every = ExerciseSet("all", {"en": "All"}, tuple(all_exercises(packs, scope_for(CURRICULUM), 1)))
    assert _check(every, packs) > 30
    assert {e.kind for e in every.exercises} >= {
        "find_features", "mark_alterations", "verdict", "which_light", "mrz_check", "drill"
    }  # fmt: skip
