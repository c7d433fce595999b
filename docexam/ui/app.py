"""Starting the app: QApplication, translation, the library, the main window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication

from docexam import __version__


def _parse(args: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="docexam", add_help=False)
    parser.add_argument("--lang", choices=["en", "zh"], default=None)
    known, _ = parser.parse_known_args(list(args))
    return known


def create_application(argv: Sequence[str] = ()) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0] if sys.argv else "docexam", *argv])
    app.setApplicationName("docexam")
    app.setApplicationDisplayName("docexam")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("docexam")
    return app


def run_app(args: Sequence[str]) -> int:
    from docexam.core.library import default_library, generated_bundled_dir
    from docexam.ui.i18n import choose_language, install_translator
    from docexam.ui.main_window import MainWindow

    options = _parse(args)
    app = create_application()
    lang = choose_language(options.lang)
    install_translator(app, lang)
    window = MainWindow(default_library(), lang=lang, bundled_target=generated_bundled_dir())
    window.show()
    return app.exec()
