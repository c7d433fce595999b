"""The eye's outline, lash line and iris, measured where they are drawn."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from docexam.core.faces import lids
from docexam.core.faces.canvas import FaceCanvas
from docexam.core.faces.eyes import eye_points, eye_shape, iris_colour
from docexam.core.faces.geometry import layout
from docexam.core.faces.patch import Patch
from docexam.core.faces.traits import make_identity, make_look

N = 48


def _people(count: int = 30):  # type: ignore[no-untyped-def]
    for seed in range(count):
        who = make_identity(("eyes", seed))
        yield who, layout(who, make_look(("eyes", seed), who, 30.0), 300, 400)


def test_the_inner_corner_is_a_rounded_bay_not_a_point() -> None:
    """Just inside the inner corner the opening is still a fifth as tall as at its middle,
    the caruncle's place, and closes in a round end (the lids met there at a knife point),
    unless an epicanthic fold covers it."""
    u = np.linspace(-1, 1, N)
    shown = 0
    for who, fg in _people():
        shape = eye_shape(who)
        if shape.epicanthus > 0.3:
            continue
        shown += 1
        upper, lower = eye_points(fg, 1, shape, N)
        height = lower[:, 1] - upper[:, 1]
        assert np.interp(-0.95, u, height) > 0.19 * height.max(), who.seed
        assert height[0] == 0 and height[-1] == 0
    assert shown > 20


def test_an_epicanthic_fold_shortens_the_inner_bay() -> None:
    """A full East Asian lid's fold runs over the inner corner: its bay is shorter than the
    same eye's under a European build."""
    for who, _ in _people(20):
        east = eye_shape(replace(who, ancestry=1.0, skin=0.2))
        west = eye_shape(replace(who, ancestry=0.0, skin=0.2))
        if east.hood > 0.9:
            assert east.epicanthus > 0.5 and east.inner < 0.75 * west.inner, who.seed


def test_the_lash_line_thins_into_the_outer_corner() -> None:
    """Without make-up the lash line is drawn fullest over the outer third and at less than
    half that just inside the outer corner: as full there, it closed into a dark wedge."""
    ratios = []
    for who, fg in _people():
        c = FaceCanvas(300, 400, np.random.default_rng(0))
        c.albedo[:] = 1
        ex, ey = fg.fx + fg.eye_gap, fg.eye
        upper, lower = eye_points(fg, 1, eye_shape(who), N)
        p = Patch(c, [ex - fg.eye_w * 1.3, ex + fg.eye_w * 1.3], [ey - fg.eye_w, ey + fg.eye_w], 3)
        lid = lids.lids(p, (ex, ey), 1, fg.eye_w, [upper, lower, upper - 5])
        lids.lash_line(p, lid, who.sex == "F")
        ink = (1 - c.albedo[p.rows, p.cols].mean(axis=2)).sum(axis=0)
        ratios.append(np.interp(0.95, lid.u[0], ink) / np.interp(0.55, lid.u[0], ink))
    assert np.mean(ratios) < 0.5 and max(ratios) < 0.55


def test_a_dark_brown_iris_is_a_lit_brown_not_black() -> None:
    """A fair face's darkest iris is still a brown the lamp lights; a dark face's is kept
    darker than the lighter irises (lifted as much, it turned amber)."""
    for seed in range(40):
        who = make_identity(("iris", seed))
        fair = replace(who, skin=0.2, traits={**who.traits, "iris": 0.05})
        assert np.mean(iris_colour(fair)) > 0.11, seed
        dark = replace(who, skin=0.9, traits={**who.traits, "iris": 0.05})
        assert np.mean(iris_colour(dark)) < np.mean(iris_colour(fair))
