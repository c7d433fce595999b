"""Starting to author: a new pack, or an existing pack opened for editing, with draft restore."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from docexam import paths
from docexam.core.authoring import DraftPack, PackInfo
from docexam.core.authoring.drafts import (
    DraftInfo,
    draft_from_pack,
    draft_info,
    load_draft,
    new_draft,
    pack_modified,
)
from docexam.core.domain.errors import DocexamError, PackError
from docexam.core.pack.reader import read_manifest
from docexam.core.pack.schemas import is_valid_id


def drafts_root() -> Path:
    return paths.data_dir() / "drafts"


def ask_restore(parent: QWidget | None, draft: DraftInfo) -> bool:
    when = draft.saved_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("author", "Restore draft"),
        QCoreApplication.translate(
            "author", "A newer unsaved draft of this pack exists (autosaved %1). Restore it?"
        ).replace("%1", when),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget | None, title: str, exc: DocexamError | OSError) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, str(exc), QMessageBox.StandardButton.Ok, parent
    )
    if isinstance(exc, PackError) and len(exc.problems) > 1:
        box.setDetailedText("\n".join(str(p) for p in exc.problems))
    box.exec()


def open_for_editing(parent: QWidget | None, pack_dir: Path) -> DraftPack | None:
    """A draft of the pack at ``pack_dir``; offers the autosaved draft when it is newer."""
    try:
        manifest, problems = read_manifest(pack_dir)
        if manifest is None:
            raise PackError(str(problems[0]), problems)
        saved = draft_info(drafts_root(), manifest.info.id)
        newer = saved is not None and saved.saved_at > pack_modified(pack_dir)
        # A draft not offered here is moved aside by draft_from_pack, never deleted.
        if saved is not None and newer and ask_restore(parent, saved):
            return load_draft(saved)
        return draft_from_pack(drafts_root(), pack_dir)
    except (DocexamError, OSError) as exc:
        show_error(parent, QCoreApplication.translate("author", "Open pack for editing"), exc)
        return None


class NewPackDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New pack"))
        self.pack_id = QLineEdit()
        self.pack_id.setPlaceholderText("utopia-uv-course")
        self.pack_id.setToolTip(self.tr("Lower-case letters, digits, dot, dash, underscore"))
        self.title_en, self.title_zh = QLineEdit(), QLineEdit()
        self.author, self.licence = QLineEdit(), QLineEdit("CC-BY-4.0")
        form = QFormLayout(self)
        form.addRow(self.tr("Pack id"), self.pack_id)
        form.addRow(self.tr("Title (English)"), self.title_en)
        form.addRow(self.tr("Title (中文)"), self.title_zh)
        form.addRow(self.tr("Author"), self.author)
        form.addRow(self.tr("Licence"), self.licence)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def info(self) -> PackInfo:
        title = {"en": self.title_en.text().strip(), "zh-Hans": self.title_zh.text().strip()}
        title = {k: v for k, v in title.items() if v} or {"en": self.pack_id.text().strip()}
        return PackInfo(
            self.pack_id.text().strip(),
            title,
            self.author.text().strip() or "unknown",
            self.licence.text().strip() or "CC-BY-4.0",
        )

    def _check(self) -> None:
        if not is_valid_id(self.pack_id.text().strip()):
            QMessageBox.warning(
                self,
                self.tr("New pack"),
                self.tr("The pack id must be lower-case letters, digits, '.', '-' or '_'."),
            )
            return
        self.accept()


def start_new_pack(parent: QWidget | None, info: PackInfo | None = None) -> DraftPack | None:
    """A new empty draft (asking for its id and title unless ``info`` is given)."""
    if info is None:
        dialog = NewPackDialog(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        info = dialog.info()
    saved = draft_info(drafts_root(), info.id)
    try:
        if saved is not None and ask_restore(parent, saved):
            return load_draft(saved)
        return new_draft(drafts_root(), info)
    except (DocexamError, OSError) as exc:
        show_error(parent, QCoreApplication.translate("author", "New pack"), exc)
        return None
