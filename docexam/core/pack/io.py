"""Reading, validating and writing packs as directories or ``.dxpack`` zips."""

from __future__ import annotations

import atexit
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from docexam.core.domain.errors import PackError, Problem
from docexam.core.domain.model import Pack, Specimen
from docexam.core.domain.sealed import envelope, is_envelope
from docexam.core.pack import staging
from docexam.core.pack.archive import Progress, check_tree, extract_zip, write_zip
from docexam.core.pack.codec import manifest_to_json, specimen_to_json
from docexam.core.pack.exercise_file import EXERCISES_FILE
from docexam.core.pack.forgery_record import RECORD_FILE
from docexam.core.pack.reader import MANIFEST, SPECIMEN_FILE
from docexam.core.pack.safejson import loads_untrusted
from docexam.core.pack.sltd_file import SLTD_FILE
from docexam.core.pack.validate import validate_dir

PACK_SUFFIX = ".dxpack"
# Per-specimen files other modules own, kept as they are.
SIDECARS = ("forgery.json", "chip.json", "travel.json")
# Each page's draft (``core/light/pack_draft.py``): ``drafts/<page id>.npz``, optional.
DRAFTS_DIR = "drafts"
CASES_FILE = "cases.json"  # a pack's traveller case files (docexam.core.cases)
_unpacked: list[tempfile.TemporaryDirectory[str]] = []


def _cleanup() -> None:
    for tmp in _unpacked:
        tmp.cleanup()


atexit.register(_cleanup)


# What file managers add beside the folder a person zipped; never part of a pack.
_ZIP_CLUTTER = {"__MACOSX", ".DS_Store", "Thumbs.db", "desktop.ini"}


def hoist_single_folder(root: Path) -> None:
    """A zip made by zipping the pack folder itself holds ``<folder>/pack.json``: move that
    folder's contents up to ``root`` so it reads like a zip of the folder's contents."""
    if (root / MANIFEST).exists():
        return
    entries = [p for p in root.iterdir() if p.name not in _ZIP_CLUTTER]
    if len(entries) != 1 or not (entries[0] / MANIFEST).is_file():
        return
    inner = root.with_name(root.name + ".inner")
    os.replace(entries[0], inner)
    shutil.rmtree(root)
    os.replace(inner, root)


def unpack_to(path: Path, dest: Path, progress: Progress | None = None) -> Path:
    """Put the pack at ``path`` (directory or zip) into the new directory ``dest``, safely."""
    if not path.exists():
        raise PackError.at(path, "missing-file", "no such file or directory")
    dest.mkdir(parents=True)
    if path.is_dir():
        check_tree(path)
        shutil.copytree(path, dest, dirs_exist_ok=True, symlinks=True)
    else:
        extract_zip(path, dest, progress=progress)
        hoist_single_folder(dest)
    return dest


def listed_files(pack: Pack) -> set[str]:
    """Every file of ``pack`` the format names, as paths relative to the pack root."""
    names = {MANIFEST, "exercises.json", CASES_FILE, SLTD_FILE}
    for specimen in pack.specimens:
        base = f"specimens/{specimen.id}/"
        names |= {base + SPECIMEN_FILE} | {base + sidecar for sidecar in SIDECARS}
        for page in specimen.pages:
            names |= {base + ref.file for ref in page.images}
            names |= {base + f.mask.file for f in page.features if f.mask}
            names.add(f"{base}{DRAFTS_DIR}/{page.id}.npz")
    return names


def keep_only_listed(root: Path, pack: Pack) -> None:
    """Delete what the manifest and the format do not name: a pack may not smuggle in files
    (gigabytes nobody lists would otherwise stay in the library for good)."""
    keep = listed_files(pack)
    for dirpath, _dirs, files in os.walk(root, topdown=False):
        for name in files:
            path = Path(dirpath) / name
            if path.relative_to(root).as_posix() not in keep:
                path.unlink()
        if Path(dirpath) != root and not any(Path(dirpath).iterdir()):
            Path(dirpath).rmdir()


def validate_path(path: Path) -> list[Problem]:
    """Every problem of the pack at ``path``; empty when it is valid."""
    try:
        read_pack(path)
    except PackError as exc:
        return exc.problems
    return []


def read_pack(path: Path) -> Pack:
    """Read a valid pack from a directory or a ``.dxpack`` zip; PackError lists every problem."""
    path = Path(path)
    if path.is_dir():
        check_tree(path)
        root = path
    elif path.is_file():
        tmp = tempfile.TemporaryDirectory(prefix="docexam-pack-")
        _unpacked.append(tmp)
        root = Path(tmp.name) / "pack"
        try:
            extract_zip(path, root)
            hoist_single_folder(root)
        except PackError:
            tmp.cleanup()
            _unpacked.remove(tmp)
            raise
    else:
        raise PackError.at(path, "missing-file", "no such file or directory")
    pack, problems = validate_dir(root)
    if pack is None:
        raise PackError(f"{path}: invalid pack ({len(problems)} problems)", problems)
    return pack


