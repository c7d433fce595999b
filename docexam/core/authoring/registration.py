"""Register a UV, IR or transmitted capture to the white-light scan of the same page.

Each light makes the page look different (UV inverts the tones, IR drops inks out), so intensities
cannot be compared directly. Both images are reduced to gradient magnitude, which keeps the
*edges* of the print whatever their tone or colour, and aligned on that:

1. a feature-matching start (ORB keypoints on the gradient images, RANSAC homography), which
   copes with large shifts, rotations and scale changes;
2. ECC refinement (``cv2.findTransformECC`` with ``MOTION_HOMOGRAPHY``), coarse to fine over an
   image pyramid, which brings the fit to sub-pixel accuracy.

The ECC correlation of the final level is the quality score (0..1); the UI asks the instructor to
check or correct the result by four corner points (:func:`warp_with_corners`) when it is low.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import cv2
import numpy as np

if TYPE_CHECKING:
    import numpy.typing as npt

    Array = npt.NDArray[Any]
else:
    Array = Any

GOOD_SCORE = 0.6  # below this the UI suggests checking the corners by hand
_WORK_SIDE = 1600  # finest level: larger images are registered on a downscaled copy
_COARSE_SIDE = 320
_MIN_MATCHES = 12

Corners = tuple[tuple[float, float], ...]  # TL, TR, BR, BL


@dataclass(frozen=True)
class Registration:
    """``homography`` maps capture pixels to scan pixels; ``warped`` is the aligned capture."""

    homography: Array
    score: float
    warped: Array
    method: str  # "features+ecc", "ecc" or "features": what produced the result

    @property
    def good(self) -> bool:
        return self.score >= GOOD_SCORE


def _grey(image: Array) -> Array:
    if image.ndim == 3:
        return cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    return image


def gradient(image: Array) -> Array:
    """Gradient magnitude, float32 normalised to 0..1: the same for a tone and its inverse."""
    grey = cv2.GaussianBlur(_grey(image).astype(np.float32), (0, 0), 1.0)
    gx = cv2.Sobel(grey, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(grey, cv2.CV_32F, 0, 1, ksize=3)
    mag = cv2.magnitude(gx, gy)
    top = float(np.percentile(mag, 99.5)) or 1.0
    result: Array = np.clip(mag / top, 0.0, 1.0)
    return result


def _scale_matrix(s: float) -> Array:
    return np.array([[s, 0, 0], [0, s, 0], [0, 0, 1]], dtype=np.float64)


def _resized(image: Array, side: int) -> tuple[Array, float]:
    h, w = image.shape[:2]
    s = min(1.0, side / max(h, w))
    if s == 1.0:
        return image, 1.0
    size = (max(1, round(w * s)), max(1, round(h * s)))
    return cv2.resize(image, size, interpolation=cv2.INTER_AREA), s


def _feature_init(moving: Array, reference: Array) -> Array | None:
    """Capture->scan homography from ORB matches on gradient images, or None if too few."""
    a = (gradient(moving) * 255).astype(np.uint8)
    b = (gradient(reference) * 255).astype(np.uint8)
    # ORB rather than AKAZE: AKAZE left the main OpenCV build in 5.0; ORB is there in every one.
    orb = cv2.ORB_create(nfeatures=4000)  # type: ignore[attr-defined]
    ka, da = orb.detectAndCompute(a, None)
    kb, db = orb.detectAndCompute(b, None)
    if da is None or db is None or len(ka) < _MIN_MATCHES or len(kb) < _MIN_MATCHES:
        return None
    pairs = cv2.BFMatcher(cv2.NORM_HAMMING).knnMatch(da, db, k=2)
    good = [m[0] for m in pairs if len(m) == 2 and m[0].distance < 0.8 * m[1].distance]
    if len(good) < _MIN_MATCHES:
        return None
    src = np.array([ka[m.queryIdx].pt for m in good], np.float32).reshape(-1, 1, 2)
    dst = np.array([kb[m.trainIdx].pt for m in good], np.float32).reshape(-1, 1, 2)
    h, inliers = cv2.findHomography(src, dst, cv2.RANSAC, 3.0)
    if h is None or inliers is None or int(inliers.sum()) < _MIN_MATCHES:
        return None
    result: Array = h.astype(np.float64)
    return result


def _ecc(moving: Array, reference: Array, init: Array) -> tuple[Array, float]:
    """Refine a capture->scan homography coarse to fine; returns (homography, correlation)."""
    levels = []
    side = max(reference.shape[:2])
    while True:
        levels.append(side)
        if side <= _COARSE_SIDE:
            break
        side //= 2
    warp = init
    score = 0.0
    criteria = (cv2.TERM_CRITERIA_EPS | cv2.TERM_CRITERIA_COUNT, 100, 1e-6)
    for side in reversed(levels):
        mov, sm = _resized(moving, side)
        ref, sr = _resized(reference, side)
        # Both images are scaled by the same factor only approximately; keep each one's own.
        local = _scale_matrix(sr) @ warp @ np.linalg.inv(_scale_matrix(sm))
        # ECC's warp maps template (scan) coordinates to input (capture) coordinates.
        ecc_warp = np.linalg.inv(local).astype(np.float32)
        ecc_warp /= ecc_warp[2, 2]
        score, ecc_warp = cv2.findTransformECC(
            gradient(ref), gradient(mov), ecc_warp, cv2.MOTION_HOMOGRAPHY, criteria, None, 5
        )
        local = np.linalg.inv(ecc_warp.astype(np.float64))
        warp = np.linalg.inv(_scale_matrix(sr)) @ local @ _scale_matrix(sm)
        warp /= warp[2, 2]
    return warp, float(score)


def register(moving: Array, reference: Array) -> Registration:
    """Align ``moving`` (a capture under another light) onto ``reference`` (the white scan)."""
    mov, sm = _resized(moving, _WORK_SIDE)
    ref, sr = _resized(reference, _WORK_SIDE)
    # An initial guess from the image sizes: captures often cover the same page at another dpi.
    size_guess = np.diag([ref.shape[1] / mov.shape[1], ref.shape[0] / mov.shape[0], 1.0])
    init = _feature_init(mov, ref)
    method = "features+ecc" if init is not None else "ecc"
    start = init if init is not None else size_guess
    try:
        warp, score = _ecc(mov, ref, start)
    except cv2.error:
        if init is None:
            warp, score, method = size_guess, 0.0, "none"
        else:
            warp, method = init, "features"
            score = _correlation(mov, ref, init)
    full = np.linalg.inv(_scale_matrix(sr)) @ warp @ _scale_matrix(sm)
    full /= full[2, 2]
    warped = warp_homography(moving, full, (reference.shape[1], reference.shape[0]))
    return Registration(full, max(0.0, min(1.0, score)), warped, method)


def _correlation(moving: Array, reference: Array, homography: Array) -> float:
    """Correlation of gradient images after warping: the score when ECC could not run."""
    size = (reference.shape[1], reference.shape[0])
    a = gradient(warp_homography(moving, homography, size)).ravel()
    b = gradient(reference).ravel()
    a, b = a - a.mean(), b - b.mean()
    denom = float(np.linalg.norm(a) * np.linalg.norm(b)) or 1.0
    return float(a @ b) / denom


def warp_homography(image: Array, homography: Array, size: tuple[int, int]) -> Array:
    """``image`` resampled onto a ``size`` (w, h) grid through ``homography``."""
    result: Array = cv2.warpPerspective(
        image, homography, size, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
    )
    return result


def corners_in_capture(homography: Array, size: tuple[int, int]) -> Corners:
    """Where the scan's corners (TL, TR, BR, BL) lie in the capture: manual handles start here."""
    w, h = size
    pts = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float64).reshape(-1, 1, 2)
    mapped = cv2.perspectiveTransform(pts, np.linalg.inv(homography)).reshape(-1, 2)
    return tuple((float(x), float(y)) for x, y in mapped)


def homography_from_corners(corners: Corners, size: tuple[int, int]) -> Array:
    """The capture->scan homography that sends ``corners`` (TL, TR, BR, BL) to the scan corners."""
    if len(corners) != 4:
        raise ValueError(f"four corners are needed, got {len(corners)}")
    w, h = size
    src = np.array(corners, np.float32)
    dst = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    result: Array = cv2.getPerspectiveTransform(src, dst).astype(np.float64)
    return result


def warp_with_corners(image: Array, corners: Corners, size: tuple[int, int]) -> Array:
    """Manual registration: the quadrilateral ``corners`` of ``image`` stretched to ``size``."""
    return warp_homography(image, homography_from_corners(corners, size), size)
