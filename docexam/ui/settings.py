"""QSettings in one place, stored as an INI file so tests can point it at a temp directory."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from docexam import paths


def settings_path() -> Path:
    return paths.config_dir() / "docexam.ini"


def settings() -> QSettings:
    return QSettings(str(settings_path()), QSettings.Format.IniFormat)
