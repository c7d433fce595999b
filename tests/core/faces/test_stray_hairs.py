"""Stray hairs are faint wisps, not scratches: off the hair's mass (over the backdrop and the
cheeks) a flyaway is a fibre finer than a pixel, seen where it leaves the mass and lost towards
its tip. Drawn as lines of one strength along their whole length, long ones curving far out
over the backdrop and dark wisps lying across the cheek, they read as scratches on the print.
So did single fibres lying across the locks, drawn at one strength end to end: they come out
from under the locks and go under again.

Measured as what the strays add to the photo: the render less the same render with the stray
hairs drawn (their random draws taken alike) but not painted, over the pixels at least two
pixels off the hair's coverage; only thin lines count (a white top-hat of 3 px takes out the
live camera's compression blocks)."""

from __future__ import annotations

from collections.abc import Iterator

import cv2
import numpy as np
import pytest

from docexam.core.faces import hairedge, hairlayer, render, strands
from docexam.core.faces.hairstyle import REACH
from docexam.core.faces.hidden import COILED, texture, worn_style
from docexam.core.faces.traits import Identity, Look
from tests.core.faces.conftest import people

W, H = 311, 400
CONTRAST = 8.0  # grey levels: a line standing out this far is seen at a glance


def hanging(count: int) -> Iterator[tuple[str, Identity, Look, str]]:
    """Portraits and booth photos of people whose hair hangs beside the face (not coiled)."""
    for label, who, look, salt in people(count, count):
        if worn_style(who, look) in REACH and texture(who) < COILED:
            yield label, who, look, salt


def scratches(
    with_: np.ndarray, without: np.ndarray, hidden: np.ndarray, on_mass: bool = False
) -> tuple[int, int]:
    """Pixels of thin line the strays add, standing out by ``CONTRAST`` or more, off the mass
    (or ``on_mass``: inside its solid coverage); and the longest such line's extent (pixels)."""
    a = cv2.cvtColor(with_, cv2.COLOR_BGR2GRAY).astype(np.float32)
    b = cv2.cvtColor(without, cv2.COLOR_BGR2GRAY).astype(np.float32)
    off = cv2.distanceTransform((hidden <= 0.5).astype(np.uint8), cv2.DIST_L2, 3) >= 2
    if on_mass:
        off = hidden > 0.95
    diff = np.abs(a - b) * off
    thin = diff - cv2.morphologyEx(diff, cv2.MORPH_OPEN, np.ones((3, 3), np.uint8))
    seen = (thin >= CONTRAST).astype(np.uint8)
    n, _, st, _ = cv2.connectedComponentsWithStats(seen, connectivity=8)
    longest = max((max(st[i, 2], st[i, 3]) for i in range(1, n)), default=0)
    return int(seen.sum()), int(longest)


def test_stray_hairs_are_faint_wisps_not_scratches(
    front: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    strays, wisps, crossing = strands.strays, hairedge.strands, hairlayer.crossing

    def unpainted(c, *args, **kw):  # type: ignore[no-untyped-def]
        albedo, person = c.albedo.copy(), c.person.copy()
        strays(c, *args, **kw)
        c.albedo[...], c.person[...] = albedo, person

    def uncrossed(c, *args, **kw):  # type: ignore[no-untyped-def]
        albedo = c.albedo.copy()
        crossing(c, *args, **kw)
        c.albedo[...] = albedo

    def kept(alpha, *args, **kw):  # type: ignore[no-untyped-def]
        wisps(alpha, *args, **kw)
        return alpha

    found, longest, across = [], [], []
    for _, who, look, salt in hanging(24):
        shown = render.render(who, look, W, H, salt=salt)
        with monkeypatch.context() as m:
            m.setattr(strands, "strays", unpainted)
            m.setattr(hairedge, "strands", kept)
            bare = render.render(who, look, W, H, salt=salt)
        hidden = front["hidden"]
        assert isinstance(hidden, np.ndarray)
        px, ext = scratches(shown, bare, hidden)
        found.append(px)
        longest.append(ext)
        with monkeypatch.context() as m:
            m.setattr(hairlayer, "crossing", uncrossed)
            smooth = render.render(who, look, W, H, salt=salt)
        across.append(scratches(shown, smooth, hidden, on_mass=True)[1])
    assert len(found) >= 16
    # (On the tree before, over these 20: median 244 px, up to 1050 px; the longest line in a
    # photo median 11 px, up to 24 px. Now median 49 px, up to 246 px; lines median 5, up to
    # 18 px: each hair fades out along its length, most of them faint.)
    assert float(np.median(found)) < 120, (found, longest)
    assert max(found) < 500, found
    assert float(np.median(longest)) < 8, longest
    # Single fibres lying across the locks (``hairlayer.crossing``) fade in and out of the
    # mass: the longest line they draw in a photo. (On the tree before: median 8.5 px, up to
    # 21; then median 4, up to 15. Generator 37's smaller eyes draw fewer of the photo's random
    # numbers, so every later layer, these fibres too, is drawn anew: median 6 px, whole
    # pixels, on its new draw.)
    assert float(np.median(across)) <= 6, across
