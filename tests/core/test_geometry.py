"""Hit-testing of feature regions: what counts as a mark inside a rectangle, ellipse or polygon."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from docexam.core.domain.geometry import Ellipse, Polygon, Rect, region_within

# A "U": two arms joined by a base, the notch between the arms is outside.
U_SHAPE = Polygon(((0, 0), (30, 0), (30, 30), (20, 30), (20, 10), (10, 10), (10, 30), (0, 30)))
# An "L", whose inner corner (10, 10) is a reflex vertex.
L_SHAPE = Polygon(((0, 0), (10, 0), (10, 10), (30, 10), (30, 20), (0, 20)))
# A five-pointed star drawn in one stroke: the outline crosses itself around the centre.
STAR = Polygon(
    tuple(
        (50 + 40 * math.sin(math.radians(144 * k)), 50 - 40 * math.cos(math.radians(144 * k)))
        for k in range(5)
    )
)


def _edges(polygon: Polygon) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    pts = polygon.points
    return [(pts[i - 1], pts[i]) for i in range(len(pts))]


# -- rectangles and ellipses -------------------------------------------------------------------


def test_rect_holds_its_inside_edges_and_corners_but_nothing_beyond() -> None:
    r = Rect(10, 20, 30, 5)
    for x, y in [(25, 22.5), (10, 20), (40, 25), (10, 25), (40, 20), (25, 20), (40, 22)]:
        assert r.contains(x, y), (x, y)
    for x, y in [(9.999, 22), (40.001, 22), (25, 19.999), (25, 25.001), (0, 0)]:
        assert not r.contains(x, y), (x, y)


def test_ellipse_holds_its_outline_points_not_the_corners_of_its_box() -> None:
    e = Ellipse(50, 40, 20, 10)
    for x, y in [(50, 40), (70, 40), (30, 40), (50, 30), (50, 50)]:
        assert e.contains(x, y), (x, y)
    # The corners of the bounding box (and points just past the outline) are outside.
    for x, y in [(70, 50), (30, 30), (70.01, 40), (50, 50.01), (50 + 20 * 0.75, 40 + 10 * 0.75)]:
        assert not e.contains(x, y), (x, y)
    # On the outline at 45 degrees: inside; a hair further out: outside.
    c = math.cos(math.radians(45))
    assert e.contains(50 + 20 * c * 0.999999, 40 + 10 * c * 0.999999)
    assert not e.contains(50 + 20 * c * 1.001, 40 + 10 * c * 1.001)


@pytest.mark.parametrize(
    "region",
    [
        Rect(10, 10, 0, 5),
        Rect(10, 10, 5, 0),
        Rect(10, 10, -5, 5),
        Ellipse(10, 10, 0, 5),
        Ellipse(10, 10, 5, 0),
        Polygon(()),
        Polygon(((10, 10),)),
        Polygon(((10, 10), (20, 20))),
        Polygon(((10, 10), (10, 10), (10, 10))),
        Polygon(((10, 10), (15, 15), (20, 20), (12.5, 12.5))),  # all on one line
        Polygon(((10, 10), (20, 10), (30, 10))),  # flat, horizontal
    ],
    ids=repr,
)
def test_a_region_without_area_holds_no_point(region: Rect | Ellipse | Polygon) -> None:
    probes = [(10, 10), (12.5, 12.5), (15, 15), (20, 10), (10, 12), (12, 10), (20, 20)]
    assert not any(region.contains(x, y) for x, y in probes)


# -- polygons ------------------------------------------------------------------------------------


def test_concave_u_holds_its_arms_and_base_not_the_notch() -> None:
    for x, y in [(5, 20), (25, 20), (15, 5), (5, 5), (29.9, 29.9)]:
        assert U_SHAPE.contains(x, y), (x, y)
    # The notch between the arms lies within the bounding box but outside the shape.
    for x, y in [(15, 20), (15, 29.9), (10.1, 10.1), (19.9, 29), (-0.1, 15), (15, 30.1)]:
        assert not U_SHAPE.contains(x, y), (x, y)


def test_concave_l_reflex_corner_and_the_missing_quarter() -> None:
    assert L_SHAPE.contains(5, 15) and L_SHAPE.contains(25, 15) and L_SHAPE.contains(5, 5)
    assert L_SHAPE.contains(10, 10)  # the reflex vertex itself
    assert not L_SHAPE.contains(20, 5)  # the quarter of the box the L leaves out
    assert not L_SHAPE.contains(10.001, 9.999)


@pytest.mark.parametrize("polygon", [U_SHAPE, L_SHAPE, STAR], ids=["U", "L", "star"])
def test_every_vertex_and_every_point_of_every_edge_is_inside(polygon: Polygon) -> None:
    for (ax, ay), (bx, by) in _edges(polygon):
        for t in (0.0, 0.25, 0.5, 0.75, 1.0):
            x, y = ax + t * (bx - ax), ay + t * (by - ay)
            assert polygon.contains(x, y), ((ax, ay), (bx, by), t)


@pytest.mark.parametrize("polygon", [U_SHAPE, L_SHAPE], ids=["U", "L"])
def test_a_step_off_an_edge_outwards_is_outside(polygon: Polygon) -> None:
    # Both shapes run counter-clockwise on screen (y down), so the outside is to the left.
    for (ax, ay), (bx, by) in _edges(polygon):
        length = math.hypot(bx - ax, by - ay)
        nx, ny = (by - ay) / length, -(bx - ax) / length
        mx, my = (ax + bx) / 2, (ay + by) / 2
        assert not polygon.contains(mx + 0.01 * nx, my + 0.01 * ny), ((ax, ay), (bx, by))
        assert polygon.contains(mx - 0.01 * nx, my - 0.01 * ny), ((ax, ay), (bx, by))


def test_a_self_crossing_star_has_a_hole_where_it_is_drawn_with_one() -> None:
    # Even-odd, as Qt fills the hotspot: the points are inside, the central pentagon is not.
    assert not STAR.contains(50, 50)
    tip = STAR.points[0]
    assert STAR.contains(tip[0], tip[1] + 5)


def test_repeated_points_change_nothing() -> None:
    doubled = Polygon(tuple(p for p in L_SHAPE.points for _ in range(2)))
    probes = [(x / 2, y / 2) for x in range(-2, 64) for y in range(-2, 44)]
    assert [doubled.contains(*p) for p in probes] == [L_SHAPE.contains(*p) for p in probes]


coordinate = st.integers(-20, 60).map(float)


@given(st.tuples(coordinate, coordinate), st.integers(1, 40), st.integers(1, 40), st.data())
def test_a_rectangle_drawn_as_a_polygon_hits_like_the_rect(
    corner: tuple[float, float], w: int, h: int, data: st.DataObject
) -> None:
    x, y = corner
    rect = Rect(x, y, w, h)
    start = data.draw(st.integers(0, 3))
    corners = [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
    ring = corners[start:] + corners[:start]
    if data.draw(st.booleans()):
        ring.reverse()  # the direction it was drawn in does not matter
    polygon = Polygon(tuple(ring))
    # Probes on the edges and corners, just beside them, or anywhere on a half-millimetre grid
    # (exactly on an outline or clearly off it: within 1e-9 mm the polygon's outline counts).
    anywhere = st.integers(-100, 300).map(lambda v: v / 2)
    px = data.draw(st.sampled_from([x, x + w, x + w / 2, x - 0.5, x + w + 0.5]) | anywhere)
    py = data.draw(st.sampled_from([y, y + h, y + h / 2, y - 0.5, y + h + 0.5]) | anywhere)
    assert polygon.contains(px, py) == rect.contains(px, py)


def test_bounds_and_region_within_the_page() -> None:
    assert U_SHAPE.bounds() == (0, 0, 30, 30)
    assert Ellipse(10, 10, 4, 2).bounds() == (6, 8, 14, 12)
    assert region_within(U_SHAPE, 30, 30)
    assert not region_within(U_SHAPE, 29.9, 30)
    assert region_within(Rect(0, 0, 30.005, 10), 30, 30)  # within the 0.01 mm tolerance
    assert not region_within(Ellipse(5, 5, 6, 1), 100, 100)
