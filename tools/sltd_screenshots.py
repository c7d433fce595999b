"""Screenshots of the SLTD query in the study viewer (English and Chinese) into docs/screenshots.

Forges a stolen blank on the spot and queries its printed number, as a trainee would. Run under
Xvfb at 1366x768 with ``QT_QPA_PLATFORM=xcb`` (see the README's screenshot line).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("DOCEXAM_DATA_DIR", tempfile.mkdtemp(prefix="docexam-shots-"))
os.environ.setdefault("DOCEXAM_CONFIG_DIR", tempfile.mkdtemp(prefix="docexam-shots-cfg-"))

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
sys.path.insert(0, str(ROOT))


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from docexam.core.library.library import Library
    from docexam.core.synth.forgery import ForgeJob, forge_pack
    from docexam.ui.app import create_application
    from docexam.ui.i18n import install_translator
    from docexam.ui.main_window import MainWindow

    app = create_application()
    OUT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="docexam-sltd-shots-"))
    forge_pack("blanks", [ForgeJob("QNB", "td3", 113, "stolen_blank", 2)], work / "b" / "blanks")
    library = Library(work / "library", [work / "b"])
    for lang in ("en", "zh"):
        translator = install_translator(app, lang)
        window = MainWindow(library, lang=lang)
        window.resize(1366, 768)
        window.show()
        [entry] = window.catalogue()
        tab = window.open_specimen(entry)
        assert tab is not None and tab.sltd_box is not None
        tab.state.set_page([p.id for p in tab.specimen.pages].index("data"))
        for _ in range(3):
            for pane in tab._panes():
                pane.renderer.wait()
            QApplication.processEvents()
        tab.view.fit()
        tab.sltd_box.number.setText(tab.specimen.viz["document_number"])
        tab.sltd_box.button.click()
        for _ in range(5):
            QApplication.processEvents()
        suffix = "" if lang == "en" else "-zh"
        window.grab().save(str(OUT / f"sltd-query{suffix}.png"))
        window.close()
        if translator is not None:
            app.removeTranslator(translator)
    print(f"saved SLTD screenshots in {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
