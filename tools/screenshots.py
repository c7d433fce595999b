"""Save screenshots of the main screens into docs/screenshots (offscreen Qt).

``QT_QPA_PLATFORM=offscreen python tools/screenshots.py`` with a throwaway data directory.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DOCEXAM_DATA_DIR", tempfile.mkdtemp(prefix="docexam-shots-"))
os.environ.setdefault("DOCEXAM_CONFIG_DIR", tempfile.mkdtemp(prefix="docexam-shots-cfg-"))

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


def main() -> None:
    from docexam.core.library import default_library
    from docexam.ui.app import create_application
    from docexam.ui.i18n import install_translator
    from docexam.ui.main_window import MainWindow

    app = create_application()
    OUT.mkdir(parents=True, exist_ok=True)
    for lang in ("en", "zh"):
        translator = install_translator(app, lang)
        window = MainWindow(default_library(), lang=lang)
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        window.thumbs.wait()
        app.processEvents()
        suffix = "" if lang == "en" else "-zh"
        window.grab().save(str(OUT / f"library{suffix}.png"))
        entries = window.browser.visible_entries()
        if entries:
            window.open_specimen(entries[0])
            app.processEvents()
            window.grab().save(str(OUT / f"specimen{suffix}.png"))
        window.close()
        if translator is not None:
            app.removeTranslator(translator)
    print(f"saved screenshots in {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
