"""Hair under a hall's ceiling lamp: a fringe's lower edge over the forehead is lit as hair
(translucent fibres that scatter light, lit from below by the face), not as a solid surface
turned away from the lamp, which drew a black headband across the top of the face."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from docexam.core.faces import lamps, render
from docexam.core.faces.geometry import layout
from docexam.core.faces.traveller import traveller
from tests.core.faces.conftest import viz

W, H = 311, 400  # the work size: the hair's cover maps onto the photo pixel for pixel


def _arch(seed: int, monkeypatch: pytest.MonkeyPatch) -> float | None:
    """Median over the forehead's columns of how much darker the band just above the hair's
    lower edge is than both the hair further up and the forehead's skin below it (luminance
    levels); None where the hair covers too little of the forehead to measure."""
    t = traveller(viz(100 + seed, "td3"), seed, difficulty=0.5)
    assert lamps.lamp(t.look).kind == "overhead"
    got: dict[str, np.ndarray] = {}
    shade = render._shade

    def spy(c, look, skin, fg=None, hair=None):  # type: ignore[no-untyped-def]
        got["hair"], got["skin"] = hair, skin
        return shade(c, look, skin, fg, hair)

    monkeypatch.setattr(render, "_shade", spy)
    lum = cv2.cvtColor(render.render(t.identity, t.look, W, H, salt="live"), cv2.COLOR_BGR2GRAY)
    lum = lum.astype(float)
    hair, skin = got["hair"], got["skin"]
    fg = layout(t.identity, t.look, W, H)
    brow = int(fg.eye - fg.eye_w * 1.3)
    arches = []
    for x in range(int(fg.fx - fg.eye_gap), int(fg.fx + fg.eye_gap) + 1):
        covered = np.nonzero(hair[:brow, x] > 0.5)[0]
        if len(covered) == 0:
            continue
        edge = covered.max() + 1  # the first row below the hair's lower edge
        bare = np.nonzero((hair[:brow, x] < 0.05) & (np.arange(brow) > edge))[0]
        if edge < 24 or len(bare) == 0:
            continue
        below = bare.min()  # where the forehead's skin is clear of the hair
        if below + 8 >= brow or below - edge > 12 or skin[below + 2 : below + 8, x].min() < 0.5:
            continue
        if hair[edge - 20 : edge, x].min() < 0.5:  # a fringe, not a stray lock's tip
            continue
        band = lum[edge - 5 : edge + 5, x].mean()
        up = np.median(lum[edge - 20 : edge - 10, x])
        down = np.median(lum[below + 2 : below + 8, x])
        arches.append(min(up, down) - band)
    return float(np.median(arches)) if len(arches) >= 8 else None


def test_a_fringe_under_a_ceiling_lamp_has_no_dark_arch_over_the_forehead(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Lit as skin, the fringe's edge took a quarter of the forehead's key: median 72 levels
    # darker than both the hair above and the skin below (a black headband; 21 of these 30
    # people's hair covers their forehead). A fringe's edge darker than the hair above by a
    # tone the eye reads as the hair's own shade (its ends, its underside) is up to about a
    # third of that: lit as hair, the median is 8.
    arches = [a for s in range(30) if (a := _arch(s, monkeypatch)) is not None]
    assert len(arches) >= 12, arches
    assert float(np.median(arches)) < 25, sorted(arches)
    # (And no one's whole fringe edge as black as before's typical one.)
    assert max(arches) < 60, sorted(arches)
