"""A glossary of the feature categories, grouped as ICAO groups them, in the interface language."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from docexam.core.taxonomy import CATEGORIES, GROUPS, category_name


class GlossaryDialog(QDialog):
    def __init__(self, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Glossary of security features"))
        self.resize(480, 560)
        self.tree = QTreeWidget()
        self.tree.setObjectName("glossary")
        self.tree.setHeaderLabels([self.tr("Feature"), self.tr("Other language"), self.tr("Code")])
        self.items: dict[str, QTreeWidgetItem] = {}
        other = "en" if lang.startswith("zh") else "zh"
        for group, (en, zh) in GROUPS.items():
            parent_item = QTreeWidgetItem(
                [zh if lang.startswith("zh") else en, en if other == "en" else zh, group]
            )
            self.tree.addTopLevelItem(parent_item)
            for code, _category in CATEGORIES.items():
                if code.split(".", 1)[0] == group:
                    item = QTreeWidgetItem(
                        [category_name(code, lang), category_name(code, other), code]
                    )
                    parent_item.addChild(item)
                    self.items[code] = item
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)

    def select(self, code: str) -> None:
        item = self.items.get(code)
        if item is not None:
            self.tree.setCurrentItem(item)
            self.tree.scrollToItem(item)
