"""Hand-placed corners: a sane page outline passes; mirrored, folded or concave ones are refused."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from docexam.core.authoring.corners import (
    CornerError,
    CornerFault,
    corner_fault,
    page_rectangle,
    start_corners,
)
from docexam.core.authoring.registration import homography_from_corners, warp_with_corners

SIZE = (800, 560)


@st.composite
def page_outlines(draw: st.DrawFn) -> tuple[tuple[float, float], ...]:
    """A page seen at an angle: a rectangle turned, scaled and with its corners nudged."""
    angle = draw(st.floats(-0.6, 0.6))
    scale = draw(st.floats(0.4, 1.0))
    cx, cy = draw(st.floats(300, 500)), draw(st.floats(200, 360))
    w, h = 400 * scale, 280 * scale
    out = []
    for x, y in ((-w, -h), (w, -h), (w, h), (-w, h)):
        dx, dy = draw(st.floats(-20, 20)), draw(st.floats(-20, 20))
        rx = x * math.cos(angle) - y * math.sin(angle)
        ry = x * math.sin(angle) + y * math.cos(angle)
        out.append((cx + rx / 2 + dx, cy + ry / 2 + dy))
    return tuple(out)


@given(page_outlines())
def test_a_page_seen_at_an_angle_is_sane(corners: tuple[tuple[float, float], ...]) -> None:
    assert corner_fault(corners, SIZE) is None


@given(page_outlines())
def test_the_same_corners_mirrored_are_refused(corners: tuple[tuple[float, float], ...]) -> None:
    tl, tr, br, bl = corners
    for mirrored in ((tr, tl, bl, br), (bl, br, tr, tl)):  # left-right, top-bottom
        assert corner_fault(mirrored, SIZE) is CornerFault.MIRRORED
        with pytest.raises(CornerError, match="mirrored"):
            homography_from_corners(mirrored, SIZE)


@given(page_outlines(), st.integers(0, 3))
def test_two_corners_swapped_fold_the_outline(
    corners: tuple[tuple[float, float], ...], i: int
) -> None:
    swapped = list(corners)
    j = (i + 1) % 4
    swapped[i], swapped[j] = swapped[j], swapped[i]
    assert corner_fault(tuple(swapped), SIZE) is CornerFault.CROSSING


def test_a_corner_pulled_inside_and_a_collapsed_outline_are_refused() -> None:
    tl, tr, br, _ = page_rectangle(SIZE)
    assert corner_fault((tl, tr, br, (600.0, 150.0)), SIZE) is CornerFault.CONCAVE
    tiny = ((10.0, 10.0), (20.0, 10.0), (20.0, 15.0), (10.0, 15.0))
    assert corner_fault(tiny, SIZE) is CornerFault.TOO_SMALL
    image = np.zeros((SIZE[1], SIZE[0], 3), np.uint8)
    with pytest.raises(CornerError, match="cross"):
        warp_with_corners(image, (tl, br, tr, (0.0, 560.0)), SIZE)


def test_handles_start_from_a_sane_outline_never_a_twisted_one() -> None:
    twisted = ((700.0, 20.0), (30.0, 10.0), (760.0, 540.0), (20.0, 530.0))
    placed = ((12.0, 9.0), (790.0, 14.0), (780.0, 550.0), (8.0, 545.0))
    good = ((5.0, 5.0), (795.0, 3.0), (790.0, 556.0), (4.0, 552.0))
    assert start_corners(SIZE, twisted) == page_rectangle(SIZE)
    assert start_corners(SIZE, twisted, placed) == placed
    assert start_corners(SIZE, good, placed) == good
    assert start_corners(SIZE) == ((0.0, 0.0), (800.0, 0.0), (800.0, 560.0), (0.0, 560.0))
