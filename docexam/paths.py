"""Where docexam keeps the user's data (the files shipped with it are in docexam.shipped)."""

from __future__ import annotations

import os
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


def config_dir() -> Path:
    """The user's settings directory; ``DOCEXAM_CONFIG_DIR`` overrides the platform default."""
    override = os.environ.get("DOCEXAM_CONFIG_DIR")
    path = (
        Path(override)
        if override
        else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    )
    path.mkdir(parents=True, exist_ok=True)
    return path