def _write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def write_pack(pack: Pack, dest: Path, move: bool = False) -> Path:
    """Write ``pack`` as a directory at ``dest`` (which must not exist), copying its images,
    or with ``move`` moving them (their folder is a work directory about to be discarded: the
    generator's, which would otherwise write every image twice).

    The pack is assembled beside ``dest`` and renamed into place, so a failure leaves nothing.
    """
    dest = Path(dest)
    if dest.exists():
        raise PackError.at(dest, "exists", "already exists")
    dest.parent.mkdir(parents=True, exist_ok=True)
    with staging.staged(dest.parent, f".{dest.name}.") as stage:
        root = stage.path
        root.mkdir()
        ids = []
        for specimen in pack.specimens:
            spec_dir = root / "specimens" / specimen.id
            spec_dir.mkdir(parents=True)
            _write_json(spec_dir / SPECIMEN_FILE, specimen_to_json(specimen))
            files = {ref.file for page in specimen.pages for ref in page.images}
            files |= {f.mask.file for page in specimen.pages for f in page.features if f.mask}
            for rel in sorted(files):
                target = spec_dir / rel
                target.parent.mkdir(parents=True, exist_ok=True)
                if move:
                    shutil.move(specimen.path_of(rel), target)
                else:
                    shutil.copyfile(specimen.path_of(rel), target)
            for sidecar in SIDECARS:  # e.g. a forgery's ground truth must survive a re-save
                if specimen.root is not None and (specimen.root / sidecar).is_file():
                    shutil.copyfile(specimen.root / sidecar, spec_dir / sidecar)
            _copy_drafts(specimen, spec_dir, move)
            ids.append(specimen.id)
        _write_json(root / MANIFEST, manifest_to_json(pack.info, ids))
        stage.commit(dest)
    return dest


def _copy_drafts(specimen: Specimen, spec_dir: Path, move: bool) -> None:
    """The pages' drafts go along (a draft whose images changed is ignored when read)."""
    if specimen.root is None:
        return
    for page in specimen.pages:
        draft = specimen.root / DRAFTS_DIR / f"{page.id}.npz"
        if draft.is_file():
            (spec_dir / DRAFTS_DIR).mkdir(exist_ok=True)
            (shutil.move if move else shutil.copyfile)(draft, spec_dir / DRAFTS_DIR / draft.name)


def seal_specimens(root: Path) -> int:
    """Seal every specimen's ``specimen.json`` and ``forgery.json`` under the pack ``root``
    (``docexam.core.domain.sealed``), a genuine getting a sealed record of "none": the
    generated set's truth (status, fraud signs, the genuine a forgery was made from, the
    holder's data) cannot then be read or searched with a file manager, and no file's presence
    tells a forgery. The readers unseal them; returns the number of files sealed. For a pack
    being built, before it is renamed into place."""
    count = 0
    for spec in sorted((Path(root) / "specimens").glob(f"*/{SPECIMEN_FILE}")):
        # A genuine gets a record too, sealed "none": which specimens have one would tell.
        record = spec.parent / RECORD_FILE
        plain = record.read_text(encoding="utf-8") if record.is_file() else "null"
        for path, text in ((spec, spec.read_text(encoding="utf-8")), (record, plain)):
            path.write_text(envelope(text), encoding="utf-8")
            count += 1
    return count


def seal_exam_sets(root: Path) -> bool:
    """Seal the pack's ``exercises.json`` when it holds an exam set: in the library, an
    instructor's exam would otherwise lie with its keys in clear beside the documents a trainee
    is examined on (deterrence, as for the generated set; ``docs/exercises.md``). Practice sets
    show their keys as feedback anyway and stay plain. True when it sealed the file."""
    path = Path(root) / EXERCISES_FILE
    if not path.is_file():
        return False
    text = path.read_text(encoding="utf-8")
    data = loads_untrusted(text)
    if is_envelope(data):
        return False
    if not any(s.get("mode") == "exam" for s in data.get("sets", []) if isinstance(s, dict)):
        return False
    path.write_text(envelope(text), encoding="utf-8")
    return True


def export_pack(pack_dir: Path, out: Path) -> Path:
    """Zip a pack directory into a ``.dxpack`` file after checking it is valid."""
    pack, problems = validate_dir(pack_dir)
    if pack is None:
        raise PackError(f"{pack_dir}: invalid pack, not exported", problems)
    write_zip(pack_dir, out)
    return out
