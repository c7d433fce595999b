"""The study viewer on a generated passport booklet, page by page (issue 17, "Look at it").

``python tools/booklet_screenshots.py [STATE SERIES SEED]`` generates one TD3 booklet at 300 dpi
in a throwaway directory, opens it in the viewer at 1366 x 768 and saves
``docs/screenshots/viewer-booklet.png`` (2732 x 1536, two by two): the data page, the
observations page, the centre spread's visa page with its stamps and the cover, in white light
with the hotspots off. Run it under Xvfb with ``QT_QPA_PLATFORM=xcb``, or offscreen.
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
OUT = ROOT / "docs" / "screenshots" / "viewer-booklet.png"
sys.path.insert(0, str(ROOT))

PAGES = (
    ("data", "visible"),
    ("observations", "visible"),
    ("visa-5", "visible"),
    ("cover", "visible"),
)


def main() -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from docexam.core.domain.lights import LightSource
    from docexam.core.synth import generate_specimen
    from docexam.ui.app import create_application
    from docexam.ui.viewer.specimen_tab import SpecimenTab

    state, series, seed = (sys.argv[1:4] + ["QTK", "2016", "5"][len(sys.argv[1:4]) :])[:3]
    app = create_application()
    work = Path(tempfile.mkdtemp(prefix="docexam-booklet-"))
    specimen = generate_specimen(state, "td3", int(seed), 300.0, work, series)
    tab = SpecimenTab(specimen)
    tab.resize(1366, 768)
    tab.show()
    tab.state.set_hotspots(False)  # the pages themselves, as an examiner first sees them
    ids = [p.id for p in specimen.pages]
    shots = []
    for page_id, light in PAGES:
        tab.state.set_page(ids.index(page_id))
        tab.state.set_light(LightSource(light))
        for _ in range(3):
            tab.pane.renderer.wait()
            QApplication.processEvents()
        tab.view.fit()
        for _ in range(3):
            tab.pane.renderer.wait()
            QApplication.processEvents()
        shots.append(tab.grab().toImage())
    w, h = shots[0].width(), shots[0].height()
    sheet = QImage(w * 2, h * 2, QImage.Format.Format_RGB32)
    painter = QPainter(sheet)
    for i, image in enumerate(shots):
        painter.drawImage(QPoint((i % 2) * w, (i // 2) * h), image)
    painter.end()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    sheet.save(str(OUT))
    print(f"saved {OUT}", file=sys.stderr)
    del app


if __name__ == "__main__":
    main()
