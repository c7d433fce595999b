"""Every authoring operation, applied then undone, leaves the draft exactly as it was, and says
what it touched; redo brings the edit back; a refused edit changes nothing and tells no one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from docexam.core.authoring import (
    AddFeature,
    AddSpecimen,
    Change,
    DraftPack,
    Operation,
    PackInfo,
    RemoveFeature,
    RemoveSpecimen,
    SetExerciseSets,
    SetPackInfo,
    UpdateFeature,
    UpdateSpecimen,
)
from docexam.core.domain.geometry import Ellipse
from docexam.core.domain.model import Feature, Status
from docexam.core.pack.io import read_pack

from .packs import BASIC
from .quiz.sample import exercise_set

FIRST = "uto-td3-eriksson"
SECOND = "uto-td3-copy"


def draft(root: Path) -> DraftPack:
    original = read_pack(BASIC).specimens[0]
    copy = replace(original, id=SECOND, title={"en": "A copy"})
    info = PackInfo("course", {"en": "Course"}, "Instructor", "CC-BY-4.0")
    return DraftPack(info, root, [original, copy], [exercise_set()])


def snapshot(doc: DraftPack) -> tuple[Any, ...]:
    return (doc.info, tuple(doc.specimens), tuple(doc.exercise_sets))


def new_feature(fid: str = "stamp") -> Feature:
    return Feature(fid, "printing.microprint", {"en": "Stamp"}, Ellipse(60, 40, 5, 4))


def feature_ids(doc: DraftPack, sid: str = FIRST) -> list[str]:
    return [f.id for f in doc.page(sid, "data").features]


@dataclass(frozen=True)
class Case:
    make: Callable[[DraftPack], Operation]
    change: Change
    done: Callable[[DraftPack], bool]  # the edit is visible in the draft


CASES: dict[str, Case] = {
    "add a feature on top": Case(
        lambda d: AddFeature(FIRST, "data", new_feature()),
        Change("feature", FIRST, "data", "stamp"),
        lambda d: feature_ids(d)[-1] == "stamp",
    ),
    "add a feature underneath": Case(
        lambda d: AddFeature(SECOND, "data", new_feature(), index=0),
        Change("feature", SECOND, "data", "stamp"),
        lambda d: feature_ids(d, SECOND)[0] == "stamp" and "stamp" not in feature_ids(d),
    ),
    "remove a feature from the middle": Case(
        lambda d: RemoveFeature(FIRST, "data", "portrait"),
        Change("feature", FIRST, "data", "portrait"),
        lambda d: feature_ids(d) == ["substrate", "guilloche", "number", "mrz"],
    ),
    "move a feature": Case(
        lambda d: UpdateFeature(
            FIRST, "data", replace(d.feature(FIRST, "data", "number"), region=Ellipse(9, 9, 2, 2))
        ),
        Change("feature", FIRST, "data", "number"),
        lambda d: d.feature(FIRST, "data", "number").region == Ellipse(9, 9, 2, 2),
    ),
    "add a specimen": Case(
        lambda d: AddSpecimen(replace(d.specimens[0], id="third")),
        Change("specimen", "third"),
        lambda d: [s.id for s in d.specimens] == [FIRST, SECOND, "third"],
    ),
    "add a specimen first": Case(
        lambda d: AddSpecimen(replace(d.specimens[0], id="third"), index=0),
        Change("specimen", "third"),
        lambda d: [s.id for s in d.specimens] == ["third", FIRST, SECOND],
    ),
    "remove the first specimen": Case(
        lambda d: RemoveSpecimen(FIRST),
        Change("specimen", FIRST),
        lambda d: [s.id for s in d.specimens] == [SECOND],
    ),
    "change a specimen's document": Case(
        lambda d: UpdateSpecimen(
            replace(
                d.specimen(SECOND),
                document=replace(d.specimen(SECOND).document, status=Status.COUNTERFEIT),
            )
        ),
        Change("specimen", SECOND),
        lambda d: d.specimen(SECOND).document.status is Status.COUNTERFEIT,
    ),
    "change the pack's title and licence": Case(
        lambda d: SetPackInfo(replace(d.info, title={"en": "Renamed"}, licence="CC0-1.0")),
        Change("info"),
        lambda d: d.info.title == {"en": "Renamed"} and d.info.licence == "CC0-1.0",
    ),
    "delete every exercise set": Case(
        lambda d: SetExerciseSets(()),
        Change("exercises"),
        lambda d: d.exercise_sets == [],
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_apply_undo_redo(case: str, tmp_path: Path) -> None:
    doc = draft(tmp_path)
    heard: list[Change] = []
    doc.subscribe(heard.append)
    before = snapshot(doc)
    spec = CASES[case]

    undo = doc.apply(spec.make(doc))
    assert spec.done(doc) and snapshot(doc) != before
    assert heard == [spec.change] and doc.revision == 1
    after = snapshot(doc)

    redo = doc.apply(undo)
    assert snapshot(doc) == before  # exactly: same objects' values, same order
    assert heard == [spec.change, spec.change] and doc.revision == 2

    doc.apply(redo)
    assert snapshot(doc) == after and spec.done(doc)
    assert doc.revision == 3


def test_specimens_put_back_by_undo_keep_their_files_under_the_draft(tmp_path: Path) -> None:
    doc = draft(tmp_path)
    undo = doc.apply(RemoveSpecimen(SECOND))
    doc.apply(undo)
    assert doc.specimen(SECOND).root == tmp_path / "specimens" / SECOND


REFUSED: dict[str, tuple[Callable[[DraftPack], Operation], type[Exception]]] = {
    "a feature id already on the page": (
        lambda d: AddFeature(FIRST, "data", new_feature("mrz")),
        ValueError,
    ),
    "a specimen id already in the pack": (lambda d: AddSpecimen(d.specimens[1]), ValueError),
    "removing an unknown feature": (lambda d: RemoveFeature(FIRST, "data", "nope"), KeyError),
    "updating an unknown feature": (
        lambda d: UpdateFeature(FIRST, "data", new_feature("nope")),
        KeyError,
    ),
    "a feature on an unknown page": (
        lambda d: AddFeature(FIRST, "back", new_feature()),
        KeyError,
    ),
    "removing an unknown specimen": (lambda d: RemoveSpecimen("nope"), KeyError),
    "updating an unknown specimen": (
        lambda d: UpdateSpecimen(replace(d.specimens[0], id="nope")),
        KeyError,
    ),
}


@pytest.mark.parametrize("case", list(REFUSED))
def test_a_refused_edit_changes_nothing_and_notifies_no_one(case: str, tmp_path: Path) -> None:
    doc = draft(tmp_path)
    heard: list[Change] = []
    doc.subscribe(heard.append)
    before = snapshot(doc)
    make, error = REFUSED[case]
    with pytest.raises(error):
        doc.apply(make(doc))
    assert snapshot(doc) == before and heard == [] and doc.revision == 0


def test_an_unsubscribed_listener_hears_nothing_more(tmp_path: Path) -> None:
    doc = draft(tmp_path)
    heard: list[Change] = []
    doc.subscribe(heard.append)
    doc.apply(SetExerciseSets(()))
    doc.unsubscribe(heard.append)
    doc.unsubscribe(heard.append)  # twice is harmless
    doc.apply(SetPackInfo(replace(doc.info, author="Someone")))
    assert heard == [Change("exercises")]


def test_new_feature_ids_never_clash(tmp_path: Path) -> None:
    doc = draft(tmp_path)
    first = doc.new_feature_id(FIRST, "data")
    doc.apply(AddFeature(FIRST, "data", new_feature(first)))
    second = doc.new_feature_id(FIRST, "data")
    assert first != second and second not in feature_ids(doc)
    doc.apply(AddFeature(FIRST, "data", new_feature("feature-8")))
    assert doc.new_feature_id(FIRST, "data") not in feature_ids(doc)
