"""The study viewer set up for an exercise: one ``SpecimenTab`` at a time, with every tool
(lights, loupe, pages, comparison) but nothing that gives the answer away.

An exercise must not show the hotspots (they are the answer to "find the features"), the
feature panel, or the document's status (the answer to a verdict), so the stage switches those
off on the tab it composes instead of copying the viewer.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout, QWidget

from docexam import paths
from docexam.core.domain.errors import DocexamError
from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import Specimen, Status
from docexam.core.library.catalogue import CatalogueEntry, build_catalogue
from docexam.core.library.library import Library
from docexam.core.training.quiz import SpecimenRef
from docexam.ui import words
from docexam.ui.training import wording
from docexam.ui.viewer.specimen_tab import SpecimenTab


class Stage(QWidget):
    tab_changed = Signal(object)  # the new SpecimenTab (or None)

    def __init__(self, library: Library, lang: str = "en") -> None:
        super().__init__()
        self.library, self.lang = library, lang
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

    def show_specimen(
        self,
        ref: SpecimenRef,
        page_id: str | None = None,
        light: LightSource | None = None,
        caption: str = "",
    ) -> SpecimenTab | None:
        """Show ``ref`` (the tab is kept when it is the same specimen), on a page, under a light."""
        key = f"{ref.pack_id}/{ref.specimen_id}"
        if self.tab is None or key != self.key:
            try:
                specimen = self.library.load_specimen(ref.pack_id, ref.specimen_id)
            except DocexamError as exc:
                self._drop_tab()
                self.error.setText(str(exc))
                self.error.show()
                return None
            self._set_tab(SpecimenTab(specimen, self.lang), key)
        tab = self.tab
        assert tab is not None
        page_ids = [p.id for p in tab.specimen.pages]
        wanted = page_id or ref.page_id
        if wanted in page_ids:
            tab.pages.setCurrentIndex(page_ids.index(wanted))
        if light is not None and tab.current_light() is not light:
            tab.show_light(light)
        doc = tab.specimen.document
        tab.facts.setText(
            f"<b>{caption}</b> · {words.doc_type(doc.type.value)} · {doc.issuing_state}"
        )
        return tab

    def _set_tab(self, tab: SpecimenTab, key: str) -> None:
        self._drop_tab()
        self.error.hide()
        self.tab, self.key = tab, key
        for action in (tab.hotspots_action, tab.all_features_action):
            # Unchecked without its slot: the slot would also save "no hotspots" as the study
            # viewer's preference. Hidden, so neither button nor shortcut can show them.
            action.blockSignals(True)
            action.setChecked(False)
            action.blockSignals(False)
            action.setEnabled(False)
            action.setVisible(False)
        # Short names on this tab's light buttons (tooltips keep the full name and key): with
        # the full names the light bar alone is 1180 px wide, leaving no room at 1366 px for
        # the answer beside the page.
        for light, light_action in tab.light_bar.actions_by_light.items():
            light_action.setText(wording.short_light(light))
        for button in tab.findChildren(QToolButton):
            if button.defaultAction() in (tab.hotspots_action, tab.all_features_action):
                button.hide()
        tab.view.set_overlay(False)
        tab.panel.hide()
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
        self._drop_tab()

    # -- compare with a genuine reference -----------------------------------------------------

    def reference_for(self, specimen: Specimen) -> CatalogueEntry | None:
        """A genuine specimen of the same series (same state and type first), if there is one."""
        if self._catalogue is None:
            self._catalogue = build_catalogue(
                self.library, self.lang, paths.cache_dir() / "catalogue"
            )
        doc = specimen.document
        candidates = [
            e
            for e in self._catalogue
            if e.specimen_id != specimen.id
            and e.status == Status.GENUINE.value
            and e.series == doc.series
        ]
        candidates.sort(key=lambda e: (e.state != doc.issuing_state, e.doc_type != doc.type.value))
        return candidates[0] if candidates else None

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
        pane = self.tab.compare_with(reference)
        pane.view.set_overlay(False)  # the reference's hotspots would point at the answer too
        return True
