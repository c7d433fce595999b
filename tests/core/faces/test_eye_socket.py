"""The eye sits in the face, not on it: measured on rendered portraits of many people, the
white is a shaded ball darker than the cheek beside it, the lower margin draws no hard ring
(dark or pale), and a single lid's fold darkens down to the lashes and over the iris's top."""

from __future__ import annotations

from dataclasses import replace

import cv2
import numpy as np
import pytest

from docexam.core.faces import asymmetry
from docexam.core.faces.canvas import LUMA
from docexam.core.faces.eyes import eye_points, eye_shape
from docexam.core.faces.geometry import FaceGeometry, layout
from docexam.core.faces.render import render
from docexam.core.faces.traits import Identity, make_identity, make_look
from docexam.core.faces.traveller import holder_identity
from tests.core.faces.conftest import frontal, viz

W, H = 311, 400  # the working size: the layout's lid lines are the photo's pixels
N = 48
Photo = tuple[Identity, FaceGeometry, np.ndarray]


def _shot(who: Identity, seed: object) -> Photo:
    look = frontal(make_look(seed, who, 35.0))
    fg = layout(who, look, W, H)
    return who, fg, render(who, look, W, H).astype(np.float32) @ LUMA / 255


@pytest.fixture(scope="module")
def holders() -> list[Photo]:
    """Sixteen document holders, square to the camera and bare-faced, their skins spread
    from the fairest to the darkest (the darkest face's white stood out most)."""
    out = []
    for seed in range(16):
        who = holder_identity(viz(seed))
        who = replace(who, skin=0.05 + 0.9 * seed / 15)
        out.append(_shot(who, ("portrait", who.seed)))
    return out


def _opening(who: Identity, fg: FaceGeometry, side: int) -> tuple[np.ndarray, ...]:
    """One eye's white (a pixel in from the margins), its upper and lower lid lines and its
    middle, where the photo shows them (the face's own asymmetry moves each eye)."""
    upper, lower = eye_points(fg, side, eye_shape(who), N)
    upper, lower = asymmetry.shown(fg, who, upper), asymmetry.shown(fg, who, lower)
    centre = asymmetry.shown(fg, who, (fg.fx + side * fg.eye_gap, fg.eye))[0]
    mask = np.zeros((H, W), np.uint8)
    outline = np.concatenate([upper, lower[::-1]])
    cv2.fillPoly(mask, [np.round(outline * 16).astype(np.int32)], 1, cv2.LINE_8, shift=4)
    # (A pixel in from the margins: the lash line and the wet rim are not the white.)
    return cv2.erode(mask, np.ones((3, 3), np.uint8)).astype(bool), upper, lower, centre


def _whites(photos: list[Photo]) -> list[tuple[float, float, float, float, float]]:
    """Per eye: the white's mean, its inner corner's, its outer corner's (their last
    quarter) and its middle's (beside the iris), and the brightest cheek skin under the eye
    (its 95th percentile)."""
    ys, xs = np.mgrid[0:H, 0:W].astype(np.float32)
    out = []
    for who, fg, lum in photos:
        for side in (-1, 1):
            inside, _, _, (ex, ey) = _opening(who, fg, side)
            r = np.hypot(xs - ex, ys - (ey - fg.eye_h * 0.05)) / fg.iris
            u = side * (xs - ex) / fg.eye_w
            white = inside & (r > 1.2)
            cheek = (np.abs(ys - ey - fg.eye_w * 0.8) < fg.eye_w * 0.3) & (
                np.abs(xs - ex) < fg.eye_w * 0.8
            )
            out.append(
                (
                    float(lum[white].mean()),
                    float(lum[white & (u < -0.72)].mean()),
                    float(lum[white & (u > 0.72)].mean()),
                    float(lum[white & (r < 1.5)].mean()),
                    float(np.percentile(lum[cheek], 95)),
                )
            )
    return out


def test_the_white_is_a_shaded_ball_no_brighter_than_the_cheek(holders) -> None:  # type: ignore[no-untyped-def]
    """The white is wet and in the lids' shade: on a fair or olive face darker on average than
    the lit cheek beside it (brighter, it read as paper, a sticker; on a dark face a white is
    brighter than the skin, as photographed), and it darkens into both corners, where the
    lids' thickness and the socket keep the light from it."""
    whites = np.array(_whites(holders))
    mean, inner, outer, middle, cheek = whites.T
    fair = np.repeat([who.skin < 0.6 for who, _, _ in holders], 2)  # (two eyes each)
    assert np.all(mean[fair] < 0.95 * cheek[fair]), np.round(mean / cheek, 2)
    assert np.all(inner < 0.85 * middle) and np.all(outer < 0.85 * middle), (
        np.round(inner / middle, 2),
        np.round(outer / middle, 2),
    )


