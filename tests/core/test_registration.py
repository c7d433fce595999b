"""Registration finds a known perspective warp between a white scan and a UV-looking capture."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from docexam.core.authoring.registration import (
    corners_in_capture,
    homography_from_corners,
    register,
    warp_with_corners,
)
from docexam.core.pack.images import read_image
from docexam.core.pack.io import read_pack
from tests.ui.conftest import BASIC

TRUE_SHIFT = np.float32([[14, -9], [-11, 7], [9, 12], [-13, -6]])  # per corner, in px


@pytest.fixture(scope="module")
def scan() -> np.ndarray:
    specimen = read_pack(BASIC).specimens[0]
    image = read_image(specimen.path(specimen.pages[0].visible))
    h, w = image.shape[:2]
    scale = 1000 / w
    return cv2.resize(image, (1000, round(h * scale)), interpolation=cv2.INTER_AREA)


def _uv_look(scan: np.ndarray) -> np.ndarray:
    """Inverted tones, remapped colours and sensor noise: nothing like the scan pixel for pixel."""
    grey = 255 - cv2.cvtColor(scan, cv2.COLOR_BGR2GRAY)
    coloured = cv2.applyColorMap((grey * 0.6).astype(np.uint8), cv2.COLORMAP_OCEAN)
    noise = np.random.default_rng(7).normal(0, 6, coloured.shape)
    return np.clip(coloured.astype(np.float64) + noise, 0, 255).astype(np.uint8)


def _warped_capture(scan: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A capture of ``scan`` taken at a slight angle; returns (capture, true scan->capture map)."""
    h, w = scan.shape[:2]
    corners = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    truth = cv2.getPerspectiveTransform(corners, corners + TRUE_SHIFT)
    capture = cv2.warpPerspective(_uv_look(scan), truth, (w, h), borderValue=(20, 10, 30))
    return capture, truth


def test_uv_capture_registers_within_one_pixel_at_the_corners(scan: np.ndarray) -> None:
    capture, truth = _warped_capture(scan)
    result = register(capture, scan)
    h, w = scan.shape[:2]
    found = np.float64(corners_in_capture(result.homography, (w, h)))
    expected = np.float64([[0, 0], [w, 0], [w, h], [0, h]]) + TRUE_SHIFT
    assert np.abs(found - expected).max() < 1.0, (found - expected, result.method)
    assert result.good and result.score > 0.6
    assert result.warped.shape == scan.shape
    del truth


def test_manual_corners_undo_the_same_warp(scan: np.ndarray) -> None:
    capture, _ = _warped_capture(scan)
    h, w = scan.shape[:2]
    corners = tuple(
        (float(x), float(y)) for x, y in np.float32([[0, 0], [w, 0], [w, h], [0, h]]) + TRUE_SHIFT
    )
    aligned = warp_with_corners(capture, corners, (w, h))
    assert aligned.shape == scan.shape
    # The manual homography is the inverse of the capture's warp: a point comes back home.
    hom = homography_from_corners(corners, (w, h))
    point = cv2.perspectiveTransform(np.float64([[[w + TRUE_SHIFT[1][0], TRUE_SHIFT[1][1]]]]), hom)
    assert np.allclose(point.ravel(), [w, 0], atol=1e-3)


def test_unrelated_image_scores_low(scan: np.ndarray) -> None:
    noise = np.random.default_rng(1).integers(0, 255, scan.shape, dtype=np.uint8)
    result = register(noise, scan)
    assert not result.good
