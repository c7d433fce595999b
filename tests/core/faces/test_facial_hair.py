"""A beard and brows read as photographed hair: masses with a faint fine grain, not strokes."""

from __future__ import annotations

import dataclasses

import cv2
import numpy as np

from docexam.core.faces import beard, brows
from docexam.core.faces.canvas import FaceCanvas
from docexam.core.faces.geometry import FaceGeometry, layout
from docexam.core.faces.traits import Identity, Look, make_identity, make_look

W, H = 311, 400
SKIN = np.array([0.45, 0.55, 0.7], np.float32)


def _cover(who: Identity, look: Look, what: str) -> tuple[FaceGeometry, np.ndarray]:
    """How far the hair covers a plain skin, 0..1 per pixel (dark hair over a light skin)."""
    fg = layout(who, look, W, H)
    c = FaceCanvas(W, H, np.random.default_rng(1))
    c.albedo[:] = SKIN
    if what == "beard":
        beard.beard(c, fg, look)
    else:
        brows.brows(c, fg, who, (0.05, 0.06, 0.08))
    return fg, np.clip(1 - (c.albedo @ np.ones(3, np.float32)) / SKIN.sum(), 0, 1)


def _grain(cover: np.ndarray, where: np.ndarray) -> float:
    """The spread of the coverage's fine detail (under two pixels) where ``where``."""
    return float((cover - cv2.GaussianBlur(cover, (0, 0), 1.5))[where].std())


def test_a_full_beard_is_a_dense_mass_with_a_faint_grain() -> None:
    """Under the mouth a dark full beard covers the skin nearly evenly: hair strokes drawn one
    by one left a hatched texture (a fine spread of about 0.05; a mass has under 0.025)."""
    for seed in range(4):
        who = make_identity(("hair", seed), "M")
        look = make_look(("hair", seed), who, 30)
        look = dataclasses.replace(look, beard="full", hair_colour="black", grey=0.0)
        fg, cover = _cover(who, look, "beard")
        rows = slice(int(fg.mouth + fg.lip_lo * 1.6), int(fg.chin - fg.wz * 0.1))
        cols = slice(int(fg.fx - fg.mouth_w * 0.6), int(fg.fx + fg.mouth_w * 0.6))
        core = np.zeros_like(cover, bool)
        core[rows, cols] = True
        assert cover[core].mean() > 0.7
        assert _grain(cover, core) < 0.025


def test_brows_are_a_soft_mass_not_strokes() -> None:
    """A brow's body (a man's and a woman's) is covered as a mass, its fine grain faint:
    strokes left ink lines with skin between them, and a woman's a thin line (under 300 px of
    body at this size)."""
    for seed in range(4):
        for sex in ("F", "M"):
            who = make_identity(("hair", seed), sex)
            _, cover = _cover(who, make_look(("hair", seed), who, 30), "brows")
            body = cv2.GaussianBlur(cover, (0, 0), 2.0) > 0.3
            assert body.sum() > (380 if sex == "F" else 400)
            # (Against the body's mean cover: strokes left a grain of 0.18-0.2 of it.)
            assert _grain(cover, body) < 0.17 * cover[body].mean()
