"""What the authoring tab does to a whole specimen or to the pack: add one from scans, delete
it, replace its scans, edit its document data, set the pack's version. Each change is one
undo step on the tab's editor.

Strings keep the tab's translation context ("AuthorTab"): they were the tab's own and a
translator finds them there.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Protocol, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget

from docexam.core.authoring import (
    AddSpecimen,
    DraftPack,
    RemoveSpecimen,
    SetPackInfo,
    UpdateSpecimen,
)
from docexam.core.domain.model import VERSION_PATTERN, Specimen, text_for
from docexam.ui.author.editor import Editor


class SpecimenHost(Protocol):
    """What these operations need of the authoring tab (which imports this module)."""

    doc: DraftPack
    editor: Editor
    lang: str

    def current_specimen(self) -> Specimen | None: ...

    def show_feature(self, specimen_id: str, page_id: str, feature_id: str | None) -> None: ...


def add_from_scans(tab: QWidget) -> None:
    from docexam.ui.author.scans_dialog import ScansDialog

    host = cast(SpecimenHost, tab)
    dialog = ScansDialog(host.doc, tab)
    if dialog.exec() and dialog.specimen is not None:
        label = QCoreApplication.translate("AuthorTab", "Add specimen")
        host.editor.push(AddSpecimen(dialog.specimen), label)
        host.show_feature(dialog.specimen.id, dialog.specimen.pages[0].id, None)


def delete_specimen(tab: QWidget) -> None:
    host = cast(SpecimenHost, tab)
    specimen = host.current_specimen()
    if specimen is None:
        return
    title = QCoreApplication.translate("AuthorTab", "Delete specimen")
    answer = QMessageBox.question(
        tab,
        title,
        QCoreApplication.translate(
            "AuthorTab", "Delete %1 and its features from the pack? (Undo brings it back.)"
        ).replace("%1", text_for(specimen.title, host.lang)),
    )
    if answer == QMessageBox.StandardButton.Yes:
        host.editor.push(RemoveSpecimen(specimen.id), title)


def replace_specimen(tab: QWidget) -> None:
    """New scans for the current specimen: its data and features stay (pages by id)."""
    from docexam.ui.author.scans_dialog import ScansDialog

    host = cast(SpecimenHost, tab)
    old = host.current_specimen()
    if old is None:
        return
    dialog = ScansDialog(host.doc, tab)
    if dialog.exec() and dialog.specimen is not None:
        swap_scans(tab, old, dialog.specimen)


def swap_scans(tab: QWidget, old: Specimen, scanned: Specimen) -> None:
    """Replace ``old`` by ``scanned`` (its images), keeping ``old``'s data and features; one
    undo step brings ``old`` back with its own images."""
    host = cast(SpecimenHost, tab)
    kept = {p.id: p for p in old.pages}
    pages = tuple(
        replace(
            page,
            name=kept[page.id].name,
            features=kept[page.id].features,
            reverse=kept[page.id].reverse,
            substrate=kept[page.id].substrate,
        )
        if page.id in kept
        else page
        for page in scanned.pages
    )
    new = replace(old, id=scanned.id, pages=pages, generated=False, root=scanned.root)
    index = host.doc.specimens.index(old)
    label = QCoreApplication.translate("AuthorTab", "Replace scans")
    host.editor.push_all([RemoveSpecimen(old.id), AddSpecimen(new, index)], label)
    host.show_feature(new.id, new.pages[0].id, None)


def edit_document(tab: QWidget) -> QDialog | None:
    """The document-data editor on the current specimen; OK is one undo step."""
    from docexam.ui.author.document_dialog import DocumentDialog

    host = cast(SpecimenHost, tab)
    specimen = host.current_specimen()
    if specimen is None:
        return None
    dialog = DocumentDialog(specimen, host.lang, tab)

    def edited() -> None:
        result = dialog.result_specimen()
        if result != host.doc.specimen(result.id):
            label = QCoreApplication.translate("AuthorTab", "Edit document data")
            host.editor.push(UpdateSpecimen(result), label)

    dialog.accepted.connect(edited)
    dialog.open()
    return dialog


def edit_version(tab: QWidget) -> None:
    """The pack's own version, shown when it is imported: raised for a new edition."""
    host = cast(SpecimenHost, tab)
    text, ok = QInputDialog.getText(
        tab,
        QCoreApplication.translate("AuthorTab", "Pack version"),
        QCoreApplication.translate(
            "AuthorTab",
            "Version of this pack, numbers separated by dots (2, 1.3).\n"
            "Raise it before sharing a new edition: an import then says it is newer.",
        ),
        text=host.doc.info.version,
    )
    if ok:
        set_version(tab, text.strip())


def set_version(tab: QWidget, version: str) -> bool:
    host = cast(SpecimenHost, tab)
    if not re.fullmatch(VERSION_PATTERN, version):
        QMessageBox.warning(
            tab,
            QCoreApplication.translate("AuthorTab", "Pack version"),
            QCoreApplication.translate(
                "AuthorTab", "“%1” is not a version: use numbers separated by dots, as 2 or 1.3."
            ).replace("%1", version),
        )
        return False
    if version != host.doc.info.version:
        info = replace(host.doc.info, version=version)
        label = QCoreApplication.translate("AuthorTab", "Set pack version")
        host.editor.push(SetPackInfo(info), label)
    return True


def edit_exercise_sets(tab: QWidget) -> None:
    from docexam.ui.author.exercise_editor import ExerciseSetEditor

    host = cast(SpecimenHost, tab)
    ExerciseSetEditor(host.editor, host.lang, tab).exec()


def preview(tab: QWidget) -> QWidget | None:
    from docexam.ui.author.exercise_editor import preview_specimen

    host = cast(SpecimenHost, tab)
    specimen = host.current_specimen()
    return preview_specimen(specimen, host.lang, tab) if specimen is not None else None
