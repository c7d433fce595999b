"""The authoring tab: canvas, tools, properties and live problems for one draft pack."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeyEvent, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSlider,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from docexam.core.authoring import (
    AddFeature,
    Change,
    DraftPack,
    RemoveFeature,
    SetExerciseSets,
)
from docexam.core.authoring.check import Checked, autosave, check, snapshot
from docexam.core.authoring.drafts import export_draft, flush, save_pack
from docexam.core.authoring.shapes import translated
from docexam.core.domain.errors import DocexamError, Problem
from docexam.core.domain.geometry import Region
from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import Feature, Page, Specimen, text_for
from docexam.core.domain.taxonomy import category_name
from docexam.core.training.curriculum import Curriculum, load_curriculum
from docexam.ui import words as core_words
from docexam.ui.author import specimen_ops as ops
from docexam.ui.author import words
from docexam.ui.author.canvas import AuthorCanvas, Tool
from docexam.ui.author.editor import Editor
from docexam.ui.author.feature_list import FeatureList
from docexam.ui.author.opening import show_error
from docexam.ui.author.problems import ProblemsPanel
from docexam.ui.author.properties import PropertiesPanel
from docexam.ui.author.series import apply_series_template, save_series_template
from docexam.ui.common.worker import Job, Worker
from docexam.ui.tabs import Examination, TabMenus

AUTOSAVE_MS = 1500  # at most this much work is lost in a crash
DUPLICATE_OFFSET_MM = 2.0
BLEND_STEP = 25  # per cent of capture over the white scan, per [ or ] press


class KeyGuard(QObject):
    """Keeps unmodified letter keys in the widget that has focus instead of firing a shortcut."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            plain = not event.modifiers() & ~(
                Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
            )
            if plain and event.text().isprintable() and event.text():
                event.accept()  # the key goes to the widget as a key press
        return False


