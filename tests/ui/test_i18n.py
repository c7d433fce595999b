from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from docexam.core.library.library import Library
from docexam.ui.i18n import choose_language, install_translator
from docexam.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))


def test_every_interface_string_has_a_chinese_translation() -> None:
    import translations

    problems = translations.check()
    assert problems == [], "\n".join(problems) + "\nrun: python tools/translations.py"


def test_main_window_speaks_chinese(qtbot: QtBot, variety_library: Library) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = install_translator(app, "zh")
    assert translator is not None
    try:
        window = MainWindow(variety_library, lang="zh")
        qtbot.addWidget(window)
        titles = [a.text() for a in window.menuBar().actions()]
        assert "文件(&F)" in titles and "光源(&L)" in titles
        assert window.browser.count_label.text() == "共 4 个样本，显示 4 个"
        assert QCoreApplication.translate("words", "Genuine") == "真证"
    finally:
        app.removeTranslator(translator)


def test_language_choice_order() -> None:
    from docexam.ui.settings import settings

    assert choose_language("zh") == "zh"
    settings().setValue("ui/language", "zh")
    assert choose_language(None) == "zh"
    assert choose_language("en") == "en"


def test_translatable_strings_are_where_lupdate_can_see_them() -> None:
    """lupdate reads tr("literal") and QCoreApplication.translate("ctx", "literal") calls. A tr()
    inside an f-string's braces, or a helper like _tr("..."), hides the string from it: the
    Chinese interface then shows English and the translation check cannot notice."""
    import re

    in_fstring = re.compile(r"""\bf["'][^"']*\{[^}]*\btr\(""")
    wrapped = re.compile(r"""(?<![\w.])_tr\(\s*["']""")
    found = []
    for path in sorted((ROOT / "docexam" / "ui").rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if in_fstring.search(line) or wrapped.search(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert found == [], "\n".join(found)
