"""The study viewer: a specimen under every light, with hotspots, loupe, pages and comparison."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from docexam.core.domain.model import Feature, Specimen, text_for
from docexam.core.light import Rendering
from docexam.core.light.captures import opening_ir_cutoff
from docexam.core.light.params import DEFAULT_IR_CUTOFF_NM
from docexam.ui import words
from docexam.ui.tabs import Examination, TabMenus
from docexam.ui.viewer.chip_reader import ChipReaderDialog
from docexam.ui.viewer.feature_panel import FeaturePanel
from docexam.ui.viewer.glossary import GlossaryDialog
from docexam.ui.viewer.light_bar import LightBar
from docexam.ui.viewer.pane import Pane
from docexam.ui.viewer.preferences import restore_preferences, save_preferences
from docexam.ui.viewer.sltd_box import SltdBox, SltdSource
from docexam.ui.viewer.state import STUDY, Aspect, ViewerConfig, ViewerState
from docexam.ui.viewer.sync import ViewSync


class SpecimenTab(QWidget):
    """One specimen in the viewer. Its ``state`` holds what is shown; ``config`` (in the state)
    is what the screen around it allows: the study viewer everything, an exercise less."""

    rendered = Signal()  # a full-resolution render is on screen

    def __init__(
        self,
        specimen: Specimen,
        lang: str = "en",
        config: ViewerConfig = STUDY,
        sltd: SltdSource | None = None,
    ) -> None:
        """``sltd``: the stolen and lost document database to query (none: no query box)."""
        super().__init__()
        self.specimen = specimen
        self.lang = lang
        # IR opens on a filter the specimen's IR capture serves, so the real image is shown.
        ir = opening_ir_cutoff(specimen.pages[0]) if specimen.pages else DEFAULT_IR_CUTOFF_NM
        self.state = ViewerState(config, len(specimen.pages), ir)
        restore_preferences(self.state)
        save_preferences(self.state)
        self.pane = Pane(specimen, lang, self)
        self.view = self.pane.view
        self.reference: Pane | None = None
        self._sync: ViewSync | None = None
        self.glossary: GlossaryDialog | None = None

        self.pages = QComboBox()
        self.pages.setObjectName("pages")
        for page in specimen.pages:
            self.pages.addItem(text_for(page.name, lang), page.id)
        self.facts = QLabel()
        self.set_caption(text_for(specimen.title, lang))
        self.message = QLabel()
        self.message.setObjectName("message")
        self.light_bar = LightBar(self.state)
        # Light shortcuts must work wherever focus is in this tab, not only on the bar itself.
        self.addActions(self.light_bar.actions())
        self.panel = FeaturePanel(lang)
        self.panel.setVisible(config.show_feature_panel)
        self.views = QSplitter(Qt.Orientation.Horizontal)
        self.views.addWidget(self._captioned(self.view))
        self.reference_box: QWidget | None = None
        outer = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(self.views)
        outer.addWidget(self.panel)
        outer.setStretchFactor(0, 1)
        outer.setSizes([1000, 280])

        top = QHBoxLayout()
        top.addWidget(self.facts, 1)
        top.addWidget(QLabel(self.tr("Page:")))
        top.addWidget(self.pages)
        self._build_actions(top)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.light_bar)
        layout.addWidget(outer, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        # As at a border post, the number can be queried on every document, genuine or not:
        # the query box's presence must not hint at the answer.
        self.sltd_box = SltdBox(sltd, self) if sltd is not None else None
        if self.sltd_box is not None:
            bottom.addWidget(self.sltd_box)
        layout.addLayout(bottom)

        self.pages.currentIndexChanged.connect(self.state.set_page)
        self.view.zoom_changed.connect(self._view_zoomed)
        self.pane.rendered.connect(self._rendered)
        self.pane.busy.connect(self._busy)
        self.pane.renderer.failed.connect(self.message.setText)
        if config.show_feature_panel:
            self.view.feature_clicked.connect(self.panel.show_feature)
        self.panel.show_light.connect(self.state.set_light)
        self.panel.glossary_requested.connect(self.open_glossary)

        self.state.subscribe(self._state_changed)
        self._follow(self.pane)

    # -- actions (listed in the main window's menus too) ----------------------------------------

    def _action(
        self, text: str, key: str, slot: object, checkable: bool = False, offered: bool = True
    ) -> QAction:
        """An action of this tab; one not ``offered`` has no shortcut and is in no menu."""
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setCheckable(checkable)
        action.setToolTip(f"{text} ({key})")
        if checkable:
            action.toggled.connect(slot)
        else:
            action.triggered.connect(slot)
        if offered:
            self.addAction(action)
        return action

    def _build_actions(self, bar: QHBoxLayout) -> None:
        state = self.state
        hotspots = state.config.show_hotspots
        self.hotspots_action = self._action(
            self.tr("Hotspots"), "H", state.set_hotspots, True, hotspots
        )
        self.all_features_action = self._action(
            self.tr("All features"), "Shift+H", state.set_all_features, True, hotspots
        )
        self.loupe_action = self._action(self.tr("Loupe"), "M", state.set_loupe, True)
        self.loupe_more = self._action(self.tr("Stronger loupe"), "]", lambda: state.step_loupe(1))
        self.loupe_less = self._action(self.tr("Weaker loupe"), "[", lambda: state.step_loupe(-1))
        self.next_page = self._action(self.tr("Next page"), "PgDown", lambda: state.step_page(1))
        self.prev_page = self._action(self.tr("Previous page"), "PgUp", lambda: state.step_page(-1))
        self.true_size_action = self._action(
            self.tr("True size"), "Ctrl+0", lambda: self.view.true_size(self._dpi())
        )
        self.glossary_action = self._action(
            self.tr("Glossary"), "F1", lambda: self.open_glossary("")
        )
        self.chip_reader: ChipReaderDialog | None = None
        self.chip_action = self._action(
            self.tr("Chip reader…"), "R", self.open_chip_reader, offered=state.config.chip_reader
        )
        toggles = [self.hotspots_action, self.all_features_action] if hotspots else []
        for action in (*toggles, self.loupe_action):
            button = QToolButton()
            button.setDefaultAction(action)
            bar.addWidget(button)
        for text, tip, slot in (
            ("−", self.tr("Zoom out (-)"), self.view.zoom_out),
            ("+", self.tr("Zoom in (+)"), self.view.zoom_in),
            (self.tr("Fit"), self.tr("Fit the page in the window (0)"), self.view.fit),
            (
                self.tr("True size"),
                self.tr("Paper at its real size (Ctrl+0)"),
                self.true_size_action.trigger,
            ),
        ):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            bar.addWidget(button)

    def view_actions(self) -> list[QAction]:
        toggles = [self.hotspots_action, self.all_features_action]
        return [
            *(toggles if self.state.config.show_hotspots else []),
            self.loupe_action,
            self.loupe_more,
            self.loupe_less,
            self.next_page,
            self.prev_page,
            self.true_size_action,
            self.glossary_action,
            *([self.chip_action] if self.state.config.chip_reader else []),
        ]

    def light_actions(self) -> list[QAction]:
        return list(self.light_bar.actions_by_light.values())

    # -- behaviour -------------------------------------------------------------------------------

    def open_chip_reader(self) -> None:
        """The chip reader for this specimen, one per tab, brought forward when open."""
        if self.chip_reader is None:
            self.chip_reader = ChipReaderDialog(self.specimen, self)
        self.chip_reader.show()
        self.chip_reader.raise_()

    def set_caption(self, caption: str) -> None:
        """The name in bold before the document's facts: its title in the study viewer, the
        item in an exercise (where the title, series and status would give the answer away)."""
        doc = self.specimen.document
        facts = [f"<b>{caption}</b>", words.doc_type(doc.type.value), doc.issuing_state]
        if self.state.config.show_identity:
            facts += [doc.series, words.status(doc.status.value)]
        self.facts.setText(" · ".join(facts))

    def _dpi(self) -> float:
        return self.specimen.page(self.pane.page_id).visible.dpi

    def _panes(self) -> list[Pane]:
        return [self.pane] + ([self.reference] if self.reference is not None else [])

    def _state_changed(self, aspect: Aspect) -> None:
        for pane in self._panes():
            pane.show_state(self.state, aspect)
        self._show_controls(aspect)

    def _follow(self, pane: Pane) -> None:
        """A new pane catches up with everything the state says."""
        for aspect in (Aspect.HOTSPOTS, Aspect.LOUPE, Aspect.LOUPE_POWER, Aspect.PAGE):
            pane.show_state(self.state, aspect)
        self._show_controls(Aspect.HOTSPOTS)
        self._show_controls(Aspect.LOUPE)

    def _show_controls(self, aspect: Aspect) -> None:
        """This tab's own controls at the state's values (setting one to its value is silent)."""
        state = self.state
        if aspect is Aspect.HOTSPOTS:
            self.hotspots_action.setChecked(state.hotspots)
            self.all_features_action.setChecked(state.all_features)
        elif aspect is Aspect.LOUPE:
            self.loupe_action.setChecked(state.loupe)
        elif aspect is Aspect.LOUPE_POWER:
            self.message.setText(self.tr("Loupe %1×").replace("%1", str(state.loupe_power)))
        elif aspect is Aspect.PAGE:
            self.pages.setCurrentIndex(state.page)
            self.panel.show_feature(None)
        elif aspect is Aspect.ZOOM:
            if state.zoom is None and not self.view.fitted:
                self.view.fit()
            elif state.zoom is not None and state.zoom != self.view.zoom():
                self.view.set_zoom(state.zoom)

    def _view_zoomed(self, factor: float) -> None:
        self.state.set_zoom(None if self.view.fitted else factor)

    def _rendered(self, rendering: Rendering, preview: bool) -> None:
        self.light_bar.set_badge(rendering.simulated, generated=self.specimen.generated)
        self.message.setText("")
        if not preview:
            self.rendered.emit()

    def _busy(self, busy: bool) -> None:
        if busy:
            self.light_bar.set_badge(None, busy=True)

    def open_glossary(self, code: str) -> GlossaryDialog:
        if self.glossary is None:
            self.glossary = GlossaryDialog(self.lang, self)
        self.glossary.select(code)
        self.glossary.show()
        self.glossary.raise_()
        return self.glossary

    # -- comparison ------------------------------------------------------------------------------

    def _captioned(self, view: QWidget) -> QWidget:
        """A pane with a caption line above it, shown only while comparing."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        caption = QLabel()
        caption.setObjectName("caption")
        caption.hide()
        layout.addWidget(caption)
        layout.addWidget(view, 1)
        return box

    @staticmethod
    def _caption(box: QWidget | None) -> QLabel | None:
        return None if box is None else box.findChild(QLabel, "caption")

    def compare_with(self, reference: Specimen) -> Pane:
        self.stop_compare()
        pane = Pane(reference, self.lang, self)
        self.reference = pane
        self.reference_box = self._captioned(pane.view)
        self.views.addWidget(self.reference_box)
        # Which is which, at a glance: the questioned document left, the reference right.
        mine, theirs = self._caption(self.views.widget(0)), self._caption(self.reference_box)
        if mine is not None and theirs is not None:
            mine.setText("<b>" + self.tr("Questioned") + "</b>")
            status = words.status(reference.document.status.value)
            theirs.setText(
                "<b>"
                + self.tr("Reference")
                + "</b> · "
                + f"{text_for(reference.title, self.lang)} · {status}"
            )
            mine.show()
            theirs.show()
        half = max(self.views.width() // 2, 200)
        self.views.setSizes([half, half])  # side by side, equal: questioned left, reference right
        self._follow(pane)
        self._sync = ViewSync(self.view, pane.view)
        self.message.setText(
            self.tr("Comparing with %1 (right)").replace("%1", text_for(reference.title, self.lang))
        )
        return pane

    def stop_compare(self) -> None:
        if self.reference is not None:
            self.reference.close()
            if self.reference_box is not None:
                self.reference_box.setParent(None)
                self.reference_box.deleteLater()
                self.reference_box = None
            self.reference.deleteLater()
            self.reference = None
            self._sync = None
            caption = self._caption(self.views.widget(0))
            if caption is not None:
                caption.hide()

    # -- as a tab of the main window (docexam.ui.tabs.Tab) -------------------------------------

    def tab_title(self) -> str:
        return text_for(self.specimen.title, self.lang)

    def closable(self) -> bool:
        return True

    def tab_menus(self) -> TabMenus:
        return TabMenus(light=self.light_actions(), specimen=self.view_actions())

    def examination(self) -> Examination | None:
        return self

    def close_panes(self) -> None:
        self.stop_compare()
        self.pane.close()
        if self.chip_reader is not None:
            # A reader left open must not outlive its item, showing the last passport's chip.
            self.chip_reader.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_panes()
        super().closeEvent(event)

    def feature_at(self, feature_id: str) -> Feature | None:
        return next((i.feature for i in self.view.hotspots if i.feature.id == feature_id), None)
