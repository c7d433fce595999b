"""The jaw's lower border reads as the edge between the lit jaw and the shade it casts on
the neck: the shade hangs from the jaw's outline, curving up with it from the chin to the
jaw's angles, darkest just under it and lightening down the neck. Hung from a level line at
the chin's row (the face's outline being as wide there as the neck), it drew a straight dark
band across every neck, with no jaw over it, and a thin dark line along its top."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from docexam.core.faces.canvas import smoothstep
from docexam.core.faces.geometry import FaceGeometry, layout
from docexam.core.faces.render import render
from docexam.core.faces.torso import torso
from tests.core.faces.conftest import people

W, H = 311, 400  # the renderer's working size: the rows are the layout's
PORTRAITS, LIVE = 16, 8
ACROSS = np.linspace(-0.7, 0.7, 15)  # the columns, in half the neck's width from its middle


def _outline(fg: FaceGeometry) -> np.ndarray:
    """The jaw's lower border under each column as the mesh has it: the first row below the
    chin's front where the surface stops facing the lens."""
    assert fg.mesh is not None
    ny = cv2.GaussianBlur(fg.mesh.normals[..., 1], (0, 0), 1.5)
    front = fg.mesh.head * smoothstep(0.65, 0.4, ny)
    start = int(fg.mouth + (fg.chin - fg.mouth) * 0.4)
    line = (start + np.argmax(front[start:] < 0.5, axis=0)).astype(np.float32)
    return cv2.GaussianBlur(line[None], (0, 0), sigmaX=fg.wz * 0.08, sigmaY=0.01)[0]


@pytest.fixture(scope="module")
def shades() -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Per photo, down bands 7 pixels wide across the neck: the jaw's outline's row and the
    row of the darkest shade under it (rows smoothed over 5)."""
    out = {}
    for name, who, look, salt in people(PORTRAITS, LIVE):
        fg = layout(who, look, W, H)
        t = torso(fg, who.sex == "M", look.weight)
        grey = cv2.cvtColor(render(who, look, W, H, salt=salt), cv2.COLOR_BGR2GRAY)
        outline = _outline(fg)
        jaw, dark = [], []
        for k in ACROSS:
            x = round(fg.cx + k * t.neck_top)
            column = np.convolve(grey[:, x - 3 : x + 4].mean(axis=1), np.ones(5) / 5, "same")
            j = float(outline[x])
            lo, hi = int(j - 0.05 * fg.wz), int(j + 0.4 * fg.wz)
            jaw.append(j)
            dark.append(lo + float(np.argmin(column[lo:hi])))
        out[name] = (np.array(jaw), np.array(dark))
    return out


def test_the_jaw_s_shade_follows_its_outline(
    shades: dict[str, tuple[np.ndarray, np.ndarray]],
) -> None:
    """Across the neck the shade's darkest row keeps its distance under the jaw's outline,
    rising with it towards the jaw's angles. Two measures over these photos, each against
    what a shade hung from a level line at the chin's row would give on the same outlines:
    the middle photo's darkest rows rise with the outline (slope of the dark row on the
    outline's row across the neck over 0.7; level: 0), and wander from it by under 0.8 of
    the outline's own rise and fall (the spread a level shade leaves).
    (In pixels the spread scales with how far the outline rises: a jaw with an angle rises
    further between the neck's sides. Generator 32's rounder jaws: spread 1.98 px against a
    level line's 2.71 (0.73), slope 0.90; generator 33's jaws with an angle: 2.20 against
    3.05 (0.72), slope 1.06.)"""
    spread = {n: float(np.std(d - j)) for n, (j, d) in shades.items()}
    level = float(np.median([float(np.std(j)) for j, _ in shades.values()]))
    middle = float(np.median(list(spread.values())))
    worst = sorted(spread.items(), key=lambda kv: -kv[1])[:6]
    assert middle < 0.8 * level, (middle, level, worst)
    slopes = []
    for j, d in shades.values():
        jc = j - j.mean()
        slopes.append(float(jc @ (d - d.mean()) / (jc @ jc)))
    assert float(np.median(slopes)) > 0.7, slopes
