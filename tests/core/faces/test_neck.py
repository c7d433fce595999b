"""The neck under the chin: in the jaw's shade just below it, lighter down to the clothes, with
no lit band across the throat between two shades (which read as rings round a cylinder)."""

from __future__ import annotations

from dataclasses import replace

import cv2
import numpy as np

from docexam.core.domain.seeds import rng
from docexam.core.faces import body
from docexam.core.faces.canvas import FaceCanvas
from docexam.core.faces.geometry import layout
from docexam.core.faces.render import render
from docexam.core.faces.traits import make_identity, make_look

W, H = 311, 400  # the renderer's working size: the rows are the layout's
FOOT = 0.13  # above a shirt collar's shade on the neck (clothes.py draws it)


def _down_the_throat(seed: int) -> np.ndarray:
    """Luminance down the neck's middle, from just under the chin to above any neckline."""
    who = make_identity(("neck", seed), "MF"[seed % 2])
    look = replace(make_look(("neck-look", seed), who, 25.0 + seed * 1.5), beard="none")
    fg = layout(who, look, W, H)
    grey = cv2.cvtColor(render(who, look, W, H), cv2.COLOR_BGR2GRAY).astype(np.float32)
    head = fg.chin - fg.crown
    top, foot = int(fg.chin + 0.03 * head), int(fg.chin + FOOT * head)
    x = round(fg.cx)
    column = grey[top:foot, x - 3 : x + 4].mean(axis=1)
    return np.convolve(column, np.ones(3) / 3, "valid")


def test_no_band_of_light_across_the_throat() -> None:
    """Past the darkest row under the chin the neck only lightens down to the neckline: it
    never falls back into a second shade (a man's larynx shades a little under its top, up
    to 10 levels; the band this guards against fell 20 to 50)."""
    for seed in range(30):
        profile = _down_the_throat(seed)
        darkest = int(np.argmin(profile[: len(profile) // 2 + 1]))
        after = profile[darkest:]
        fall = float((np.maximum.accumulate(after) - after).max())
        assert fall < 14, (seed, np.round(profile).astype(int).tolist())


def test_the_neck_under_the_chin_is_in_shade() -> None:
    """The jaw's shade is there: the throat just under the chin is darker than lower down."""
    for seed in range(30):
        profile = _down_the_throat(seed)
        assert profile[: len(profile) // 3].mean() < profile[-len(profile) // 3 :].mean() - 5, seed


def test_a_turned_head_keeps_the_neck_under_its_jaw() -> None:
    """At a booth the head turns on the neck: the neck's outline comes out from under the jaw
    on both sides, never standing beside it (a step under the far side's jaw)."""
    for seed in range(8):
        who = make_identity(("neck-turn", seed), "MF"[seed % 2])
        base = make_look(("neck-turn-look", seed), who, 40.0)
        for yaw in (-11.0, 11.0):
            look = replace(base, yaw=yaw, pitch=0.0, roll=0.0)
            fg = layout(who, look, W, H)
            assert fg.mesh is not None
            c = FaceCanvas(W, H, rng("neck-turn", seed))
            body.body(c, fg, who, look)
            row = int(fg.gonion + (fg.chin - fg.gonion) * 0.3)
            neck = np.flatnonzero(c.person[row] > 0.5)
            jaw = np.flatnonzero(fg.mesh.head[row] > 0.5)
            assert len(neck) and len(jaw)
            # Two pixels of the outlines' antialiasing and a far jaw's foreshortening; centred
            # on the head's axis the neck stood out up to nine.
            assert neck[0] >= jaw[0] - 2 and neck[-1] <= jaw[-1] + 2, (
                seed,
                yaw,
                neck[[0, -1]],
                jaw[[0, -1]],
            )
