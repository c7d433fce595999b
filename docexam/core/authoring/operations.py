"""Edits of a draft pack as small objects; applying one returns the operation that undoes it.

A frontend's undo stack keeps (operation, inverse) pairs: redo applies the operation, undo applies
the inverse. Nothing here copies the whole pack, so undo history stays small on big packs.
"""

from __future__ import annotations

from dataclasses import dataclass

from docexam.core.authoring.document import Change, DraftPack, Operation
from docexam.core.domain.model import Feature, PackInfo, Specimen
from docexam.core.exercise.model import ExerciseSet


def _change(
    kind: str, sid: str | None = None, pid: str | None = None, fid: str | None = None
) -> Change:
    return Change(kind, sid, pid, fid)


def _index(features: list[Feature], feature_id: str) -> int:
    """Where ``feature_id`` is; KeyError as for any other unknown id of a draft."""
    for i, feature in enumerate(features):
        if feature.id == feature_id:
            return i
    raise KeyError(feature_id)


@dataclass(frozen=True)
class AddFeature:
    specimen_id: str
    page_id: str
    feature: Feature
    index: int | None = None  # None: on top of the others

    @property
    def change(self) -> Change:
        return _change("feature", self.specimen_id, self.page_id, self.feature.id)

    def apply_to(self, doc: DraftPack) -> Operation:
        features = list(doc.page(self.specimen_id, self.page_id).features)
        if any(f.id == self.feature.id for f in features):
            raise ValueError(f"feature id {self.feature.id!r} is already on this page")
        features.insert(len(features) if self.index is None else self.index, self.feature)
        doc.set_features(self.specimen_id, self.page_id, tuple(features))
        return RemoveFeature(self.specimen_id, self.page_id, self.feature.id)


@dataclass(frozen=True)
class RemoveFeature:
    specimen_id: str
    page_id: str
    feature_id: str

    @property
    def change(self) -> Change:
        return _change("feature", self.specimen_id, self.page_id, self.feature_id)

    def apply_to(self, doc: DraftPack) -> Operation:
        features = list(doc.page(self.specimen_id, self.page_id).features)
        index = _index(features, self.feature_id)
        removed = features.pop(index)
        doc.set_features(self.specimen_id, self.page_id, tuple(features))
        return AddFeature(self.specimen_id, self.page_id, removed, index)


@dataclass(frozen=True)
class UpdateFeature:
    """Replace the feature with the same id: a move, a reshape or a change of its texts."""

    specimen_id: str
    page_id: str
    feature: Feature

    @property
    def change(self) -> Change:
        return _change("feature", self.specimen_id, self.page_id, self.feature.id)

    def apply_to(self, doc: DraftPack) -> Operation:
        features = list(doc.page(self.specimen_id, self.page_id).features)
        index = _index(features, self.feature.id)
        old = features[index]
        features[index] = self.feature
        doc.set_features(self.specimen_id, self.page_id, tuple(features))
        return UpdateFeature(self.specimen_id, self.page_id, old)


@dataclass(frozen=True)
class AddSpecimen:
    specimen: Specimen
    index: int | None = None

    @property
    def change(self) -> Change:
        return _change("specimen", self.specimen.id)

    def apply_to(self, doc: DraftPack) -> Operation:
        if any(s.id == self.specimen.id for s in doc.specimens):
            raise ValueError(f"specimen id {self.specimen.id!r} is already in this pack")
        doc.put_specimen(self.specimen, self.index)
        return RemoveSpecimen(self.specimen.id)


@dataclass(frozen=True)
class RemoveSpecimen:
    specimen_id: str

    @property
    def change(self) -> Change:
        return _change("specimen", self.specimen_id)

    def apply_to(self, doc: DraftPack) -> Operation:
        # The image files stay in the draft directory, so undoing brings the specimen back whole.
        old, index = doc.drop_specimen(self.specimen_id)
        return AddSpecimen(old, index)


@dataclass(frozen=True)
class UpdateSpecimen:
    """Replace a specimen's document data or pages (e.g. a newly registered capture)."""

    specimen: Specimen

    @property
    def change(self) -> Change:
        return _change("specimen", self.specimen.id)

    def apply_to(self, doc: DraftPack) -> Operation:
        old = doc.specimen(self.specimen.id)
        doc.put_specimen(self.specimen)
        return UpdateSpecimen(old)


@dataclass(frozen=True)
class SetPackInfo:
    info: PackInfo

    @property
    def change(self) -> Change:
        return _change("info")

    def apply_to(self, doc: DraftPack) -> Operation:
        old = doc.info
        doc.info = self.info
        return SetPackInfo(old)


@dataclass(frozen=True)
class SetExerciseSets:
    sets: tuple[ExerciseSet, ...]

    @property
    def change(self) -> Change:
        return _change("exercises")

    def apply_to(self, doc: DraftPack) -> Operation:
        old = tuple(doc.exercise_sets)
        doc.exercise_sets = list(self.sets)
        return SetExerciseSets(old)


@dataclass(frozen=True)
class MoveFeature:
    """Put a feature at ``index`` in its page's draw order (later ones are drawn on top)."""

    specimen_id: str
    page_id: str
    feature_id: str
    index: int

    @property
    def change(self) -> Change:
        return _change("feature", self.specimen_id, self.page_id)

    def apply_to(self, doc: DraftPack) -> Operation:
        features = list(doc.page(self.specimen_id, self.page_id).features)
        old = _index(features, self.feature_id)
        moved = features.pop(old)
        features.insert(max(0, min(self.index, len(features))), moved)
        doc.set_features(self.specimen_id, self.page_id, tuple(features))
        return MoveFeature(self.specimen_id, self.page_id, self.feature_id, old)
