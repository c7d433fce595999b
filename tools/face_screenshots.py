"""Screenshot of a face-comparison item in the Training tab, 1366x768 (English, or --lang zh).

``python tools/face_screenshots.py docs/screenshots [--lang zh]`` under Xvfb
(``xvfb-run -a -s "-screen 0 1366x768x24"``, ``QT_QPA_PLATFORM=xcb``) with a throwaway
DOCEXAM_DATA_DIR/DOCEXAM_CONFIG_DIR: a few generated passports (with chips) make the library;
the shots are the first quick check with its countdown running (``training-face-quick``) and
the first feature-by-feature item, partly answered (``training-face-item``).
"""
# ruff: noqa: E402

import os
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication

app = QApplication([])
from docexam.core.library.library import Library
from docexam.core.synth.forgery.chip_frauds import forge_chip_pack
from docexam.core.training.quiz import FaceExercise
from docexam.store import open_store
from docexam.ui.i18n import install_translator
from docexam.ui.main_window import MainWindow
from docexam.ui.training import start_page


def pump(sec: float = 0.3) -> None:
    end = time.time() + sec
    while time.time() < end:
        app.processEvents()
        time.sleep(0.01)


def open_item(window: MainWindow, zh: bool, level: int, module: str, structured: bool):  # type: ignore[no-untyped-def]
    """The first face item of ``module`` (structured or quick) for a new trainee of ``level``."""
    tab = window.training
    assert tab is not None
    window.tabs.setCurrentWidget(tab)  # type: ignore[attr-defined]
    name = ("林伟" if zh else "Lin Wei") + f" {level}"
    tab.start.create_trainee(name, "Land border", level)
    pump()
    button = tab.start.findChild(type(tab.start.next_button), f"practise_{module}")
    button.click()
    for _ in range(1200):  # the set is generated in the background: slow on a busy machine
        pump(0.1)
        if tab.exercise is not None:
            break
    page = tab.exercise
    assert page is not None
    for _ in range(page.session.count):
        ex = page.session.current
        if isinstance(ex, FaceExercise) and bool(ex.features) == structured:
            break
        page.go(1)
        pump(0.3)
    for _ in range(300):  # the photo is drawn off the UI thread
        if getattr(page.item.panel, "ready", True):
            break
        pump(0.1)
    return page


def main() -> None:
    out = Path(sys.argv[1])
    zh = "--lang" in sys.argv and sys.argv[sys.argv.index("--lang") + 1] == "zh"
    # Kept: a translator no one holds is collected, and the window falls back to English.
    translator = install_translator(app, "zh") if zh else None
    work = Path(tempfile.mkdtemp(prefix="docexam-faces-"))
    jobs = [("UTO", "A", 41), ("UTO", "B", 42), ("UTO", "A", 43)]
    recipes = [(state, series, seed, "revoked_signer") for state, series, seed in jobs]
    forge_chip_pack("faces", recipes, work / "bundled" / "faces", 200.0, True)
    store = open_store(f"sqlite:///{work / 'results.sqlite'}")
    start_page._seed = lambda: 0  # type: ignore[attr-defined]
    lang = "zh" if zh else "en"
    window = MainWindow(Library(work / "library", [work / "bundled"]), lang=lang, store=store)
    window.resize(1366, 768)
    window.show()
    suffix = ("-zh" if zh else "") + ".png"
    # The quick check at the first line: the countdown runs while the shot is taken.
    page = open_item(window, zh, 1, "L1.falsedoc", False)
    pump(2.2)
    window.grab().save(str(out / ("training-face-quick" + suffix)))
    print(out / ("training-face-quick" + suffix))
    page.ask_finish()
    page.ask_finish()
    pump(0.5)
    # The feature-by-feature comparison, partly answered.
    page = open_item(window, zh, 3, "L3.forensics", True)
    pump(1.5)
    panel = page.item.panel
    panel.same.setChecked(True)
    ex = page.session.current
    for row in panel.rows[:4]:  # (what a photo hides: "cannot compare")
        (row.hidden if row.feature in ex.hidden else row.agree).setChecked(True)
    panel.rows[4].agree.setFocus()
    pump(0.8)
    window.grab().save(str(out / ("training-face-item" + suffix)))
    print(out / ("training-face-item" + suffix))
    del translator


main()
