"""Helpers that build small packs on disk for tests."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from docexam import shipped

BASIC = shipped.UTOPIA_BASIC
SPECIMEN_ID = "uto-td3-eriksson"


def copy_basic(dest: Path) -> Path:
    shutil.copytree(BASIC, dest)
    return dest


def specimen_json(pack: Path) -> Path:
    return pack / "specimens" / SPECIMEN_ID / "specimen.json"


def edit_specimen(pack: Path, change: Any) -> None:
    path = specimen_json(pack)
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


def edit_manifest(pack: Path, change: Any) -> None:
    path = pack / "pack.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


def blank_png(path: Path, width: int, height: int) -> None:
    cv2.imwrite(str(path), np.full((height, width, 3), 240, np.uint8))


def tree_snapshot(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` with its bytes: "exactly as it was" made checkable."""
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }
