"""Loading the interface translation (English built in, Simplified Chinese from a .qm file)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from docexam import shipped
from docexam.ui.settings import settings

SUPPORTED = ("en", "zh")


def choose_language(requested: str | None = None) -> str:
    """``--lang`` wins, then the saved choice, then the system locale."""
    for candidate in (requested, settings().value("ui/language", None), QLocale.system().name()):
        if isinstance(candidate, str) and candidate:
            short = candidate.split("_")[0].split("-")[0].lower()
            if short in SUPPORTED:
                return short
    return "en"


def install_translator(app: QApplication, lang: str) -> QTranslator | None:
    if lang == "en":
        return None
    qm = shipped.TRANSLATIONS / f"docexam_{lang}.qm"
    translator = QTranslator(app)
    if not translator.load(str(qm)):
        return None
    app.installTranslator(translator)
    return translator
