"""A beard and brows read as photographed hair: a beard a mass with a faint fine grain, not
strokes; a brow single hairs over skin."""

from __future__ import annotations

import dataclasses

import cv2
import numpy as np

from docexam.core.faces import beard, brows, haircolour
from docexam.core.faces.canvas import LUMA, FaceCanvas
from docexam.core.faces.geometry import FaceGeometry, layout
from docexam.core.faces.haircolour import COLOURS
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


def _brow_cover(who: Identity, look: Look) -> tuple[FaceGeometry, np.ndarray, np.ndarray]:
    """The brows' own cover (0..1) and the colour they paint at full cover, found by painting
    them over black and over white in the colour the renderer gives them."""
    fg = layout(who, look, W, H)
    out = []
    for base in (0.0, 1.0):
        c = FaceCanvas(W, H, np.random.default_rng(1))
        c.albedo[:] = base
        brows.brows(c, fg, who, haircolour.brow_colour(look))
        out.append(c.albedo.copy())
    cover = 1 - (out[1] - out[0]).mean(axis=2)
    colour = out[0] / np.maximum(cover, 1e-3)[..., None]
    return fg, cover, colour


def _people(count: int = 10):  # type: ignore[no-untyped-def]
    for seed in range(count):
        for sex in ("F", "M"):
            who = make_identity(("brows", seed), sex)
            look = make_look(("brows", seed), who, 30)
            yield who, dataclasses.replace(look, hair_colour="black", grey=0.0)


PARTS = ((0.0, 0.12), (0.3, 0.6), (0.88, 1.0))  # a brow's head, body and tail, along it


def _part(cover: np.ndarray, inside: np.ndarray, a: float, b: float) -> float:
    """The mean cover over the brow between ``a`` and ``b`` of the way along it."""
    cols = np.flatnonzero(inside.any(axis=0))
    x0, n = cols[0], cols[-1] - cols[0]
    span = slice(x0 + int(a * n), x0 + int(b * n) + 1)
    return float(cover[:, span][inside[:, span]].mean())


def test_brows_are_hairs_over_skin_thinning_at_the_head_and_tail() -> None:
    """A brow is single hairs with skin between them, denser in its body than at its head
    and its tail: nowhere a solid block of ink (a dark-haired man's was a caterpillar, a
    tenth to a quarter of it covered at over 0.85), yet still a brow, not a haze."""
    for who, look in _people():
        fg, cover, _ = _brow_cover(who, look)
        body = cv2.GaussianBlur(cover, (0, 0), 2.0) > 0.1
        assert body.sum() > (380 if who.sex == "F" else 450), who.seed
        assert (cover[body] > 0.85).mean() < 0.02, who.seed
        assert (cover[body] < 0.3).mean() > 0.25, who.seed  # skin between the hairs
        assert cover[body].mean() > 0.25, who.seed
        # Along the right brow, the mean cover of its head and its tail against its body's.
        right, inside = cover[:, int(fg.fx) :], body[:, int(fg.fx) :]
        head, middle, tail = (_part(right, inside, a, b) for a, b in PARTS)
        assert head < 0.8 * middle and tail < 0.8 * middle, who.seed


def test_a_dark_haired_persons_brows_are_lighter_than_the_hair() -> None:
    """Brow hairs are finer than the scalp's and let light through: where a black- or dark
    brown-haired person's brows cover the skin, they read lighter than the hair's own colour
    (painted darker than the hair, they were two heavy bars)."""
    for who, look in _people(6):
        for hair in ("black", "dark brown"):
            _, cover, colour = _brow_cover(who, dataclasses.replace(look, hair_colour=hair))
            hairs = colour[cover > 0.5] @ LUMA
            assert float(np.median(hairs)) > float(np.asarray(COLOURS[hair]) @ LUMA), who.seed


def test_a_moustache_ends_cleanly_at_the_mouth_corners() -> None:
    """A moustache ends in a tip at the mouth's corners: nothing of it hangs below the lip
    line beside the mouth (its drooping ends, cut by the lips, left stray tufts there)."""
    for seed in range(8):
        who = make_identity(("hair", seed), "M")
        look = dataclasses.replace(
            make_look(("hair", seed), who, 30), beard="moustache", hair_colour="black", grey=0.0
        )
        fg, cover = _cover(who, look, "beard")
        ys, xs = np.mgrid[0:H, 0:W]
        ax = np.abs(xs - fg.fx)
        beside = (ax > fg.mouth_w * 0.95) & (ax < fg.mouth_w * 1.4)
        beside &= (ys > fg.mouth + fg.lip_up * 0.5) & (ys < fg.mouth + fg.lip_lo * 2)
        assert cover[beside].mean() < 0.012, seed
        assert cover[beside].max() < 0.3, seed
