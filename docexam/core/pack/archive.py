"""Unpacking and packing ``.dxpack`` zips, treating every archive as hostile.

Path traversal, absolute paths, links, and zip bombs (too many entries, too many bytes, too high a
compression ratio) are refused before anything is written; sizes are counted while extracting too,
because the sizes an archive declares can lie.
"""

from __future__ import annotations

import os
import stat
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from docexam.core.domain.errors import PackError


@dataclass(frozen=True)
class ArchiveLimits:
    max_entries: int = 20_000
    max_total_bytes: int = 4 * 1024**3
    max_ratio: float = 200.0  # PNG and JPEG barely compress; JSON about 10:1
    ratio_floor_bytes: int = 1024 * 1024  # small entries may compress well without harm


DEFAULT_LIMITS = ArchiveLimits()
_CHUNK = 1024 * 1024
MAX_NAME = 400  # characters in an entry's path
MAX_DEPTH = 12  # folders: a pack needs four (specimens/<id>/<page>/file)

# progress(done, total): called after each entry so a dialog can show how far an import got.
Progress = Callable[[int, int], None]


def check_member_name(name: str, archive: str) -> PurePosixPath:
    """The entry's relative path, or PackError when it could escape the destination."""
    if not name or "\\" in name or "\x00" in name:
        raise PackError.at(archive, "unsafe-entry", f"entry {name!r} has an unsafe name")
    path = PurePosixPath(name)
    if path.is_absolute() or (len(name) > 1 and name[1] == ":"):
        raise PackError.at(archive, "unsafe-entry", f"entry {name!r} is an absolute path")
    if any(part == ".." for part in path.parts):
        raise PackError.at(
            archive, "unsafe-entry", f"entry {name!r} points outside the pack (path traversal)"
        )
    if (
        not path.parts
        or path.parts == (".",)
        or len(name) > MAX_NAME
        or len(path.parts) > MAX_DEPTH
    ):
        raise PackError.at(
            archive, "unsafe-entry", f"entry {name[:80]!r} has an unusable name or depth"
        )
    return path


def _is_link(info: zipfile.ZipInfo) -> bool:
    mode = info.external_attr >> 16
    return stat.S_ISLNK(mode)


def extract_zip(
    archive: Path,
    dest: Path,
    limits: ArchiveLimits = DEFAULT_LIMITS,
    progress: Progress | None = None,
) -> None:
    """Extract ``archive`` into the empty directory ``dest`` or raise PackError."""
    label = archive.name
    try:
        zf = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, OSError) as exc:
        raise PackError.at(label, "not-a-zip", f"not a readable .dxpack zip ({exc})") from exc
    with zf:
        infos = zf.infolist()
        if len(infos) > limits.max_entries:
            raise PackError.at(
                label,
                "too-many-files",
                f"{len(infos)} entries, over the limit of {limits.max_entries}",
            )
        declared = 0
        seen: set[str] = set()
        for info in infos:
            path = check_member_name(info.filename, label)
            if _is_link(info):
                raise PackError.at(
                    label, "link", f"entry {info.filename!r} is a link; links are not allowed"
                )
            key = str(path).lower()
            if key in seen:
                raise PackError.at(label, "unsafe-entry", f"entry {info.filename!r} appears twice")
            seen.add(key)
            declared += info.file_size
            if info.file_size > limits.ratio_floor_bytes and (
                info.file_size > limits.max_ratio * max(info.compress_size, 1)
            ):
                raise PackError.at(
                    label,
                    "zip-bomb",
                    f"entry {info.filename!r} expands {info.file_size:,} bytes from "
                    f"{info.compress_size:,} (compression ratio over {limits.max_ratio:.0f}: "
                    "zip bomb)",
                )
        if declared > limits.max_total_bytes:
            raise PackError.at(
                label,
                "too-large",
                f"expands to {declared:,} bytes, over the limit of {limits.max_total_bytes:,}",
            )
        written = 0
        for index, info in enumerate(infos):
            if progress is not None:
                progress(index, len(infos))
            target = dest.joinpath(*check_member_name(info.filename, label).parts)
            entry_bytes = 0
            try:
                if info.is_dir():
                    target.mkdir(parents=True, exist_ok=True)
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                with zf.open(info) as src, open(target, "xb") as out:
                    while chunk := src.read(_CHUNK):
                        entry_bytes += len(chunk)
                        written += len(chunk)
                        if entry_bytes > info.file_size or written > limits.max_total_bytes:
                            raise PackError.at(
                                label,
                                "zip-bomb",
                                f"entry {info.filename!r} expands beyond its declared size",
                            )
                        out.write(chunk)
            except (zipfile.BadZipFile, OSError, EOFError) as exc:
                raise PackError.at(
                    label, "damaged", f"entry {info.filename!r} is damaged ({exc})"
                ) from exc


def check_tree(root: Path, limits: ArchiveLimits = DEFAULT_LIMITS) -> None:
    """Refuse a pack directory holding links (they could point anywhere) or too many files."""
    count = 0
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        for name in dirnames + filenames:
            path = Path(dirpath) / name
            if path.is_symlink():
                rel = path.relative_to(root).as_posix()
                raise PackError.at(rel, "link", "is a link; links are not allowed inside a pack")
        count += len(filenames)
        if count > limits.max_entries:
            raise PackError.at(root.name, "too-many-files", f"more than {limits.max_entries} files")


def write_zip(source: Path, out: Path) -> None:
    """Zip the pack directory ``source`` into ``out`` atomically (a temp file, then rename)."""
    tmp = out.with_name(out.name + ".part")
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for path in sorted(source.rglob("*")):
                if path.is_file():
                    zf.write(path, path.relative_to(source).as_posix())
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise PackError.at(out, "cannot-write", f"cannot write ({exc.strerror})") from exc
