"""A page's draft carried in its pack, so that even its very first opening (fresh from the
generator, or with the draft cache cleared) shows a light without decoding a full-page image.

The draft's ingredients (``DraftParts``) are written by whoever holds the page's pixels: the
generator as it writes a specimen (from memory, nothing decoded) and the import of a pack that
has none. They lie in ``drafts/<page id>.npz`` beside the specimen's ``specimen.json`` and are
read only when they still match the page's images: each stores a fingerprint of the files it was
made from and of the draft size. A pack is untrusted: the file's arrays are checked (names,
types, shapes, sizes) before anything is allocated, and anything amiss means "no draft".
"""

from __future__ import annotations

import hashlib
import zipfile
import zlib
from collections.abc import Mapping
from pathlib import Path, PurePosixPath

import numpy as np

from docexam.core.domain.model import Page, Specimen
from docexam.core.light.draft_store import DraftParts, read_parts, write_parts
from docexam.core.light.params import Image
from docexam.core.pack.io import DRAFTS_DIR

VERSION = 1
EDGE_BYTES = 16 * 1024  # of each file's head and tail in the fingerprint (see fingerprint)


def draft_path(root: Path, page_id: str) -> Path:
    return root / DRAFTS_DIR / f"{page_id}.npz"


def source_files(root: Path, page: Page) -> list[Path] | None:
    """The files a page's draft is made from: its visible image, then each mask file once;
    None when one would lie outside the specimen's folder."""
    rels = [page.visible.file] + [f.mask.file for f in page.features if f.mask is not None]
    if any(PurePosixPath(r).is_absolute() or ".." in PurePosixPath(r).parts for r in rels):
        return None
    return [root / r for r in dict.fromkeys(rels)]


def fingerprint(files: list[Path], long_side: int) -> str | None:
    """What a draft must have been made from to be read: each file's size and the first and last
    ``EDGE_BYTES`` of it, for a millisecond's reading. A PNG ends with the Adler-32 of all its
    pixel data, so changed pixels change its tail; a rewritten JPEG changes size or tail. None
    when a file cannot be read."""
    digest = hashlib.sha256(f"{VERSION}:{long_side}".encode())
    for path in files:
        try:
            with path.open("rb") as f:
                size = f.seek(0, 2)
                f.seek(0)
                head = f.read(EDGE_BYTES)
                f.seek(max(0, size - EDGE_BYTES))
                tail = f.read(EDGE_BYTES)
        except OSError:
            return None
        digest.update(f"\0{size}\0{zlib.crc32(head)}\0{zlib.crc32(tail)}".encode())
    return digest.hexdigest()[:32]


def paper_key(feature_id: str) -> str:
    """A feature's paper is stored under a digest of its id: a pack's drafts are plain files,
    and the generated set's feature ids are sealed (they could name a forger's work)."""
    return hashlib.sha256(feature_id.encode()).hexdigest()[:16]


def write_draft(
    root: Path, page: Page, visible: Image, masks: Mapping[str, Image], long_side: int
) -> bool:
    """Draft ``page`` from its pixels in memory (``visible`` BGR, ``masks`` by file) into the
    pack at ``root``, whose files they were just written to. False when the page is no larger
    than a draft (it is its own draft) or its files cannot be read."""
    from docexam.core.light.page import PageData

    files = source_files(root, page)
    source = None if files is None else fingerprint(files, long_side)
    scale = long_side / max(visible.shape[:2])
    if source is None or scale >= 1.0:
        return False
    data = PageData(page, visible, page.visible.dpi, lambda ref: masks[ref.file])
    parts = data.draft_parts(scale)
    hashed = {paper_key(fid): paper for fid, paper in parts.papers.items()}
    parts = DraftParts(parts.visible, parts.dpi, parts.masks, parts.paper, parts.full_size, hashed)
    return write_parts(draft_path(root, page.id), parts, {"source": np.array([source])})


def read_draft(specimen: Specimen, page: Page, long_side: int) -> DraftParts | None:
    """The page's draft from its pack, when there is one made from the page's current files."""
    if specimen.root is None:
        return None
    path = draft_path(specimen.root, page.id)
    if not path.is_file():
        return None
    files = source_files(specimen.root, page)
    source = None if files is None else fingerprint(files, long_side)
    if source is None:
        return None
    masks = [f.mask.file for f in page.features if f.mask is not None]
    parts = read_parts(path, expect_source=source, names=masks, max_side=long_side)
    if parts is None:
        return None
    papers = {f.id: parts.papers.get(paper_key(f.id)) for f in page.features}
    found = {fid: paper for fid, paper in papers.items() if paper is not None}
    return DraftParts(parts.visible, parts.dpi, parts.masks, parts.paper, parts.full_size, found)


def has_draft(specimen: Specimen, page: Page, long_side: int) -> bool:
    """True when the pack holds a draft of the page made from its current files (its arrays
    are not read: it may still prove damaged)."""
    if specimen.root is None:
        return False
    path = draft_path(specimen.root, page.id)
    files = source_files(specimen.root, page) if path.is_file() else None
    source = None if files is None else fingerprint(files, long_side)
    if source is None:
        return False
    try:
        with zipfile.ZipFile(path) as zf, zf.open("source.npy") as f:
            return bool(str(np.lib.format.read_array(f, allow_pickle=False)[0]) == source)
    except (OSError, ValueError, KeyError, IndexError, EOFError, zipfile.BadZipFile):
        return False
