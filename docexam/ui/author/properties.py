"""The properties of the selected feature: category, texts in two languages, lights, material."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from docexam import paths
from docexam.core.authoring import Change, UpdateFeature
from docexam.core.authoring.presets import (
    PRESETS,
    USER_PRESETS_FILE,
    UserPreset,
    load_user_presets,
    preset_of,
    with_preset,
)
from docexam.core.authoring.shapes import with_bounds
from docexam.core.domain.errors import DocexamError
from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import Feature
from docexam.core.domain.taxonomy import CATEGORIES, GROUPS, category_name
from docexam.ui import words as core_words
from docexam.ui.author import words
from docexam.ui.author.editor import Editor

LANGS = (("en", "English"), ("zh-Hans", "中文"))
TEXT_FIELDS = ("name", "description", "how_to_check")


def category_model(lang: str) -> QStandardItemModel:
    """Categories under bold, unselectable group headings, in the taxonomy's order."""
    model = QStandardItemModel()
    zh = lang.startswith("zh")
    for group, (en_name, zh_name) in GROUPS.items():
        header = QStandardItem(zh_name if zh else en_name)
        header.setFlags(Qt.ItemFlag.NoItemFlags)
        font = QFont()
        font.setBold(True)
        header.setFont(font)
        model.appendRow(header)
        for code, cat in CATEGORIES.items():
            if cat.group == group:
                item = QStandardItem("    " + (cat.zh if zh else cat.en))
                item.setData(code, Qt.ItemDataRole.UserRole)
                item.setToolTip(code)
                model.appendRow(item)
    return model


def renamed(feature: Feature, category: str) -> dict[str, str]:
    """The feature's names once its category becomes ``category``: a name that is still the
    automatic one of the old category (or missing) follows the new one; a typed name stays."""
    auto = {"en": category_name(category), "zh-Hans": category_name(category, "zh")}
    old = {"en": category_name(feature.category), "zh-Hans": category_name(feature.category, "zh")}
    name = dict(feature.name)
    for lang, text in auto.items():
        if name.get(lang, "") in ("", old[lang]):
            name[lang] = text
    return name


