"""A glossary of the feature categories, grouped as ICAO groups them, with what each one is and
how to check it, in the interface language (and the other language alongside)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from docexam.core.domain.guidance import guide
from docexam.core.domain.model import text_for
from docexam.core.domain.taxonomy import CATEGORIES, GROUPS, category_name

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class GlossaryDialog(QDialog):
    def __init__(self, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setWindowTitle(self.tr("Glossary of security features"))
        self.resize(640, 560)
        self.tree = QTreeWidget()
        self.tree.setObjectName("glossary")
        self.tree.setHeaderLabels([self.tr("Feature"), self.tr("Other language")])
        self.items: dict[str, QTreeWidgetItem] = {}
        zh = lang.startswith("zh")
        for group, (en, zh_name) in GROUPS.items():
            parent_item = QTreeWidgetItem([zh_name if zh else en, en if zh else zh_name])
            self.tree.addTopLevelItem(parent_item)
            for code in CATEGORIES:
                if code.split(".", 1)[0] == group:
                    other = "en" if zh else "zh"
                    item = QTreeWidgetItem([category_name(code, lang), category_name(code, other)])
                    item.setData(0, CODE_ROLE, code)
                    item.setToolTip(0, code)
                    parent_item.addChild(item)
                    self.items[code] = item
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self.definition = QLabel()
        self.definition.setObjectName("definition")
        self.definition.setWordWrap(True)
        self.definition.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.definition.setTextFormat(Qt.TextFormat.RichText)
        self.tree.currentItemChanged.connect(self._show)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.tree)
        split.addWidget(self.definition)
        split.setSizes([360, 280])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        layout.addWidget(buttons)
        self._show(None)

    def select(self, code: str) -> None:
        item = self.items.get(code)
        if item is not None:
            self.tree.setCurrentItem(item)
            self.tree.scrollToItem(item)

    def _show(self, item: QTreeWidgetItem | None) -> None:
        code = item.data(0, CODE_ROLE) if item is not None else None
        if not isinstance(code, str):
            self.definition.setText(escape(self.tr("Choose a feature to read what it is.")))
            return
        description, how = guide(code)
        heading = self.tr("How to check")
        parts = [f"<h3>{escape(category_name(code, self.lang))}</h3>"]
        if description:
            parts.append(f"<p>{escape(text_for(description, self.lang))}</p>")
        if how:
            parts.append(f"<p><b>{escape(heading)}</b><br>{escape(text_for(how, self.lang))}</p>")
        self.definition.setText("".join(parts))
