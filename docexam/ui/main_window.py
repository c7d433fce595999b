"""The main window: the specimen library in the first tab, opened specimens in further tabs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from docexam import __version__, paths
from docexam.allocator import give_back
from docexam.core.domain.errors import DocexamError
from docexam.core.domain.model import Pack, text_for
from docexam.core.library.bundled_location import RECIPES_FILE, bundled_target, is_built
from docexam.core.library.catalogue import CatalogueEntry, build_catalogue
from docexam.core.library.library import Library
from docexam.core.library.references import reference_candidates
from docexam.ui.author.menus import AuthorMenus
from docexam.ui.browser.thumbs import ThumbnailMaker
from docexam.ui.browser.widget import SpecimenBrowser
from docexam.ui.import_pack import ImportFlow

if TYPE_CHECKING:
    from docexam.ui.training.port import TrainingStore
    from docexam.ui.training.training_tab import TrainingTab
    from docexam.ui.viewer.specimen_tab import SpecimenTab
from docexam.ui.bundled_build import generate_bundled
from docexam.ui.classroom.menus import ClassMenus
from docexam.ui.common.worker import Task, Worker
from docexam.ui.menus import empty_menu
from docexam.ui.settings import settings
from docexam.ui.tabs import add_tab, as_tab

TITLE_BAR_PX = 40  # the window manager's frame above the window, not counted by resize()
GIVE_BACK_AFTER_MS = 500  # a closed tab's memory is returned to the system this long after


class MainWindow(QMainWindow):
    def __init__(
        self,
        library: Library,
        lang: str = "en",
        bundled_target: Path | None = None,
        store: TrainingStore | None = None,
        store_pending: bool = False,
        library_first: bool = False,
    ) -> None:
        """``store_pending``: the results store is still opening (``attach_store`` follows);
        until then the window shows only a note, so a trainee whose exam is unfinished never
        sees the library before the exam lock applies. ``library_first``: no exam is
        unfinished (asked without the store): the library is usable at once, and the Training
        tab waits for the store."""
        super().__init__()
        self.library = library
        self.lang = lang
        self.setWindowTitle(self.tr("docexam: document examination trainer"))
        self.thumbs = ThumbnailMaker(paths.cache_dir() / "thumbnails", self)
        self.browser = SpecimenBrowser(self.thumbs, lang)
        self.browser.open_requested.connect(self.open_specimen)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.tabCloseRequested.connect(self._close_tab)
        add_tab(self.tabs, self.browser)
        self.opening = QLabel(self.tr("Opening your results…"))
        self.opening.setObjectName("opening_results")
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.front = QStackedWidget()  # the note while the store opens, then the tabs
        self.front.addWidget(self.opening)
        self.front.addWidget(self.tabs)
        self.setCentralWidget(self.front)
        self._import: ImportFlow | None = None
        self.training_slot: QWidget | None = None  # the Training tab until first shown
        self._build_menus()
        self.tabs.currentChanged.connect(self._tab_changed)
        self._tab_changed(0)
        self.refresh_library()
        self._restore_geometry()
        self.store = store
        self.training: TrainingTab | None = None
        self.exam_locked = False
        self.background = Worker(self)  # the first-start build
        self.builder: Task | None = None
        self.drafter: Task | None = None  # then every page of the set drafted onto disk
        self.build_state: tuple[int, int] | None = None  # (done, total) while building
        if bundled_target is not None and not is_built(bundled_target):
            self.build_bundled(bundled_target.parent)
        self.store_pending = store_pending
        self.library_first = store_pending and library_first
        if self.library_first:
            self._add_training_slot()
            self.front.setCurrentWidget(self.tabs)
        elif store_pending:
            for action in self.opening_actions():
                action.setEnabled(False)
        else:
            self.attach_store(store)

    def _add_training_slot(self) -> None:
        from docexam.ui.training.slot import TrainingSlot

        self.training_slot = TrainingSlot()
        add_tab(self.tabs, self.training_slot, 1)

    def attach_store(self, store: TrainingStore | None, at_start: bool = False) -> None:
        """The results store has opened (None: training is off). With an exam unfinished the
        exam lock applies before the tabs show. ``at_start``: the app is starting; the
        library stays in front and the Training tab is built when first shown, unless an
        exam may be unfinished."""
        from docexam.ui.training.slot import exam_may_be_unfinished

        self.store = store
        self.store_pending = False
        waiting = self.training_slot is not None and self.tabs.currentWidget() is self.training_slot
        if store is None and self.training_slot is not None:  # training is off
            self.tabs.removeTab(self.tabs.indexOf(self.training_slot))
            self.training_slot.deleteLater()
            self.training_slot = None
        elif store is not None and at_start and not exam_may_be_unfinished(store):
            if self.training_slot is None:
                self._add_training_slot()
            elif waiting:  # the trainee is looking at the slot: the real tab now
                self.open_training()
        elif store is not None:
            training = self.open_training()
            if training is not None and training.exam_unfinished():
                self.lock_for_exam(True)
        if not self.exam_locked:
            for action in self.opening_actions():
                action.setEnabled(True)
        self.front.setCurrentWidget(self.tabs)

    def open_training(self) -> TrainingTab | None:
        """The Training tab, next to the library (None without a results store)."""
        from docexam.ui.training.training_tab import TrainingTab

        if self.store is None:
            return None
        if self.training is None or self.tabs.indexOf(self.training) < 0:
            self.training = TrainingTab(self.store, self.library, self.lang)
            self.training.exam_running.connect(self.lock_for_exam)
            self.training.seat_for = self.class_menus.seat_for
            if self.build_state is not None:
                self.training.library_building(*self.build_state)
            add_tab(self.tabs, self.training, 1)
        self.tabs.setCurrentWidget(self.training)
        if self.training_slot is not None:  # the real tab has taken its place
            self.tabs.removeTab(self.tabs.indexOf(self.training_slot))
            self.training_slot.deleteLater()
            self.training_slot = None
        return self.training

    def build_bundled(self, cache_dir: Path, recipes_file: Path | None = None) -> Task:
        """First start: generate the bundled set while the hand-made pack is already usable."""
        from PySide6.QtWidgets import QProgressBar

        self.build_bar = QProgressBar()
        self.build_bar.setObjectName("build_progress")
        self.build_bar.setMaximumWidth(240)
        self.build_bar.setFormat(self.tr("Preparing specimens %v/%m"))
        self.statusBar().addPermanentWidget(self.build_bar)
        self.statusBar().showMessage(
            self.tr("Generating the bundled specimens (first start only); you can work meanwhile.")
        )
        recipes = recipes_file or RECIPES_FILE
        self.build_target = bundled_target(cache_dir, recipes)
        self._set_build_state((0, 0))
        from docexam.core.light.draft_store import cache_folder

        drafts = cache_folder()
        builder = self.background.start(
            lambda job: generate_bundled(job, cache_dir, recipes, drafts)
        )
        builder.progressed.connect(self._build_progress)
        builder.succeeded.connect(self._bundled_built)
        builder.failed.connect(self._bundled_failed)
        self.builder = builder
        return builder

    def _build_progress(self, done: int, total: int) -> None:
        if done > 0:  # a specimen has landed in the set: the library shows it at once
            if self.build_target not in self.library.bundled_dirs:
                self.library.bundled_dirs.append(self.build_target)
            self.browser.set_entries(self.catalogue())
        self.build_bar.setMaximum(total)
        self.build_bar.setValue(done)
        self._set_build_state((done, total))

    def _set_build_state(self, state: tuple[int, int] | None) -> None:
        """Training offers generated sets only once the library they draw on is complete."""
        self.build_state = state
        if self.training is None:
            return
        if state is None:
            self.training.library_ready()
        else:
            self.training.library_building(*state)

    def _bundled_built(self, path: Path) -> None:
        self.statusBar().removeWidget(self.build_bar)
        if path not in self.library.bundled_dirs:
            self.library.bundled_dirs.append(path)
        self.refresh_library()
        self._set_build_state(None)
        self.statusBar().showMessage(self.tr("The bundled specimens are ready."), 8000)
        self.draft_bundled(path)

    def draft_bundled(self, path: Path) -> Task:
        """After the first-start build: every page of the set drafted onto disk in the
        background, so a specimen's very first opening shows its lights at once."""
        entries = self.browser.model.entries()
        return self._draft([e for e in entries if e.thumbnail_source.is_relative_to(path)])

    def _draft(self, entries: list[CatalogueEntry]) -> Task:
        """Draft the entries' pages onto disk in the background (``bundled_build.draft_pages``):
        building a 600 dpi page's draft decodes every full-page image (half a second or more),
        reading it back from disk when the specimen first opens takes a few milliseconds."""
        from functools import partial

        from docexam.core.light.draft_store import cache_folder
        from docexam.ui.bundled_build import draft_pages

        loads = [partial(self.library.load_specimen, e.pack_id, e.specimen_id) for e in entries]
        folder = cache_folder()
        self.drafter = self.background.start(lambda job: draft_pages(job, loads, folder))
        return self.drafter

    def _bundled_failed(self, message: str) -> None:
        self.statusBar().removeWidget(self.build_bar)
        self._set_build_state(None)  # train on what the library has
        QMessageBox.warning(
            self,
            self.tr("Bundled specimens"),
            self.tr("Could not generate the bundled specimens:") + "\n" + message,
        )

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = self._action(
            self.tr("&Import pack…"), self.choose_import, QKeySequence("Ctrl+I")
        )
        file_menu.addAction(self.import_action)
        self.import_folder_action = self._action(
            self.tr("Import pack &folder…"), self.choose_import_folder, "Ctrl+Shift+I"
        )
        file_menu.addAction(self.import_folder_action)
        # New pack…, Open for editing…, and the Edit menu
        self.author_menus = AuthorMenus(self, file_menu, self.lang)
        file_menu.addSeparator()
        self.class_menus = ClassMenus(self, file_menu)  # Join a class…, Class dashboard…
        file_menu.addSeparator()
        self.close_tab_action = self._action(
            self.tr("&Close tab"), self._close_current, QKeySequence.StandardKey.Close
        )
        file_menu.addAction(self.close_tab_action)
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        file_menu.addAction(self.quit_action)
        self.specimen_menu = self.menuBar().addMenu(self.tr("&Specimen"))
        self.compare_action = self._action(
            self.tr("&Compare with a reference…"), self.choose_reference, "Ctrl+K"
        )
        self.stop_compare_action = self._action(
            self.tr("&Stop comparing"), self._stop_compare, "Ctrl+Shift+K"
        )
        self.light_menu = self.menuBar().addMenu(self.tr("&Light"))
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.find_action = self._action(
            self.tr("Find specimen"), self._focus_search, QKeySequence.StandardKey.Find
        )
        view_menu.addAction(self.find_action)
        self.library_action = self._action(
            self.tr("&Library"), lambda: self.tabs.setCurrentIndex(0), "Ctrl+L"
        )
        view_menu.addAction(self.library_action)
        language_menu = view_menu.addMenu(self.tr("Language"))
        for code, name in (("en", "English"), ("zh", "简体中文")):
            action = language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == self.lang)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About docexam"), self._about))

    def catalogue(self) -> list[CatalogueEntry]:
        return build_catalogue(self.library, self.lang, paths.cache_dir() / "catalogue")

    def refresh_library(self) -> None:
        entries = self.catalogue()
        self.browser.set_entries(entries)
        packs = len({e.pack_id for e in entries})
        self.statusBar().showMessage(
            self.tr("%1 packs in the library").replace("%1", str(packs)), 5000
        )

    def lock_for_exam(self, running: bool) -> None:
        """While an exam runs, nothing but the exam can be reached: the library (whose cards
        name each document's status), open specimens and authoring tabs are hidden, and the
        menus that open them are disabled; all comes back once the exam is submitted."""
        self.exam_locked = running
        keep = self.tabs.indexOf(self.training) if self.training is not None else -1
        if running and keep >= 0:
            self.tabs.setCurrentIndex(keep)
        for index in range(self.tabs.count()):
            if index != keep:
                self.tabs.setTabVisible(index, not running)
        for action in self.opening_actions():
            action.setEnabled(not running)
        self._tab_changed(self.tabs.currentIndex())

    def opening_actions(self) -> list[QAction]:
        """The menu actions that open the library, a specimen or a pack."""
        return [
            self.import_action,
            self.find_action,
            self.library_action,
            self.compare_action,
            self.author_menus.new_action,
            self.author_menus.open_action,
        ]

    def open_specimen(self, entry: CatalogueEntry) -> SpecimenTab | None:
        # Imported here: the viewer pulls in numpy and OpenCV, which the library screen never needs.
        from docexam.ui.viewer.sltd_box import sltd_source
        from docexam.ui.viewer.specimen_tab import SpecimenTab

        if self.exam_locked or (self.store_pending and not self.library_first):
            return None
        for index in range(1, self.tabs.count()):
            tab = self.tabs.widget(index)
            if isinstance(tab, SpecimenTab) and self.tabs.tabToolTip(index) == entry.key:
                self.tabs.setCurrentIndex(index)
                return tab
        try:
            specimen = self.library.load_specimen(entry.pack_id, entry.specimen_id)
        except DocexamError as exc:
            QMessageBox.warning(self, self.tr("Open specimen"), str(exc))
            return None
        tab = SpecimenTab(specimen, self.lang, sltd=sltd_source(self.library))
        index = add_tab(self.tabs, tab)
        self.tabs.setTabToolTip(index, entry.key)
        self.tabs.setCurrentIndex(index)
        return tab

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import pack"),
            "",
            self.tr("Specimen packs (*.dxpack *.zip);;All files (*)"),
        )
        if path:
            self.import_path(Path(path))

    def choose_import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Import pack folder (the folder holding pack.json)")
        )
        if folder:
            self.import_path(Path(folder))

    def import_path(self, path: Path) -> ImportFlow:
        flow = ImportFlow(self, self.library, path)
        flow.finished.connect(lambda ok: self._pack_added(flow.pack) if ok else None)
        self._import = flow
        flow.start()
        return flow

    def _pack_added(self, pack: Pack | None) -> None:
        self.refresh_library()
        if self.training is not None:
            self.training.library_changed()  # the sets the new pack ships are offered at once
        if pack is not None:  # its pages drafted now, not on each specimen's first opening
            self._draft([e for e in self.browser.model.entries() if e.pack_id == pack.id])

    def _focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.browser.search.setFocus()
        self.browser.search.selectAll()

    def _close_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is None or not as_tab(widget).closable():
            return  # the library and training tabs stay
        self.tabs.removeTab(index)
        as_tab(widget).close_panes()
        widget.deleteLater()
        # Once the tab and its pages are gone (deleted in a later turn of the event loop).
        QTimer.singleShot(GIVE_BACK_AFTER_MS, give_back)

    def _tab_changed(self, index: int) -> None:
        """The Light and Specimen menus list the actions of the tab in front."""
        if self.training_slot is not None and index == self.tabs.indexOf(self.training_slot):
            self.open_training()  # first shown: built now, in the slot's place
            return
        empty_menu(self.light_menu)
        empty_menu(self.specimen_menu)
        tab = as_tab(self.tabs.currentWidget())
        menus = tab.tab_menus()
        examined = tab.examination() is not None
        self.light_menu.setEnabled(bool(menus.light))
        self.specimen_menu.setEnabled(bool(menus.specimen) or examined)
        for action in menus.light:
            self.light_menu.addAction(action)
        for action in menus.specimen:
            self.specimen_menu.addAction(action)
        if examined:
            self.specimen_menu.addSeparator()
            self.specimen_menu.addAction(self.compare_action)
            self.specimen_menu.addAction(self.stop_compare_action)

    def choose_reference(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        examined = as_tab(self.tabs.currentWidget()).examination()
        if examined is None:
            return
        # The same rule as training's "compare with a genuine one": genuines of the same
        # document type, same state and series first, never the specimen or its forgery source.
        candidates = reference_candidates(examined.specimen, self.browser.model.entries())
        if not candidates:
            QMessageBox.information(
                self,
                self.tr("Compare"),
                self.tr("No genuine specimen of this document type to compare with."),
            )
            return
        labels = [f"{text_for(e.title, self.lang)} · {e.state} · {e.series}" for e in candidates]
        label, ok = QInputDialog.getItem(
            self,
            self.tr("Compare with a reference"),
            self.tr("Reference specimen:"),
            labels,
            0,
            False,
        )
        if ok and label in labels:
            entry = candidates[labels.index(label)]
            try:
                reference = self.library.load_specimen(entry.pack_id, entry.specimen_id)
            except DocexamError as exc:
                QMessageBox.warning(self, self.tr("Compare"), str(exc))
                return
            examined.compare_with(reference)

    def _stop_compare(self) -> None:
        examined = as_tab(self.tabs.currentWidget()).examination()
        if examined is not None:
            examined.stop_compare()

    def _close_current(self) -> None:
        self._close_tab(self.tabs.currentIndex())

    def set_language(self, code: str) -> None:
        """Remember the interface language; it applies from the next start."""
        store = settings()
        store.setValue("ui/language", code)
        store.sync()
        if code != self.lang:
            QMessageBox.information(
                self,
                self.tr("Language"),
                self.tr("The new language applies when docexam starts next time."),
            )

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About docexam"),
            self.tr(
                "docexam %1\nAn offline trainer for travel-document examiners.\n"
                "All specimens are fictional; simulated light views are approximations."
            ).replace("%1", __version__),
        )

    def _restore_geometry(self) -> None:
        geometry = settings().value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            # 1280 x 800 where it fits; on a 1366 x 768 laptop the title bar and the panel take
            # their share, and the status bar (first-start progress) must stay on screen.
            screen = self.screen()
            room = screen.availableGeometry() if screen is not None else None
            if room is None:
                self.resize(1280, 800)
            else:
                self.resize(min(1280, room.width()), min(800, room.height() - TITLE_BAR_PX))

    def closeEvent(self, event: QCloseEvent) -> None:
        store = settings()
        store.setValue("window/geometry", self.saveGeometry())
        store.sync()
        self.thumbs.stop()
        if self.training is not None:
            self.training.close_panes()  # answers are already stored; the attempt stays resumable
        if self._import is not None:
            self._import.stop()
        self.class_menus.close()
        # Stopping mid-build is safe: the set is staged and renamed only when complete.
        self.background.stop()
        super().closeEvent(event)

    def current_tab(self) -> QWidget:
        return self.tabs.currentWidget()
