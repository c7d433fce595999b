"""Regions on a page, in page millimetres (origin top-left, x right, y down)."""

from __future__ import annotations

import math
from dataclasses import dataclass

Bounds = tuple[float, float, float, float]  # x0, y0, x1, y1


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    def bounds(self) -> Bounds:
        return (self.x, self.y, self.x + self.w, self.y + self.h)

    def contains(self, px: float, py: float) -> bool:
        # The outline counts; a rectangle with no area (as an ellipse with no radius) holds nothing.
        if self.w <= 0 or self.h <= 0:
            return False
        return self.x <= px <= self.x + self.w and self.y <= py <= self.y + self.h


@dataclass(frozen=True)
class Ellipse:
    cx: float
    cy: float
    rx: float
    ry: float

    def bounds(self) -> Bounds:
        return (self.cx - self.rx, self.cy - self.ry, self.cx + self.rx, self.cy + self.ry)

    def contains(self, px: float, py: float) -> bool:
        if self.rx <= 0 or self.ry <= 0:
            return False
        return ((px - self.cx) / self.rx) ** 2 + ((py - self.cy) / self.ry) ** 2 <= 1.0


@dataclass(frozen=True)
class Polygon:
    points: tuple[tuple[float, float], ...]

    def bounds(self) -> Bounds:
        xs = [p[0] for p in self.points]
        ys = [p[1] for p in self.points]
        return (min(xs), min(ys), max(xs), max(ys))

    def contains(self, px: float, py: float) -> bool:
        """Even-odd rule, as Qt fills the hotspot on screen (a self-crossing outline has holes
        where it is drawn with holes); the outline itself counts, as it does for Rect and
        Ellipse, and an outline enclosing no area (all points on one line) holds nothing."""
        pts = self.points
        if _flat(pts):
            return False
        inside = False
        j = len(pts) - 1
        for i in range(len(pts)):
            xi, yi = pts[i]
            xj, yj = pts[j]
            if _on_segment(px, py, xi, yi, xj, yj):
                return True
            if (yi > py) != (yj > py) and px < (xj - xi) * (py - yi) / (yj - yi) + xi:
                inside = not inside
            j = i
        return inside


_EPSILON_MM = 1e-9  # far below any click or drawing precision: only float round-off


def _on_segment(px: float, py: float, ax: float, ay: float, bx: float, by: float) -> bool:
    if not (min(ax, bx) - _EPSILON_MM <= px <= max(ax, bx) + _EPSILON_MM):
        return False
    if not (min(ay, by) - _EPSILON_MM <= py <= max(ay, by) + _EPSILON_MM):
        return False
    dx, dy = bx - ax, by - ay
    # |cross| is the segment length times the point's distance from the segment's line.
    return abs(dx * (py - ay) - dy * (px - ax)) <= _EPSILON_MM * math.hypot(dx, dy)


def _flat(points: tuple[tuple[float, float], ...]) -> bool:
    """True when the points enclose no area: fewer than three, or all on one line."""
    if len(points) < 3:
        return True
    x0, y0 = points[0]
    far = max(points, key=lambda p: abs(p[0] - x0) + abs(p[1] - y0))
    dx, dy = far[0] - x0, far[1] - y0
    length = math.hypot(dx, dy)
    if length == 0.0:
        return True
    # |cross| / length: each point's distance from the line from the first to the farthest.
    return all(abs(dx * (y - y0) - dy * (x - x0)) <= _EPSILON_MM * length for x, y in points)


Region = Rect | Ellipse | Polygon


def region_within(
    region: Region, width_mm: float, height_mm: float, tolerance: float = 0.01
) -> bool:
    x0, y0, x1, y1 = region.bounds()
    return (
        x0 >= -tolerance
        and y0 >= -tolerance
        and x1 <= width_mm + tolerance
        and y1 <= height_mm + tolerance
    )
