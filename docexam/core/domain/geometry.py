"""Regions on a page, in page millimetres (origin top-left, x right, y down)."""

from __future__ import annotations

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
        # Even-odd ray casting: robust enough for hand-drawn hotspots, no dependency needed.
        inside = False
        pts = self.points
        j = len(pts) - 1
        for i in range(len(pts)):
            xi, yi = pts[i]
            xj, yj = pts[j]
            if (yi > py) != (yj > py) and px < (xj - xi) * (py - yi) / (yj - yi) + xi:
                inside = not inside
            j = i
        return inside


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
