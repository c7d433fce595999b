"""The Qt side of a draft: its undo stack of per-operation commands and the current selection."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from docexam.core.authoring import Change, DraftPack, Operation

_MERGE_ID = 9001  # any fixed id: QUndoStack only merges commands that share one


class OpCommand(QUndoCommand):
    """One operation on the draft. Commands with the same ``merge_key`` pushed one after another
    (a drag, typing in one field) merge into one undo step that returns to the state before."""

    def __init__(
        self, doc: DraftPack, op: Operation, label: str, merge_key: object | None = None
    ) -> None:
        super().__init__(label)
        self.doc, self.op, self.merge_key = doc, op, merge_key
        self.inverse: Operation | None = None

    def id(self) -> int:
        return _MERGE_ID if self.merge_key is not None else -1

    def redo(self) -> None:
        self.inverse = self.doc.apply(self.op)

    def undo(self) -> None:
        if self.inverse is not None:
            self.doc.apply(self.inverse)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, OpCommand) or other.merge_key != self.merge_key:
            return False
        self.op = other.op  # keep our inverse: undo goes back to before the first step
        return True


class Editor(QObject):
    """Draft + undo stack + selection, shared by the canvas, the panels and the tab."""

    changed = Signal(object)  # Change
    selection_changed = Signal(object)  # feature id or None

    def __init__(self, doc: DraftPack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.stack = QUndoStack(self)
        self.specimen_id: str | None = doc.specimens[0].id if doc.specimens else None
        self.page_id: str | None = (
            doc.specimens[0].pages[0].id if doc.specimens and doc.specimens[0].pages else None
        )
        self.feature_id: str | None = None
        self._serial = 0
        doc.subscribe(self._relay)

    def _relay(self, change: Change) -> None:
        self.changed.emit(change)

    def close(self) -> None:
        self.doc.unsubscribe(self._relay)

    def push(self, op: Operation, label: str, merge_key: object | None = None) -> None:
        key = None if merge_key is None else (self._serial, merge_key)
        self.stack.push(OpCommand(self.doc, op, label, key))

    def push_all(self, ops: list[Operation], label: str) -> None:
        """Several operations as one undo step (e.g. replacing a specimen: remove, then add)."""
        self.stack.beginMacro(label)
        try:
            for op in ops:
                self.stack.push(OpCommand(self.doc, op, label))
        finally:
            self.stack.endMacro()

    def break_merge(self) -> None:
        """The next push starts a new undo step even with the same merge key (a new drag)."""
        self._serial += 1

    def select(self, feature_id: str | None) -> None:
        if feature_id != self.feature_id:
            self.feature_id = feature_id
            self.break_merge()
            self.selection_changed.emit(feature_id)

    def show_page(self, specimen_id: str | None, page_id: str | None) -> None:
        self.specimen_id, self.page_id = specimen_id, page_id
        self.select(None)
