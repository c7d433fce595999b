"""Landing the bundled set's specimens one at a time, so the library shows each as it is built
and a build stopped half-way (a quit, a crash) resumes where it stopped.

A specimen is built as a one-specimen pack in a work directory beside the set, sealed there,
then its directory is renamed into the growing pack and the pack's manifest is replaced
(write-then-rename) to list it. The manifest is the completion marker: a specimen directory it
does not list is a half-landed one and is discarded on resume. The whole set is complete when
``bundled_location.COMPLETE`` exists in it.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

from docexam.core.domain.errors import DocexamError
from docexam.core.pack.io import seal_specimens
from docexam.core.pack.reader import MANIFEST
from docexam.core.pack.staging import fsync_dir, fsync_tree


def listed_ids(pack_dir: Path) -> list[str]:
    """The specimens the pack's manifest lists: those completely landed."""
    try:
        data = json.loads((pack_dir / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, json.JSONDecodeError) as exc:
        raise DocexamError(f"{pack_dir / MANIFEST}: cannot read the bundled pack ({exc})") from exc
    return [str(i) for i in data.get("specimens", [])]


def discard_unlisted(pack_dir: Path) -> None:
    """Remove specimen directories the manifest does not list (a landing cut short)."""
    listed = set(listed_ids(pack_dir))
    folder = pack_dir / "specimens"
    if folder.is_dir():
        for spec in folder.iterdir():
            if spec.name not in listed:
                shutil.rmtree(spec, ignore_errors=True)


def write_atomically(path: Path, text: str) -> None:
    """Replace ``path`` by ``text`` so a power cut leaves the old file or the new, whole."""
    part = path.with_name(f".{path.name}.part")
    with part.open("w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(part, path)
    fsync_dir(path.parent)


def land(work_pack: Path, pack_dir: Path) -> str:
    """Move the one specimen of the freshly written pack ``work_pack`` into ``pack_dir``,
    sealed, and list it in ``pack_dir``'s manifest; returns its id."""
    seal_specimens(work_pack)
    [spec] = list((work_pack / "specimens").iterdir())
    listed = listed_ids(pack_dir)
    if spec.name in listed:
        raise DocexamError(f"{pack_dir}: two recipes give the specimen {spec.name}; vary the seeds")
    (pack_dir / "specimens").mkdir(parents=True, exist_ok=True)
    # On disk before the manifest lists it: a power cut must not leave a listed, empty specimen.
    fsync_tree(spec)
    os.replace(spec, pack_dir / "specimens" / spec.name)
    fsync_dir(pack_dir / "specimens")
    manifest: dict[str, Any] = json.loads((work_pack / MANIFEST).read_text(encoding="utf-8"))
    manifest["specimens"] = [*listed, spec.name]
    text = json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
    write_atomically(pack_dir / MANIFEST, text)
    return spec.name
