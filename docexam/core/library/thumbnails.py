"""Thumbnails of specimen pages, made once and cached on disk by content of the source image."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from docexam.core.pack.images import read_image, write_png

THUMB_WIDTH = 240


def thumbnail_path(cache: Path, source: Path) -> Path:
    """Where the thumbnail of ``source`` lives; the key changes when the file changes."""
    stat = source.stat()
    key = f"{source.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{THUMB_WIDTH}"
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()
    return cache / digest[:2] / f"{digest}.png"


def cached_thumbnail(cache: Path, source: Path) -> Path | None:
    """The cached thumbnail of the page image ``source`` if it exists (cheap: two stats)."""
    try:
        path = thumbnail_path(cache, source)
    except OSError:
        return None
    return path if path.is_file() else None


def make_thumbnail(cache: Path, source: Path) -> Path:
    target = thumbnail_path(cache, source)
    if target.is_file():
        return target
    import cv2  # only when a thumbnail is missing; listing cached ones must start fast

    image = read_image(source)
    height = max(1, round(image.shape[0] * THUMB_WIDTH / image.shape[1]))
    small = cv2.resize(image, (THUMB_WIDTH, height), interpolation=cv2.INTER_AREA)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}")
    write_png(tmp, small)
    os.replace(tmp, target)  # a half-written thumbnail is never seen
    return target
