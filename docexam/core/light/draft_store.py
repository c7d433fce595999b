"""Drafts kept on disk: what a page's draft is made of, so that opening the page again shows a
light without decoding one full-page image.

A draft is the page at screen size (``PageData.draft``); building it means decoding the visible
image and every full-page mask, nine tenths of its time. Its ingredients are small once shrunk:
the shrunk visible image, each mask cut to where it is not empty, the paper colour and the full
size. They are stored in one uncompressed ``.npz`` per page, named by a digest of the files they
came from (path, size, modification time) and of the draft size, so a changed file is a new name
and a stale draft is never read. A file that cannot be read is ignored and written again.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import tempfile
import zipfile
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from docexam import paths
from docexam.core.light.layers import Bgr
from docexam.core.light.params import Image

VERSION = 2  # 2: the paper around each masked feature, found at full size
# Drafts of pages no longer opened are removed, least recently used first, once the folder holds
# more than this (a 600 dpi passport page's draft is 3-6 MB; the bundled set's about 300 MB).
LIMIT_BYTES = 512 * 1024 * 1024
MAX_FILE_BYTES = 64 * 1024 * 1024  # one draft file (a pack's is untrusted)
MAX_ARRAYS = 4096


def cache_folder() -> Path:
    """The app's drafts: the viewer reads them here, and the background drafting (after the
    first-start build or an import) writes them here for it."""
    return paths.cache_dir() / "light-drafts"


@dataclass(frozen=True)
class DraftParts:
    """A draft's ingredients: shrunk visible image (BGR), dpi, masks by file, paper, full size,
    and the paper around each masked feature by id (see ``layers.mask_papers``)."""

    visible: Image
    dpi: float
    masks: dict[str, Image]
    paper: Bgr
    full_size: tuple[int, int]
    papers: dict[str, Bgr]


class DraftStore:
    def __init__(self, folder: Path, limit_bytes: int = LIMIT_BYTES) -> None:
        self.folder = folder
        self.limit_bytes = limit_bytes

    def key(self, files: list[Path], long_side: int) -> str | None:
        """The name of a draft made from ``files``; None when one of them cannot be read."""
        digest = hashlib.sha256(f"{VERSION}:{long_side}".encode())
        for path in files:
            try:
                st = path.stat()
            except OSError:
                return None
            digest.update(f"\0{path.resolve()}\0{st.st_size}\0{st.st_mtime_ns}".encode())
        return digest.hexdigest()[:32]

    def has(self, key: str) -> bool:
        """True when a draft of this name is on disk (not read: it may still prove damaged)."""
        return (self.folder / f"{key}.npz").is_file()

    def load(self, key: str) -> DraftParts | None:
        path = self.folder / f"{key}.npz"
        parts = read_parts(path)
        if parts is not None:
            with contextlib.suppress(OSError):  # used now: the least recently used go first
                os.utime(path)
        return parts

    def save(self, key: str, parts: DraftParts) -> None:
        """Write atomically (a reader never sees half a file); a failure only loses the cache."""
        if write_parts(self.folder / f"{key}.npz", parts):
            self._bound(keep=f"{key}.npz")

    def _bound(self, keep: str) -> None:
        """Remove the least recently used drafts until the folder is within its limit."""
        files = []
        for path in self.folder.glob("*.npz"):
            try:
                st = path.stat()
            except OSError:
                continue  # removed meanwhile by another window
            files.append((st.st_mtime_ns, st.st_size, path))
        total = sum(size for _, size, _ in files)
        for _, size, path in sorted(files):
            if total <= self.limit_bytes:
                break
            if path.name != keep:
                path.unlink(missing_ok=True)
                total -= size


def read_parts(
    path: Path,
    expect_source: str | None = None,
    *,
    names: Collection[str] | None = None,
    max_side: int | None = None,
) -> DraftParts | None:
    """A draft's parts from ``path``; None when missing or damaged (built again and rewritten),
    or, with ``expect_source``, when the file was made from other images (see ``pack_draft``).
    ``names``: the mask files it may hold; ``max_side``: the longest side its visible image may
    have (a pack's draft is untrusted: each full-size mask costs a visible image's pixels)."""
    arrays = _read_npz(path)
    if arrays is None:
        return None
    try:
        if expect_source is not None and str(arrays["source"][0]) != expect_source:
            return None
        visible = arrays["visible"]
        if visible.ndim != 3 or visible.shape[2] != 3 or visible.dtype != np.uint8:
            return None
        h, w = visible.shape[:2]
        if max_side is not None and max(h, w) > max_side:
            return None
        mask_names = [str(n) for n in arrays["mask_names"]]
        if names is not None and not set(mask_names) <= set(names):
            return None
        boxes = arrays["mask_boxes"]
        masks = {}
        for i, name in enumerate(mask_names):
            x, y = int(boxes[i][0]), int(boxes[i][1])
            crop = arrays[f"mask{i}"]
            if x < 0 or y < 0 or crop.ndim != 2 or crop.dtype != np.uint8:
                return None
            full = np.zeros((h, w), dtype=np.uint8)
            full[y : y + crop.shape[0], x : x + crop.shape[1]] = crop
            masks[name] = full
        meta = arrays["meta"]
        ids = [str(n) for n in arrays["paper_ids"]]
        bgr = arrays["papers"].reshape(-1, 3).tolist()
        papers = {
            fid: (float(c[0]), float(c[1]), float(c[2])) for fid, c in zip(ids, bgr, strict=True)
        }
        return DraftParts(
            visible,
            float(meta[0]),
            masks,
            (float(meta[1]), float(meta[2]), float(meta[3])),
            (int(meta[4]), int(meta[5])),
            papers,
        )
    except (ValueError, KeyError, IndexError, TypeError):
        return None


def _read_npz(path: Path, limit: int = MAX_FILE_BYTES) -> dict[str, Image] | None:
    """The arrays of an uncompressed ``.npz`` (as ``np.savez`` writes it), each a view of the
    bytes read: no array is allocated from a size its header declares (a damaged or hostile
    file could declare gigabytes), and no pickled object is ever read."""
    try:
        if path.stat().st_size > limit:
            return None
        out: dict[str, Image] = {}
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_ARRAYS:
                return None
            for info in infos:
                packed = info.compress_type in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
                if not packed or not info.filename.endswith(".npy") or info.file_size > limit:
                    return None
                with zf.open(info) as f:  # never more than the size it declares
                    data = f.read()
                buf = io.BytesIO(data)
                version = np.lib.format.read_magic(buf)
                if version == (1, 0):
                    shape, fortran, dtype = np.lib.format.read_array_header_1_0(buf)
                elif version == (2, 0):
                    shape, fortran, dtype = np.lib.format.read_array_header_2_0(buf)
                else:
                    return None
                if fortran or dtype.kind not in "uifU" or not dtype.isnative:
                    return None
                count = int(np.prod(shape, dtype=np.int64))
                if count * dtype.itemsize != len(data) - buf.tell():
                    return None
                array = np.frombuffer(data, dtype=dtype, count=count, offset=buf.tell())
                out[info.filename[: -len(".npy")]] = array.reshape(shape)
        return out
    except (OSError, ValueError, EOFError, zipfile.BadZipFile):
        return None


def write_parts(path: Path, parts: DraftParts, extra: dict[str, Any] | None = None) -> bool:
    """Write a draft's parts to ``path`` atomically, each mask cut to where it is not empty;
    False when it could not be written (nothing is left half-written). Uncompressed: inflating
    a passport page's draft (9 MB) took 115 ms on the busy development machine, reading it as
    stored a third of that; a zipped pack compresses it in transit (to about a fifth)."""
    arrays: dict[str, Any] = {"visible": parts.visible, **(extra or {})}
    names, boxes = [], []
    for i, (name, mask) in enumerate(parts.masks.items()):
        rows, cols = np.flatnonzero(mask.any(axis=1)), np.flatnonzero(mask.any(axis=0))
        if rows.size == 0:
            y0 = x0 = 0
            crop = mask[:0, :0]
        else:
            y0, x0 = int(rows[0]), int(cols[0])
            crop = mask[y0 : int(rows[-1]) + 1, x0 : int(cols[-1]) + 1]
        arrays[f"mask{i}"] = np.ascontiguousarray(crop)
        names.append(name)
        boxes.append((x0, y0))
    meta = [parts.dpi, *parts.paper, *parts.full_size]
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            arrays["mask_names"] = np.array(names, dtype=str)
            arrays["mask_boxes"] = np.array(boxes, dtype=np.int64).reshape(-1, 2)
            arrays["meta"] = np.array(meta, dtype=np.float64)
            arrays["paper_ids"] = np.array(list(parts.papers), dtype=str)
            arrays["papers"] = np.array(list(parts.papers.values()), dtype=np.float64)
            np.savez(f, **arrays)
        os.chmod(tmp, 0o644)  # mkstemp's 0600 would keep a pack's draft from other users
        os.replace(tmp, path)
    except OSError:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        return False
    return True
