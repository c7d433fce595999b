"""The document-data editor: what a specimen says about its document and holder.

Title, type, state, series and status; the visual zone as the engine reads it (ISO dates,
three-letter codes); the MRZ, built from the visual zone by the MRZ engine or typed as printed;
page names and reverse pages. Every keystroke reruns the checks (``core.authoring.document_data``)
and lists what is malformed and where the MRZ and the visual zone disagree, so a forged specimen's
deliberate mismatch is visible as one and a genuine specimen's typo is caught.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from docexam.core.authoring.document_data import (
    DATE_KEYS,
    VIZ_KEYS,
    data_problems,
    mrz_from_viz,
    normalised_viz,
)
from docexam.core.domain.model import DocumentType, Specimen, Status, text_for
from docexam.core.mrz import MrzError
from docexam.ui import words as core_words

PROBLEM_STYLE = "background-color: #fde2e1;"


def _viz_label(key: str) -> str:
    names = {
        "document_code": QCoreApplication.translate("DocumentDialog", "Document code"),
        "issuing_state": QCoreApplication.translate("DocumentDialog", "Issuing state"),
        "document_number": QCoreApplication.translate("DocumentDialog", "Document number"),
        "surname": QCoreApplication.translate("DocumentDialog", "Surname"),
        "given_names": QCoreApplication.translate("DocumentDialog", "Given names"),
        "nationality": QCoreApplication.translate("DocumentDialog", "Nationality (code)"),
        "birth_date": QCoreApplication.translate("DocumentDialog", "Date of birth"),
        "sex": QCoreApplication.translate("DocumentDialog", "Sex (M, F, X)"),
        "expiry_date": QCoreApplication.translate("DocumentDialog", "Valid until"),
        "issue_date": QCoreApplication.translate("DocumentDialog", "Date of issue"),
        "birth_place": QCoreApplication.translate("DocumentDialog", "Place of birth"),
        "personal_number": QCoreApplication.translate("DocumentDialog", "Personal number"),
        "authority": QCoreApplication.translate("DocumentDialog", "Authority"),
    }
    return names.get(key, key)


class DocumentDialog(QDialog):
    """Edits a copy of ``specimen``; ``result_specimen()`` is the edited one after OK."""

    def __init__(self, specimen: Specimen, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.specimen, self.lang = specimen, lang
        self.setObjectName("document_dialog")
        self.setWindowTitle(
            self.tr("Document data: %1").replace("%1", text_for(specimen.title, lang))
        )
        self.resize(1240, 640)

        # -- the document --------------------------------------------------------------------
        self.title_en, self.title_zh = QLineEdit(), QLineEdit()
        self.title_en.setText(specimen.title.get("en", ""))
        self.title_zh.setText(specimen.title.get("zh-Hans", ""))
        self.title_zh.setObjectName("title_zh")
        self.doc_type = QComboBox()
        for doc_type in DocumentType:
            self.doc_type.addItem(doc_type.value.upper(), doc_type.value)
        self.doc_type.setCurrentIndex(self.doc_type.findData(specimen.document.type.value))
        self.state = QLineEdit(specimen.document.issuing_state)
        self.state.setMaxLength(3)
        self.state.setToolTip(self.tr("Three letters of a fictional state, e.g. UTO"))
        self.series = QLineEdit(specimen.document.series)
        self.series.setToolTip(
            self.tr("The design series: genuine documents of one series look alike")
        )
        self.status = QComboBox()
        for status in Status:
            self.status.addItem(core_words.status(status.value), status.value)
        self.status.setCurrentIndex(self.status.findData(specimen.document.status.value))
        doc_box = QGroupBox(self.tr("Document"))
        doc_form = QFormLayout(doc_box)
        doc_form.addRow(self.tr("Title (English)"), self.title_en)
        doc_form.addRow(self.tr("Title (中文)"), self.title_zh)
        doc_form.addRow(self.tr("Type"), self.doc_type)
        doc_form.addRow(self.tr("Issuing state"), self.state)
        doc_form.addRow(self.tr("Series"), self.series)
        doc_form.addRow(self.tr("Status"), self.status)

        pages_box = QGroupBox(self.tr("Pages"))
        grid = QGridLayout(pages_box)
        for col, caption in enumerate(
            (self.tr("Page"), self.tr("Name (English)"), self.tr("Name (中文)"), self.tr("Reverse"))
        ):
            grid.addWidget(QLabel(f"<b>{caption}</b>"), 0, col)
        self.page_names: dict[str, tuple[QLineEdit, QLineEdit]] = {}
        self.reverses: dict[str, QComboBox] = {}
        for row, page in enumerate(specimen.pages, start=1):
            en, zh = QLineEdit(page.name.get("en", "")), QLineEdit(page.name.get("zh-Hans", ""))
            reverse = QComboBox()
            reverse.setToolTip(self.tr("The page printed on the other side of the same sheet"))
            reverse.addItem(self.tr("(none)"), None)
            for other in specimen.pages:
                if other.id != page.id:
                    reverse.addItem(other.id, other.id)
            reverse.setCurrentIndex(max(0, reverse.findData(page.reverse)))
            self.page_names[page.id], self.reverses[page.id] = (en, zh), reverse
            for col, widget in enumerate((QLabel(page.id), en, zh, reverse)):
                grid.addWidget(widget, row, col)
        left = QVBoxLayout()
        left.addWidget(doc_box)
        left.addWidget(pages_box)
        left.addStretch(1)

        # -- the visual zone ---------------------------------------------------------------------
        viz = normalised_viz(specimen.viz)
        viz_box = QGroupBox(self.tr("Visual zone (as printed)"))
        viz_form = QFormLayout(viz_box)
        self.viz: dict[str, QLineEdit] = {}
        for key in VIZ_KEYS:
            edit = QLineEdit(viz.get(key, ""))
            edit.setObjectName(f"viz_{key}")
            if key in DATE_KEYS:
                edit.setPlaceholderText("YYYY-MM-DD")
            edit.textChanged.connect(self.recheck)
            self.viz[key] = edit
            viz_form.addRow(_viz_label(key), edit)
        # Keys the editor has no field for are kept as they are, not dropped on OK.
        self.other_viz = {k: v for k, v in viz.items() if k not in VIZ_KEYS}

        # -- the MRZ and the checks ------------------------------------------------------------
        self.mrz = QPlainTextEdit(specimen.mrz or "")
        self.mrz.setObjectName("mrz")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.mrz.setFont(mono)
        self.mrz.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.mrz.setFixedHeight(90)
        self.mrz.setToolTip(self.tr("The MRZ as printed, one line per line; leave empty if none"))
        self.mrz.textChanged.connect(self.recheck)
        self.build_button = QPushButton(self.tr("Build MRZ from the visual zone"))
        self.build_button.setToolTip(
            self.tr("Encode the visual zone with every check digit (the MRZ engine)")
        )
        self.build_button.clicked.connect(self.build_mrz)
        self.findings = QListWidget()
        self.findings.setObjectName("findings")
        self.findings.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        mrz_box = QGroupBox(self.tr("Machine-readable zone"))
        mrz_layout = QVBoxLayout(mrz_box)
        mrz_layout.addWidget(self.mrz)
        mrz_layout.addWidget(self.build_button)
        mrz_layout.addWidget(QLabel(self.tr("<b>Checks</b> (MRZ engine, as you type)")))
        mrz_layout.addWidget(self.summary)
        mrz_layout.addWidget(self.findings, 1)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addWidget(viz_box, 3)
        columns.addWidget(mrz_box, 4)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)
        self.doc_type.currentIndexChanged.connect(lambda _: self.recheck())
        self.recheck()

    # -- reading the form ------------------------------------------------------------------------

    def current_type(self) -> DocumentType:
        return DocumentType(self.doc_type.currentData())

    def viz_data(self) -> dict[str, str]:
        data = {k: e.text().strip() for k, e in self.viz.items() if e.text().strip()}
        return {**self.other_viz, **data}

    def mrz_text(self) -> str | None:
        lines = [ln.strip().upper() for ln in self.mrz.toPlainText().splitlines() if ln.strip()]
        return "\n".join(lines) or None

    def result_specimen(self) -> Specimen:
        s = self.specimen
        title = dict(s.title)
        for code, edit in (("en", self.title_en), ("zh-Hans", self.title_zh)):
            if edit.text().strip():
                title[code] = edit.text().strip()
            else:
                title.pop(code, None)
        document = replace(
            s.document,
            type=self.current_type(),
            issuing_state=self.state.text().strip().upper(),
            series=self.series.text().strip(),
            status=Status(self.status.currentData()),
        )
        pages = []
        for page in s.pages:
            en, zh = self.page_names[page.id]
            name = {
                k: e.text().strip() for k, e in (("en", en), ("zh-Hans", zh)) if e.text().strip()
            }
            reverse = self.reverses[page.id].currentData()
            pages.append(replace(page, name=name or dict(page.name), reverse=reverse))
        return replace(
            s,
            title=title or dict(s.title),
            document=document,
            pages=tuple(pages),
            mrz=self.mrz_text(),
            viz=self.viz_data(),
        )

    # -- live checks -----------------------------------------------------------------------------

    def build_mrz(self) -> None:
        try:
            text = mrz_from_viz(self.current_type(), self.viz_data())
        except MrzError as exc:
            self.summary.setText(self.tr("Cannot build the MRZ: %1").replace("%1", str(exc)))
            return
        self.mrz.setPlainText(text)

    def recheck(self) -> None:
        problems = data_problems(self.current_type(), self.mrz_text(), self.viz_data())
        self.findings.clear()
        fields = {p.field for p in problems}
        for key, edit in self.viz.items():
            edit.setStyleSheet(PROBLEM_STYLE if key in fields else "")
        self.mrz.setStyleSheet(PROBLEM_STYLE if "mrz" in fields else "")
        for problem in problems:
            prefix = self.tr("Disagrees") if problem.inconsistent else self.tr("Invalid")
            item = QListWidgetItem(f"{prefix}: {problem.message}")
            item.setData(Qt.ItemDataRole.UserRole, problem.field)
            self.findings.addItem(item)
        if self.mrz_text() is None:
            text = self.tr("No MRZ: this specimen gives no MRZ exercise.")
        elif not problems:
            text = self.tr("Every check digit is right and the MRZ agrees with the visual zone.")
        else:
            inconsistent = sum(p.inconsistent for p in problems)
            text = (
                self.tr("Problems: %1 (MRZ against the visual zone: %2)")
                .replace("%1", str(len(problems)))
                .replace("%2", str(inconsistent))
            )
        self.summary.setText(text)
