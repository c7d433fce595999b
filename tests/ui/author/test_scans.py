"""New specimen from scans: a UV capture is registered in the background, then added to the pack."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
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


def test_correct_by_corners_starts_sane_names_its_handles_and_refuses_a_mirror(
    qtbot: QtBot, tab: AuthorTab, tmp_path: Path
) -> None:
    specimen = read_pack(BASIC).specimens[0]
    white = specimen.path(specimen.pages[0].visible)
    noise = np.random.default_rng(5).integers(0, 255, (400, 560, 3), dtype=np.uint8)
    capture = tmp_path / "unrelated.png"
    cv2.imwrite(str(capture), noise)
    dialog = ScansDialog(tab.doc, tab)
    qtbot.addWidget(dialog)
    key = (LightSource.UV365, None)
    dialog.set_white(white)
    dialog.set_capture(key, capture)
    tasks = dialog.register_all()
    with qtbot.waitSignal(tasks[0].finished, timeout=60000):
        pass
    qtbot.waitUntil(lambda: "poor" in dialog.scores[key].text())
    corners = dialog.correct_current()
    assert corners is not None
    # The failed fit's outline is not offered: the handles start on the capture's frame.
    assert corners.corners() == ((0.0, 0.0), (560.0, 0.0), (560.0, 400.0), (0.0, 400.0))
    names = [h.label.text() for h in corners.handles]
    assert names == ["top left", "top right", "bottom right", "bottom left"]
    ok = corners.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    for i, point in enumerate(((560.0, 0.0), (0.0, 0.0), (0.0, 400.0), (560.0, 400.0))):
        corners.set_corner(i, point)  # left and right swapped: a mirror image
    ok.click()
    assert corners.isVisible() and "mirrored" in corners.last_problem.text()
    corners.last_problem.close()
    assert "aligned by hand" not in dialog.scores[key].text()
    for i, point in enumerate(((20.0, 10.0), (540.0, 16.0), (548.0, 390.0), (12.0, 384.0))):
        corners.set_corner(i, point)
    ok.click()
    assert not corners.isVisible()
    assert dialog.scores[key].text() == "aligned by hand"
    # Opened again, the handles start where the instructor left them.
    again = dialog.correct_current()
    assert again is not None and again.corners()[1] == (540.0, 16.0)
    again.reject()


def test_a_scan_with_a_margin_is_cropped_and_its_dpi_taken_from_the_edges(
    qtbot: QtBot, tab: AuthorTab, tmp_path: Path
) -> None:
    from PIL import Image as PilImage

    from tests.core.test_edges import _scan

    specimen = read_pack(BASIC).specimens[0]
    page = specimen.pages[0]
    document = cv2.imread(str(specimen.path(page.visible)))
    scan = _scan(document, 5.0, (251, 251, 250), 7)
    path = tmp_path / "margin.png"
    # The scanner wrote 600 dpi into the file; the page is really at the pack's dpi.
    PilImage.fromarray(cv2.cvtColor(scan, cv2.COLOR_BGR2RGB)).save(path, dpi=(600, 600))
    dialog = ScansDialog(tab.doc, tab)
    qtbot.addWidget(dialog)
    dialog.set_white(path)
    note = dialog.edges_note.text()
    assert "The scan has a margin" in note and "The file says 600 dpi" in note
    assert dialog.crop_button.isEnabled()
    qtbot.mouseClick(dialog.crop_button, Qt.MouseButton.LeftButton)
    cropped = dialog.plan().white
    assert cropped is not None and cropped != path
    dpi = float(dialog.dpi.text().split()[0])
    assert dpi == pytest.approx(page.visible.dpi, rel=0.015)
    assert not dialog.crop_button.isEnabled()  # nothing left to crop
    assert "The file says 600 dpi" in dialog.edges_note.text()  # still the original's tag
    dialog.specimen_id.setText("uto-cropped")
    dialog.finish()
    assert dialog.specimen is not None
    assert dialog.specimen.pages[0].visible.dpi == pytest.approx(page.visible.dpi, rel=0.015)
