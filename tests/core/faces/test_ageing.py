"""Time on a face: the traits it moves (ears, nose tip, lips) and the forms it brings (folds,
bags, jowls), measured on the layout and on the relief and colour of one person at three ages."""

from __future__ import annotations

import numpy as np

from docexam.core.faces import ageing
from docexam.core.faces.canvas import FaceCanvas
from docexam.core.faces.geometry import FaceGeometry, layout
from docexam.core.faces.traits import Identity, Look, make_identity, make_look
from tests.core.faces.conftest import frontal

W, H = 311, 400


def _still(look: Look, age: float) -> Look:
    """The same photo at ``age``: grey, hair and pose held, so only the face's age differs."""
    return frontal(look, age=age, grey=0.0, hair_style="short", smile=0.0)


def test_ears_grow_and_lips_thin_with_age() -> None:
    for seed in range(6):
        who = make_identity(("ageing", seed))
        look = make_look(("ageing", seed), who, 25.0)
        young = layout(who, _still(look, 25.0), W, H)
        old = layout(who, _still(look, 80.0), W, H)
        assert old.ear_len > young.ear_len * 1.03, seed
        assert old.lip_up < young.lip_up * 0.85, seed


def _aged_by(who: Identity, look: Look) -> tuple[np.ndarray, FaceGeometry]:
    """How much ageing.forms moves a face's relief and darkens its colour, per pixel."""
    fg = layout(who, look, W, H)
    assert fg.mesh is not None
    c = FaceCanvas(W, H, np.random.default_rng(0))
    c.height[:] = fg.mesh.depth
    c.albedo[:] = 0.6
    ageing.forms(c, fg, who, look)
    moved = np.abs(c.height - fg.mesh.depth) / fg.wz + (0.6 - c.albedo.mean(axis=2))
    return moved, fg


def test_folds_bags_and_jowls_come_with_the_decades_where_they_belong() -> None:
    """One person at 25, 50 and 75: nothing at 25, more at 75 than at 50 beside the mouth
    (nasolabial folds, marionette lines, jowls) and under the eyes (tear trough, bags), and
    there far more than on the forehead, which this pass leaves alone."""
    for seed in range(6):
        who = make_identity(("ageing", seed))
        base = make_look(("ageing", seed), who, 25.0)
        sums: dict[float, tuple[float, float, float]] = {}
        for age in (25.0, 50.0, 75.0):
            moved, fg = _aged_by(who, _still(base, age))
            x0, x1 = int(fg.fx - 1.8 * fg.mouth_w), int(fg.fx + 1.8 * fg.mouth_w)
            mouth = moved[int(fg.nose) : int(fg.chin), x0:x1].sum()
            x0, x1 = int(fg.fx - fg.eye_gap - fg.eye_w), int(fg.fx + fg.eye_gap + fg.eye_w)
            eyes = moved[int(fg.eye) : int(fg.eye + 2 * fg.eye_w), x0:x1].sum()
            brow = moved[int(fg.hairline) : int(fg.brow), x0:x1].sum()
            sums[age] = (mouth, eyes, brow)
        assert sums[25.0] == (0.0, 0.0, 0.0), seed
        for k in (0, 1):
            assert sums[75.0][k] > 1.5 * sums[50.0][k] > 0, (seed, k, sums)
            assert sums[75.0][k] > 10 * sums[75.0][2], (seed, k, sums)


def test_a_form_one_pixel_thin_is_left_unshaded() -> None:
    """A fold cut to a single row or column of relief (a turned head's, at the frame's edge)
    has no slope to shade: it is left as it is, not a crash while drawing the portrait."""
    who = make_identity(("ageing", 0))
    fg = layout(who, _still(make_look(("ageing", 0), who, 70.0), 70.0), W, H)
    for thin in ((slice(100, 101), slice(50, 90)), (slice(100, 140), slice(50, 51))):
        c = FaceCanvas(W, H, np.random.default_rng(0))
        c.albedo[:] = 0.6
        dh = np.zeros((H, W), np.float32)
        dh[thin] = 0.5
        ageing._shade(c, fg, dh)
        assert np.all(c.albedo == np.float32(0.6))
