"""The study viewer set up for an exercise: one ``SpecimenTab`` at a time, with every tool
(lights, loupe, pages, comparison) but nothing that gives the answer away.

An exercise must not show the hotspots (they are the answer to "find the features"), the
feature panel, or the document's title and status (the answer to a verdict), nor change the
study viewer's saved preferences: the viewer's ``EXERCISE`` configuration says so.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from docexam import paths
from docexam.core.domain.errors import DocexamError
from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import Specimen
from docexam.core.library.catalogue import CatalogueEntry, build_catalogue
from docexam.core.library.library import Library
from docexam.core.library.references import best_reference
from docexam.core.training.quiz import SpecimenRef
from docexam.ui.common.worker import Worker
from docexam.ui.training import wording
from docexam.ui.viewer.sltd_box import sltd_source
from docexam.ui.viewer.specimen_tab import SpecimenTab
from docexam.ui.viewer.state import EXERCISE, ViewerConfig


class Stage(QWidget):
    tab_changed = Signal(object)  # the new SpecimenTab (or None)

    def __init__(self, library: Library, lang: str = "en") -> None:
        super().__init__()
        self.library, self.lang = library, lang
        self.sltd = sltd_source(library)
        self.tab: SpecimenTab | None = None
        self.key = ""
        self._catalogue: list[CatalogueEntry] | None = None
        self.error = QLabel()
        self.error.setObjectName("stage_error")
        self.error.setWordWrap(True)
        self.error.hide()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.error)
        # A face item's photo is drawn, not read (about a third of a second): off the UI thread,
        # each item's drawing superseding the one before (an item left before its photo came).
        self.photos = Worker(self)

    def show_specimen(
        self,
        ref: SpecimenRef,
        page_id: str | None = None,
        light: LightSource | None = None,
        caption: str = "",
        config: ViewerConfig = EXERCISE,
    ) -> SpecimenTab | None:
        """Show ``ref`` (the tab is kept when it is the same specimen with the same ``config``),
        on a page, under a light."""
        key = f"{ref.pack_id}/{ref.specimen_id}"
        # A new tab for another config too: a chip item's tab has the reader, the next item's not.
        if self.tab is None or key != self.key or self.tab.state.config != config:
            try:
                specimen = self.library.load_specimen(ref.pack_id, ref.specimen_id)
            except DocexamError as exc:
                self._drop_tab()
                self.error.setText(str(exc))
                self.error.show()
                return None
            self._set_tab(SpecimenTab(specimen, self.lang, config, self.sltd), key)
        tab = self.tab
        assert tab is not None
        page_ids = [p.id for p in tab.specimen.pages]
        wanted = page_id or ref.page_id
        if wanted in page_ids:
            tab.state.set_page(page_ids.index(wanted))
        if light is not None:
            tab.state.set_light(light)
        tab.set_caption(caption)
        return tab

    def _set_tab(self, tab: SpecimenTab, key: str) -> None:
        if self.tab is not None:
            # The loupe power chosen on one item stays for the next, as it would at a desk.
            tab.state.set_loupe_power(self.tab.state.loupe_power)
        self._drop_tab()
        self.error.hide()
        self.tab, self.key = tab, key
        # Short names on the light buttons: with the full names the light bar alone is 1180 px
        # wide, leaving no room at 1366 px for the answer beside the page.
        tab.light_bar.name_lights(wording.short_light)
        self._layout.addWidget(tab, 1)
        self.tab_changed.emit(tab)

    def _drop_tab(self) -> None:
        if self.tab is not None:
            old = self.tab
            self.tab, self.key = None, ""
            old.close_panes()
            old.hide()
            self._layout.removeWidget(old)
            old.deleteLater()
            self.tab_changed.emit(None)

    def close_stage(self) -> None:
        self.photos.stop()
        self._drop_tab()

    # -- compare with a genuine reference -----------------------------------------------------

    def reference_for(self, specimen: Specimen) -> CatalogueEntry | None:
        """The genuine to compare ``specimen`` with (the study viewer's rule), if there is one."""
        if self._catalogue is None:
            self._catalogue = build_catalogue(
                self.library, self.lang, paths.cache_dir() / "catalogue"
            )
        return best_reference(specimen, self._catalogue)

    def compare_with_genuine(self) -> bool:
        if self.tab is None:
            return False
        entry = self.reference_for(self.tab.specimen)
        if entry is None:
            return False
        try:
            reference = self.library.load_specimen(entry.pack_id, entry.specimen_id)
        except DocexamError:
            return False
        self.tab.compare_with(reference)  # without hotspots too: the tab's state has none
        return True
