"""Screenshots of the loupe over microprint at 1366x768: a genuine specimen and a counterfeit
made from it, both at 300 dpi with the loupe (20x) on the same microprint line.

    xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb \
        python tools/loupe_screenshots.py

The genuine's microprint is drawn from its vector source at the loupe's scale; the counterfeit,
reprinted from pixels, has only its blurred raster.
"""
# ruff: noqa: E402

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DOCEXAM_DATA_DIR", tempfile.mkdtemp(prefix="docexam-loupe-shots-"))
os.environ.setdefault("DOCEXAM_CONFIG_DIR", tempfile.mkdtemp(prefix="docexam-loupe-shots-cfg-"))

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication


def settle(rounds: int = 20) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def main() -> None:
    from docexam.core.synth import build_specimen
    from docexam.core.synth.forgery import forge
    from docexam.core.synth.microprint import MICRO_CAP_MM
    from docexam.ui.app import create_application
    from docexam.ui.viewer.specimen_tab import SpecimenTab

    app = create_application([])
    work = Path(tempfile.mkdtemp(prefix="docexam-loupe-"))
    genuine = build_specimen("QVL", "td2", 4, 300.0, work / "genuine", "2015")
    fake = forge(genuine, "counterfeit", 4, work / "forged", 1).specimen
    line = next(f for f in genuine.specimen.pages[0].features if f.id == "microprint").microtext[0]
    for name, spec in (("genuine", genuine.specimen), ("counterfeit", fake)):
        tab = SpecimenTab(spec)
        tab.resize(1366, 768)
        tab.show()
        settle()
        tab.pane.renderer.wait()
        settle()
        tab.state.set_hotspots(False)  # outlines would cover the print under the loupe
        tab.loupe_action.trigger()  # as the toolbar's Loupe button does
        tab.state.set_loupe_power(20)
        dpi = spec.pages[0].visible.dpi
        scene = (
            (line.x_mm + 30.0) / 25.4 * dpi,
            (line.baseline_mm - MICRO_CAP_MM / 2) / 25.4 * dpi,
        )
        tab.view.mouse_moved.emit(tab.view.mapFromScene(*scene))
        settle()
        path = OUT / f"loupe-microprint-{name}.png"
        tab.grab().save(str(path))
        print("saved", path, tab.width(), "x", tab.height())
        tab.close()
    del app


if __name__ == "__main__":
    main()
