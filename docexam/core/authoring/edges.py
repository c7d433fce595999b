"""A document on a scanner: find its edges, crop and straighten it, and take the dpi from them.

A scan of a card or a passport page usually has a margin of scanner lid or glass around it, and
the page lies a little askew. Its dpi then cannot come from the image's width (the margin counts
as page), and a file's own dpi tag is often missing or the scanner's default. The document's
known size (TD1 85.6 x 54 mm, TD2 105 x 74, TD3 125 x 88) is a better ruler: once its edges are
found, the dpi is the edge length in pixels over the length in millimetres.

Finding the edges: the background is what the image's border shows (its median colour); every
pixel further from it in colour than the border's own spread (twice its 99th percentile, at least
a floor for noise) is document, so cream paper stands out even from a white lid; holes are
closed, the edge is cut halfway between lid and paper, and the largest outline's minimum-area
rectangle is the page. A rectangle is what a flat card or page is; a torn or bent one is the
instructor's to crop.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import cv2
import numpy as np

from docexam.core.authoring.corners import Corners

if TYPE_CHECKING:
    import numpy.typing as npt

    Array = npt.NDArray[Any]
else:
    Array = Any

_BORDER_FRACTION = 0.02  # the frame of the image sampled as background
_MIN_DISTANCE = 12.0  # colour distance below which a pixel is background whatever Otsu says
_MIN_AREA = 0.15  # of the image: a smaller outline is a smudge, not the document
_MARGIN_PX = 3  # an outline this close to every image edge: the scan is already cropped
DPI_TOLERANCE = 0.03  # relative: a file's dpi this far from the edges' is worth a warning


@dataclass(frozen=True)
class Outline:
    """The document in a scan: its corners (TL, TR, BR, BL), its size and tilt in pixels."""

    corners: Corners
    width_px: float  # along the top edge
    height_px: float
    angle_deg: float  # the top edge's slope, clockwise on screen
    cropped: bool  # True when the document already fills the image (nothing to crop)

    def dpi(self, size_mm: tuple[float, float]) -> float:
        """The resolution its edges give for a document of ``size_mm`` (width, height)."""
        w_mm, h_mm = size_mm
        if w_mm <= 0 or h_mm <= 0:
            raise ValueError(f"document size {w_mm} x {h_mm} mm must be positive")
        # Both edges measure it; their mean halves the error of one edge's last pixel.
        return round(25.4 * (self.width_px / w_mm + self.height_px / h_mm) / 2, 1)

    def shape_fits(self, size_mm: tuple[float, float], tolerance: float = 0.04) -> bool:
        """Whether the outline has the proportions of a ``size_mm`` document."""
        found = self.width_px / self.height_px
        wanted = size_mm[0] / size_mm[1]
        return abs(found - wanted) <= tolerance * wanted


def _background_distance(image: Array) -> tuple[Array, float]:
    """Each pixel's colour distance from the scanner background the image's border shows, and
    the distance above which a pixel is no longer background (the border's own spread)."""
    bgr = image if image.ndim == 3 else cv2.cvtColor(image, cv2.COLOR_GRAY2BGR)
    h, w = bgr.shape[:2]
    b = max(2, round(_BORDER_FRACTION * min(h, w)))
    frame = np.concatenate(
        [
            bgr[:b].reshape(-1, 3),
            bgr[-b:].reshape(-1, 3),
            bgr[:, :b].reshape(-1, 3),
            bgr[:, -b:].reshape(-1, 3),
        ]
    )
    background = np.median(frame, axis=0).astype(np.float32)
    smooth = cv2.GaussianBlur(bgr, (0, 0), 1.5).astype(np.float32)
    result: Array = np.linalg.norm(smooth - background, axis=2)
    edge = np.concatenate(
        [result[:b].ravel(), result[-b:].ravel(), result[:, :b].ravel(), result[:, -b:].ravel()]
    )
    return result, max(_MIN_DISTANCE, 2.0 * float(np.percentile(edge, 99)))


def _ordered(box: Array, landscape: bool) -> Array:
    """The rectangle's corners as TL, TR, BR, BL on screen, long side across if ``landscape``."""
    centre = box.mean(axis=0)
    angles = np.arctan2(box[:, 1] - centre[1], box[:, 0] - centre[0])
    ring = box[np.argsort(angles)]  # clockwise on screen, starting anywhere
    # Start at the corner whose following edge is the top one: the one nearest the top left
    # for a page turned less than 45 degrees.
    start = int(np.argmin(ring[:, 0] + ring[:, 1]))
    ring = np.roll(ring, -start, axis=0)
    top = np.linalg.norm(ring[1] - ring[0])
    side = np.linalg.norm(ring[2] - ring[1])
    if (top < side) == landscape:  # lying the other way: a quarter turn
        ring = np.roll(ring, -1, axis=0) if landscape else np.roll(ring, 1, axis=0)
    result: Array = ring
    return result


def find_document(image: Array, landscape: bool = True) -> Outline | None:
    """The document's outline in a scan, or None when nothing stands out from the background."""
    distance, level = _background_distance(image)
    h, w = distance.shape
    rough = distance > level
    if not rough.any():
        return None
    # A blurred step crosses half its height at the true edge: cut there, between the background
    # and the paper (the lower fifth of what stands out), not at the noise floor, which a strong
    # contrast (a page on dark glass) would push pixels outwards.
    paper = float(np.percentile(distance[rough], 20))  # paper is most of a page; print less
    mask = (distance > max(level, paper / 2.0)).astype(np.uint8)
    k = max(3, round(min(h, w) * 0.01)) | 1
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((k, k), np.uint8))
    mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((3, 3), np.uint8))
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    largest = max(contours, key=cv2.contourArea)
    if cv2.contourArea(largest) < _MIN_AREA * h * w:
        return None
    box = cv2.boxPoints(cv2.minAreaRect(largest)).astype(np.float64)
    ring = _ordered(box, landscape)
    top, side = ring[1] - ring[0], ring[3] - ring[0]
    x, y, bw, bh = cv2.boundingRect(largest)
    cropped = (
        x <= _MARGIN_PX
        and y <= _MARGIN_PX
        and x + bw >= w - _MARGIN_PX
        and y + bh >= h - _MARGIN_PX
    )
    return Outline(
        corners=tuple((float(px), float(py)) for px, py in ring),
        width_px=float(np.linalg.norm(top)),
        height_px=float(np.linalg.norm(side)),
        angle_deg=float(np.degrees(np.arctan2(top[1], top[0]))),
        cropped=cropped,
    )


def crop_straight(image: Array, outline: Outline) -> Array:
    """The document alone, turned upright: its outline stretched onto a rectangle of its size."""
    w, h = round(outline.width_px), round(outline.height_px)
    src = np.array(outline.corners, np.float32)
    # Corners are the outer corners of the edge pixels: pixel centres are half a pixel in.
    dst = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32) - 0.5
    matrix = cv2.getPerspectiveTransform(src - 0.5, dst)
    result: Array = cv2.warpPerspective(
        image, matrix, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
    )
    return result


def file_dpi(path: Path) -> float | None:
    """The resolution a PNG or JPEG says it has (pHYs, JFIF or EXIF), or None if it says none."""
    from PIL import Image as PilImage

    try:
        with PilImage.open(path) as image:
            dpi = image.info.get("dpi")
    except (OSError, ValueError):
        return None
    if not dpi:
        return None
    value = float(dpi[0])
    return value if value > 1.0 else None  # 1 dpi is "unspecified" in many writers


def dpi_disagrees(from_edges: float, from_file: float | None) -> bool:
    """True when the file's dpi is given and differs from the edges' by more than 3 %."""
    return from_file is not None and abs(from_file - from_edges) > DPI_TOLERANCE * from_edges