def _lower_ring(photos: list[Photo]) -> np.ndarray:
    """Per eye, the share of its columns across the lower lid where the skin just outside
    the opening (a pixel to four below the margin) is a line against the lid below it: a dip
    darker, or a bright line (what the camera's sharpening made of a pale rim)."""
    shares = []
    us = np.linspace(-1, 1, N)
    for who, fg, lum in photos:
        for side in (-1, 1):
            _, _, lower, _ = _opening(who, fg, side)
            dark = []
            for u in np.linspace(-0.5, 0.8, 14):
                x, y = np.interp(u, us, lower[:, 0]), np.interp(u, us, lower[:, 1])
                col = lum[:, round(x)]
                ring = col[round(y) + 1 : round(y) + 5]
                lid = np.median(col[round(y) + 5 : round(y) + 5 + round(fg.eye_w * 0.25)])
                dark.append(lid - ring.min() > 0.025 or ring.max() - lid > 0.09)
            shares.append(float(np.mean(dark)))
    return np.array(shares)


def test_no_hard_outline_runs_under_the_eye(holders) -> None:  # type: ignore[no-untyped-def]
    """The lower margin is a soft, wet ledge: the skin just under it is no continuous line
    against the lid below, neither darker nor a crisp pale rim (either closed the opening's
    outline all round, a decal's)."""
    shares = _lower_ring(holders)
    assert np.median(shares) < 0.35 and np.percentile(shares, 75) < 0.55, np.round(shares, 2)


@pytest.fixture(scope="module")
def single_lids() -> list[Photo]:
    """Twelve East Asian people whose lid is single, under a full fold with no crease."""
    out: list[Photo] = []
    seed = 0
    while len(out) < 12:
        who = make_identity(("single lid", seed), "F" if seed % 2 else "M")
        who = replace(who, ancestry=1.0, skin=0.15 + 0.35 * (seed % 5) / 4)
        if eye_shape(who).hood > 0.85:
            out.append(_shot(who, ("single lid", seed)))
        seed += 1
    return out


def _fold(photos: list[Photo]) -> tuple[np.ndarray, np.ndarray]:
    """Per eye, over the iris: the skin just above the lash line (past the lashes' fringe)
    against the lid higher up, and the iris's top just under the lid against the iris at its
    middle's height, both off the pupil (medians over columns, so the lamp's reflection, a
    spot, does not count). Offsets in the iris's radii, so that a smaller eye is measured at
    the same places on it: 0.37 and 0.5 over the lash line and 0.19 under it, what 3, 4 and
    1.5 pixels were on generator 36's eye (skin 0.907 / 0.974 there, iris 0.494)."""
    skin, iris = [], []
    for who, fg, lum in photos:
        for side in (-1, 1):
            _, upper, _, (ex, ey) = _opening(who, fg, side)
            order = np.argsort(upper[:, 0])
            xs = ex + fg.iris * np.array([-0.8, -0.7, -0.6, -0.3, 0.0, 0.3, 0.6, 0.7, 0.8])
            tops = np.interp(xs, upper[order, 0], upper[order, 1])

            def at(dy: np.ndarray, x: np.ndarray = xs, lum: np.ndarray = lum) -> float:
                return float(np.median(lum[np.round(dy).astype(int), np.round(x).astype(int)]))

            lid = np.mean([at(tops - fg.iris * k) for k in (0.8, 0.95, 1.1)])
            skin.append(np.mean([at(tops - 0.37 * fg.iris), at(tops - 0.5 * fg.iris)]) / lid)
            ring = np.r_[0:3, 6:9]  # (in the iris, clear of the pupil)
            centre = np.full(6, ey - fg.eye_h * 0.05)
            middle = at(centre, xs[ring])
            # (An iris black at its middle shows no shade on its top: both eyes of one of the
            # twelve, a dark iris under a full fold, read 0.00 to 0.07 across it.)
            if middle > 0.02:
                iris.append(at(tops[ring] + 0.19 * fg.iris, xs[ring]) / middle)
    return np.array(skin), np.array(iris)


def test_a_single_lids_fold_shades_the_lash_line_and_the_iris_top(single_lids) -> None:  # type: ignore[no-untyped-def]
    """A single lid is a full fold of skin rolling over the lash line: its skin darkens down
    towards the lashes as it turns under, and its shade lies on the iris's top. (Lit to the
    lashes, the lid was a flat band and the eye a cut-out under it.)"""
    skin, iris = _fold(single_lids)
    assert np.median(skin) < 0.95 and max(skin) < 1.0, np.round(skin, 2)
    assert np.median(iris) < 0.5, np.round(iris, 2)
