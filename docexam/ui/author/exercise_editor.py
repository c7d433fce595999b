"""The exercise-set editor: specimens, exercise types, mode, time limit and pass mark per set.

Sets are built by the quiz package's generator from the chosen specimens and saved in the draft
through one undoable operation; library specimens are copied into the pack first, so the pack
that is shared holds everything its exercises refer to.
"""

from __future__ import annotations

import shutil
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from docexam.core.authoring import AddSpecimen, SetExerciseSets
from docexam.core.authoring.document_data import missing_mrz_data
from docexam.core.authoring.exercise_sets import SetPlan, build_set, chosen, plan_of
from docexam.core.domain.errors import DocexamError
from docexam.core.domain.model import Specimen, text_for
from docexam.core.exercise.model import (
    AreaExercise,
    DrillExercise,
    Exercise,
    LightExercise,
    specimen_refs,
)
from docexam.core.training.curriculum import load_curriculum
from docexam.core.training.quiz import ExerciseKind, ExerciseSet, Mode, QuizError
from docexam.ui import words as core_words
from docexam.ui.author import words
from docexam.ui.author.editor import Editor


def preview_specimen(specimen: Specimen, lang: str, parent: QWidget | None) -> QDialog:
    """The study viewer on ``specimen``, as a trainee will see it."""
    from docexam.ui.viewer.specimen_tab import SpecimenTab

    dialog = QDialog(parent)
    dialog.setWindowTitle(
        QCoreApplication.translate("author", "Preview as trainee: %1").replace(
            "%1", text_for(specimen.title, lang)
        )
    )
    dialog.resize(1200, 800)
    tab = SpecimenTab(specimen, lang)
    layout = QVBoxLayout(dialog)
    layout.addWidget(tab)
    dialog.finished.connect(lambda _: tab.close_panes())
    dialog.show()
    return dialog


