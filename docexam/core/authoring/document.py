"""The draft pack an instructor edits: current (frozen) model objects plus change notification."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

from docexam.core.domain.model import Feature, Pack, PackInfo, Page, Specimen
from docexam.core.exercise.model import ExerciseSet


@dataclass(frozen=True)
class Change:
    """What an operation touched, so a view refreshes only that.

    ``kind`` is "feature", "specimen", "info" or "exercises"; the ids narrow it down.
    """

    kind: str
    specimen_id: str | None = None
    page_id: str | None = None
    feature_id: str | None = None


Listener = Callable[[Change], None]


class Operation(Protocol):
    """An edit of a draft; applying it returns the operation that undoes it."""

    @property
    def change(self) -> Change: ...

    def apply_to(self, doc: DraftPack) -> Operation: ...


class DraftPack:
    """A pack being authored. Its images live under ``root`` (``root/specimens/<id>/``)."""

    def __init__(
        self,
        info: PackInfo,
        root: Path,
        specimens: Iterable[Specimen] = (),
        exercise_sets: Iterable[ExerciseSet] = (),
    ) -> None:
        self.info = info
        self.root = root
        self.specimens: list[Specimen] = [
            replace(s, root=self.specimen_dir(s.id)) for s in specimens
        ]
        self.exercise_sets: list[ExerciseSet] = list(exercise_sets)
        self.revision = 0  # bumped by every applied operation: autosave and validation compare it
        self._listeners: list[Listener] = []

    # -- reading ---------------------------------------------------------------------------------

    def specimen_dir(self, specimen_id: str) -> Path:
        return self.root / "specimens" / specimen_id

    def specimen(self, specimen_id: str) -> Specimen:
        for specimen in self.specimens:
            if specimen.id == specimen_id:
                return specimen
        raise KeyError(specimen_id)

    def page(self, specimen_id: str, page_id: str) -> Page:
        return self.specimen(specimen_id).page(page_id)

    def feature(self, specimen_id: str, page_id: str, feature_id: str) -> Feature:
        for feature in self.page(specimen_id, page_id).features:
            if feature.id == feature_id:
                return feature
        raise KeyError(feature_id)

    def to_pack(self) -> Pack:
        i = self.info
        return Pack(
            i.id,
            i.title,
            i.author,
            i.licence,
            i.languages,
            tuple(self.specimens),
            i.description,
            version=i.version,
            root=self.root,
        )

    def new_feature_id(self, specimen_id: str, page_id: str, base: str = "feature") -> str:
        used = {f.id for f in self.page(specimen_id, page_id).features}
        n = len(used) + 1
        while f"{base}-{n}" in used:
            n += 1
        return f"{base}-{n}"

    # -- changing (only operations call these) ---------------------------------------------

    def apply(self, op: Operation) -> Operation:
        """Apply ``op``; returns the operation that undoes it."""
        inverse = op.apply_to(self)
        self.revision += 1
        for listener in list(self._listeners):
            listener(op.change)
        return inverse

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def set_features(self, specimen_id: str, page_id: str, features: tuple[Feature, ...]) -> None:
        specimen = self.specimen(specimen_id)
        pages = tuple(
            replace(p, features=features) if p.id == page_id else p for p in specimen.pages
        )
        self.put_specimen(replace(specimen, pages=pages))

    def put_specimen(self, specimen: Specimen, index: int | None = None) -> None:
        """Replace the specimen with the same id, or insert it at ``index`` (default: the end)."""
        specimen = replace(specimen, root=self.specimen_dir(specimen.id))
        for i, old in enumerate(self.specimens):
            if old.id == specimen.id:
                self.specimens[i] = specimen
                return
        self.specimens.insert(len(self.specimens) if index is None else index, specimen)

    def drop_specimen(self, specimen_id: str) -> tuple[Specimen, int]:
        for i, old in enumerate(self.specimens):
            if old.id == specimen_id:
                del self.specimens[i]
                return old, i
        raise KeyError(specimen_id)