class AuthorTab(QWidget):
    def __init__(self, doc: DraftPack, lang: str = "en", pack_path: Path | None = None) -> None:
        super().__init__()
        self.doc, self.lang, self.pack_path = doc, lang, pack_path
        self.editor = Editor(doc, self)
        self.stack = self.editor.stack
        self.last_category = "printing.guilloche"
        self._curriculum: Curriculum | None = None
        self.canvas = AuthorCanvas(self.editor, lang)
        self.properties = PropertiesPanel(self.editor, lang)
        self.problems = ProblemsPanel(self._problem_subject)
        self.feature_list = FeatureList(self.editor, self.canvas, lang)
        self.specimens, self.pages = QComboBox(), QComboBox()
        self.specimens.setObjectName("specimens")
        self.specimens.setToolTip(self.tr("The specimen being annotated"))
        self.pages.setToolTip(self.tr("The page being annotated (PgUp / PgDown)"))
        self.layers = QComboBox()
        self.layers.setObjectName("layers")
        self.layers.setToolTip(
            self.tr(
                "The capture shown while annotating: white scan, or a registered UV/IR capture (L)"
            )
        )
        self.blend = QSlider(Qt.Orientation.Horizontal)
        self.blend.setObjectName("blend")
        self.blend.setRange(0, 100)
        self.blend.setValue(100)
        self.blend.setFixedWidth(140)
        self.blend.setToolTip(
            self.tr("How much of the capture covers the white scan ([ and ] change it)")
        )
        self.blend_label = QLabel()
        self.position = QLabel()
        self.toolbar = QToolBar()
        self._build_actions()

        side = QSplitter(Qt.Orientation.Vertical)
        # Scrolls rather than growing the window past a 768-pixel screen.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(self.properties.minimumSizeHint().width())
        scroll.setWidget(self.properties)
        side.addWidget(scroll)
        side.addWidget(self.feature_list)
        side.addWidget(self.problems)
        self.problems.setMinimumHeight(80)
        side.setSizes([430, 220, 130])
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(self.canvas)
        main.addWidget(side)
        main.setStretchFactor(0, 1)
        main.setSizes([900, 380])
        where = QHBoxLayout()
        where.addWidget(QLabel(self.tr("Specimen:")))
        where.addWidget(self.specimens, 1)
        where.addWidget(QLabel(self.tr("Page:")))
        where.addWidget(self.pages)
        where.addSpacing(16)
        where.addWidget(QLabel(self.tr("Layer:")))
        where.addWidget(self.layers)
        where.addWidget(self.blend)
        where.addWidget(self.blend_label)
        where.addStretch(2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(where)
        layout.addWidget(main, 1)
        layout.addWidget(self.position)

        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.check_later)
        self.checker = Worker(self)
        self.editor.changed.connect(self._changed)
        self.canvas.shape_drawn.connect(self.add_shape)
        self.canvas.position_mm.connect(
            lambda x, y: self.position.setText(
                self.tr("x %1 mm, y %2 mm").replace("%1", f"{x:.1f}").replace("%2", f"{y:.1f}")
            )
        )
        self.problems.problem_clicked.connect(self.go_to_problem)
        self.specimens.activated.connect(lambda _: self._specimen_chosen())
        self.pages.activated.connect(lambda _: self._page_chosen())
        self.layers.currentIndexChanged.connect(lambda _: self._show_layer())
        self.blend.valueChanged.connect(lambda _: self._blend_changed())
        self._fill_specimens()
        self.check_later()
        # Letters are tool and layer keys; in a drop-down or a number box they are typing.
        self.key_guard = KeyGuard(self)
        for kind in (QComboBox, QAbstractSpinBox):
            for widget in self.findChildren(kind):
                widget.installEventFilter(self.key_guard)

    # -- actions ---------------------------------------------------------------------------------

    def _action(
        self, text: str, key: str | QKeySequence.StandardKey | None, slot: object
    ) -> QAction:
        action = QAction(text, self)
        if key is not None:
            action.setShortcut(QKeySequence(key))
            action.setToolTip(
                f"{text} ({QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)})"
            )
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.tools = QActionGroup(self)
        self.tool_actions: dict[Tool, QAction] = {}
        for tool, text, key in (
            (Tool.SELECT, self.tr("Select"), "V"),
            (Tool.RECT, self.tr("Rectangle"), "R"),
            (Tool.ELLIPSE, self.tr("Ellipse"), "E"),
            (Tool.POLYGON, self.tr("Polygon"), "P"),
        ):
            action = self._action(text, key, lambda _=False, t=tool: self.set_tool(t))
            action.setCheckable(True)
            self.tools.addAction(action)
            self.toolbar.addAction(action)
            self.tool_actions[tool] = action
        self.tool_actions[Tool.SELECT].setChecked(True)
        self.toolbar.addSeparator()
        self.undo_action = self.stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.delete_action = self._action(self.tr("Delete"), "Del", self.delete_selected)
        self.duplicate_action = self._action(
            self.tr("Duplicate"), "Ctrl+D", self.duplicate_selected
        )
        self.toolbar.addAction(self.delete_action)
        self.toolbar.addAction(self.duplicate_action)
        self.toolbar.addSeparator()
        self.scans_action = self._action(
            self.tr("From scans…"), "Ctrl+Shift+N", lambda: ops.add_from_scans(self)
        )
        self.sets_action = self._action(
            self.tr("Exercise sets…"), "Ctrl+Shift+E", lambda: ops.edit_exercise_sets(self)
        )
        self.delete_specimen_action = self._action(
            self.tr("Delete specimen…"), None, lambda: ops.delete_specimen(self)
        )
        self.replace_specimen_action = self._action(
            self.tr("Replace scans…"), None, lambda: ops.replace_specimen(self)
        )
        self.document_action = self._action(
            self.tr("Document data…"), "Ctrl+Shift+D", lambda: ops.edit_document(self)
        )
        self.save_template_action = self._action(
            self.tr("Save series template"), None, lambda: self._with_specimen(save_series_template)
        )
        self.apply_template_action = self._action(
            self.tr("Apply series template"), None, self._apply_series_template
        )
        self.version_action = self._action(
            self.tr("Pack version…"), None, lambda: ops.edit_version(self)
        )
        self.preview_action = self._action(self.tr("Preview"), "F5", lambda: ops.preview(self))
        self.save_action = self._action(self.tr("Save"), QKeySequence.StandardKey.Save, self.save)
        # triggered(bool) would arrive as the path: the slot takes none.
        self.export_action = self._action(self.tr("Export…"), "Ctrl+E", lambda: self.export())
        for action in (
            self.scans_action,
            self.replace_specimen_action,
            self.delete_specimen_action,
            self.document_action,
            self.sets_action,
            self.preview_action,
            self.save_action,
            self.export_action,
        ):
            self.toolbar.addAction(action)
        self.next_page = self._action(self.tr("Next page"), "PgDown", lambda: self._step_page(1))
        self.prev_page = self._action(self.tr("Previous page"), "PgUp", lambda: self._step_page(-1))
        self.fit_action = self._action(self.tr("Fit page"), "0", self.canvas.fit)
        self.next_layer = self._action(self.tr("Next layer"), "L", lambda: self.step_layer(1))
        self.prev_layer = self._action(
            self.tr("Previous layer"), "Shift+L", lambda: self.step_layer(-1)
        )
        self.less_blend = self._action(
            self.tr("Less of the capture"), "[", lambda: self.step_blend(-BLEND_STEP)
        )
        self.more_blend = self._action(
            self.tr("More of the capture"), "]", lambda: self.step_blend(BLEND_STEP)
        )

    def edit_actions(self) -> list[QAction]:
        """For the main window's Edit menu: what this tab can undo and change. The toolbar is
        full at 1024 pixels: the less frequent steps (series templates, version) are here."""
        separator = QAction(self)
        separator.setSeparator(True)
        return [
            self.undo_action,
            self.redo_action,
            self.delete_action,
            self.duplicate_action,
            separator,
            self.save_template_action,
            self.apply_template_action,
            self.version_action,
        ]

    def set_tool(self, tool: Tool) -> None:
        self.tool_actions[tool].setChecked(True)
        self.canvas.set_tool(tool)
        self.canvas.setFocus()

    # -- specimens and pages ---------------------------------------------------------------------

    def _fill_specimens(self) -> None:
        self.specimens.blockSignals(True)
        self.specimens.clear()
        for specimen in self.doc.specimens:
            self.specimens.addItem(text_for(specimen.title, self.lang), specimen.id)
        index = self.specimens.findData(self.editor.specimen_id)
        if index < 0 and self.doc.specimens:
            index = 0
        self.specimens.setCurrentIndex(index)
        self.specimens.blockSignals(False)
        self._specimen_chosen(keep_page=True)

    def _specimen_chosen(self, keep_page: bool = False) -> None:
        sid = self.specimens.currentData()
        self.pages.clear()
        if sid is None:
            self.editor.show_page(None, None)
            self.canvas.set_page(None, None, 1.0)
            return
        specimen = self.doc.specimen(sid)
        for page in specimen.pages:
            self.pages.addItem(text_for(page.name, self.lang), page.id)
        page_id = self.editor.page_id if keep_page and sid == self.editor.specimen_id else None
        index = max(0, self.pages.findData(page_id)) if page_id else 0
        self.pages.setCurrentIndex(index)
        self._page_chosen()

    def _page_chosen(self) -> None:
        sid, pid = self.specimens.currentData(), self.pages.currentData()
        if sid is None or pid is None:
            return
        specimen = self.doc.specimen(sid)
        page = specimen.page(pid)
        self.editor.show_page(sid, pid)
        pixmap = QPixmap(str(specimen.path(page.visible)))
        self.canvas.set_page(page, pixmap, page.visible.dpi / 25.4)
        self._fill_layers(page)

    # -- capture layers --------------------------------------------------------------------------

    def _fill_layers(self, page: Page) -> None:
        """The white scan and each capture of ``page``; the light shown before stays chosen."""
        before = self.layers.currentData()
        self.layers.blockSignals(True)
        self.layers.clear()
        self.layers.addItem(self.tr("White scan only"), None)
        for ref in page.images:
            if ref.light is not LightSource.VISIBLE:
                label = core_words.light(ref.light)
                if ref.cutoff_nm:
                    label += f" {ref.cutoff_nm} nm"
                self.layers.addItem(label, (ref.light.value, ref.cutoff_nm, ref.file))
        index = next(
            (
                i
                for i in range(1, self.layers.count())
                if before and self.layers.itemData(i)[:2] == before[:2]
            ),
            0,
        )
        self.layers.setCurrentIndex(index)
        self.layers.setEnabled(self.layers.count() > 1)
        self.layers.blockSignals(False)
        self._show_layer()

    def _show_layer(self) -> None:
        chosen, specimen = self.layers.currentData(), self.current_specimen()
        self.blend.setEnabled(chosen is not None)
        self._blend_changed(apply=False)
        if chosen is None or specimen is None:
            self.canvas.set_overlay(None)
            return
        self.canvas.set_overlay(QPixmap(str(specimen.path_of(chosen[2]))), self.blend.value() / 100)

    def _blend_changed(self, apply: bool = True) -> None:
        shown = self.layers.currentData() is not None
        self.blend_label.setText(f"{self.blend.value()} %" if shown else "")
        if apply and shown:
            self.canvas.set_overlay_opacity(self.blend.value() / 100)

    def step_layer(self, delta: int) -> None:
        if self.layers.count() > 1:
            self.layers.setCurrentIndex((self.layers.currentIndex() + delta) % self.layers.count())

    def step_blend(self, delta: int) -> None:
        self.blend.setValue(self.blend.value() + delta)

    def _step_page(self, delta: int) -> None:
        index = self.pages.currentIndex() + delta
        if 0 <= index < self.pages.count():
            self.pages.setCurrentIndex(index)
            self._page_chosen()

    def show_feature(self, specimen_id: str, page_id: str, feature_id: str | None) -> None:
        if specimen_id != self.editor.specimen_id:
            self.specimens.setCurrentIndex(self.specimens.findData(specimen_id))
            self._specimen_chosen()
        if page_id != self.editor.page_id:
            self.pages.setCurrentIndex(self.pages.findData(page_id))
            self._page_chosen()
        self.editor.select(feature_id)

    def _apply_series_template(self) -> None:
        self._with_specimen(lambda parent, s: apply_series_template(parent, self.editor, s))

    def _with_specimen(self, act: Callable[[QWidget, Specimen], object]) -> None:
        specimen = self.current_specimen()
        if specimen is not None:
            act(self, specimen)

    def current_specimen(self) -> Specimen | None:
        sid = self.editor.specimen_id
        return self.doc.specimen(sid) if sid is not None else None

    # -- editing ---------------------------------------------------------------------------------

    def add_shape(self, region: Region) -> None:
        ed = self.editor
        if ed.specimen_id is None or ed.page_id is None:
            return
        fid = ed.doc.new_feature_id(ed.specimen_id, ed.page_id)
        name = {
            "en": category_name(self.last_category),
            "zh-Hans": category_name(self.last_category, "zh"),
        }
        feature = Feature(fid, self.last_category, name, region, (LightSource.VISIBLE,))
        label = self.tr("Draw %1").replace("%1", words.shape(region))
        ed.push(AddFeature(ed.specimen_id, ed.page_id, feature), label)
        ed.select(fid)

    def _selected(self) -> Feature | None:
        ed = self.editor
        if ed.specimen_id is None or ed.page_id is None or ed.feature_id is None:
            return None
        try:
            return ed.doc.feature(ed.specimen_id, ed.page_id, ed.feature_id)
        except KeyError:  # its specimen was just deleted
            return None

    def delete_selected(self) -> None:
        if self.canvas.remove_vertex():  # a chosen vertex first: the polygon stays
            return
        feature, ed = self._selected(), self.editor
        if feature is not None and ed.specimen_id and ed.page_id:
            label = self.tr("Delete %1").replace("%1", words.shape(feature.region))
            ed.push(RemoveFeature(ed.specimen_id, ed.page_id, feature.id), label)

    def duplicate_selected(self) -> None:
        feature, ed = self._selected(), self.editor
        if feature is None or ed.specimen_id is None or ed.page_id is None:
            return
        fid = ed.doc.new_feature_id(ed.specimen_id, ed.page_id)
        region = translated(feature.region, DUPLICATE_OFFSET_MM, DUPLICATE_OFFSET_MM)
        copy = replace(feature, id=fid, region=region)
        label = self.tr("Duplicate %1").replace("%1", words.shape(region))
        ed.push(AddFeature(ed.specimen_id, ed.page_id, copy), label)
        ed.select(fid)

    def _changed(self, change: Change) -> None:
        feature = self._selected()
        if feature is not None:
            self.last_category = feature.category  # the next shape drawn is likely the same kind
        if change.kind == "specimen":
            self._fill_specimens()
        if not self.autosave.isActive():  # not restarted: a long drag still autosaves
            self.autosave.start()

    def _problem_subject(self, problem: Problem) -> str | None:
        """The feature's name and its page, for a problem about one feature still there."""
        if not (problem.specimen_id and problem.page_id and problem.feature_id):
            return None
        try:
            specimen = self.doc.specimen(problem.specimen_id)
            page = specimen.page(problem.page_id)
            feature = self.doc.feature(problem.specimen_id, problem.page_id, problem.feature_id)
        except (KeyError, LookupError, DocexamError):
            return None
        name = text_for(feature.name, self.lang) or feature.id
        where = text_for(page.name, self.lang) or page.id
        return f"{name}（{where}）" if self.lang.startswith("zh") else f"{name} ({where})"

    def check_now(self) -> list[Problem]:
        """Autosave and check at once, on this thread: for Save and Export, which must not act
        on an older answer. A periodic check still running is superseded, and waited for so
        its older autosave cannot land after this one."""
        self.autosave.stop()
        self.checker.cancel()
        self.checker.wait()
        snap = snapshot(self.doc)
        flushed = autosave(snap)
        return self._checked(check(snap, self._curriculum_now()), flushed) or []

    def check_later(self) -> None:
        """The periodic check, in the worker so typing is never blocked: autosave the JSON
        files, rebuild the sets and validate; an edit meanwhile supersedes it."""
        self.autosave.stop()
        snap, curriculum = snapshot(self.doc), self._curriculum_now()
        self.problems.set_checking()

        def work(_job: Job) -> tuple[Checked, list[Problem]]:
            flushed = autosave(snap)
            return check(snap, curriculum), flushed

        task = self.checker.start(work, supersede=True)
        task.succeeded.connect(lambda answer: self._checked(*answer))
        task.failed.connect(
            lambda message, _exc: self.problems.set_problems([Problem.unlocated(message)])
        )

    def _curriculum_now(self) -> Curriculum:
        if self._curriculum is None:
            self._curriculum = load_curriculum()
        return self._curriculum

    def _checked(self, checked: Checked, flushed: list[Problem]) -> list[Problem] | None:
        """Show a check's result, unless the draft changed since its snapshot (then a newer
        check is on its way, and this one describes work that is gone)."""
        if checked.revision != self.doc.revision:
            return None
        # The rebuilt sets are derived data, not an edit: they are applied outside the undo
        # stack, and undoing the edit that changed them changes them back at the next check.
        if checked.exercise_sets != tuple(self.doc.exercise_sets):
            self.doc.apply(SetExerciseSets(checked.exercise_sets))
        problems = [*flushed, *checked.problems]
        self.problems.set_problems(problems)
        return problems

    def go_to_problem(self, problem: Problem) -> None:
        if problem.specimen_id is not None and problem.page_id is not None:
            self.show_feature(problem.specimen_id, problem.page_id, problem.feature_id)
            self.canvas.setFocus()

    # -- files -----------------------------------------------------------------------------------

    def save(self) -> Path | None:
        self.check_now()  # the sets saved are rebuilt from the features as they are now
        if self.pack_path is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Save pack in folder"))
            if not folder:
                return None
            self.pack_path = Path(folder) / self.doc.info.id
        try:
            # The draft records its pack first (so it is not offered as unsaved at start), and
            # the pack written after it is the newer: reopening it offers no "newer draft".
            flush(self.doc, self.pack_path)
            saved = save_pack(self.doc, self.pack_path)
        except (DocexamError, OSError) as exc:
            show_error(self, self.tr("Save pack"), exc)
            return None
        self.stack.setClean()
        self.position.setText(self.tr("Saved %1").replace("%1", str(saved)))
        return saved

    def export(self, out: Path | None = None) -> Path | None:
        if out is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export pack"),
                f"{self.doc.info.id}.dxpack",
                self.tr("Specimen packs (*.dxpack)"),
            )
            if not name:
                return None
            out = Path(name)
        if [p for p in self.check_now() if not p.warning]:
            QMessageBox.warning(
                self,
                self.tr("Export pack"),
                self.tr(
                    "Fix the problems listed first: another workstation would refuse this pack."
                ),
            )
            return None
        try:
            exported = export_draft(self.doc, out)
        except (DocexamError, OSError) as exc:
            show_error(self, self.tr("Export pack"), exc)
            return None
        self.position.setText(
            self.tr(
                "Exported %1 (version %2): share this file; File > Import pack… adds it to a "
                "library."
            )
            .replace("%1", str(exported))
            .replace("%2", self.doc.info.version)
        )
        return exported

    # -- as a tab of the main window (docexam.ui.tabs.Tab) -------------------------------------

    def tab_title(self) -> str:
        return "✎ " + text_for(self.doc.info.title, self.lang)

    def closable(self) -> bool:
        return True

    def tab_menus(self) -> TabMenus:
        return TabMenus(edit=self.edit_actions())

    def examination(self) -> Examination | None:
        return None

    def close_panes(self) -> None:
        """Closing the tab keeps the draft on disk, so nothing is lost and it can be restored."""
        # A full disk must not keep the tab open; the last autosave (<= 1.5 s old) stands.
        with contextlib.suppress(OSError):
            flush(self.doc)
        self.autosave.stop()
        self.checker.stop()
        self.editor.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_panes()
        super().closeEvent(event)
