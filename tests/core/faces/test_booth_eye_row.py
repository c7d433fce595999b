"""Under a hall's ceiling light the eyes sit in shade below the brows, but the nose's bridge
between them stands out of that shade: a real booth photo has no dark band across the face
at the eyes. The hall's key was kept at its hard response over the whole nose, bridge and
all, and the bridge between the eyes went as dark as the sockets ("a band across the eyes
of another tone")."""

from __future__ import annotations

import numpy as np

from docexam.core.faces import render
from docexam.core.faces.canvas import LUMA
from docexam.core.faces.geometry import WORK_HEIGHT, layout, work_width
from docexam.core.faces.traveller import traveller
from tests.core.faces.conftest import viz

W, H = 420, 540


def _bridge_over_forehead(seed: int) -> float | None:
    """Between the eyes (the middle 0.7 of the eyes' gap, from just under the brows to just
    under the eyes' middle) over the forehead above the brows, median luminance; None where
    glasses cross the bridge."""
    t = traveller(viz(100 + seed), seed, difficulty=0.5)
    if t.look.glasses != "none":
        return None
    lum = render.render(t.identity, t.look, W, H, salt="live").astype(np.float32) @ LUMA
    fg = layout(t.identity, t.look, work_width(W, H), WORK_HEIGHT)
    k = H / WORK_HEIGHT

    def box(y0: float, y1: float, half: float) -> float:
        x0, x1 = fg.fx - half * fg.eye_gap, fg.fx + half * fg.eye_gap
        return float(np.median(lum[int(y0 * k) : int(y1 * k), int(x0 * k) : int(x1 * k)]))

    bridge = box(fg.brow + 0.3 * fg.eye_w, fg.eye + 0.3 * fg.eye_w, 0.35)
    return bridge / box(fg.brow - 1.6 * fg.eye_w, fg.brow - 0.9 * fg.eye_w, 0.5)


def test_the_bridge_between_the_eyes_is_not_in_the_sockets_shade() -> None:
    """16 booth travellers, those in glasses left out (12). With the hall's key hard over the
    whole nose: median 0.41, the darkest 0.24 of the forehead (generator 35: 0.45 and 0.28).
    Hard only below the bridge: 0.62 and 0.44."""
    found = [v for s in range(16) if (v := _bridge_over_forehead(s)) is not None]
    shown = np.round(found, 3)
    assert len(found) >= 8, shown
    assert float(np.median(found)) > 0.55 and min(found) > 0.38, shown
