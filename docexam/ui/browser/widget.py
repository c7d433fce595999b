"""The browser screen: search box, filters, and a grid of specimen thumbnails."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from docexam.core.domain.taxonomy import category_name
from docexam.core.library.catalogue import ANY_FRAUD, CatalogueEntry, Filters, facet_values
from docexam.ui import words
from docexam.ui.browser.model import ENTRY_ROLE, CatalogueFilter, CatalogueModel
from docexam.ui.browser.thumbs import ThumbnailMaker
from docexam.ui.tabs import Examination, TabMenus


class SpecimenBrowser(QWidget):
    open_requested = Signal(object)  # CatalogueEntry

    def __init__(self, thumbs: ThumbnailMaker, lang: str = "en") -> None:
        super().__init__()
        self._lang = lang
        self.model = CatalogueModel(thumbs, lang)
        self.proxy = CatalogueFilter()
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search specimens, states, features…"))
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("search")
        self.type_filter = self._combo("type_filter", self.tr("All document types"))
        self.state_filter = self._combo("state_filter", self.tr("All issuing states"))
        self.status_filter = self._combo("status_filter", self.tr("Genuine and fraudulent"))
        self.category_filter = self._combo("category_filter", self.tr("Any security feature"))
        self.count_label = QLabel()
        self.count_label.setObjectName("count")

        self.view = QListView()
        self.view.setObjectName("specimens")
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setUniformItemSizes(True)
        self.view.setIconSize(QSize(220, 156))
        self.view.setGridSize(QSize(250, 215))
        self.view.setSpacing(6)
        self.view.setWordWrap(True)
        self.view.setModel(self.proxy)
        self.view.activated.connect(self._activated)
        self.view.setToolTip(self.tr("Double-click or press Enter to open a specimen"))

        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        self.empty_label = QLabel(self.tr("No specimen matches these filters."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        clear = QPushButton(self.tr("Clear search and filters"))
        clear.clicked.connect(self.clear_filters)
        empty_layout.addStretch()
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(clear, alignment=Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        for combo in (
            self.type_filter,
            self.state_filter,
            self.status_filter,
            self.category_filter,
        ):
            bar.addWidget(combo, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.count_label)

        self.search.textChanged.connect(self._apply)

    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(everything, None)
        combo.currentIndexChanged.connect(self._apply)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        return combo

    def set_entries(self, entries: list[CatalogueEntry]) -> None:
        self.model.set_entries(entries)
        facets = facet_values(entries)
        fill = {
            self.type_filter: [(words.doc_type(v), v) for v in facets["doc_type"]],
            self.state_filter: [(v, v) for v in facets["state"]],
            self.status_filter: [(words.status(v), v) for v in facets["status"]]
            + ([(self.tr("Any fraudulent"), ANY_FRAUD)] if len(facets["status"]) > 1 else []),
            self.category_filter: [(category_name(v, self._lang), v) for v in facets["category"]],
        }
        for combo, items in fill.items():
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for label, value in items:
                combo.addItem(label, value)
            found = combo.findData(current)
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)
        self._apply()

    def filters(self) -> Filters:
        return Filters(
            text=self.search.text(),
            doc_type=self.type_filter.currentData(),
            state=self.state_filter.currentData(),
            status=self.status_filter.currentData(),
            category=self.category_filter.currentData(),
        )

    def clear_filters(self) -> None:
        self.search.clear()
        for combo in (
            self.type_filter,
            self.state_filter,
            self.status_filter,
            self.category_filter,
        ):
            combo.setCurrentIndex(0)

    def _apply(self) -> None:
        self.proxy.set_filters(self.filters())
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = self.tr("%1 of %2 specimens").replace("%1", str(shown)).replace("%2", str(total))
        self.count_label.setText(text)
        self.stack.setCurrentWidget(self.view if shown else self.empty)
        if not total:
            self.empty_label.setText(self.tr("The library is empty. Use File > Import pack…"))
        else:
            self.empty_label.setText(self.tr("No specimen matches these filters."))

    def visible_entries(self) -> list[CatalogueEntry]:
        return [self.proxy.index(r, 0).data(ENTRY_ROLE) for r in range(self.proxy.rowCount())]

    def _activated(self, index: QModelIndex) -> None:
        entry = index.data(ENTRY_ROLE)
        if isinstance(entry, CatalogueEntry):
            self.open_requested.emit(entry)

    # -- as the main window's first tab (docexam.ui.tabs.Tab) ----------------------------------

    def tab_title(self) -> str:
        return self.tr("Library")

    def closable(self) -> bool:
        return False  # the way back to every specimen

    def tab_menus(self) -> TabMenus:
        return TabMenus()

    def examination(self) -> Examination | None:
        return None

    def close_panes(self) -> None:
        pass  # nothing of its own runs in the background: the window owns the thumbnails
