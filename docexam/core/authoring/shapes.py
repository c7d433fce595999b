"""Region edits in page millimetres: what the canvas does when a shape or a handle is dragged."""

from __future__ import annotations

from docexam.core.domain.geometry import Ellipse, Polygon, Rect, Region

Point = tuple[float, float]
MIN_SIZE_MM = 0.5  # a drag shorter than this is a click, not a shape


def translated(region: Region, dx: float, dy: float) -> Region:
    if isinstance(region, Rect):
        return Rect(region.x + dx, region.y + dy, region.w, region.h)
    if isinstance(region, Ellipse):
        return Ellipse(region.cx + dx, region.cy + dy, region.rx, region.ry)
    return Polygon(tuple((x + dx, y + dy) for x, y in region.points))


def rect_from_corners(a: Point, b: Point) -> Rect | None:
    x0, x1 = sorted((a[0], b[0]))
    y0, y1 = sorted((a[1], b[1]))
    if x1 - x0 < MIN_SIZE_MM or y1 - y0 < MIN_SIZE_MM:
        return None
    return Rect(x0, y0, x1 - x0, y1 - y0)


def ellipse_from_corners(a: Point, b: Point) -> Ellipse | None:
    box = rect_from_corners(a, b)
    if box is None:
        return None
    return Ellipse(box.x + box.w / 2, box.y + box.h / 2, box.w / 2, box.h / 2)


def handles(region: Region) -> tuple[Point, ...]:
    """Draggable points: polygon vertices; the four corners of a rectangle's or ellipse's box."""
    if isinstance(region, Polygon):
        return region.points
    x0, y0, x1, y1 = region.bounds()
    return ((x0, y0), (x1, y0), (x1, y1), (x0, y1))


def with_handle(region: Region, index: int, point: Point) -> Region:
    """``region`` with handle ``index`` dragged to ``point`` (a box keeps its opposite corner)."""
    if isinstance(region, Polygon):
        points = list(region.points)
        points[index] = point
        return Polygon(tuple(points))
    corners = handles(region)
    fixed = corners[(index + 2) % 4]
    x0, x1 = sorted((fixed[0], point[0]))
    y0, y1 = sorted((fixed[1], point[1]))
    w, h = max(x1 - x0, MIN_SIZE_MM), max(y1 - y0, MIN_SIZE_MM)
    if isinstance(region, Rect):
        return Rect(x0, y0, w, h)
    return Ellipse(x0 + w / 2, y0 + h / 2, w / 2, h / 2)


def clamped(region: Region, width_mm: float, height_mm: float) -> Region:
    """``region`` moved (not resized) so it lies on the page where it fits."""
    x0, y0, x1, y1 = region.bounds()
    dx = -x0 if x0 < 0 else min(0.0, width_mm - x1)
    dy = -y0 if y0 < 0 else min(0.0, height_mm - y1)
    return translated(region, dx, dy) if dx or dy else region


def shape_name(region: Region) -> str:
    """ "rectangle", "ellipse" or "polygon": the word undo labels use (the UI translates it)."""
    if isinstance(region, Rect):
        return "rectangle"
    if isinstance(region, Ellipse):
        return "ellipse"
    return "polygon"


MIN_VERTICES = 3


def nearest_edge(polygon: Polygon, point: Point) -> tuple[int, float]:
    """(index of the edge from vertex i to i+1 nearest ``point``, its distance in mm)."""
    best, best_d = 0, float("inf")
    pts = polygon.points
    for i, (a, b) in enumerate(zip(pts, pts[1:] + pts[:1], strict=True)):
        ax, ay = a
        dx, dy = b[0] - ax, b[1] - ay
        length2 = dx * dx + dy * dy
        t = (
            0.0
            if length2 == 0
            else max(0.0, min(1.0, ((point[0] - ax) * dx + (point[1] - ay) * dy) / length2))
        )
        d = ((ax + t * dx - point[0]) ** 2 + (ay + t * dy - point[1]) ** 2) ** 0.5
        if d < best_d:
            best, best_d = i, d
    return best, best_d


def with_vertex_added(polygon: Polygon, edge: int, point: Point) -> Polygon:
    """``polygon`` with ``point`` inserted on edge ``edge`` (between vertices edge and edge+1)."""
    points = list(polygon.points)
    points.insert(edge + 1, point)
    return Polygon(tuple(points))


def with_vertex_removed(polygon: Polygon, index: int) -> Polygon | None:
    """``polygon`` without vertex ``index``; None when it would have fewer than three."""
    if len(polygon.points) <= MIN_VERTICES:
        return None
    return Polygon(polygon.points[:index] + polygon.points[index + 1 :])


def with_bounds(region: Region, x: float, y: float, w: float, h: float) -> Region:
    """``region`` moved and scaled so its bounding box is (x, y, w, h): numeric editing."""
    w, h = max(w, MIN_SIZE_MM), max(h, MIN_SIZE_MM)
    if isinstance(region, Rect):
        return Rect(x, y, w, h)
    if isinstance(region, Ellipse):
        return Ellipse(x + w / 2, y + h / 2, w / 2, h / 2)
    x0, y0, x1, y1 = region.bounds()
    sx = w / (x1 - x0) if x1 > x0 else 1.0
    sy = h / (y1 - y0) if y1 > y0 else 1.0
    return Polygon(
        tuple(
            (round(x + (px - x0) * sx, 3), round(y + (py - y0) * sy, 3)) for px, py in region.points
        )
    )
