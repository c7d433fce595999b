"""The four corners an instructor places to register a capture by hand, and what makes them sane.

A flat page photographed at any angle is a *convex* quadrilateral whose corners keep their turn:
top left, top right, bottom right, bottom left run clockwise on screen (y down). Corners that run
the other way would mirror the capture onto the scan; edges that cross would fold it; a corner
inside the others' triangle or corners on one line have no page behind them. Each is refused with
what is wrong, so "aligned by hand" never means a mirrored or twisted capture.
"""

from __future__ import annotations

from enum import Enum

from docexam.core.domain.errors import DocexamError

Corners = tuple[tuple[float, float], ...]  # TL, TR, BR, BL in capture pixels
CORNER_NAMES = ("top left", "top right", "bottom right", "bottom left")
_MIN_AREA_FRACTION = 0.01  # of the capture: smaller is a slip of the mouse, not a page


class CornerFault(Enum):
    MIRRORED = "mirrored"
    CROSSING = "crossing"
    CONCAVE = "concave"
    TOO_SMALL = "too-small"


MESSAGES = {
    CornerFault.MIRRORED: (
        "the corners run anticlockwise: the capture would be mirrored. Put top left, top right, "
        "bottom right and bottom left on those corners of the page"
    ),
    CornerFault.CROSSING: "two edges of the outline cross: the capture would be folded over",
    CornerFault.CONCAVE: "one corner lies inside the others: a flat page cannot look like that",
    CornerFault.TOO_SMALL: "the corners enclose almost nothing: drag each onto its page corner",
}


class CornerError(DocexamError):
    def __init__(self, fault: CornerFault) -> None:
        super().__init__(f"corners: {MESSAGES[fault]}")
        self.fault = fault


def _turns(corners: Corners) -> list[float]:
    """The cross product at each corner: positive where the outline turns clockwise on screen."""
    out = []
    for i in range(4):
        (ax, ay), (bx, by), (cx, cy) = corners[i - 1], corners[i], corners[(i + 1) % 4]
        out.append((bx - ax) * (cy - by) - (by - ay) * (cx - bx))
    return out


def _area(corners: Corners) -> float:
    """Signed shoelace area, positive for TL, TR, BR, BL on screen."""
    return 0.5 * sum(
        corners[i][0] * corners[(i + 1) % 4][1] - corners[(i + 1) % 4][0] * corners[i][1]
        for i in range(4)
    )


def _segments_cross(
    p: tuple[float, float], q: tuple[float, float], r: tuple[float, float], s: tuple[float, float]
) -> bool:
    def side(a: tuple[float, float], b: tuple[float, float], c: tuple[float, float]) -> float:
        return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])

    return side(p, q, r) * side(p, q, s) < 0 and side(r, s, p) * side(r, s, q) < 0


def corner_fault(
    corners: Corners, capture_size: tuple[int, int] | None = None
) -> CornerFault | None:
    """What is wrong with ``corners`` (TL, TR, BR, BL), or None for a sane page outline."""
    if len(corners) != 4:
        raise ValueError(f"four corners are needed, got {len(corners)}")
    c = corners
    if _segments_cross(c[0], c[1], c[2], c[3]) or _segments_cross(c[1], c[2], c[3], c[0]):
        return CornerFault.CROSSING
    turns = _turns(corners)
    if all(t < 0 for t in turns):
        return CornerFault.MIRRORED
    if not all(t > 0 for t in turns):
        return CornerFault.CONCAVE
    if capture_size is not None:
        w, h = capture_size
        if _area(corners) < _MIN_AREA_FRACTION * w * h:
            return CornerFault.TOO_SMALL
    return None


def check_corners(corners: Corners, capture_size: tuple[int, int] | None = None) -> None:
    fault = corner_fault(corners, capture_size)
    if fault is not None:
        raise CornerError(fault)


def page_rectangle(capture_size: tuple[int, int]) -> Corners:
    w, h = capture_size
    return ((0.0, 0.0), (float(w), 0.0), (float(w), float(h)), (0.0, float(h)))


def start_corners(
    capture_size: tuple[int, int],
    found: Corners | None = None,
    last_good: Corners | None = None,
) -> Corners:
    """Where the handles start: the corners registration found if they make a sane outline, else
    the last outline the instructor placed, else the capture's own frame (never a twisted one)."""
    for candidate in (found, last_good):
        if candidate is not None and corner_fault(candidate, capture_size) is None:
            return candidate
    return page_rectangle(capture_size)
