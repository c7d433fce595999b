"""The main window's authoring entries: File > New pack…, Open pack for editing…, and Edit.

Kept here so the main window gains one line; the heavy authoring modules load on first use.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QTabWidget

from docexam.ui.menus import empty_menu
from docexam.ui.tabs import add_tab, as_tab

if TYPE_CHECKING:
    from docexam.core.authoring import DraftPack
    from docexam.ui.author.tab import AuthorTab


class AuthorMenus(QObject):
    def __init__(self, window: QMainWindow, file_menu: QMenu, lang: str = "en") -> None:
        super().__init__(window)
        self.window, self.lang = window, lang
        self.new_action = self._action(self.tr("&New pack…"), "Ctrl+Shift+P", self.new_pack)
        self.open_action = self._action(
            self.tr("&Open pack for editing…"), "Ctrl+Shift+O", self.choose_pack
        )
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        self.edit_menu = window.menuBar().addMenu(self.tr("&Edit"))
        self.tabs().currentChanged.connect(self._tab_changed)
        self._tab_changed()

    def _action(self, text: str, key: str, slot: object) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(key))
        action.setToolTip(f"{text} ({key})")
        action.triggered.connect(slot)
        return action

    def tabs(self) -> QTabWidget:
        # Found by name: while the results store opens, a note stands in front of the tabs.
        tabs = self.window.findChild(QTabWidget, "tabs")
        assert tabs is not None
        return tabs

    def _tab_changed(self, *_: object) -> None:
        """The Edit menu lists the undo, redo and edit actions of the authoring tab in front."""
        empty_menu(self.edit_menu)
        actions = as_tab(self.tabs().currentWidget()).tab_menus().edit
        self.edit_menu.setEnabled(bool(actions))
        for action in actions:
            self.edit_menu.addAction(action)

    def new_pack(self) -> AuthorTab | None:
        from docexam.ui.author.opening import start_new_pack

        doc = start_new_pack(self.window)
        return self.open_tab(doc, None) if doc is not None else None

    def choose_pack(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Open pack for editing (the folder holding pack.json)")
        )
        if folder:
            self.open_pack(Path(folder))

    def open_pack(self, path: Path) -> AuthorTab | None:
        from docexam.ui.author.opening import open_for_editing

        doc = open_for_editing(self.window, path)
        return self.open_tab(doc, path) if doc is not None else None

    def offer_unsaved_drafts(self) -> list[AuthorTab]:
        """At start: offer each never-saved draft, so work not yet saved as a pack is not
        hidden in the drafts folder after a crash or a closed window."""
        from docexam.core.authoring.drafts import load_draft, unsaved_drafts
        from docexam.core.domain.errors import DocexamError
        from docexam.ui.author.opening import drafts_root, show_error

        opened = []
        for draft in unsaved_drafts(drafts_root()):
            when = draft.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
            answer = QMessageBox.question(
                self.window,
                self.tr("Unsaved draft"),
                self.tr("Resume the unsaved draft %1 (autosaved %2)? It was never saved as a pack.")
                .replace("%1", draft.path.name)
                .replace("%2", when),
            )
            if answer != QMessageBox.StandardButton.Yes:
                continue
            try:
                opened.append(self.open_tab(load_draft(draft), None))
            except (DocexamError, OSError) as exc:
                show_error(self.window, self.tr("Unsaved draft"), exc)
        return opened

    def open_tab(self, doc: DraftPack, pack_path: Path | None) -> AuthorTab:
        from docexam.ui.author.tab import AuthorTab

        tab = AuthorTab(doc, self.lang, pack_path)
        tabs = self.tabs()
        index = add_tab(tabs, tab)
        tabs.setTabToolTip(index, self.tr("Authoring %1").replace("%1", doc.info.id))
        tabs.setCurrentIndex(index)
        self._tab_changed()
        return tab