class ExerciseSetEditor(QDialog):
    def __init__(self, editor: Editor, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor, self.lang = editor, lang
        self.doc = editor.doc
        self.setObjectName("exercise_set_editor")
        self.setWindowTitle(self.tr("Exercise sets of %1").replace("%1", self.doc.info.id))
        self.resize(1240, 640)
        self.sets = QListWidget()
        self.sets.setObjectName("sets")
        new_button, delete_button = (
            QPushButton(self.tr("New set")),
            QPushButton(self.tr("Delete set")),
        )
        new_button.setShortcut("Ctrl+N")
        new_button.setToolTip(self.tr("New set (Ctrl+N)"))
        new_button.clicked.connect(self.new_set)
        delete_button.clicked.connect(self.delete_set)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("<b>Sets in this pack</b>")))
        left.addWidget(self.sets, 1)
        row = QHBoxLayout()
        row.addWidget(new_button)
        row.addWidget(delete_button)
        left.addLayout(row)

        self.set_id, self.title_en, self.title_zh = QLineEdit(), QLineEdit(), QLineEdit()
        self.specimens = QListWidget()
        self.specimens.setObjectName("specimen_choice")
        self.specimens.setToolTip(self.tr("Tick the specimens the set uses"))
        add_library = QPushButton(self.tr("Add from library…"))
        add_library.setToolTip(
            self.tr("Copy a genuine or forged specimen from the library into this pack")
        )
        add_library.clicked.connect(self.add_from_library)
        preview = QPushButton(self.tr("Preview as trainee"))
        preview.setToolTip(self.tr("Open the selected specimen in the study viewer (F5)"))
        preview.setShortcut("F5")
        preview.clicked.connect(self.preview)
        kinds_box = QGroupBox(self.tr("Exercise types"))
        kinds_layout = QVBoxLayout(kinds_box)
        self.kinds: dict[ExerciseKind, QCheckBox] = {}
        for kind in ExerciseKind:
            box = QCheckBox(words.kind(kind))
            box.setChecked(kind in (ExerciseKind.FIND_FEATURES, ExerciseKind.WHICH_LIGHT))
            self.kinds[kind] = box
            kinds_layout.addWidget(box)
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Practice: feedback after each answer"), Mode.PRACTICE.value)
        self.mode.addItem(self.tr("Exam: timed, answers shown at the end"), Mode.EXAM.value)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 600)
        self.minutes.setValue(30)
        self.minutes.setSuffix(self.tr(" min"))
        self.pass_mark = QSpinBox()
        self.pass_mark.setRange(1, 100)
        self.pass_mark.setValue(60)
        self.pass_mark.setSuffix(" %")
        self.drill_seconds = QDoubleSpinBox()
        self.drill_seconds.setRange(3, 600)
        self.drill_seconds.setValue(10)
        self.drill_seconds.setSuffix(self.tr(" s per document"))
        form = QFormLayout()
        form.addRow(self.tr("Set id"), self.set_id)
        form.addRow(self.tr("Title (English)"), self.title_en)
        form.addRow(self.tr("Title (中文)"), self.title_zh)
        specimens_row = QVBoxLayout()
        specimens_row.addWidget(self.specimens)
        buttons = QHBoxLayout()
        buttons.addWidget(add_library)
        buttons.addWidget(preview)
        specimens_row.addLayout(buttons)
        form.addRow(self.tr("Specimens"), specimens_row)
        form.addRow(kinds_box)
        form.addRow(self.tr("Mode"), self.mode)
        form.addRow(self.tr("Time limit (exam)"), self.minutes)
        form.addRow(self.tr("Pass mark"), self.pass_mark)
        form.addRow(self.tr("Drill pace"), self.drill_seconds)
        # The exercise-item picker: the items the choices give, each ticked in or out.
        self.items = QListWidget()
        self.items.setObjectName("items")
        self.items.setToolTip(self.tr("Untick an item to leave it out of the set"))
        self.list_button = QPushButton(self.tr("List the items"))
        self.list_button.setToolTip(
            self.tr("Build the items the chosen specimens and types give, to pick from")
        )
        self.list_button.clicked.connect(lambda: self.list_items())
        all_button, none_button = QPushButton(self.tr("All")), QPushButton(self.tr("None"))
        all_button.clicked.connect(lambda: self._tick_all(Qt.CheckState.Checked))
        none_button.clicked.connect(lambda: self._tick_all(Qt.CheckState.Unchecked))
        self.item_count = QLabel()
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #b35900;")
        picker = QVBoxLayout()
        picker.addWidget(QLabel(self.tr("<b>Items in the set</b>")))
        picker.addWidget(self.items, 1)
        picker_buttons = QHBoxLayout()
        picker_buttons.addWidget(self.list_button)
        picker_buttons.addWidget(all_button)
        picker_buttons.addWidget(none_button)
        picker.addLayout(picker_buttons)
        picker.addWidget(self.item_count)
        picker.addWidget(self.notice)
        self.items.itemChanged.connect(lambda _: self._count_items())
        self.save_button = QPushButton(self.tr("Save set in pack"))
        self.save_button.setDefault(True)
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.setToolTip(
            self.tr("Build the exercises and store the set in the pack (Ctrl+S)")
        )
        self.save_button.clicked.connect(self.save_set)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        right = QVBoxLayout()
        right.addLayout(form)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)
        right.addLayout(bottom)
        body = QHBoxLayout(self)
        body.addLayout(left, 2)
        body.addLayout(right, 4)
        body.addLayout(picker, 4)
        self.mode.currentIndexChanged.connect(lambda _: self._mode_changed())
        self.sets.currentRowChanged.connect(lambda _: self._show_set())
        self._fill_specimens(set())
        self._fill_sets()
        if not self.doc.exercise_sets:
            self.new_set()
        self._mode_changed()

    # -- lists -----------------------------------------------------------------------------------

    def _fill_sets(self, select: str | None = None) -> None:
        self.sets.blockSignals(True)
        self.sets.clear()
        for s in self.doc.exercise_sets:
            count = self.tr("%1 exercises").replace("%1", str(len(s.exercises)))
            item = QListWidgetItem(f"{text_for(s.title, self.lang)}\n{count}")
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            self.sets.addItem(item)
        self.sets.blockSignals(False)
        ids = [s.id for s in self.doc.exercise_sets]
        if ids:
            self.sets.setCurrentRow(ids.index(select) if select in ids else 0)
            self._show_set()

    def _fill_specimens(self, ticked: set[str]) -> None:
        self.specimens.clear()
        for s in self.doc.specimens:
            label = f"{text_for(s.title, self.lang)} · {core_words.status(s.document.status.value)}"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if s.id in ticked else Qt.CheckState.Unchecked)
            self.specimens.addItem(item)

    def _ticked(self) -> list[str]:
        items = [self.specimens.item(i) for i in range(self.specimens.count())]
        return [
            i.data(Qt.ItemDataRole.UserRole)
            for i in items
            if i.checkState() == Qt.CheckState.Checked
        ]

    def _mode_changed(self) -> None:
        self.minutes.setEnabled(self.mode.currentData() == Mode.EXAM.value)

    def _show_set(self) -> None:
        item = self.sets.currentItem()
        found = [
            s
            for s in self.doc.exercise_sets
            if item and s.id == item.data(Qt.ItemDataRole.UserRole)
        ]
        if found:
            self.show_plan(plan_of(found[0]))
            self.list_items({e.id for e in found[0].exercises})

    def show_plan(self, plan: SetPlan) -> None:
        self.set_id.setText(plan.set_id)
        self.title_en.setText(plan.title.get("en", ""))
        self.title_zh.setText(plan.title.get("zh-Hans", ""))
        self._fill_specimens(set(plan.specimen_ids))
        for kind, box in self.kinds.items():
            box.setChecked(kind in plan.kinds)
        self.mode.setCurrentIndex(self.mode.findData(plan.mode.value))
        if plan.time_limit_s:
            self.minutes.setValue(round(plan.time_limit_s / 60))
        self.pass_mark.setValue(round(plan.pass_mark * 100))
        self.drill_seconds.setValue(plan.seconds_per_drill_item)

    def plan(self) -> SetPlan:
        title = {"en": self.title_en.text().strip(), "zh-Hans": self.title_zh.text().strip()}
        set_id = self.set_id.text().strip() or "set"
        return SetPlan(
            set_id,
            {k: v for k, v in title.items() if v} or {"en": set_id},
            tuple(self._ticked()),
            tuple(k for k, box in self.kinds.items() if box.isChecked()),
            Mode(self.mode.currentData()),
            self.minutes.value() * 60.0,
            self.pass_mark.value() / 100.0,
            self.drill_seconds.value(),
        )

    # -- actions ---------------------------------------------------------------------------------

    def new_set(self) -> None:
        n = len(self.doc.exercise_sets) + 1
        ids = [s.id for s in self.doc.specimens]
        kinds = (ExerciseKind.FIND_FEATURES, ExerciseKind.WHICH_LIGHT)
        self.sets.clearSelection()
        self.show_plan(
            SetPlan(
                f"set-{n}",
                {"en": self.tr("Exercise set %1").replace("%1", str(n))},
                tuple(ids),
                kinds,
            )
        )

    # -- the item picker ---------------------------------------------------------------------------

    def _item_rows(self) -> list[QListWidgetItem]:
        return [self.items.item(i) for i in range(self.items.count())]

    def _tick_all(self, state: Qt.CheckState) -> None:
        for item in self._item_rows():
            item.setCheckState(state)

    def _count_items(self) -> None:
        rows = self._item_rows()
        ticked = sum(i.checkState() == Qt.CheckState.Checked for i in rows)
        self.item_count.setText(
            self.tr("%1 of %2 items chosen")
            .replace("%1", str(ticked))
            .replace("%2", str(len(rows)))
        )

    def left_out(self) -> set[str]:
        """The ids of the listed items the instructor unticked."""
        return {
            i.data(Qt.ItemDataRole.UserRole)
            for i in self._item_rows()
            if i.checkState() != Qt.CheckState.Checked
        }

    def _build(self) -> ExerciseSet | None:
        plan = self.plan()
        self.notice.setText(self._missing_data(plan))
        try:
            return build_set(self.doc.info.id, self.doc.specimens, plan, load_curriculum())
        except (QuizError, DocexamError) as exc:
            QMessageBox.warning(self, self.tr("Exercise set"), str(exc))
            return None

    def _missing_data(self, plan: SetPlan) -> str:
        """What the chosen specimens lack for the chosen types: said, never dropped silently."""
        if ExerciseKind.MRZ_CHECK not in plan.kinds:
            return ""
        lacking = []
        for sid in plan.specimen_ids:
            specimen = self.doc.specimen(sid)
            why = missing_mrz_data(specimen)
            if why is not None:
                lacking.append(f"{text_for(specimen.title, self.lang)} ({why})")
        if not lacking:
            return ""
        return self.tr("MRZ check asked, but these specimens give no MRZ item: %1").replace(
            "%1", "; ".join(lacking)
        )

    def list_items(self, ticked: set[str] | None = None) -> ExerciseSet | None:
        """List the items the current choices give; ``ticked`` (default: all but those
        unticked before) are chosen."""
        before = self.left_out()
        built = self._build()
        self.items.blockSignals(True)
        self.items.clear()
        for exercise in built.exercises if built is not None else ():
            item = QListWidgetItem(self._item_label(exercise))
            item.setData(Qt.ItemDataRole.UserRole, exercise.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            chosen = exercise.id in ticked if ticked is not None else exercise.id not in before
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            self.items.addItem(item)
        self.items.blockSignals(False)
        self._count_items()
        return built

    def _item_label(self, exercise: Exercise) -> str:
        """What the item asks first (the feature, the count), then which specimen when the set
        draws on more than one."""
        refs = specimen_refs(exercise)
        titles = {s.id: text_for(s.title, self.lang) for s in self.doc.specimens}
        detail = ""
        if isinstance(exercise, AreaExercise):
            detail = self.tr("%1 to find").replace("%1", str(len(exercise.expected)))
            detail += f", {core_words.light(exercise.light)}"
        elif isinstance(exercise, LightExercise):
            detail = text_for(exercise.feature.name, self.lang)
        elif isinstance(exercise, DrillExercise):
            detail = self.tr("%1 documents").replace("%1", str(len(exercise.items)))
        parts = [words.kind(exercise.kind)] + ([detail] if detail else [])
        if len(self._ticked()) > 1 and refs and not isinstance(exercise, DrillExercise):
            parts.append(titles.get(refs[0].specimen_id, refs[0].specimen_id))
        return ": ".join(parts[:2]) + "".join(f" · {p}" for p in parts[2:])

    def save_set(self) -> ExerciseSet | None:
        built = self._build()
        if built is None:
            return None
        try:
            built = chosen(built, {e.id for e in built.exercises} - self.left_out())
        except QuizError as exc:
            QMessageBox.warning(self, self.tr("Exercise set"), str(exc))
            return None
        sets = [s for s in self.doc.exercise_sets if s.id != built.id]
        index = next(
            (i for i, s in enumerate(self.doc.exercise_sets) if s.id == built.id), len(sets)
        )
        sets.insert(index, built)
        self.editor.push(SetExerciseSets(tuple(sets)), self.tr("Save exercise set"))
        notice = self.notice.text()
        self._fill_sets(built.id)
        self.notice.setText(notice)
        return built

    def delete_set(self) -> None:
        item = self.sets.currentItem()
        if item is None:
            return
        sets = tuple(
            s for s in self.doc.exercise_sets if s.id != item.data(Qt.ItemDataRole.UserRole)
        )
        self.editor.push(SetExerciseSets(sets), self.tr("Delete exercise set"))
        self._fill_sets()

    def add_from_library(self) -> None:
        from docexam.core.library.library import default_library

        try:
            library = default_library()
            entries = [
                (p.id, s)
                for p in library.load_all()
                if p.id != self.doc.info.id
                for s in p.specimens
            ]
        except (DocexamError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Library"), str(exc))
            return
        if not entries:
            QMessageBox.information(
                self, self.tr("Library"), self.tr("The library has no specimens yet.")
            )
            return
        labels = [
            f"{text_for(s.title, self.lang)} · {core_words.status(s.document.status.value)} · {pid}"
            for pid, s in entries
        ]
        label, ok = QInputDialog.getItem(
            self, self.tr("Add from library"), self.tr("Specimen:"), labels, 0, False
        )
        if ok and label in labels:
            self.add_specimen(entries[labels.index(label)][1])

    def add_specimen(self, specimen: Specimen) -> Specimen:
        """Copy ``specimen`` (with its files) into the pack, under a free id."""
        used = {s.id for s in self.doc.specimens}
        sid, n = specimen.id, 2
        while sid in used:
            sid, n = f"{specimen.id}-{n}", n + 1
        shutil.copytree(specimen.path_of("."), self.doc.specimen_dir(sid), dirs_exist_ok=True)
        copy = replace(specimen, id=sid, root=self.doc.specimen_dir(sid))
        ticked = set(self._ticked()) | {sid}
        self.editor.push(AddSpecimen(copy), self.tr("Add specimen"))
        self._fill_specimens(ticked)
        return copy

    def preview(self) -> QDialog | None:
        item = self.specimens.currentItem() or self.specimens.item(0)
        if item is None:
            return None
        return preview_specimen(
            self.doc.specimen(item.data(Qt.ItemDataRole.UserRole)), self.lang, self
        )
