"""What a trainee sees highlighted is what scores: hotspot outlines agree with hit-testing."""

from __future__ import annotations

import math

from hypothesis import assume, given
from hypothesis import strategies as st
from PySide6.QtCore import QPointF

from docexam.core.domain.geometry import Ellipse, Polygon, Rect, Region
from docexam.ui.viewer.hotspots import region_path

vertex = st.tuples(st.integers(0, 40).map(float), st.integers(0, 40).map(float))
probe = st.tuples(st.floats(-5, 45), st.floats(-5, 45))


def _distance_to_outline(polygon: Polygon, x: float, y: float) -> float:
    best = math.inf
    pts = polygon.points
    for (ax, ay), (bx, by) in zip(pts, pts[1:] + pts[:1], strict=True):
        dx, dy = bx - ax, by - ay
        length2 = dx * dx + dy * dy
        t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / length2))
        best = min(best, math.hypot(x - (ax + t * dx), y - (ay + t * dy)))
    return best


def _drawn_contains(region: Region, x: float, y: float) -> bool:
    return region_path(region, 1.0).contains(QPointF(x, y))


@given(st.lists(vertex, min_size=3, max_size=8), probe)
def test_any_polygon_hits_where_it_is_drawn(points: list[tuple[float, float]], at: tuple) -> None:
    # Convex, concave or crossing itself: the same even-odd rule on screen and in scoring.
    polygon = Polygon(tuple(points))
    x, y = at
    assume(_distance_to_outline(polygon, x, y) > 1e-3)  # on the outline Qt has no fixed answer
    assert polygon.contains(x, y) == _drawn_contains(polygon, x, y)


@given(
    st.tuples(st.floats(0, 40), st.floats(0, 40), st.floats(0.5, 20), st.floats(0.5, 20)),
    probe,
)
def test_rects_and_ellipses_hit_where_they_are_drawn(
    shape: tuple[float, float, float, float], at: tuple[float, float]
) -> None:
    a, b, c, d = shape
    x, y = at
    rect, ellipse = Rect(a, b, c, d), Ellipse(a, b, c, d)
    assume(min(abs(x - a), abs(x - a - c), abs(y - b), abs(y - b - d)) > 1e-3)
    assume(abs(((x - a) / c) ** 2 + ((y - b) / d) ** 2 - 1) > 1e-3)
    assert rect.contains(x, y) == _drawn_contains(rect, x, y)
    assert ellipse.contains(x, y) == _drawn_contains(ellipse, x, y)
