"""Screenshots of the loupe at 1366x768: over microprint (20x) and over fine line (the rainbow
print, 10x), each on a genuine specimen and a counterfeit made from it (inkjet), both at
300 dpi with the loupe on the same spot.

    xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb \
        python tools/loupe_screenshots.py

The genuine's microprint and fine lines are drawn from their vector source at the loupe's
scale; the counterfeit, reprinted from pixels, has only its raster (blurred letters, dots).
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


def shoot(spec: object, name: str, power: int, at_mm: tuple[float, float]) -> None:
    from docexam.core.domain.model import Specimen
    from docexam.ui.viewer.specimen_tab import SpecimenTab

    assert isinstance(spec, Specimen)
    tab = SpecimenTab(spec)
    tab.resize(1366, 768)
    tab.show()
    settle()
    tab.pane.renderer.wait()
    settle()
    tab.state.set_hotspots(False)  # outlines would cover the print under the loupe
    tab.loupe_action.trigger()  # as the toolbar's Loupe button does
    tab.state.set_loupe_power(power)
    dpi = spec.pages[0].visible.dpi
    scene = (at_mm[0] / 25.4 * dpi, at_mm[1] / 25.4 * dpi)
    tab.view.centerOn(*scene)
    settle()
    tab.view.mouse_moved.emit(tab.view.mapFromScene(*scene))
    settle()
    path = OUT / f"{name}.png"
    tab.grab().save(str(path))
    print("saved", path, tab.width(), "x", tab.height())
    tab.close()


def main() -> None:
    from docexam.core.synth import build_specimen
    from docexam.core.synth.forgery import forge
    from docexam.core.synth.microprint import MICRO_CAP_MM
    from docexam.ui.app import create_application

    app = create_application([])
    work = Path(tempfile.mkdtemp(prefix="docexam-loupe-"))
    genuine = build_specimen("QVL", "td2", 4, 300.0, work / "genuine", "2015")
    fake = forge(genuine, "counterfeit", 4, work / "forged", 1).specimen
    line = next(f for f in genuine.specimen.pages[0].features if f.id == "microprint").microtext[0]
    at = (line.x_mm + 30.0, line.baseline_mm - MICRO_CAP_MM / 2)
    for name, spec in (("genuine", genuine.specimen), ("counterfeit", fake)):
        shoot(spec, f"loupe-microprint-{name}", 20, at)
    # Fine line: the rainbow print of a card whose counterfeit was printed by inkjet.
    genuine = build_specimen("UTO", "td2", 39, 300.0, work / "g39", "A")
    forged = forge(genuine, "counterfeit", 39, work / "f39", 1)
    band = next(f for f in genuine.specimen.pages[0].features if f.id == "rainbow-print")
    x0, y0, x1, y1 = band.fineline[0].clip or band.region.bounds()
    at = (x0 + (x1 - x0) * 0.35, y0 + (y1 - y0) * 0.3)
    for name, spec in (("genuine", genuine.specimen), ("counterfeit", forged.specimen)):
        shoot(spec, f"loupe-fineline-{name}", 10, at)
    del app


if __name__ == "__main__":
    main()
