"""The periodic check of a draft as one pure function over a frozen snapshot, so a frontend can
run it off its UI thread: the saved exercise sets rebuilt from the features as they are now, and
every problem an import would report (plus advice).

The snapshot carries the draft's revision: a result whose revision is no longer the draft's
describes work the instructor has since changed, and must be neither shown nor applied.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from docexam.core.authoring.document import DraftPack
from docexam.core.authoring.document_data import missing_mrz_data
from docexam.core.authoring.drafts import write_draft
from docexam.core.authoring.exercise_sets import plan_of, refresh_all
from docexam.core.authoring.validation import validate_parts
from docexam.core.domain.errors import DocexamError, PackError, Problem
from docexam.core.domain.model import Pack, PackInfo, Specimen
from docexam.core.exercise.model import MrzExercise, specimen_refs
from docexam.core.pack.exercise_file import EXERCISES_FILE
from docexam.core.training.curriculum import Curriculum
from docexam.core.training.quiz import ExerciseKind, ExerciseSet


@dataclass(frozen=True)
class Snapshot:
    """The draft at one revision; its objects are frozen, so another thread may read them."""

    revision: int
    info: PackInfo
    pack: Pack
    exercise_sets: tuple[ExerciseSet, ...]


@dataclass(frozen=True)
class Checked:
    revision: int
    exercise_sets: tuple[ExerciseSet, ...]  # rebuilt from the snapshot's features
    problems: tuple[Problem, ...]


def snapshot(doc: DraftPack) -> Snapshot:
    return Snapshot(doc.revision, doc.info, doc.to_pack(), tuple(doc.exercise_sets))


def autosave(snap: Snapshot) -> list[Problem]:
    """Write the snapshot's JSON files as the draft's autosave; a failure (a full disk) is
    reported, and the work in memory is still checked."""
    assert snap.pack.root is not None
    try:
        write_draft(snap.pack.root, snap.info, snap.pack.specimens, snap.exercise_sets)
    except OSError as exc:
        return [Problem.unlocated(str(exc))]
    return []


def check(snap: Snapshot, curriculum: Curriculum) -> Checked:
    """Rebuild the snapshot's sets, then validate the pack with the rebuilt sets."""
    sets, problems = rebuild_sets(snap, curriculum)
    try:
        problems += validate_parts(snap.pack, sets)
    except PackError as exc:
        problems += exc.problems
    except (DocexamError, OSError) as exc:
        problems.append(Problem.unlocated(str(exc)))
    return Checked(snap.revision, sets, tuple(problems))


def rebuild_sets(
    snap: Snapshot, curriculum: Curriculum
) -> tuple[tuple[ExerciseSet, ...], list[Problem]]:
    """Each saved set rebuilt so it keeps no stale region, name or MRZ; what can no longer be
    built is reported."""
    if not snap.exercise_sets:
        return (), []
    results = refresh_all(snap.pack.id, snap.pack.specimens, snap.exercise_sets, curriculum)
    problems = []
    for result in results:
        by_id = {e.id: e for e in result.exercise_set.exercises}
        for lost in result.lost:
            refs = specimen_refs(by_id[lost])
            problems.append(
                Problem(
                    EXERCISES_FILE,
                    result.exercise_set.id,
                    "stale-exercise",
                    f"set {result.exercise_set.id!r}: item {lost} no longer matches its "
                    f"specimen {refs[0].specimen_id if refs else ''!s} (its features or MRZ "
                    "changed); open Exercise sets… and save the set again",
                    refs[0].specimen_id if refs else None,
                    refs[0].page_id if refs else None,
                )
            )
    fresh = tuple(r.exercise_set for r in results)
    return fresh, problems + missing_mrz(snap.pack.specimens, fresh)


def missing_mrz(specimens: Sequence[Specimen], sets: Sequence[ExerciseSet]) -> list[Problem]:
    """A set that asks for MRZ exercises of a specimen but holds none for it: the specimen gives
    none (no MRZ recorded, or one that cannot be read), or its MRZ was entered after the set
    was saved (ticking the new item in the set editor adds it)."""
    by_id = {s.id: s for s in specimens}
    out = []
    for exercise_set in sets:
        plan = plan_of(exercise_set)
        if ExerciseKind.MRZ_CHECK not in plan.kinds:
            continue
        has_item = {
            e.specimen.specimen_id for e in exercise_set.exercises if isinstance(e, MrzExercise)
        }
        for sid in plan.specimen_ids:
            specimen = by_id.get(sid)
            if specimen is None or sid in has_item:
                continue
            why = missing_mrz_data(specimen)
            lack = (
                f"gives none: {why}"
                if why is not None
                else "has none in the set yet: tick its MRZ item in Exercise sets… and save the set"
            )
            message = f"set {exercise_set.id!r} asks for MRZ exercises, but specimen {sid!r} {lack}"
            page = specimen.pages[0].id if specimen.pages else None
            out.append(
                Problem(
                    EXERCISES_FILE, exercise_set.id, "missing-mrz", message, sid, page, warning=True
                )
            )
    return out
