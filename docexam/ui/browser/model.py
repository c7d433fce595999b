"""The catalogue as a Qt model, and the proxy that applies the core's search and filters."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from docexam.core.domain.model import text_for
from docexam.core.library.catalogue import CatalogueEntry, Filters, matches
from docexam.core.library.thumbnails import THUMB_WIDTH, cached_thumbnail
from docexam.ui import words
from docexam.ui.browser.thumbs import ThumbnailMaker

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


def placeholder_icon() -> QIcon:
    pixmap = QPixmap(QSize(THUMB_WIDTH, round(THUMB_WIDTH * 0.7)))
    pixmap.fill(QColor("#e9e6dc"))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#b9b3a0"))
    painter.drawRect(0, 0, pixmap.width() - 1, pixmap.height() - 1)
    painter.end()
    return QIcon(pixmap)


class CatalogueModel(QAbstractListModel):
    def __init__(self, thumbs: ThumbnailMaker, lang: str = "en") -> None:
        super().__init__()
        self._entries: list[CatalogueEntry] = []
        self._rows: dict[str, int] = {}
        self._icons: dict[str, QIcon] = {}
        self._placeholder = placeholder_icon()
        self._thumbs = thumbs
        self._lang = lang
        thumbs.ready.connect(self._thumbnail_ready)

    def set_entries(self, entries: list[CatalogueEntry]) -> None:
        self.beginResetModel()
        self._entries = entries
        self._rows = {e.key: i for i, e in enumerate(entries)}
        self._icons.clear()
        self.endResetModel()

    def entries(self) -> list[CatalogueEntry]:
        return self._entries

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            title = text_for(entry.title, self._lang)
            kind = f"{entry.state} · {words.doc_type(entry.doc_type)}"
            return f"{title}\n{kind} · {words.status(entry.status)}"
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(entry)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(
                [
                    text_for(entry.title, self._lang),
                    f"{words.doc_type(entry.doc_type)} · {entry.state} · {entry.series}",
                    words.status(entry.status),
                    self.tr("%1, version %2")
                    .replace("%1", entry.pack_title)
                    .replace("%2", entry.pack_version),
                ]
            )
        if role == ENTRY_ROLE:
            return entry
        return None

    def _icon(self, entry: CatalogueEntry) -> QIcon:
        icon = self._icons.get(entry.key)
        if icon is not None:
            return icon
        path = cached_thumbnail(self._thumbs.cache, entry.thumbnail_source)
        if path is None:
            self._thumbs.request(entry)
            return self._placeholder
        icon = QIcon(QPixmap(str(path)))
        self._icons[entry.key] = icon
        return icon

    def _thumbnail_ready(self, key: str, path: str) -> None:
        row = self._rows.get(key)
        if row is None:
            return
        self._icons[key] = QIcon(QPixmap(str(Path(path))))
        index = self.index(row)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


class CatalogueFilter(QSortFilterProxyModel):
    def __init__(self) -> None:
        super().__init__()
        self._filters = Filters()

    @property
    def filters(self) -> Filters:
        return self._filters

    def set_filters(self, filters: Filters) -> None:
        # beginFilterChange replaced invalidateRowsFilter in Qt 6.10; support both.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self._filters = filters
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._filters = filters
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        entry = model.data(model.index(source_row, 0, source_parent), ENTRY_ROLE)
        return isinstance(entry, CatalogueEntry) and matches(entry, self._filters)
