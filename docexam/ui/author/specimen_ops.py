"""What the authoring tab does to a whole specimen or to the pack: add one from scans, delete
it, replace its scans, edit its document data, set the pack's version. Each change is one
undo step on the tab's editor.

Strings keep the tab's translation context ("AuthorTab"): they were the tab's own and a
translator finds them there.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget

from docexam.core.authoring import AddSpecimen, RemoveSpecimen, SetPackInfo, UpdateSpecimen
from docexam.core.domain.model import VERSION_PATTERN, Specimen, text_for

if TYPE_CHECKING:
    from docexam.ui.author.tab import AuthorTab


def add_from_scans(tab: AuthorTab) -> None:
    from docexam.ui.author.scans_dialog import ScansDialog

    dialog = ScansDialog(tab.doc, tab)
    if dialog.exec() and dialog.specimen is not None:
        label = QCoreApplication.translate("AuthorTab", "Add specimen")
        tab.editor.push(AddSpecimen(dialog.specimen), label)
        tab.show_feature(dialog.specimen.id, dialog.specimen.pages[0].id, None)


def delete_specimen(tab: AuthorTab) -> None:
    specimen = tab.current_specimen()
    if specimen is None:
        return
    title = QCoreApplication.translate("AuthorTab", "Delete specimen")
    answer = QMessageBox.question(
        tab,
        title,
        QCoreApplication.translate(
            "AuthorTab", "Delete %1 and its features from the pack? (Undo brings it back.)"
        ).replace("%1", text_for(specimen.title, tab.lang)),
    )
    if answer == QMessageBox.StandardButton.Yes:
        tab.editor.push(RemoveSpecimen(specimen.id), title)


def replace_specimen(tab: AuthorTab) -> None:
    """New scans for the current specimen: its data and features stay (pages by id)."""
    from docexam.ui.author.scans_dialog import ScansDialog

    old = tab.current_specimen()
    if old is None:
        return
    dialog = ScansDialog(tab.doc, tab)
    if dialog.exec() and dialog.specimen is not None:
        swap_scans(tab, old, dialog.specimen)


def swap_scans(tab: AuthorTab, old: Specimen, scanned: Specimen) -> None:
    """Replace ``old`` by ``scanned`` (its images), keeping ``old``'s data and features; one
    undo step brings ``old`` back with its own images."""
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
    index = tab.doc.specimens.index(old)
    label = QCoreApplication.translate("AuthorTab", "Replace scans")
    tab.editor.push_all([RemoveSpecimen(old.id), AddSpecimen(new, index)], label)
    tab.show_feature(new.id, new.pages[0].id, None)


def edit_document(tab: AuthorTab) -> QDialog | None:
    """The document-data editor on the current specimen; OK is one undo step."""
    from docexam.ui.author.document_dialog import DocumentDialog

    specimen = tab.current_specimen()
    if specimen is None:
        return None
    dialog = DocumentDialog(specimen, tab.lang, tab)

    def edited() -> None:
        result = dialog.result_specimen()
        if result != tab.doc.specimen(result.id):
            label = QCoreApplication.translate("AuthorTab", "Edit document data")
            tab.editor.push(UpdateSpecimen(result), label)

    dialog.accepted.connect(edited)
    dialog.open()
    return dialog


def edit_version(tab: AuthorTab) -> None:
    """The pack's own version, shown when it is imported: raised for a new edition."""
    text, ok = QInputDialog.getText(
        tab,
        QCoreApplication.translate("AuthorTab", "Pack version"),
        QCoreApplication.translate(
            "AuthorTab",
            "Version of this pack, numbers separated by dots (2, 1.3).\n"
            "Raise it before sharing a new edition: an import then says it is newer.",
        ),
        text=tab.doc.info.version,
    )
    if ok:
        set_version(tab, text.strip())


def set_version(tab: AuthorTab, version: str) -> bool:
    if not re.fullmatch(VERSION_PATTERN, version):
        QMessageBox.warning(
            tab,
            QCoreApplication.translate("AuthorTab", "Pack version"),
            QCoreApplication.translate(
                "AuthorTab", "“%1” is not a version: use numbers separated by dots, as 2 or 1.3."
            ).replace("%1", version),
        )
        return False
    if version != tab.doc.info.version:
        info = replace(tab.doc.info, version=version)
        label = QCoreApplication.translate("AuthorTab", "Set pack version")
        tab.editor.push(SetPackInfo(info), label)
    return True


def edit_exercise_sets(tab: AuthorTab) -> None:
    from docexam.ui.author.exercise_editor import ExerciseSetEditor

    ExerciseSetEditor(tab.editor, tab.lang, tab).exec()


def preview(tab: AuthorTab) -> QWidget | None:
    from docexam.ui.author.exercise_editor import preview_specimen

    specimen = tab.current_specimen()
    return preview_specimen(specimen, tab.lang, tab) if specimen is not None else None
