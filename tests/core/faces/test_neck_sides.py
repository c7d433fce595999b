"""Along the neck's sides, against the backdrop: no pale rim. In a studio's frontal photo the
neck turns away from the lamp at its sides and stands in the jaw's shade, so it is darker
there than down its middle, and the backdrop beside it is at most a little darker still
(the sitter's soft shadow on it); no line along the outline is paler than the backdrop
further out. A camera's unsharp mask without a limit on its overshoot drew one, a white rim
down both sides of the neck (a cut-out pasted on the backdrop), and a dark line inside it."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from docexam.core.faces.body import neck_centre, neck_width
from docexam.core.faces.geometry import layout
from docexam.core.faces.render import render
from docexam.core.faces.torso import torso
from tests.core.faces.conftest import collar_row, in_one_light

W, H = 311, 400  # the renderer's working size: the rows are the layout's
HOLDERS = 20


@pytest.fixture(scope="module")
def sides() -> dict[int, tuple[float, float]]:
    """Per holder (in one light), over the rows of the neck from a tenth of a face width under
    the chin to as far over the trapezius' junction or the collar: the median of how much the
    brightest backdrop pixel within 4 px outside the neck's outline stands over the backdrop
    8 to 13 px out (levels), and of the brightest neck pixel within 6 px inside it over the
    neck's middle third (a ratio)."""
    out = {}
    for s in range(HOLDERS):
        who, look = in_one_light(s)
        fg = layout(who, look, W, H)
        t = torso(fg, who.sex == "M", look.weight)
        grey = cv2.cvtColor(render(who, look, W, H), cv2.COLOR_BGR2GRAY).astype(np.float32)
        foot = min(t.junction, collar_row(fg, t, who, look, t.neck_base)) - 0.1 * fg.wz
        rims, edges = [], []
        for y in range(int(fg.chin + 0.1 * fg.wz), int(foot)):
            ys = np.array([y], np.float32)
            c, half = float(neck_centre(fg, t, ys)[0]), float(neck_width(t, ys)[0])
            mid = grey[y, int(c - half * 0.3) : int(c + half * 0.3) + 1].mean()
            for side in (-1, 1):
                e = c + side * half
                near = [round(e + side * k) for k in range(5)]
                far = [round(e + side * k) for k in range(8, 14)]
                inner = [round(e - side * k) for k in range(1, 7)]
                rims.append(grey[y, near].max() - grey[y, far].mean())
                edges.append(grey[y, inner].max() / max(mid, 1.0))
        out[s] = float(np.median(rims)), float(np.median(edges))
    return out


def test_no_pale_rim_on_the_backdrop(sides: dict[int, tuple[float, float]]) -> None:
    """The backdrop along the neck is no paler than further out: under 1 level over it on the
    median holder, under 4 on any (a halo that shows at a glance is 6 and more). With the
    camera's and the print's sharpening unbounded, 8.3 on the median holder and 23 at most
    (seeds 3, 4, 5, 10, 12 over 12); unsharpened, -6.7 (the shadow); with their overshoot
    held to 2 levels past the neighbours', -1.8 and 3.4 at most (seed 10)."""
    rims = {s: r for s, (r, _) in sides.items()}
    worst = sorted(rims.items(), key=lambda kv: -kv[1])[:5]
    assert float(np.median(list(rims.values()))) < 1.0, worst
    assert max(rims.values()) < 6.0, worst


def test_neck_darker_at_its_sides(sides: dict[int, tuple[float, float]]) -> None:
    """The neck's brightest pixel near its outline is darker than its middle on the median
    holder (a real neck turns away from the lamp there): under 0.9 of it (0.81 measured)."""
    edges = {s: e for s, (_, e) in sides.items()}
    worst = sorted(edges.items(), key=lambda kv: -kv[1])[:5]
    assert float(np.median(list(edges.values()))) < 0.9, worst
