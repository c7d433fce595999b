"""The features of the page in draw order: select one, move it in the order, hide it on the canvas.

The list is a picture of the draft like the canvas: refilled from the draft on every change, and
selecting a row selects the feature everywhere. Hiding is a view (a feature drawn over another
can be hidden to reach the one below); it is not saved in the pack.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from docexam.core.authoring import Change, MoveFeature
from docexam.core.domain.model import Feature, text_for
from docexam.ui.author import words
from docexam.ui.author.canvas import AuthorCanvas
from docexam.ui.author.editor import Editor


class FeatureList(QWidget):
    def __init__(self, editor: Editor, canvas: AuthorCanvas, lang: str = "en") -> None:
        super().__init__()
        self.editor, self.canvas, self.lang = editor, canvas, lang
        self.setObjectName("feature_list")
        self.list = QListWidget()
        self.list.setObjectName("features")
        self.list.setToolTip(
            self.tr("Features in draw order (later ones on top); untick to hide one on the canvas")
        )
        self.up = QPushButton(self.tr("Draw earlier"))
        self.up.setToolTip(self.tr("Move the selected feature down in the draw order"))
        self.down = QPushButton(self.tr("Draw later"))
        self.down.setToolTip(self.tr("Move the selected feature up, over the others"))
        self.up.clicked.connect(lambda: self.move_in_order(-1))
        self.down.clicked.connect(lambda: self.move_in_order(1))
        buttons = QHBoxLayout()
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("<b>Features on this page</b>")))
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.list.currentRowChanged.connect(self._row_chosen)
        self.list.itemChanged.connect(self._ticked)
        editor.changed.connect(self._changed)
        editor.selection_changed.connect(lambda _: self._show_selection())
        self.refill()

    def _features(self) -> tuple[Feature, ...]:
        ed = self.editor
        if ed.specimen_id is None or ed.page_id is None:
            return ()
        try:
            return ed.doc.page(ed.specimen_id, ed.page_id).features
        except KeyError:
            return ()

    def _changed(self, change: Change) -> None:
        if change.kind in ("feature", "specimen"):
            self.refill()

    def refill(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for feature in self._features():
            label = (
                f"{text_for(feature.name, self.lang) or feature.id} · {words.shape(feature.region)}"
            )
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, feature.id)
            item.setToolTip(f"{feature.id} · {feature.category}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            shown = feature.id not in self.canvas.hidden
            item.setCheckState(Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._show_selection()

    def _show_selection(self) -> None:
        ids = [f.id for f in self._features()]
        row = ids.index(self.editor.feature_id) if self.editor.feature_id in ids else -1
        self.list.blockSignals(True)
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self.up.setEnabled(row > 0)
        self.down.setEnabled(0 <= row < len(ids) - 1)

    def _row_chosen(self, row: int) -> None:
        item = self.list.item(row)
        if item is None:
            return
        fid = item.data(Qt.ItemDataRole.UserRole)
        if fid in self.canvas.hidden:  # choosing a hidden feature shows it: it is edited next
            item.setCheckState(Qt.CheckState.Checked)
        self.editor.select(fid)

    def _ticked(self, item: QListWidgetItem) -> None:
        fid = item.data(Qt.ItemDataRole.UserRole)
        self.canvas.set_hidden(fid, item.checkState() != Qt.CheckState.Checked)

    def move_in_order(self, delta: int) -> None:
        ed, ids = self.editor, [f.id for f in self._features()]
        if ed.feature_id not in ids or ed.specimen_id is None or ed.page_id is None:
            return
        index = ids.index(ed.feature_id) + delta
        if 0 <= index < len(ids):
            label = self.tr("Change draw order")
            ed.push(MoveFeature(ed.specimen_id, ed.page_id, ed.feature_id, index), label)
