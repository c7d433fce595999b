"""New specimen from scans: a UV capture is registered in the background, then added to the pack."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
from pytestqt.qtbot import QtBot

from docexam.core.domain.lights import LightSource
from docexam.core.pack.io import read_pack
from docexam.ui.author.scans_dialog import ScansDialog
from docexam.ui.author.tab import AuthorTab

from ..conftest import BASIC


def uv_capture(tmp_path: Path) -> tuple[Path, Path]:
    specimen = read_pack(BASIC).specimens[0]
    white = specimen.path(specimen.pages[0].visible)
    scan = cv2.imread(str(white))
    h, w = scan.shape[:2]
    uv = cv2.applyColorMap(255 - cv2.cvtColor(scan, cv2.COLOR_BGR2GRAY), cv2.COLORMAP_OCEAN)
    corners = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    shift = np.float32([[12, -8], [-10, 6], [8, 11], [-12, -5]])
    warped = cv2.warpPerspective(uv, cv2.getPerspectiveTransform(corners, corners + shift), (w, h))
    path = tmp_path / "uv.png"
    cv2.imwrite(str(path), warped)
    return white, path


def test_scan_and_uv_capture_become_a_specimen(
    qtbot: QtBot, tab: AuthorTab, tmp_path: Path
) -> None:
    white, uv = uv_capture(tmp_path)
    dialog = ScansDialog(tab.doc, tab)
    qtbot.addWidget(dialog)
    dialog.specimen_id.setText("uto-scan-2")
    dialog.set_white(white)
    assert "dpi" in dialog.dpi.text()
    dialog.set_capture((LightSource.UV365, None), uv)
    tasks = dialog.register_all()
    assert len(tasks) == 1
    with qtbot.waitSignal(tasks[0].finished, timeout=30000):
        pass
    qtbot.waitUntil(lambda: "aligned" in dialog.scores[(LightSource.UV365, None)].text())
    corners = dialog.correct_current()
    assert corners is not None and len(corners.corners()) == 4
    corners.reject()
    dialog.finish()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.specimen is not None
    page = dialog.specimen.pages[0]
    assert page.image(LightSource.UV365) is not None
    assert page.visible.dpi > 50
