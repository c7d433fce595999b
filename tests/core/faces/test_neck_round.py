"""Down the middle of the neck, from the jaw's shade to the collar, the light only comes back:
a round neck under a studio's soft box lightens from its darkest row just under the jaw down
towards its base, as one soft gradient. No lit strip a finger under the jaw with a darker
band below it (the jaw's shade gone at once, then the shoulders' fall-off and the neck's
mottle darkening it again): the neck read as a shadow pasted under a mask."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from docexam.core.faces.geometry import layout
from docexam.core.faces.render import render
from docexam.core.faces.torso import torso
from tests.core.faces.conftest import collar_row, people

W, H = 311, 400  # the renderer's working size: the rows are the layout's
PORTRAITS, LIVE = 24, 6


def _relapse(column: np.ndarray, chin: float) -> float:
    """How far (levels) the profile falls again below a row it has lightened to, after its
    darkest row under the jaw: 0 for a shade that only lightens down the neck, the lit
    strip's contrast over the band under it otherwise."""
    smooth = np.convolve(column, np.ones(5) / 5, "valid")
    start = int(np.argmax(smooth[: max(1, int(chin))]))  # the chin's lit front
    seg = smooth[start:]
    seg = seg[int(np.argmin(seg[: max(2, len(seg) // 2)])) :]  # from the jaw's darkest row
    return float((np.maximum.accumulate(seg) - seg).max())


@pytest.fixture(scope="module")
def relapses() -> dict[str, float]:
    """The relapse down a band 7 pixels wide through the neck's middle, from halfway between
    the mouth and the chin to above the collar's own shade."""
    out = {}
    for name, who, look, salt in people(PORTRAITS, LIVE):
        fg = layout(who, look, W, H)
        t = torso(fg, who.sex == "M", look.weight)
        grey = cv2.cvtColor(render(who, look, W, H, salt=salt), cv2.COLOR_BGR2GRAY)
        top = int(fg.mouth + (fg.chin - fg.mouth) * 0.5)
        collar = collar_row(fg, t, who, look, 0.0) - 0.12 * fg.wz
        foot = int(min(collar, fg.chin + 0.25 * (fg.chin - fg.crown)))
        x = round(fg.cx)
        column = grey[top:foot, x - 3 : x + 4].astype(np.float32).mean(axis=1)
        out[name] = _relapse(column, fg.chin - top)
    return out


def test_no_lit_strip_over_a_dark_band(relapses: dict[str, float]) -> None:
    """No neck falls back by 10 levels below a lit strip, and on average by under 2.5. (Before,
    up to 15.9 and 3.5 on average, over 6 levels in 4 of these 30: the jaw's shade gone a
    finger under the jaw, the shoulders' fall-off darkening the neck's lower half and the
    neck's mottle at 2.5 %; 7.2 at most and 1.8 on average with a share of the shade lightening
    evenly down to the neck's base, no fall-off on the neck above its pit and half the mottle.
    Over portraits 24 to 47: 3.2 on average and 7.3 at most before, 1.4 and 3.8 with this.)"""
    worst = sorted(relapses.items(), key=lambda kv: -kv[1])[:5]
    assert max(relapses.values()) < 10, worst
    assert float(np.mean(list(relapses.values()))) < 2.5, worst
