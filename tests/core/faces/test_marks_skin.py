"""Marks are the skin's: a mole or a scar drawn where an eye is stays off the eye (a scar
across the lids stops at it; a mole moves under the lower lid), and a mole is no drawn
circle."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from docexam.core.faces.features import _eye_openings, _off_the_eyes
from docexam.core.faces.geometry import layout
from docexam.core.faces.render import render
from docexam.core.faces.traits import Mark, make_identity, make_look

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
        on_eye = _eye_openings(fg, xx, yy) >= 1.0
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
        assert _eye_openings(fg, np.float32(x), np.float32(y)) < 0.5  # past the opening
    rows = [round(y) for _, y in moved]
    assert len(set(rows)) == 3 and rows[0] < fg.eye < rows[2]  # above stays above, below below
