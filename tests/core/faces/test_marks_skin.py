"""Marks are the skin's: a mole or a scar drawn where an eye is stays off the eye (a scar
across the lids stops at it; a mole moves under the lower lid), and a mole is no drawn
circle. Every mark a photo is said to show (``unseen.hides``) stands out from the skin in it,
on every skin and under every lamp, and a mole has relief that catches the lamp."""

from __future__ import annotations

from dataclasses import replace

import cv2
import numpy as np
import pytest

from docexam.core.faces.features import _off_the_eyes, eye_openings
from docexam.core.faces.geometry import layout
from docexam.core.faces.markseen import luma, mark_where, stands_out
from docexam.core.faces.render import render
from docexam.core.faces.traits import Identity, Mark, make_identity, make_look
from docexam.core.faces.unseen import hides
from tests.core.faces.conftest import MOLE_CONTRAST, SCAR_CONTRAST

W, H = 311, 400


def test_no_mark_is_drawn_on_an_eye() -> None:
    for seed in range(4):
        who = make_identity(("marks-eyes", seed), "MF"[seed % 2])
        look = replace(make_look(("marks-eyes-look", seed), who, 40.0), glasses="none")
        fg = layout(who, look, W, H)
        x = (fg.fx + fg.eye_gap - fg.fx) / fg.wz  # on the right eye's centre
        marks = (Mark(x, 0.0, 1.4), Mark(x, 0.0, 1.0, 0.3, 35.0))
        bare = render(replace(who, marks=()), look, W, H).astype(np.int16)
        marked = render(replace(who, marks=marks), look, W, H).astype(np.int16)
        changed = np.abs(bare - marked).max(axis=2) > 12
        yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
        on_eye = eye_openings(fg, xx, yy) >= 1.0
        assert changed.any()  # the marks are there
        assert not (changed & on_eye).any(), seed  # but not on the eye


def test_moles_moved_off_an_eye_keep_apart() -> None:
    """Moles above, beside and below an eye's middle are moved each its own way, past the
    opening: lined up on one row they read as a stamp's dots."""
    who = make_identity(("marks-apart", 1))
    fg = layout(who, make_look(("marks-apart-look", 1), who, 35.0), W, H)
    ex = fg.fx + fg.eye_gap
    spots = [(ex, fg.eye - fg.eye_h), (ex + fg.eye_w * 0.6, fg.eye), (ex, fg.eye + fg.eye_h)]
    moved = [_off_the_eyes(fg, x, y) for x, y in spots]
    for x, y in moved:
        assert eye_openings(fg, np.float32(x), np.float32(y)) < 0.5  # past the opening
    rows = [round(y) for _, y in moved]
    assert len(set(rows)) == 3 and rows[0] < fg.eye < rows[2]  # above stays above, below below


def _with_marks(seed: int) -> Identity:
    """A person of an evenly spread skin tone (fair to dark over the seeds) with their own
    marks, and a mole and a scar drawn as ``make_identity`` draws them."""
    who = make_identity(("marks-seen", seed))
    g = np.random.default_rng(seed)
    side = float(g.choice([-1.0, 1.0]))
    mole = Mark(side * float(g.uniform(0.25, 0.75)), float(g.uniform(-0.3, 1.5)), 0.6 + g.random())
    scar = Mark(
        float(g.uniform(-0.7, 0.7)),
        float(g.uniform(-0.8, 1.4)),
        1.0,
        float(g.uniform(0.12, 0.3)),
        float(g.uniform(-60, 60)),
    )
    return replace(who, skin=(seed % 20) / 19, marks=(*who.marks, mole, scar))


@pytest.mark.parametrize("size", [(311, 400), (210, 270)])
def test_every_mark_a_photo_is_said_to_show_stands_out(size: tuple[int, int]) -> None:
    """Where ``hides`` lets "marks" be compared, every mark is plain in the final photo, on
    every skin tone, in a studio's light and under a booth's: a mole the key calls "agree"
    that the photo does not show is a wrong key."""
    w, h = size
    faint = []
    shown = 0
    for seed in range(60):
        who = _with_marks(seed)
        look = make_look(("marks-seen-look", seed), who, 20 + seed % 50, studio=seed % 2 == 0)
        if "marks" in hides(who, look, size):
            continue
        img = render(who, look, w, h)
        bare = render(replace(who, marks=()), look, w, h)
        for m in who.marks:
            shown += 1
            need = (SCAR_CONTRAST if m.length else MOLE_CONTRAST)[size]
            got = stands_out(img, bare, who, look, m)
            if got < need:
                faint.append((seed, round(who.skin, 2), look.jpeg > 0, m, round(got, 1)))
    assert shown >= 80  # (of about 150: the rest are hidden in their photo)
    assert not faint, faint


def test_a_mole_is_darker_than_the_skin_on_every_skin() -> None:
    """A darker skin's moles are darker still: never lighter than the skin round them, and
    by a larger share of its tone than a fair skin's are (the photo lifts a dark face)."""
    shares = []
    for k, skin in enumerate(np.linspace(0, 1, 6)):
        who = replace(
            make_identity(("mole-skins", k)), skin=float(skin), marks=(Mark(0.5, 0.6, 1.0),)
        )
        look = replace(make_look(("mole-skins-look", k), who, 35.0), yaw=0.0, roll=0.0)
        img = render(who, look, 311, 400)
        x, y = mark_where(who, look, who.marks[0], 311, 400)
        lum = luma(img)
        middle = float(lum[int(y) - 1 : int(y) + 2, int(x) - 1 : int(x) + 2].mean())
        beside = float(np.median(lum[int(y) - 8 : int(y) + 9, int(x) + 6 : int(x) + 9]))
        assert middle < beside - 10, (skin, middle, beside)
        shares.append(middle / beside)
    assert shares[-1] < shares[0], shares


def test_a_mole_catches_the_lamp_on_its_lit_side() -> None:
    """A mole is a small dome, not a painted disc: with the lamp on the left its left flank
    is lighter than its right one, and the other way round with the lamp on the right."""
    who = replace(make_identity(("mole-dome", 1)), skin=0.2, marks=(Mark(0.5, 0.7, 1.5),))
    base = replace(make_look(("mole-dome-look", 1), who, 35.0), yaw=0.0, roll=0.0, noise=0.0)
    lean = []
    for azimuth in (35.0, -35.0):  # + from the viewer's left
        look = replace(base, light_azimuth=azimuth)
        bare = luma(render(replace(who, marks=()), look, 420, 540))
        img = luma(render(who, look, 420, 540)) - bare  # the mole's own light, not the cheek's
        x, y = mark_where(who, look, who.marks[0], 420, 540)
        # Centred on the mole to the sub-pixel: cut at whole pixels, the one side held more of
        # its pigment than the other wherever its middle fell off a pixel's.
        patch = cv2.getRectSubPix(img.astype(np.float32), (9, 9), (float(x), float(y)))
        left, right = patch[:, :4].mean(), patch[:, 5:].mean()
        lean.append(float(left - right))
    assert lean[0] > 1.0 and lean[1] < -1.0, lean
