"""Where docexam keeps the user's data, and where the bundled specimens are."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "docexam"


def data_dir() -> Path:
    """The user's data directory; ``DOCEXAM_DATA_DIR`` overrides the platform default."""
    override = os.environ.get("DOCEXAM_DATA_DIR")
    path = (
        Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    )
    path.mkdir(parents=True, exist_ok=True)
    return path


def library_dir() -> Path:
    path = data_dir() / "packs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    path = data_dir() / "cache"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _shipped_dir(name: str, env: str) -> Path:
    """A folder shipped beside the package: ``env`` overrides, then the source tree, then
    the installed copy under ``<prefix>/share/docexam``."""
    override = os.environ.get(env)
    if override:
        return Path(override)
    source_tree = Path(__file__).resolve().parent.parent / name
    if source_tree.is_dir():
        return source_tree
    return Path(sys.prefix) / "share" / APP_NAME / name


def bundled_specimens_dir() -> Path:
    """The packs shipped with docexam (and the recipes of the generated set)."""
    return _shipped_dir("specimens", "DOCEXAM_SPECIMENS_DIR")


def assets_dir() -> Path:
    """Fonts, curriculum and translation sources."""
    return _shipped_dir("assets", "DOCEXAM_ASSETS_DIR")