class PropertiesPanel(QWidget):
    def __init__(self, editor: Editor, lang: str = "en") -> None:
        super().__init__()
        self.editor, self.lang = editor, lang
        self.feature: Feature | None = None
        self.setObjectName("properties")
        self.heading = QLabel(self.tr("Select a feature, or draw one (R, E, P)."))
        self.heading.setWordWrap(True)
        self.category = QComboBox()
        self.category.setModel(category_model(lang))
        self.category.setToolTip(self.tr("The kind of security feature, from the taxonomy"))
        self.texts: dict[tuple[str, str], QLineEdit | QPlainTextEdit] = {}
        langs = QTabWidget()
        for code, label in LANGS:
            page = QWidget()
            form = QFormLayout(page)
            for field, caption in zip(
                TEXT_FIELDS,
                (self.tr("Name"), self.tr("Description"), self.tr("How to check")),
                strict=True,
            ):
                edit: QLineEdit | QPlainTextEdit = (
                    QLineEdit() if field == "name" else QPlainTextEdit()
                )
                if isinstance(edit, QPlainTextEdit):
                    edit.setTabChangesFocus(True)
                    edit.setMaximumHeight(70)
                edit.setObjectName(f"{field}_{code}")
                edit.textChanged.connect(lambda *_, f=field, c=code: self._text_edited(f, c))
                self.texts[(field, code)] = edit
                form.addRow(caption, edit)
            langs.addTab(page, label)
        self.lights: dict[LightSource, QCheckBox] = {}
        lights_box = QGroupBox(self.tr("Revealed by"))
        grid = QGridLayout(lights_box)
        for i, light in enumerate(LightSource):
            box = QCheckBox(core_words.light(light))
            box.toggled.connect(self._lights_edited)
            self.lights[light] = box
            grid.addWidget(box, i // 2, i % 2)
        self.preset = QComboBox()
        self.preset.setObjectName("preset")
        self.preset.setToolTip(self.tr("How the feature behaves in simulated light on this scan"))
        self.user_presets: list[UserPreset] = []
        self._fill_presets()
        self.material_button = QPushButton(self.tr("Material…"))
        self.material_button.setObjectName("material_button")
        self.material_button.setToolTip(
            self.tr("Colour and intensity per light, with a preview of the simulated light")
        )
        self.material_button.clicked.connect(lambda: self.edit_material())
        material_row = QHBoxLayout()
        material_row.addWidget(self.preset, 1)
        material_row.addWidget(self.material_button)
        self.category_search = QLineEdit()
        self.category_search.setObjectName("category_search")
        self.category_search.setPlaceholderText(self.tr("Type to find a category…"))
        self.category_search.setClearButtonEnabled(True)
        choices = [f"{cat.en} · {cat.zh} · {code}" for code, cat in CATEGORIES.items()]
        self._category_codes = dict(zip(choices, CATEGORIES, strict=True))
        completer = QCompleter(choices, self.category_search)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._category_found)
        self.category_search.setCompleter(completer)
        self.completer = completer
        self.shape_info = QLabel()
        self.box_fields: dict[str, QDoubleSpinBox] = {}
        geometry_row = QHBoxLayout()
        for key, caption in (("x", "x"), ("y", "y"), ("w", self.tr("w")), ("h", self.tr("h"))):
            spin = QDoubleSpinBox()
            spin.setObjectName(f"geometry_{key}")
            spin.setRange(-50.0, 500.0)
            spin.setDecimals(2)
            spin.setSingleStep(0.1)
            spin.setSuffix(" mm")
            spin.setKeyboardTracking(False)  # one edit per number typed, not per digit
            spin.valueChanged.connect(lambda _=0.0, k=key: self._geometry_edited(k))
            self.box_fields[key] = spin
            geometry_row.addWidget(QLabel(caption))
            geometry_row.addWidget(spin, 1)
        top = QFormLayout()
        top.addRow(self.tr("Find"), self.category_search)
        top.addRow(self.tr("Category"), self.category)
        top.addRow(self.tr("Simulated material"), material_row)
        top.addRow(self.tr("Region"), self.shape_info)
        top.addRow(self.tr("Box"), geometry_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(langs)
        layout.addWidget(lights_box)
        layout.addStretch(1)
        self.category.activated.connect(self._category_edited)
        self.preset.activated.connect(self._preset_edited)
        editor.selection_changed.connect(lambda _: self.refresh())
        editor.changed.connect(self._changed)
        self.refresh()

    # -- showing -------------------------------------------------------------------------------

    def _current(self) -> Feature | None:
        ed = self.editor
        if ed.specimen_id is None or ed.page_id is None or ed.feature_id is None:
            return None
        try:
            return ed.doc.feature(ed.specimen_id, ed.page_id, ed.feature_id)
        except KeyError:
            return None

    def _changed(self, change: Change) -> None:
        if change.feature_id == self.editor.feature_id or change.kind != "feature":
            self.refresh()

    def refresh(self) -> None:
        feature = self._current()
        self.feature = feature
        widgets: list[Any] = [
            self.category,
            self.preset,
            self.material_button,
            *self.texts.values(),
            *self.lights.values(),
            *self.box_fields.values(),
            self.category_search,
        ]
        for widget in widgets:
            widget.setEnabled(feature is not None)
            widget.blockSignals(True)
        try:
            self._fill(feature)
        finally:
            for widget in widgets:
                widget.blockSignals(False)

    def _fill(self, feature: Feature | None) -> None:
        if feature is None:
            self.heading.setText(self.tr("Select a feature, or draw one (R, E, P)."))
            self.shape_info.setText("")
            return
        self.heading.setText(self.tr("<b>Feature</b> %1").replace("%1", feature.id))
        index = self.category.findData(feature.category, Qt.ItemDataRole.UserRole)
        self.category.setCurrentIndex(index)
        for (field, code), edit in self.texts.items():
            value = getattr(feature, field).get(code, "")
            current = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
            if current != value:  # keep the cursor where it is while the user types
                if isinstance(edit, QLineEdit):
                    edit.setText(value)
                else:
                    edit.setPlainText(value)
        for light, box in self.lights.items():
            box.setChecked(light in feature.lights)
        preset: str | None = preset_of(feature)
        if preset is None:
            preset = next(
                (
                    f"user:{p.name}"
                    for p in self.user_presets
                    if p.material == feature.material and p.coverage == feature.coverage
                ),
                None,
            )
        self.preset.setCurrentIndex(self.preset.findData(preset))
        x0, y0, x1, y1 = feature.region.bounds()
        for key, value in zip("xywh", (x0, y0, x1 - x0, y1 - y0), strict=True):
            self.box_fields[key].setValue(value)
        self.shape_info.setText(
            self.tr("%1, %2 × %3 mm at (%4, %5)")
            .replace("%1", words.shape(feature.region))
            .replace("%2", f"{x1 - x0:.1f}")
            .replace("%3", f"{y1 - y0:.1f}")
            .replace("%4", f"{x0:.1f}")
            .replace("%5", f"{y0:.1f}")
        )

    # -- editing ---------------------------------------------------------------------------------

    def _push(self, feature: Feature, label: str, key: object) -> None:
        ed = self.editor
        if ed.specimen_id is not None and ed.page_id is not None:
            ed.push(UpdateFeature(ed.specimen_id, ed.page_id, feature), label, key)

    def _category_edited(self) -> None:
        code = self.category.currentData(Qt.ItemDataRole.UserRole)
        if self.feature is not None and code and code != self.feature.category:
            feature = self.feature
            self._push(
                replace(feature, category=code, name=renamed(feature, code)),
                self.tr("Change category"),
                None,
            )

    def _category_found(self, text: str) -> None:
        code = self._category_codes.get(text)
        if code is None:
            return
        self.category.setCurrentIndex(self.category.findData(code, Qt.ItemDataRole.UserRole))
        self._category_edited()
        # Cleared once the completer has finished writing its choice into the field.
        QTimer.singleShot(0, self.category_search.clear)

    def _geometry_edited(self, key: str) -> None:
        if self.feature is None:
            return
        x, y, w, h = (self.box_fields[k].value() for k in "xywh")
        region = with_bounds(self.feature.region, x, y, w, h)
        if region != self.feature.region:
            self._push(
                replace(self.feature, region=region), self.tr("Edit geometry"), ("geometry", key)
            )

    def _fill_presets(self) -> None:
        """The built-in presets, then the instructor's saved ones."""
        self.preset.clear()
        for preset in PRESETS:
            self.preset.addItem(words.preset(preset.code), preset.code)
        try:
            self.user_presets = load_user_presets(paths.config_dir() / USER_PRESETS_FILE)
        except (DocexamError, OSError):
            self.user_presets = []  # the file's problem is shown when a preset is saved
        for user in self.user_presets:
            self.preset.addItem(user.name, f"user:{user.name}")
        self.preset.addItem(self.tr("Custom material (kept as it is)"), None)

    def edit_material(self) -> QDialog | None:
        """The material editor on the selected feature; OK is one undo step."""
        from docexam.ui.author.material_dialog import MaterialDialog

        ed, feature = self.editor, self.feature
        if feature is None or ed.specimen_id is None or ed.page_id is None:
            return None
        dialog = MaterialDialog(
            ed.doc.specimen(ed.specimen_id),
            ed.page_id,
            feature,
            paths.config_dir() / USER_PRESETS_FILE,
            self.lang,
            self,
        )
        dialog.accepted.connect(lambda: self._material_edited(dialog))
        dialog.finished.connect(lambda _: self._presets_saved())
        dialog.open()
        return dialog

    def _material_edited(self, dialog: QDialog) -> None:
        from docexam.ui.author.material_dialog import MaterialDialog

        assert isinstance(dialog, MaterialDialog)
        edited = dialog.result_feature()
        if self.feature is not None and edited != self.feature:
            self._push(edited, self.tr("Edit material"), None)

    def _presets_saved(self) -> None:
        self.preset.blockSignals(True)
        self._fill_presets()
        self.preset.blockSignals(False)
        self.refresh()

    def _preset_edited(self) -> None:
        code = self.preset.currentData()
        if self.feature is not None and isinstance(code, str) and code.startswith("user:"):
            user = next(p for p in self.user_presets if f"user:{p.name}" == code)
            feature = replace(self.feature, material=user.material, coverage=user.coverage)
            self._push(feature, self.tr("Change material"), None)
        elif self.feature is not None and code is not None:
            self._push(with_preset(self.feature, code), self.tr("Change material"), None)

    def _lights_edited(self) -> None:
        if self.feature is None:
            return
        lights = tuple(x for x, box in self.lights.items() if box.isChecked())
        self._push(replace(self.feature, lights=lights), self.tr("Change lights"), None)

    def _text_edited(self, field: str, code: str) -> None:
        if self.feature is None:
            return
        edit = self.texts[(field, code)]
        value = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
        texts = dict(getattr(self.feature, field))
        if value.strip():
            texts[code] = value
        else:
            texts.pop(code, None)  # an empty text is absent, not an empty string in the pack
        labels = {
            "name": self.tr("Rename feature"),
            "description": self.tr("Edit description"),
            "how_to_check": self.tr("Edit how to check"),
        }
        # Typing in one field merges into one undo step.
        changes: dict[str, Any] = {field: texts}
        self._push(replace(self.feature, **changes), labels[field], (field, code))
