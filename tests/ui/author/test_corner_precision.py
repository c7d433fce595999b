"""Correct by corners, to the pixel: a magnifier follows the cursor while a corner handle is
dragged (the capture around the point, enlarged), and each corner can be typed in pixels."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from docexam.ui.author.corners import CornerDialog

W, H = 800, 500
CORNERS = ((40.0, 30.0), (760.0, 30.0), (760.0, 470.0), (40.0, 470.0))


def quadrants() -> QPixmap:
    """Red, green, blue, yellow quarters: the magnifier's middle tells where it looks."""
    pixmap = QPixmap(W, H)
    painter = QPainter(pixmap)
    for (x, y), colour in zip(
        ((0, 0), (W // 2, 0), (W // 2, H // 2), (0, H // 2)),
        ("#ff0000", "#00ff00", "#0000ff", "#ffff00"),
        strict=True,
    ):
        painter.fillRect(x, y, W // 2, H // 2, QColor(colour))
    painter.end()
    return pixmap


def open_dialog(qtbot: QtBot) -> CornerDialog:
    dialog = CornerDialog(quadrants(), CORNERS)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def on_screen(dialog: CornerDialog, index: int) -> QPoint:
    return dialog.view.mapFromScene(dialog.handles[index].pos())


def middle_colour(dialog: CornerDialog) -> QColor:
    image = dialog.magnifier.pixmap().toImage()
    # Beside the cross in the middle: what lies at the dragged point.
    return image.pixelColor(image.width() // 2 + 10, image.height() // 2 + 10)


def test_magnifier_follows_a_dragged_corner(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    viewport = dialog.view.viewport()
    assert not dialog.magnifier.isVisible()
    start = on_screen(dialog, 2)  # bottom right: in the blue quarter
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    assert dialog.magnifier.isVisible()
    assert middle_colour(dialog) == QColor("#0000ff")
    # Drag it up into the green quarter: the magnifier shows what is under the cursor now.
    target = dialog.view.mapFromScene(700, 100)
    qtbot.mouseMove(viewport, target)
    qtbot.waitUntil(lambda: middle_colour(dialog) == QColor("#00ff00"))
    assert not dialog.magnifier.geometry().contains(target)  # beside the cursor, not over it
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=target)
    assert not dialog.magnifier.isVisible()
    x, y = dialog.corners()[2]
    assert abs(x - 700) < 4 and abs(y - 100) < 4
    # The numbers followed the hand.
    sx, sy = dialog.spins[2]
    qtbot.waitUntil(lambda: abs(sx.value() - x) < 0.1 and abs(sy.value() - y) < 0.1)

    # A click on the capture, not on a handle, shows no magnifier.
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=dialog.view.mapFromScene(400, 250))
    assert not dialog.magnifier.isVisible()
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton)


def test_corners_typed_in_pixels(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    sx, sy = dialog.spins[0]
    assert (sx.value(), sy.value()) == CORNERS[0]
    for spin, text in ((sx, "52.5"), (sy, "41")):
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin.lineEdit(), text)
        qtbot.keyClick(spin, Qt.Key.Key_Tab)
    assert dialog.corners()[0] == (52.5, 41.0)
    assert dialog.corners()[1:] == CORNERS[1:]
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == dialog.DialogCode.Accepted
