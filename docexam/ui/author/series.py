"""Feature templates of a series from the authoring tab: save the current specimen's features as
its series' template, or add the template's features to another specimen (one undo step)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from docexam.core.authoring import UpdateSpecimen
from docexam.core.authoring.templates import (
    apply_template,
    load_template,
    save_template,
    template_of,
)
from docexam.core.domain.errors import DocexamError
from docexam.core.domain.model import Specimen
from docexam.paths import data_dir
from docexam.ui import words as core_words
from docexam.ui.author.editor import Editor
from docexam.ui.author.opening import show_error


def templates_dir() -> Path:
    """Feature templates are the instructor's, across packs: beside the library."""
    return data_dir() / "templates"


def series_label(specimen: Specimen) -> str:
    d = specimen.document
    return f"{d.issuing_state} {core_words.doc_type(d.type.value)} {d.series}"


def _status(parent: QWidget) -> QLabel | None:
    label = getattr(parent, "position", None)
    return label if isinstance(label, QLabel) else None


def save_series_template(parent: QWidget, specimen: Specimen) -> Path | None:
    """``specimen``'s features as the template of its series (state, type, series)."""
    template = template_of(specimen)
    title = QCoreApplication.translate("AuthorTab", "Series template")
    if not template.feature_count():
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate("AuthorTab", "Mark features on this specimen first."),
        )
        return None
    try:
        path = save_template(templates_dir(), template)
    except OSError as exc:
        show_error(parent, title, exc)
        return None
    status = _status(parent)
    if status is not None:
        status.setText(
            QCoreApplication.translate(
                "AuthorTab", "Saved %1 feature(s) as the template of series %2."
            )
            .replace("%1", str(template.feature_count()))
            .replace("%2", series_label(specimen))
        )
    return path


def apply_series_template(parent: QWidget, editor: Editor, specimen: Specimen) -> int:
    """Add the features of ``specimen``'s series template to it; returns how many."""
    title = QCoreApplication.translate("AuthorTab", "Series template")
    try:
        template = load_template(templates_dir(), specimen.document)
    except DocexamError as exc:
        show_error(parent, title, exc)
        return 0
    if template is None:
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate(
                "AuthorTab",
                "No template saved for series %1 yet: mark a specimen of that series and "
                "use Save series template (the series is set in Document data…).",
            ).replace("%1", series_label(specimen)),
        )
        return 0
    applied = apply_template(specimen, template)
    if applied.added:
        label = QCoreApplication.translate("AuthorTab", "Apply series template")
        editor.push(UpdateSpecimen(applied.specimen), label)
    status = _status(parent)
    if status is not None:
        status.setText(
            QCoreApplication.translate(
                "AuthorTab",
                "Added %1 feature(s) from the template of series %2 (%3 already there).",
            )
            .replace("%1", str(applied.added))
            .replace("%2", series_label(specimen))
            .replace("%3", str(applied.skipped))
        )
    return applied.added
