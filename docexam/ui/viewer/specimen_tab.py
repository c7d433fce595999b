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

from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import Feature, Specimen, text_for
from docexam.core.light import LightParams, Rendering
from docexam.ui import words
from docexam.ui.settings import settings
from docexam.ui.viewer.feature_panel import FeaturePanel
from docexam.ui.viewer.glossary import GlossaryDialog
from docexam.ui.viewer.light_bar import LightBar
from docexam.ui.viewer.loupe import POWERS
from docexam.ui.viewer.pane import Pane
from docexam.ui.viewer.sync import ViewSync


class SpecimenTab(QWidget):
    rendered = Signal()  # a full-resolution render is on screen

    def __init__(self, specimen: Specimen, lang: str = "en") -> None:
        super().__init__()
        self.specimen = specimen
        self.lang = lang
        self.pane = Pane(specimen, lang, self)
        self.view = self.pane.view
        self.reference: Pane | None = None
        self._sync: ViewSync | None = None
        self.glossary: GlossaryDialog | None = None

        self.pages = QComboBox()
        self.pages.setObjectName("pages")
        for page in specimen.pages:
            self.pages.addItem(text_for(page.name, lang), page.id)
        doc = specimen.document
        self.facts = QLabel(
            f"<b>{text_for(specimen.title, lang)}</b> · {words.doc_type(doc.type.value)} · "
            f"{doc.issuing_state} · {doc.series} · {words.status(doc.status.value)}"
        )
        self.message = QLabel()
        self.message.setObjectName("message")
        self.light_bar = LightBar()
        # Light shortcuts must work wherever focus is in this tab, not only on the bar itself.
        self.addActions(self.light_bar.actions())
        self.panel = FeaturePanel(lang)
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
        layout.addWidget(self.message)

        self.pages.currentIndexChanged.connect(self._page_changed)
        self.light_bar.params_changed.connect(self._params_changed)
        self.pane.rendered.connect(self._rendered)
        self.pane.busy.connect(self._busy)
        self.pane.renderer.failed.connect(self.message.setText)
        self.view.feature_clicked.connect(self.panel.show_feature)
        self.panel.show_light.connect(self.show_light)
        self.panel.glossary_requested.connect(self.open_glossary)

        self._restore_settings()
        self.pane.set_page(0)
        self.pane.show(self.light_bar.params(), False)

    # -- actions (listed in the main window's menus too) ----------------------------------------

    def _action(self, text: str, key: str, slot: object, checkable: bool = False) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setCheckable(checkable)
        action.setToolTip(f"{text} ({key})")
        if checkable:
            action.toggled.connect(slot)
        else:
            action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self, bar: QHBoxLayout) -> None:
        self.hotspots_action = self._action(self.tr("Hotspots"), "H", self.set_overlay, True)
        self.all_features_action = self._action(
            self.tr("All features"), "Shift+H", self.set_show_all, True
        )
        self.loupe_action = self._action(self.tr("Loupe"), "M", self.set_loupe, True)
        self.loupe_more = self._action(self.tr("Stronger loupe"), "]", lambda: self.step_loupe(1))
        self.loupe_less = self._action(self.tr("Weaker loupe"), "[", lambda: self.step_loupe(-1))
        self.next_page = self._action(self.tr("Next page"), "PgDown", lambda: self.step_page(1))
        self.prev_page = self._action(self.tr("Previous page"), "PgUp", lambda: self.step_page(-1))
        self.true_size_action = self._action(
            self.tr("True size"), "Ctrl+0", lambda: self.view.true_size(self._dpi())
        )
        self.glossary_action = self._action(
            self.tr("Glossary"), "F1", lambda: self.open_glossary("")
        )
        for action in (self.hotspots_action, self.all_features_action, self.loupe_action):
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
        return [
            self.hotspots_action,
            self.all_features_action,
            self.loupe_action,
            self.loupe_more,
            self.loupe_less,
            self.next_page,
            self.prev_page,
            self.true_size_action,
            self.glossary_action,
        ]

    def light_actions(self) -> list[QAction]:
        return list(self.light_bar.actions_by_light.values())

    # -- behaviour -------------------------------------------------------------------------------

    def _dpi(self) -> float:
        return self.specimen.page(self.pane.page_id).visible.dpi

    def _panes(self) -> list[Pane]:
        return [self.pane] + ([self.reference] if self.reference is not None else [])

    def _params_changed(self, params: LightParams, interactive: bool) -> None:
        if not interactive:
            settings().setValue("viewer/light", params.light.value)
        for pane in self._panes():
            pane.show(params, interactive)

    def _rendered(self, rendering: Rendering, preview: bool) -> None:
        self.light_bar.set_badge(rendering.simulated, generated=self.specimen.generated)
        self.message.setText("")
        if not preview:
            self.rendered.emit()

    def _busy(self, busy: bool) -> None:
        if busy:
            self.light_bar.set_badge(None, busy=True)

    def show_light(self, light: LightSource) -> None:
        self.light_bar.set_light(light)

    def current_light(self) -> LightSource:
        return self.light_bar.light

    def _page_changed(self, index: int) -> None:
        for pane in self._panes():
            pane.set_page(index)
            pane.show(self.light_bar.params(), False)
        self.panel.show_feature(None)

    def step_page(self, delta: int) -> None:
        index = self.pages.currentIndex() + delta
        if 0 <= index < self.pages.count():
            self.pages.setCurrentIndex(index)

    def set_overlay(self, shown: bool) -> None:
        settings().setValue("viewer/overlay", shown)
        for pane in self._panes():
            pane.view.set_overlay(shown)

    def set_show_all(self, show_all: bool) -> None:
        for pane in self._panes():
            pane.view.set_show_all(show_all)

    def set_loupe(self, on: bool) -> None:
        for pane in self._panes():
            pane.set_loupe(on)

    def step_loupe(self, delta: int) -> None:
        index = POWERS.index(self.pane.loupe.power) if self.pane.loupe.power in POWERS else 1
        power = POWERS[max(0, min(len(POWERS) - 1, index + delta))]
        self.set_loupe_power(power)

    def set_loupe_power(self, power: int) -> None:
        settings().setValue("viewer/loupe_power", power)
        for pane in self._panes():
            pane.loupe.power = power
        self.message.setText(self.tr("Loupe %1×").replace("%1", str(power)))

    def open_glossary(self, code: str) -> GlossaryDialog:
        if self.glossary is None:
            self.glossary = GlossaryDialog(self.lang, self)
        self.glossary.select(code)
        self.glossary.show()
        self.glossary.raise_()
        return self.glossary

    def _restore_settings(self) -> None:
        store = settings()
        try:
            light = LightSource(str(store.value("viewer/light", LightSource.VISIBLE.value)))
        except ValueError:
            light = LightSource.VISIBLE
        if light is LightSource.UV_OFF:
            light = LightSource.UV365
        self.light_bar.blockSignals(True)
        self.light_bar.set_light(light)
        self.light_bar.blockSignals(False)
        overlay = str(store.value("viewer/overlay", "true")).lower() == "true"
        self.hotspots_action.setChecked(overlay)
        self.set_overlay(overlay)
        power = int(str(store.value("viewer/loupe_power", 10)))
        self.set_loupe_power(power if power in POWERS else 10)
        self.message.setText("")

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
        pane.set_page(self.pages.currentIndex())
        pane.view.set_overlay(self.hotspots_action.isChecked())
        pane.view.set_show_all(self.all_features_action.isChecked())
        pane.loupe.power = self.pane.loupe.power
        pane.set_loupe(self.loupe_action.isChecked())
        self._sync = ViewSync(self.view, pane.view)
        pane.show(self.light_bar.params(), False)
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

    def close_panes(self) -> None:
        self.stop_compare()
        self.pane.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_panes()
        super().closeEvent(event)

    def feature_at(self, feature_id: str) -> Feature | None:
        return next((i.feature for i in self.view.hotspots if i.feature.id == feature_id), None)
