"""Save screenshots of the main screens into docs/screenshots (offscreen Qt).

``python tools/screenshots.py`` uses a throwaway data directory; the first run builds the bundled
specimens (about 20 s). ``--chip`` takes only the chip reader's (a genuine passport, a substituted
photo, a cloned chip), from chip frauds forged on the spot.
``--opening`` takes the window's first moment, while the results store opens (with an exam
possibly unfinished: a note; without: the library, and the Training tab's note).
``--first-start`` instead shoots the whole screen four specimens into a
first start, at the window's default size (run it under Xvfb at 1366x768 with
``QT_QPA_PLATFORM=xcb``): the status bar with the build's progress must be on screen.
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
sys.path.insert(0, str(ROOT))


def main() -> None:
    import numpy as np
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication

    from docexam import paths
    from docexam.core.domain.lights import LightSource
    from docexam.core.library.bundled import ensure_bundled
    from docexam.core.library.library import default_library
    from docexam.core.library.references import best_reference
    from docexam.core.pack.images import read_image
    from docexam.ui.app import create_application
    from docexam.ui.i18n import install_translator
    from docexam.ui.main_window import MainWindow
    from docexam.ui.viewer.specimen_tab import SpecimenTab

    app = create_application()
    ensure_bundled(paths.cache_dir())
    OUT.mkdir(parents=True, exist_ok=True)

    def settle(window: MainWindow) -> None:
        for _ in range(3):
            tab = window.current_tab()
            if isinstance(tab, SpecimenTab):
                for pane in tab._panes():
                    pane.renderer.wait()
            window.thumbs.wait()
            QApplication.processEvents()

    def shot(window: MainWindow, name: str) -> None:
        settle(window)
        window.grab().save(str(OUT / f"{name}.png"))

    for lang in ("en", "zh"):
        translator = install_translator(app, lang)
        suffix = "" if lang == "en" else "-zh"
        window = MainWindow(default_library(), lang=lang)
        window.resize(1366, 768)
        window.show()
        shot(window, f"library{suffix}")
        entries = window.browser.model.entries()
        td3 = next(e for e in entries if e.doc_type == "td3" and e.pack_id == "docexam-generated")
        tab = window.open_specimen(td3)
        assert isinstance(tab, SpecimenTab)
        tab.state.set_light(LightSource.UV365)
        settle(window)
        fibres = next(
            (i for i in tab.view.hotspots if "fluorescent" in i.feature.category),
            tab.view.hotspots[0],
        )
        tab.panel.show_feature(fibres.feature)
        shot(window, f"viewer-uv{suffix}")
        if lang == "zh":
            window.close()
            if translator is not None:
                app.removeTranslator(translator)
            continue
        fine = next(e for e in entries if e.pack_id == "docexam-fine-detail")
        loupe_tab = window.open_specimen(fine)
        assert isinstance(loupe_tab, SpecimenTab)
        loupe_tab.state.set_light(LightSource.VISIBLE)
        loupe_tab.state.set_hotspots(False)
        loupe_tab.state.set_loupe(True)
        loupe_tab.state.set_loupe_power(20)
        loupe_tab.state.set_zoom(0.4)
        settle(window)
        spec = loupe_tab.specimen
        page = spec.pages[0]
        micro = next(f for f in page.features if f.category == "printing.microprint")
        assert micro.mask is not None
        mask = read_image(spec.path_of(micro.mask.file), grey=True)
        ys, xs = np.nonzero(mask > 128)
        i = len(ys) // 3
        scale = page.visible.dpi / micro.mask.dpi
        loupe_tab.view.centerOn(xs[i] * scale, ys[i] * scale)
        settle(window)
        pos = loupe_tab.view.mapFromScene(xs[i] * scale, ys[i] * scale)
        loupe_tab.view.mouse_moved.emit(QPoint(pos.x(), pos.y()))
        shot(window, "viewer-loupe")
        window.tabs.setCurrentWidget(tab)
        tab.state.set_loupe(False)
        tab.state.set_hotspots(True)
        tab.state.set_light(LightSource.IR)
        tab.panel.show_feature(None)
        shot(window, "viewer-ir")
        tab.state.set_light(LightSource.TRANSMITTED)
        shot(window, "viewer-transmitted")
        # What an examiner does: a questioned counterfeit beside the reference the app chooses
        # (a genuine of the same type, state and series, never the forgery's own source).
        questioned = next(e for e in entries if e.doc_type == "td3" and e.status == "counterfeit")
        tab = window.open_specimen(questioned)
        assert isinstance(tab, SpecimenTab)
        reference = best_reference(tab.specimen, entries)
        assert reference is not None
        tab.compare_with(window.library.load_specimen(reference.pack_id, reference.specimen_id))
        tab.state.set_light(LightSource.UV365)
        settle(window)
        tab.view.fit()
        shot(window, "viewer-compare")
        window.close()
    print(f"saved screenshots in {OUT}", file=sys.stderr)


def chip_reader_shots() -> None:
    """The chip reader beside the passport it reads: genuine, photo substituted, cloned chip."""
    from PySide6.QtWidgets import QApplication

    from docexam.core.pack.io import read_pack
    from docexam.core.synth.forgery.chip_frauds import forge_chip_pack
    from docexam.ui.app import create_application
    from docexam.ui.i18n import install_translator
    from docexam.ui.viewer.specimen_tab import SpecimenTab

    app = create_application()
    OUT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="docexam-chip-shots-"))
    shots = (
        ("photo_substituted", 0, "genuine"),
        ("photo_substituted", 1, "photo"),
        ("cloned_chip", 1, "clone"),
    )
    packs = {}
    for fraud in {f for f, _, _ in shots}:
        forge_chip_pack(fraud, [("UTO", "B", 7, fraud)], work / fraud, 300.0, with_genuine=True)
        packs[fraud] = read_pack(work / fraud)
    for lang in ("en", "zh"):
        translator = install_translator(app, lang)
        for fraud, index, name in shots:
            tab = SpecimenTab(packs[fraud].specimens[index], lang=lang)
            tab.resize(1366, 768)
            tab.show()
            tab.chip_action.trigger()
            dialog = tab.chip_reader
            assert dialog is not None
            dialog.resize(1366, 768)
            dialog.place.click()
            for _ in range(5):
                QApplication.processEvents()
            suffix = "" if lang == "en" else "-zh"
            dialog.grab().save(str(OUT / f"chip-reader-{name}{suffix}.png"))
            dialog.close()
            tab.close()
        if translator is not None:
            app.removeTranslator(translator)
    print(f"saved chip reader screenshots in {OUT}", file=sys.stderr)


def first_start() -> None:
    import time

    from PySide6.QtWidgets import QApplication

    from docexam.core.library.library import default_library, generated_bundled_dir
    from docexam.ui.app import create_application
    from docexam.ui.main_window import MainWindow

    app = create_application()
    OUT.mkdir(parents=True, exist_ok=True)
    window = MainWindow(default_library(), bundled_target=generated_bundled_dir())
    window.show()  # the default geometry: nothing saved in the throwaway config
    end = time.monotonic() + 300.0
    # A few specimens into the build: the library lists them while the rest are built.
    while time.monotonic() < end and window.build_bar.value() < 4:
        QApplication.processEvents()
        time.sleep(0.02)
    # The list lays its tiles out on a timer after rows arrive: grabbed at once, the count
    # under it named specimens whose tiles were not drawn yet.
    settle = time.monotonic() + 0.5
    while time.monotonic() < settle:
        QApplication.processEvents()
        time.sleep(0.02)
    screen = app.primaryScreen()
    screen.grabWindow(0).save(str(OUT / "first-start.png"))
    window.close()


def opening_results() -> None:
    """The window in its first moment, before the results store has answered: a note, and
    nothing of the library (a trainee may have an exam unfinished)."""
    from PySide6.QtWidgets import QApplication

    from docexam.core.library.library import default_library
    from docexam.ui.app import create_application
    from docexam.ui.i18n import install_translator
    from docexam.ui.main_window import MainWindow

    app = create_application()
    OUT.mkdir(parents=True, exist_ok=True)
    for lang in ("en", "zh"):
        translator = install_translator(app, lang)
        window = MainWindow(default_library(), lang=lang, store_pending=True)
        window.resize(1366, 768)
        window.show()
        QApplication.processEvents()
        suffix = "" if lang == "en" else "-zh"
        window.grab().save(str(OUT / f"opening-results{suffix}.png"))
        window.close()
        # No exam can be unfinished (asked of the database file): the library is usable at
        # once; the Training tab waits for the store.
        window = MainWindow(default_library(), lang=lang, store_pending=True, library_first=True)
        window.resize(1366, 768)
        window.show()
        window.tabs.setCurrentIndex(1)
        QApplication.processEvents()
        window.grab().save(str(OUT / f"training-opening{suffix}.png"))
        window.close()
        if translator is not None:
            app.removeTranslator(translator)


if __name__ == "__main__":
    if "--chip" in sys.argv[1:]:
        chip_reader_shots()
    elif "--opening" in sys.argv[1:]:
        opening_results()
    elif "--first-start" in sys.argv[1:]:
        first_start()
    else:
        main()
