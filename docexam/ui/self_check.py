"""``docexam --self-check``: start the app on the installed files without a screen, then quit.

Reads every shipped file the app needs (curriculum, schemas, fonts, the Chinese translation, the
hand-made pack), opens the results store, builds the main window in Chinese with the Training tab,
prints one line saying what it found and returns 0; on the first problem, prints one readable
line and returns 1. Qt runs offscreen unless ``QT_QPA_PLATFORM`` says otherwise. CI runs it on
the installed wheel, away from the source tree.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent

from docexam import __version__, shipped
from docexam.core.domain.errors import DocexamError
from docexam.core.library.library import default_library, generated_bundled_dir
from docexam.core.pack import schemas
from docexam.core.pack.validate import validate_dir
from docexam.core.training.curriculum import load_curriculum
from docexam.ui.app import create_application
from docexam.ui.i18n import install_translator
from docexam.ui.main_window import MainWindow

HAND_MADE = "utopia-basic"


class SelfCheckError(DocexamError):
    """A shipped file is missing or unusable; the message names it."""


def run_self_check(open_store: Callable[[], Any] | None = None) -> int:
    try:
        summary = self_check(open_store)
    except (DocexamError, OSError) as exc:
        print(f"docexam self-check failed: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # the check exists to diagnose a broken install: say it, no traceback
        print(f"docexam self-check failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print(summary)
    return 0


def self_check(open_store: Callable[[], Any] | None = None) -> str:
    """The one-line summary; raises DocexamError or OSError naming what is wrong."""
    curriculum = load_curriculum()
    names = (schemas.PACK, schemas.SPECIMEN, schemas.EXERCISES, schemas.FORGERY)
    for name in names:
        schemas.validator(name)
    _, problems = validate_dir(shipped.UTOPIA_BASIC)
    if problems:
        raise SelfCheckError(f"{shipped.UTOPIA_BASIC}: " + "; ".join(map(str, problems[:3])))
    fonts = _check_fonts()
    library = default_library()
    bundled = [e.pack_id for e in library.entries() if e.bundled]
    if HAND_MADE not in bundled:
        raise SelfCheckError(f"{shipped.PACKS}: the hand-made pack {HAND_MADE} is not there")
    packs = library.load_all()
    generated = generated_bundled_dir()
    built = generated is not None and generated.is_dir()

    app = create_application()
    translator = install_translator(app, "zh")
    if translator is None or translator.isEmpty():
        raise SelfCheckError(f"{shipped.TRANSLATIONS}: the Chinese translation did not load")
    store = open_store() if open_store is not None else None
    try:
        window = MainWindow(library, lang="zh", store=store)
        drawn = not window.grab().isNull()  # paints every widget, text in the Chinese fonts
        app.processEvents()
        window.thumbs.wait()
        tabs, listed = window.tabs.count(), window.browser.model.rowCount()
        # Not close(): closing saves the window geometry into the user's settings.
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    finally:
        app.removeTranslator(translator)
        if store is not None:
            store.close()
    if not drawn or listed == 0:
        raise SelfCheckError("the main window did not draw or lists no specimens")
    levels, modules = len(curriculum.levels), len(curriculum.modules)
    objectives = len(curriculum.objectives())
    return (
        f"docexam {__version__} self-check passed: packs {len(packs)} "
        f"(bundled: {', '.join(bundled)}; generated set {'built' if built else 'not built yet'}); "
        f"curriculum {levels} levels, {modules} modules, {objectives} objectives; "
        f"schemas {len(names)}; fonts {', '.join(fonts)}; translation zh; "
        f"results store {'open' if store is not None else 'not used'}; "
        f"main window drawn on {app.platformName()}: tabs {tabs}, specimens listed {listed}; "
        f"shipped files in {shipped.ROOT}"
    )


def _check_fonts() -> list[str]:
    from docexam.core.synth.text import FONTS, font  # numpy and Pillow: only for this check

    for name, file in FONTS.items():
        try:
            font(name, 24.0)
        except OSError as exc:
            raise SelfCheckError(f"{shipped.FONTS / file}: cannot open the font ({exc})") from exc
    return list(FONTS.values())
