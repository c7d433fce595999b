"""Drafts on disk: autosave, restore, save as a pack, export, and validation like an import.

A draft lives in ``<drafts root>/<pack id>/``: ``pack/`` is a pack directory whose images are
copied in once (when a scan is added or a pack is opened), and ``draft.json`` says when it was
last saved and where the pack came from. Autosave rewrites only the JSON files, each atomically
(temporary file + rename), so it is cheap enough to run a second after every change and a crash
leaves either the old or the new file, never half of one.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from docexam.core.authoring.document import DraftPack
from docexam.core.domain.errors import PackError
from docexam.core.domain.model import PackInfo, Specimen
from docexam.core.pack import staging
from docexam.core.pack.codec import manifest_to_json, specimen_to_json
from docexam.core.pack.exercise_file import (
    EXERCISES_FILE,
    file_to_json,
    read_exercises,
    sets_from_file_json,
    write_exercises,
)
from docexam.core.pack.io import export_pack, read_pack, write_pack
from docexam.core.pack.reader import MANIFEST, SPECIMEN_FILE, load_json, read_dir
from docexam.core.training.quiz import ExerciseSet, QuizError

DRAFT_FILE = "draft.json"


@dataclass(frozen=True)
class DraftInfo:
    path: Path  # the draft directory (holding pack/ and draft.json)
    saved_at: datetime
    source: Path | None  # the pack directory it was opened from, if any


def atomic_write_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def draft_dir(drafts_root: Path, pack_id: str) -> Path:
    return drafts_root / pack_id


def draft_info(drafts_root: Path, pack_id: str) -> DraftInfo | None:
    """The saved draft of ``pack_id``, or None when there is none (or it is unreadable)."""
    path = draft_dir(drafts_root, pack_id)
    try:
        data = json.loads((path / DRAFT_FILE).read_text(encoding="utf-8"))
        saved = datetime.fromisoformat(data["saved_at"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    source = data.get("source")
    return DraftInfo(path, saved, Path(source) if source else None)


def pack_modified(pack_dir: Path) -> datetime:
    """When the pack's JSON was last written: a draft newer than this has unsaved work."""
    stamps = [p.stat().st_mtime for p in pack_dir.rglob("*.json")] or [pack_dir.stat().st_mtime]
    return datetime.fromtimestamp(max(stamps), UTC)


def new_draft(drafts_root: Path, info: PackInfo, source: Path | None = None) -> DraftPack:
    """An empty draft for ``info.id``. An older draft of that id is moved aside, not deleted:
    it may hold work the instructor declined to restore by mistake."""
    path = draft_dir(drafts_root, info.id)
    if path.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
        path.rename(path.with_name(f"{path.name}.replaced-{stamp}"))
    (path / "pack").mkdir(parents=True)
    doc = DraftPack(info, path / "pack")
    flush(doc, source)
    return doc


def draft_from_pack(drafts_root: Path, pack_dir: Path) -> DraftPack:
    """Open the pack at ``pack_dir`` for editing: a fresh draft holding a copy of it."""
    pack = read_pack(pack_dir)
    try:
        sets = read_exercises(pack_dir)
    except QuizError as exc:
        raise PackError(str(exc)) from exc
    doc = new_draft(drafts_root, pack.info, pack_dir)
    for specimen in pack.specimens:
        shutil.copytree(specimen.path_of("."), doc.specimen_dir(specimen.id), dirs_exist_ok=True)
    doc.specimens = []
    for specimen in pack.specimens:
        doc.put_specimen(specimen)
    doc.exercise_sets = sets
    flush(doc, pack_dir)
    return doc


def load_draft(info: DraftInfo) -> DraftPack:
    """Read a draft back as it was autosaved (it may be invalid: it is work in progress)."""
    root = info.path / "pack"
    read = read_dir(root, trusted=True)  # no schema: work in progress need not be valid yet
    if read.manifest is None or read.problems:
        raise PackError(f"{info.path}: the draft is damaged ({read.problems[0]})", read.problems)
    try:
        sets = []
        if (root / EXERCISES_FILE).is_file():
            sets = sets_from_file_json(load_json(root / EXERCISES_FILE, EXERCISES_FILE))
    except QuizError as exc:
        raise PackError(f"{info.path}: the draft is damaged ({exc})") from exc
    return DraftPack(read.manifest.info, root, read.specimens, sets)


def flush(doc: DraftPack, source: Path | None = None) -> None:
    """Autosave: write the draft's JSON files atomically (the images are already there)."""
    write_draft(doc.root, doc.info, doc.specimens, doc.exercise_sets, source)


def write_draft(
    root: Path,
    info: PackInfo,
    specimens: Sequence[Specimen],
    exercise_sets: Sequence[ExerciseSet],
    source: Path | None = None,
) -> None:
    """:func:`flush` of a draft's frozen parts, which another thread may hold."""
    for specimen in specimens:
        path = root / "specimens" / specimen.id / SPECIMEN_FILE
        atomic_write_json(path, specimen_to_json(specimen))
    atomic_write_json(root / EXERCISES_FILE, file_to_json(list(exercise_sets)))
    ids = [s.id for s in specimens]
    atomic_write_json(root / MANIFEST, manifest_to_json(info, ids))
    meta_path = root.parent / DRAFT_FILE
    if source is None:
        previous = draft_info(root.parent.parent, info.id)
        source = previous.source if previous is not None else None
    meta = {"saved_at": datetime.now(UTC).isoformat(), "source": str(source) if source else None}
    atomic_write_json(meta_path, meta)


def discard_draft(doc: DraftPack) -> None:
    shutil.rmtree(doc.root.parent, ignore_errors=True)


def save_pack(doc: DraftPack, dest: Path) -> Path:
    """Write the draft as a clean pack directory at ``dest``, replacing it atomically.

    The new pack is assembled beside ``dest``; the old one is moved aside only once the new one
    is complete, and removed after the swap, so a failure leaves the previous pack in place.
    """
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    with staging.staged(dest.parent, f".{dest.name}.new-") as stage:
        write_pack(doc.to_pack(), stage.path)
        if doc.exercise_sets:
            write_exercises(stage.path, doc.exercise_sets)
        if dest.exists():
            dest.rename(stage.root / "old")  # removed with the staging folder
        stage.commit(dest)
    return dest


def export_draft(doc: DraftPack, out: Path) -> Path:
    """A ``.dxpack`` of the draft that another workstation imports; PackError lists problems."""
    with tempfile.TemporaryDirectory(prefix="docexam-export-") as tmp:
        pack_dir = save_pack(doc, Path(tmp) / doc.info.id)
        return export_pack(pack_dir, Path(out))


def unsaved_drafts(drafts_root: Path) -> list[DraftInfo]:
    """Drafts never saved as a pack (begun with New pack, not opened from one), newest first,
    that hold at least one specimen: the work a crash or a closed window would otherwise hide."""
    if not drafts_root.is_dir():
        return []
    found = []
    for path in drafts_root.iterdir():
        if ".replaced-" in path.name or not path.is_dir():
            continue
        info = draft_info(drafts_root, path.name)
        specimens = path / "pack" / "specimens"
        if (
            info is not None
            and info.source is None
            and specimens.is_dir()
            and any(specimens.iterdir())
        ):
            found.append(info)
    return sorted(found, key=lambda d: d.saved_at, reverse=True)
