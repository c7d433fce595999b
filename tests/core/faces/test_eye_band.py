"""No pale band across the eyes. Round each eye the light was once set to one tone, the lit
front's, so the eyes' row kept full light out to the temples while the forehead above, the
cheek below and the temples beside fell off with the head's turn: a lighter band from the brows
across the eyes to the temples, and the face read as a pasted mask. At the temple beside each
eye's outer corner the photo is no lighter than a line through the forehead above it and the
cheek below it says."""

from __future__ import annotations

from dataclasses import replace

import cv2
import numpy as np
import pytest

from docexam.core.faces.geometry import layout
from docexam.core.faces.render import render
from tests.core.faces.conftest import people

W, H = 311, 400  # the renderer's working size: the layout's coordinates are the photo's
PORTRAITS, LIVE = 16, 8
OUT = 1.5  # the temple's column: past the eye's outer corner, in half eye widths from its middle
UP, DOWN = 2.6, 2.4  # the forehead's and the cheek's rows, half eye widths from the eye's


@pytest.fixture(scope="module")
def bands() -> dict[str, list[float]]:
    """Per photo and side, how much lighter the temple at the eye's row is than the straight
    line between the forehead and the cheek at the same column (a fraction of the line).
    Bald and bare (hair or glasses would sit on the temple), in the photo's own pose and light;
    a side whose patches are not all on the head is left out."""
    out: dict[str, list[float]] = {}
    for name, who, look, salt in people(PORTRAITS, LIVE):
        look = replace(look, hair_style="bald", glasses="none", beard="none")
        fg = layout(who, look, W, H)
        assert fg.mesh is not None
        grey = cv2.cvtColor(render(who, look, W, H, salt=salt), cv2.COLOR_BGR2GRAY)
        grey = cv2.GaussianBlur(grey.astype(np.float32), (0, 0), 1.0)
        r = 0.2 * fg.eye_w
        sides = []
        for d in (-1, 1):
            x = fg.fx + d * (fg.eye_gap + OUT * fg.eye_w)
            rows = (fg.eye - UP * fg.eye_w, fg.eye, fg.eye + DOWN * fg.eye_w)
            patches = [
                (slice(int(y - r), int(y + r) + 1), slice(int(x - r), int(x + r) + 1)) for y in rows
            ]
            if min(float(fg.mesh.head[p].min()) for p in patches) < 0.99:
                continue
            brow, temple, cheek = (float(grey[p].mean()) for p in patches)
            line = brow + (cheek - brow) * UP / (UP + DOWN)
            sides.append(temple / line - 1)
        out[name] = sides
    return out


def test_the_eyes_row_is_no_paler_band_to_the_temples(bands: dict[str, list[float]]) -> None:
    """The temple beside the eyes over the forehead-cheek line: median at most +5 %, 80th
    percentile at most +12 % (16 portraits, 8 booth photos, 41 sides). With the eyes' ellipse
    set to the lit front's tone (main before this test): median +17.9 %, 80th percentile
    +36.4 %, worst +78.3 % (portrait 12; 14 +61.4 %, 8 +57.0 %). Filled from the face round it
    (skinlight.form): -8.7 %, +3.0 %, worst +35.2 % (portrait 12's one side; 8 +19.4 %, 14
    +15.6 %). A real temple, hollow, sits a little under that line."""
    band = [b for sides in bands.values() for b in sides]
    assert len(band) >= 32, bands
    median, p80 = np.percentile(band, [50, 80])
    worst = sorted(((max(s), k) for k, s in bands.items() if s), reverse=True)[:4]
    assert median <= 0.05 and p80 <= 0.12, (median, p80, worst)
