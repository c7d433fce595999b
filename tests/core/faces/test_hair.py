"""Hair over the face: it hides the ears it covers and shades the skin beside it."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from docexam.core.faces import body, hair, hairedge, head, lamps
from docexam.core.faces.canvas import FaceCanvas
from docexam.core.faces.geometry import layout
from docexam.core.faces.traits import make_identity, make_look

W, H = 311, 400


def _hidden(style: str, sex: str, seed: int) -> tuple[float, float]:
    who = make_identity(("hair-test", seed), sex)
    look = replace(make_look(("hair-test", seed), who, 35.0), hair_style=style, yaw=0.0)
    fg = layout(who, look, W, H)
    assert fg.mesh is not None
    c = FaceCanvas(W, H, np.random.default_rng(0))
    body.body(c, fg, who, look)
    head.face(c, fg, who, look)
    hidden, _ = hair.hair_front(c, fg, who, look)
    ears = fg.mesh.ears > 0.5
    return float(hidden[ears].mean()), float(ears.sum())


def test_long_hair_hides_the_ears_and_a_short_cut_leaves_them() -> None:
    for seed in range(6):
        long_hidden, n = _hidden("long", "F", seed)
        assert n > 50, seed
        assert long_hidden > 0.6, (seed, long_hidden)
        # (a woman's short cut is a pixie, over them)
        short_hidden, _ = _hidden("short", "M", seed)
        assert short_hidden < 0.2, (seed, short_hidden)


def test_hair_shades_the_skin_next_to_it_and_not_far_off() -> None:
    who = make_identity("shade-test", "F")
    c = FaceCanvas(120, 80, np.random.default_rng(0))
    c.albedo[:] = 0.6
    c.person[:] = 1.0
    alpha = np.zeros((80, 120), np.float32)
    alpha[:, :40] = 1.0  # hair down the left, skin to the right
    lamp = lamps.lamp(make_look("shade-test", who, 35.0))
    shade = hairedge.contact_shadow(c, slice(0, 80), alpha, np.ones_like(alpha), lamp, 80.0, None)
    near, far = c.albedo[40, 42, 0], c.albedo[40, 110, 0]
    assert near < 0.55 and abs(far - 0.6) < 1e-3
    # Its own close shade, after the exposure: deep beside it, gone a few millimetres off.
    assert shade[40, 41] < 0.8 and shade[40, 60] > 0.98 and shade[40, 20] == 1.0


def test_hair_lying_off_the_skin_shades_it_more_than_hair_growing_from_it() -> None:
    who = make_identity("shade-test", "F")
    lamp = lamps.lamp(make_look("shade-test", who, 35.0))
    alpha = np.zeros((80, 120), np.float32)
    alpha[:30, :] = 1.0  # hair above, forehead below
    out = []
    for standing in (1.0, 0.25):  # a fringe, a hairline
        c = FaceCanvas(120, 80, np.random.default_rng(0))
        c.albedo[:] = 0.6
        c.person[:] = 1.0
        out.append(
            hairedge.contact_shadow(
                c, slice(0, 80), alpha, np.full_like(alpha, standing), lamp, 80.0, None
            )[33, 60]
        )
    assert out[0] < out[1] < 1.0
