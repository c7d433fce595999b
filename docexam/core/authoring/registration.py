"""Register a UV, IR or transmitted capture to the white-light scan of the same page.

Each light makes the page look different (UV inverts the tones, IR drops inks out), so intensities
cannot be compared directly. Registration works on what every light shares, the *structure* of
the print (its edges, whatever their tone or colour), and leaves out what only one light shows:

1. **Fluorescent fibres and planchettes are removed** from the capture first. Under UV they are
   hundreds of small, bright, saturated strokes scattered over the page that the white scan does
   not show; left in, they outweigh the faint print and drag the fit (scores of 0.09-0.2 on a
   passport page). They are found as a white top-hat (brighter than their surroundings, narrower
   than a few pixels) that is also saturated, and replaced by the morphological opening, which is
   the page around them.
2. **Edges are compared after local normalisation**, so faint print in a dark UV capture weighs as
   much as bold print in the white scan: gradient magnitude divided by its local average.
3. **ECC** (``cv2.findTransformECC``, ``MOTION_HOMOGRAPHY``) refines coarse to fine from an
   ORB/RANSAC feature match or from the image sizes; the first fit with a good score is kept, else
   the best (see :func:`_attempts`).
4. **Structure only one light shows is left out of the last fit.** A fine-line UV design (issue
   17's series designs) lies over the white page's guilloche; its lines correlate with whatever
   lies a pixel or two beside them and pulled the whole-page optimum up to 3.5 px off the truth
   on a passport page at 150 dpi, even from a perfect start. The finest fit is checked block by
   block and refitted on the blocks whose aligned structures agree (:func:`_agreeing_blocks`).

The score is how sharply the fit stands out: the correlation of the aligned structure against the
same structure shifted by a few pixels. An aligned capture loses most of its correlation when
shifted (score near 1); a wrong fit or an unrelated image is no better where it is than beside it
(score near 0). The correlation itself depends on how much a light shows and is not a score.
The UI asks the instructor to check or correct the result by four corner points
(:func:`warp_with_corners`) when the score is poor.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import cv2
import numpy as np

from docexam.core.authoring.corners import CornerFault, Corners, check_corners, corner_fault

if TYPE_CHECKING:
    import numpy.typing as npt

    Array = npt.NDArray[Any]
else:
    Array = Any

# Below this the UI suggests checking the corners by hand. As measured in the tests:
# aligned UV captures 0.32-0.41, fibres or not; a passport of the same layout but another
# document 0.19 (its form lines do align); noise 0.
GOOD_SCORE = 0.25
_WORK_SIDE = 1600  # finest level: larger images are registered on a downscaled copy
_COARSE_SIDE = 320
_MIN_MATCHES = 12
_FIBRE_TOPHAT = 25  # grey levels brighter than the page around them
_FIBRE_SATURATION = 60  # fibres fluoresce in strong colours; print edges and paper do not
_FIBRE_WIDTH_PX = 7  # strokes narrower than this are fibre candidates
_SHARPNESS_SHIFT_PX = 3
_MIN_CORRELATION = 0.2  # aligned captures correlate 0.25-0.5 on local contrast
_BLOCK_PX = 48  # the finest fit is checked block by block at this size
# A block whose aligned structures correlate under this share of a typical block's (the upper
# quartile) shows structure only one light has: blocks of a fine-line UV design correlate
# 0.0-0.2 with the white scan where print both lights show correlates 0.5-0.98.
_AGREEMENT = 0.4
_MIN_AGREEING = 0.3  # share of blocks that must agree for the masked refit to be trusted


@dataclass(frozen=True)
class Registration:
    """``homography`` maps capture pixels to scan pixels; ``warped`` is the aligned capture."""

    homography: Array
    score: float
    warped: Array
    method: str  # "features+ecc", "ecc", "features" or "none": what produced the result

    @property
    def good(self) -> bool:
        return self.score >= GOOD_SCORE


def _grey(image: Array) -> Array:
    if image.ndim == 3:
        return cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    return image


def _bgr(image: Array) -> Array:
    return cv2.cvtColor(image, cv2.COLOR_GRAY2BGR) if image.ndim == 2 else image


def fibre_mask(image: Array) -> Array:
    """Pixels of small bright saturated blobs and strokes (fluorescent fibres, planchettes): 0/1."""
    bgr = _bgr(image)
    hsv = cv2.cvtColor(bgr, cv2.COLOR_BGR2HSV)
    value = hsv[..., 2]
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (_FIBRE_WIDTH_PX, _FIBRE_WIDTH_PX))
    tophat = cv2.morphologyEx(value, cv2.MORPH_TOPHAT, kernel)
    mask = ((tophat > _FIBRE_TOPHAT) & (hsv[..., 1] > _FIBRE_SATURATION)).astype(np.uint8)
    result: Array = cv2.dilate(mask, np.ones((3, 3), np.uint8))  # their anti-aliased fringe
    return result


def without_fibres(image: Array) -> Array:
    """``image`` with fibres replaced by the page around them (a slightly wider opening)."""
    mask = fibre_mask(image) > 0
    if not mask.any():
        return image
    side = _FIBRE_WIDTH_PX + 2
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (side, side))
    opened = cv2.morphologyEx(image, cv2.MORPH_OPEN, kernel)
    out: Array = image.copy()
    out[mask] = opened[mask]
    return out


def gradient(image: Array) -> Array:
    """Gradient magnitude, float32 normalised to 0..1: the same for a tone and its inverse."""
    grey = cv2.GaussianBlur(_grey(image).astype(np.float32), (0, 0), 1.0)
    gx = cv2.Sobel(grey, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(grey, cv2.CV_32F, 0, 1, ksize=3)
    mag = cv2.magnitude(gx, gy)
    top = float(np.percentile(mag, 99.5)) or 1.0
    result: Array = np.clip(mag / top, 0.0, 1.0)
    return result


def _edges(image: Array) -> Array:
    """Gradient magnitude over its local average: faint and bold print weigh alike (coarse)."""
    g = gradient(image)
    local = cv2.GaussianBlur(g, (0, 0), 4.0) + 0.02
    result: Array = np.clip(g / local / 3.0, 0.0, 1.0).astype(np.float32)
    return result


def _contrast(image: Array) -> Array:
    """Local contrast of the tone, sign dropped (UV inverts it): sharp edges for the finest fit."""
    grey = cv2.GaussianBlur(_grey(image).astype(np.float32), (0, 0), 1.0)
    d = grey - cv2.GaussianBlur(grey, (0, 0), 6.0)
    spread = np.sqrt(cv2.GaussianBlur(d * d, (0, 0), 6.0)) + 2.0
    result: Array = np.clip(np.abs(d / spread) / 2.5, 0.0, 1.0).astype(np.float32)
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
    """Capture->scan homography from ORB matches on edge images, or None if too few."""
    a = (_edges(moving) * 255).astype(np.uint8)
    b = (_edges(reference) * 255).astype(np.uint8)
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


def _ecc(moving: Array, reference: Array, init: Array) -> Array:
    """Refine a capture->scan homography coarse to fine, then on the blocks both lights show."""
    levels = []
    side = max(reference.shape[:2])
    while True:
        levels.append(side)
        if side <= _COARSE_SIDE:
            break
        side //= 2
    warp = init
    criteria = (cv2.TERM_CRITERIA_EPS | cv2.TERM_CRITERIA_COUNT, 100, 1e-6)
    for side in reversed(levels):
        mov, sm = _resized(moving, side)
        ref, sr = _resized(reference, side)
        # Both images are scaled by the same factor only approximately; keep each one's own.
        local = _scale_matrix(sr) @ warp @ np.linalg.inv(_scale_matrix(sm))
        # ECC's warp maps template (scan) coordinates to input (capture) coordinates.
        ecc_warp = np.linalg.inv(local).astype(np.float32)
        ecc_warp /= ecc_warp[2, 2]
        _, ecc_warp = cv2.findTransformECC(
            _edges(ref), _edges(mov), ecc_warp, cv2.MOTION_HOMOGRAPHY, criteria, None, 5
        )
        local = np.linalg.inv(ecc_warp.astype(np.float64))
        warp = np.linalg.inv(_scale_matrix(sr)) @ local @ _scale_matrix(sm)
        warp /= warp[2, 2]
    return _refit_where_lights_agree(moving, reference, warp)


def _agreeing_blocks(target: Array, aligned: Array) -> Array | None:
    """uint8 mask (255 keep) of the blocks where ``aligned`` structure matches ``target``.

    None when too few blocks agree for a fit on them alone to be better than the whole page.
    """
    h, w = target.shape[:2]
    rows, cols = -(-h // _BLOCK_PX), -(-w // _BLOCK_PX)
    corr = np.zeros((rows, cols))
    for r in range(rows):
        for c in range(cols):
            window = np.s_[r * _BLOCK_PX : (r + 1) * _BLOCK_PX, c * _BLOCK_PX : (c + 1) * _BLOCK_PX]
            corr[r, c] = _correlation(target[window], aligned[window])
    typical = float(np.percentile(corr, 75))
    keep = corr >= max(_AGREEMENT * typical, 0.05)
    if typical <= 0.0 or keep.mean() < _MIN_AGREEING or keep.all():
        return None
    blocks = np.kron(keep.astype(np.uint8) * 255, np.ones((_BLOCK_PX, _BLOCK_PX), np.uint8))
    result: Array = np.ascontiguousarray(blocks[:h, :w])
    return result


def _refit_where_lights_agree(moving: Array, reference: Array, warp: Array) -> Array:
    """The finest fit again on the blocks both lights show alike.

    Left out, the UV designs of all eight states register within 0.5 px at 150 dpi, where the
    whole-page fit was 1.4-3.5 px off (module docstring, point 4). A gentler ECC smoothing (3)
    than the pyramid's (5) keeps the fine print's edges that are left sharp.
    """
    size = (reference.shape[1], reference.shape[0])
    target = _edges(reference)
    mask = _agreeing_blocks(target, _edges(warp_homography(moving, warp, size)))
    if mask is None:
        return warp
    # ECC's mask lies on the input image (the capture): carry the scan's blocks over to it.
    capture_mask = cv2.warpPerspective(
        mask, np.linalg.inv(warp), (moving.shape[1], moving.shape[0]), flags=cv2.INTER_NEAREST
    )
    ecc_warp = np.linalg.inv(warp).astype(np.float32)
    ecc_warp /= ecc_warp[2, 2]
    criteria = (cv2.TERM_CRITERIA_EPS | cv2.TERM_CRITERIA_COUNT, 100, 1e-6)
    try:
        _, ecc_warp = cv2.findTransformECC(
            target, _edges(moving), ecc_warp, cv2.MOTION_HOMOGRAPHY, criteria, capture_mask, 3
        )
    except cv2.error:  # too little left to fit on: the whole-page fit stands
        return warp
    result: Array = np.linalg.inv(ecc_warp.astype(np.float64))
    result /= result[2, 2]
    return result


def _correlation(a: Array, b: Array) -> float:
    x, y = a.ravel() - a.mean(), b.ravel() - b.mean()
    denom = float(np.linalg.norm(x) * np.linalg.norm(y))
    return float(x @ y) / denom if denom > 0 else 0.0


def _sharpness(moving: Array, reference: Array, homography: Array) -> float:
    """0..1: how much of the aligned structure's correlation is lost a few pixels off the fit."""
    size = (reference.shape[1], reference.shape[0])
    target = _contrast(reference)

    def correlation(h: Array) -> float:
        warped = warp_homography(moving, h, size)
        return _correlation(target, _contrast(warped))

    here = correlation(homography)
    if here <= 0.0:
        return 0.0
    d = _SHARPNESS_SHIFT_PX
    beside = [
        correlation(np.array([[1, 0, dx], [0, 1, dy], [0, 0, 1]], np.float64) @ homography)
        for dx, dy in ((d, 0), (-d, 0), (0, d), (0, -d))
    ]
    # Relative to at least a modest correlation: noise has a tiny one that is still "sharp".
    return max(0.0, min(1.0, (here - max(beside)) / max(here, _MIN_CORRELATION)))


