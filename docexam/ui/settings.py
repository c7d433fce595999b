"""QSettings in one place, stored as an INI file so tests can point it at a temp directory."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from PySide6.QtCore import QSettings


def settings_path() -> Path:
    override = os.environ.get("DOCEXAM_CONFIG_DIR")
    base = Path(override) if override else Path(platformdirs.user_config_dir("docexam", False))
    base.mkdir(parents=True, exist_ok=True)
    return base / "docexam.ini"


def settings() -> QSettings:
    return QSettings(str(settings_path()), QSettings.Format.IniFormat)
