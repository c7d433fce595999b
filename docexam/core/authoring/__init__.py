"""Authoring specimen packs: an editable draft, per-command operations, drafts on disk.

Model objects are frozen; a :class:`DraftPack` holds the current ones and changes only through
:class:`Operation` objects, each of which returns its inverse. Any frontend builds undo/redo on
that (the Qt one wraps each operation in a QUndoCommand), so undo is per command, never snapshots.
"""

from docexam.core.authoring.document import Change, DraftPack, Operation
from docexam.core.authoring.operations import (
    AddFeature,
    AddSpecimen,
    MoveFeature,
    RemoveFeature,
    RemoveSpecimen,
    SetExerciseSets,
    SetPackInfo,
    UpdateFeature,
    UpdateSpecimen,
)
from docexam.core.domain.model import PackInfo

__all__ = [
    "AddFeature",
    "AddSpecimen",
    "Change",
    "DraftPack",
    "MoveFeature",
    "Operation",
    "PackInfo",
    "RemoveFeature",
    "RemoveSpecimen",
    "SetExerciseSets",
    "SetPackInfo",
    "UpdateFeature",
    "UpdateSpecimen",
]
