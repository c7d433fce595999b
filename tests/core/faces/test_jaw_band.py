"""The jaw's shade hangs from the jaw's own border all the way to the jaw's angles, where the
border curves up from the chin. Hung past the columns it was read from from a line held level
(the chin's row carried out sideways), it drew a level band under the chin that ran on across
the neck under the jaw's rising sides, and the jaw read blurred into the neck."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from docexam.core.faces.geometry import FaceGeometry, layout
from docexam.core.faces.render import render
from docexam.core.faces.torso import below_jaw, torso
from tests.core.faces.conftest import people

W, H = 311, 400  # the renderer's working size: the rows are the layout's
PORTRAITS, LIVE = 16, 8
SIDES = np.r_[np.linspace(-0.95, -0.3, 14), np.linspace(0.3, 0.95, 14)]  # in neck widths


def _step(column: np.ndarray, row: float, wz: float) -> float:
    """How much darker (grey levels) ``column`` is just under ``row`` than just over it."""
    above = column[int(row - 0.1 * wz) : int(row - 0.02 * wz)].mean()
    return float(above - column[int(row + 0.02 * wz) : int(row + 0.1 * wz)].mean())


def _border(fg: FaceGeometry, x: float) -> float:
    """The row of the jaw's lower border over the column ``x``."""
    ys = np.arange(H, dtype=np.float32)
    return float(ys[np.argmin(np.abs(below_jaw(fg, np.full(H, x, np.float32), ys)))])


@pytest.fixture(scope="module")
def level_steps() -> dict[str, float]:
    """Per photo, the step down across the row of the jaw's border under the chin's middle,
    at the columns where the border has curved up a tenth of a face width above that row
    (there the row lies in the jaw's shade, which only lightens downwards)."""
    out = {}
    for name, who, look, salt in people(PORTRAITS, LIVE):
        fg = layout(who, look, W, H)
        assert fg.mesh is not None
        neck = torso(fg, who.sex == "M", look.weight).neck_top
        grey = cv2.cvtColor(render(who, look, W, H, salt=salt), cv2.COLOR_BGR2GRAY)
        grey = cv2.GaussianBlur(grey.astype(np.float32), (0, 0), 1.0)
        level = _border(fg, fg.cx)
        steps = []
        for k in SIDES:
            x = fg.cx + k * neck
            b = _border(fg, x)
            # Only where the border has risen clear of the level row, on the face's jaw.
            if b > level - 0.1 * fg.wz or fg.mesh.head[int(b - 0.1 * fg.wz), round(x)] < 0.5:
                continue
            column = grey[:, round(x) - 1 : round(x) + 2].mean(axis=1)
            steps.append(_step(column, level, fg.wz))
        if steps:
            out[name] = float(np.mean(steps))
    return out


def test_no_level_edge_under_the_jaw_s_sides(level_steps: dict[str, float]) -> None:
    """Under the jaw's rising sides the chin's row is no edge: in the jaw's shade the neck
    only lightens downwards, so the step down across that row is at most 1.5 grey levels on
    every photo. With the shade hung from a line held level past the chin (main before this
    test): 4.2 (portrait 7; 2.0 and 1.9 on portraits 15 and 2); from the jaw's border: 0.7."""
    worst = sorted(level_steps.items(), key=lambda kv: -kv[1])[:4]
    assert len(level_steps) >= 16, level_steps
    assert worst[0][1] <= 1.5, worst
