"""Unpacking and packing ``.dxpack`` zips, treating every archive as hostile.

Path traversal, absolute paths, links, and zip bombs (too many entries, too many bytes, too high a
compression ratio) are refused before anything is written; sizes are counted while extracting too,
because the sizes an archive declares can lie.
"""

from __future__ import annotations

import lzma
import os
import stat
import zipfile
import zlib
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


# The methods Python's zipfile can decode; anything else is refused before extraction.
_METHODS = {
    zipfile.ZIP_STORED: "stored",
    zipfile.ZIP_DEFLATED: "deflate",
    zipfile.ZIP_BZIP2: "bzip2",
    zipfile.ZIP_LZMA: "LZMA",
}
# What a damaged entry can raise while it is decompressed: each becomes one readable PackError.
_DAMAGE = (
    zipfile.BadZipFile,
    zlib.error,
    lzma.LZMAError,
    EOFError,
    OSError,
    ValueError,
    NotImplementedError,
    RuntimeError,
)


def _check_entry_format(info: zipfile.ZipInfo, label: str) -> None:
    if info.flag_bits & 0x1:
        raise PackError.at(
            label, "encrypted", f"entry {info.filename!r} is encrypted; packs cannot be encrypted"
        )
    if info.compress_type not in _METHODS:
        raise PackError.at(
            label,
            "compression",
            f"entry {info.filename!r} uses compression method {info.compress_type}, "
            f"which docexam cannot read (use {', '.join(_METHODS.values())})",
        )


def _open_zip(archive: Path, label: str) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise PackError.at(label, "not-a-zip", f"not a readable .dxpack zip ({exc})") from exc
    except UnicodeDecodeError as exc:
        raise PackError.at(
            label, "not-a-zip", f"an entry's name is not valid UTF-8 ({exc.reason})"
        ) from exc


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
    with _open_zip(archive, label) as zf:
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
            _check_entry_format(info, label)
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
            except PackError:
                raise
            except _DAMAGE as exc:
                raise PackError.at(
                    label, "damaged", f"entry {info.filename!r} is damaged ({exc})"
                ) from exc


def check_tree(root: Path, limits: ArchiveLimits = DEFAULT_LIMITS) -> None:
    """Refuse a pack directory holding links (they could point anywhere), special files (reading
    a FIFO blocks for ever, a device never ends) or too many files."""
    count = 0
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        for name in dirnames + filenames:
            path = Path(dirpath) / name
            rel = path.relative_to(root).as_posix()
            try:
                mode = path.lstat().st_mode
            except OSError as exc:
                raise PackError.at(rel, "unreadable", f"cannot be read ({exc.strerror})") from exc
            if stat.S_ISLNK(mode):
                raise PackError.at(rel, "link", "is a link; links are not allowed inside a pack")
            if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
                raise PackError.at(
                    rel, "special-file", "is not a regular file (a pipe, socket or device)"
                )
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
