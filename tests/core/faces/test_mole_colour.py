"""A mole is the skin's own brown made deeper, not an orange dot.

Melanin darkens every channel of the light the skin gives back, blue the most: in photos of
real common moles (naevi) the difference from the skin round them is mostly lightness, the
colour barely richer than the skin's (CIELAB chroma about 0.9-1.3 times the skin's) and of
its hue. Generator 33 darkened a mole's blue and green and left its red, and on a fair skin
a mole read orange: over the document holders' 66 moles (in one light, 311 x 400) its chroma
was 1.44 times the skin's round it (median; 10th-90th percentile 1.12-1.85, 2.93 at most).
Now 1.09 (0.88-1.36, 2.06 at most): asked, a median within 1.25 and a 90th percentile within
1.5, at a lightness step as deep as it was (median 23.6 -> 24.3 Lab units: at least 18)."""

from __future__ import annotations

from functools import cache

import cv2
import numpy as np

from docexam.core.faces.features import mole_radius
from docexam.core.faces.geometry import WORK_HEIGHT, work_layout
from docexam.core.faces.markseen import mark_where
from docexam.core.faces.render import render
from tests.core.faces.conftest import in_one_light

W, H = 311, 400
HOLDERS = 60


@cache
def _moles() -> np.ndarray:
    """Per mole on the holders: (its lightness under the skin's, its chroma over the skin's),
    the mole's middle against a ring of skin round it."""
    out = []
    yy, xx = np.mgrid[0:H, 0:W]
    for s in range(HOLDERS):
        who, look = in_one_light(s)
        moles = [m for m in who.marks if m.length == 0]
        if not moles:
            continue
        lab = cv2.cvtColor(render(who, look, W, H), cv2.COLOR_BGR2LAB).astype(np.float32)
        lightness, chroma = lab[..., 0] * 100 / 255, np.hypot(lab[..., 1] - 128, lab[..., 2] - 128)
        fg = work_layout(who, look, W, H)
        for m in moles:
            x, y = mark_where(who, look, m, W, H)
            r = mole_radius(fg, m) * H / WORK_HEIGHT
            d = np.hypot(xx - x, yy - y)
            core, ring = d < max(1.0, r * 0.5), (d > r * 2.2) & (d < r * 3.5)
            out.append(
                (
                    float(np.median(lightness[ring]) - np.median(lightness[core])),
                    float(np.median(chroma[core]) / max(np.median(chroma[ring]), 1.0)),
                )
            )
    return np.array(out)


def test_a_mole_is_no_richer_in_colour_than_the_skin_s_brown() -> None:
    moles = _moles()
    assert len(moles) >= 40
    chroma = moles[:, 1]
    assert np.median(chroma) <= 1.25, np.percentile(chroma, [10, 50, 90])
    assert np.percentile(chroma, 90) <= 1.5, np.percentile(chroma, [10, 50, 90])


def test_a_mole_is_as_much_darker_than_the_skin_as_it_was() -> None:
    assert np.median(_moles()[:, 0]) >= 18.0, np.percentile(_moles()[:, 0], [10, 50, 90])