def _attempts(moving: Array, reference: Array) -> Iterator[tuple[str, Array, Array]]:
    """(method, capture as registered, start) in the order worth trying.

    The capture without its fibres first; then as it is, for a capture whose print itself is
    bright thin strokes (fluorescent line-work), which the fibre mask would take away. Each from
    the feature match, which copes with large moves, and from the image sizes.
    """
    for capture in (without_fibres(moving), moving):
        # A start from the image sizes: captures often cover the same page at another dpi.
        sizes = np.diag(
            [reference.shape[1] / capture.shape[1], reference.shape[0] / capture.shape[0], 1.0]
        )
        features = _feature_init(capture, reference)
        if features is not None:
            yield "features+ecc", capture, features
        yield "ecc", capture, sizes


def register(moving: Array, reference: Array) -> Registration:
    """Align ``moving`` (a capture under another light) onto ``reference`` (the white scan)."""
    mov, sm = _resized(moving, _WORK_SIDE)
    ref, sr = _resized(reference, _WORK_SIDE)
    best: tuple[float, str, Array] | None = None
    for method, capture, start in _attempts(mov, ref):
        try:
            warp = _ecc(capture, ref, start)
        except cv2.error:  # ECC diverged from this start
            warp, method = start, "features" if method == "features+ecc" else "none"
        # A homography can mirror or fold the page; no capture of a flat page does either.
        outline = corners_in_capture(warp, (ref.shape[1], ref.shape[0]))
        folded = corner_fault(outline) in (CornerFault.MIRRORED, CornerFault.CROSSING)
        score = 0.0 if folded else _sharpness(capture, ref, warp)
        if best is None or score > best[0]:
            best = (score, method, warp)
        if score >= GOOD_SCORE:  # good enough: the other attempts cost seconds each
            break
    assert best is not None  # _attempts always yields
    score, method, warp = best
    full = np.linalg.inv(_scale_matrix(sr)) @ warp @ _scale_matrix(sm)
    full /= full[2, 2]
    warped = warp_homography(moving, full, (reference.shape[1], reference.shape[0]))
    return Registration(full, score, warped, method)


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
    """The capture->scan homography that sends ``corners`` (TL, TR, BR, BL) to the scan corners.

    Raises :class:`~docexam.core.authoring.corners.CornerError` for a mirrored, folded or
    degenerate outline rather than warping the capture through it.
    """
    check_corners(corners)
    w, h = size
    src = np.array(corners, np.float32)
    dst = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    result: Array = cv2.getPerspectiveTransform(src, dst).astype(np.float64)
    return result


def warp_with_corners(image: Array, corners: Corners, size: tuple[int, int]) -> Array:
    """Manual registration: the quadrilateral ``corners`` of ``image`` stretched to ``size``."""
    return warp_homography(image, homography_from_corners(corners, size), size)
