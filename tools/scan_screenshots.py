"""Screenshots of adding a specimen from scans (docs/screenshots/scans-*.png): a scan with a margin
and its crop, and the corner correction of a capture with its labelled handles.

``python tools/scan_screenshots.py`` (under Xvfb at 1366x768 for the docs); throwaway data and
config directories unless DOCEXAM_DATA_DIR / DOCEXAM_CONFIG_DIR are set.
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


def _askew(document, angle: float, lid: tuple[int, int, int]):  # type: ignore[no-untyped-def]
    """``document`` lying ``angle`` degrees askew on a scanner lid, with a margin."""
    import cv2
    import numpy as np

    h, w = document.shape[:2]
    size = (w + 260, h + 200)
    canvas = np.full((size[1], size[0], 3), lid, np.uint8)
    turn = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    turn[:, 2] += np.array([size[0] / 2 - w / 2 + 15, size[1] / 2 - h / 2 - 10])
    cv2.warpAffine(
        document, turn, size, dst=canvas, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_TRANSPARENT
    )
    return canvas


def main() -> None:
    import cv2
    import numpy as np
    from PIL import Image as PilImage
    from PySide6.QtWidgets import QApplication

    from docexam import shipped
    from docexam.core.authoring import PackInfo
    from docexam.core.domain.lights import LightSource
    from docexam.core.pack.io import read_pack
    from docexam.ui.app import create_application
    from docexam.ui.author.opening import start_new_pack
    from docexam.ui.author.scans_dialog import ScansDialog

    create_application()
    OUT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="docexam-scan-shots-"))
    doc = start_new_pack(None, PackInfo("my-pack", {"en": "My pack"}, "Instructor", "CC-BY-4.0"))
    assert doc is not None
    base = read_pack(shipped.UTOPIA_BASIC).specimens[0]
    document = cv2.imread(str(base.path(base.pages[0].visible)))
    scan = work / "scan-with-margin.png"
    rgb = cv2.cvtColor(_askew(document, 4.0, (250, 250, 248)), cv2.COLOR_BGR2RGB)
    PilImage.fromarray(rgb).save(scan, dpi=(600, 600))  # the scanner's tag, not the page's
    uv = cv2.applyColorMap(255 - cv2.cvtColor(document, cv2.COLOR_BGR2GRAY), cv2.COLORMAP_OCEAN)
    h, w = uv.shape[:2]
    corners = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    shift = np.float32([[30, -20], [-25, 15], [20, 28], [-30, -12]])
    warp = cv2.getPerspectiveTransform(corners, corners + shift)
    capture = work / "uv.png"
    cv2.imwrite(str(capture), cv2.warpPerspective(uv, warp, (w, h)))

    dialog = ScansDialog(doc)
    dialog.resize(1366, 740)
    dialog.show()
    dialog.set_white(scan)
    QApplication.processEvents()
    dialog.grab().save(str(OUT / "scans-margin.png"))
    dialog.crop_white()
    dialog.set_capture((LightSource.UV365, None), capture)
    for task in dialog.register_all():
        while not task.is_done():
            QApplication.processEvents()
    QApplication.processEvents()
    dialog.grab().save(str(OUT / "scans-cropped-registered.png"))
    corners_dialog = dialog.correct_current()
    assert corners_dialog is not None
    corners_dialog.resize(1000, 700)
    QApplication.processEvents()
    corners_dialog.view.fitInView(corners_dialog.view.scene().itemsBoundingRect(), keep_aspect())
    QApplication.processEvents()
    corners_dialog.grab().save(str(OUT / "scans-corners.png"))
    corners_dialog.reject()
    dialog.reject()
    print(f"saved screenshots in {OUT}", file=sys.stderr)


def keep_aspect():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.AspectRatioMode.KeepAspectRatio


if __name__ == "__main__":
    main()
