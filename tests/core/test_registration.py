"""Registration finds a known perspective warp between a white scan and a UV-looking capture."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from docexam.core.authoring.corners import CornerFault, corner_fault
from docexam.core.authoring.registration import (
    GOOD_SCORE,
    corners_in_capture,
    fibre_mask,
    homography_from_corners,
    register,
    warp_with_corners,
)
from docexam.core.domain.lights import LightSource
from docexam.core.light import LightEngine, LightParams
from docexam.core.pack.images import read_image
from docexam.core.pack.io import read_pack
from docexam.core.synth.compose import generate_specimen
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
    assert result.good and result.score > GOOD_SCORE
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


# -- fluorescent fibres -------------------------------------------------------------------------

FIBRE_COLOURS = ((255, 80, 255), (80, 255, 255), (255, 255, 80), (60, 60, 255), (255, 160, 60))


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[np.ndarray, np.ndarray]:
    """(white render, UV render) of a real generated passport page at 150 dpi."""
    work: Path = tmp_path_factory.mktemp("gen")
    specimen = generate_specimen("UTO", "td3", 3, 150.0, work)
    engine = LightEngine(specimen)
    page = specimen.pages[0].id
    white = engine.render(page, LightParams(LightSource.VISIBLE)).image.copy()
    uv = engine.render(page, LightParams(LightSource.UV365)).image.copy()
    return white, uv


def _dense_fibres(image: np.ndarray, seed: int, count: int = 1500) -> tuple[np.ndarray, np.ndarray]:
    """``image`` strewn with ``count`` bright, saturated, crooked short strokes; also their mask."""
    rng = np.random.default_rng(seed)
    out = image.copy()
    drawn = np.zeros(image.shape[:2], np.uint8)
    h, w = image.shape[:2]
    for _ in range(count):
        x, y = rng.uniform(0, w), rng.uniform(0, h)
        length, angle = rng.uniform(4, 18), rng.uniform(0, np.pi)
        steps = np.linspace(-length / 2, length / 2, 6)
        pts = np.stack([x + steps * np.cos(angle), y + steps * np.sin(angle)], axis=1) + rng.normal(
            0, 0.8, (6, 2)
        )
        colour = FIBRE_COLOURS[int(rng.integers(len(FIBRE_COLOURS)))]
        cv2.polylines(out, [np.int32(pts)], False, colour, 1, cv2.LINE_AA)
        cv2.polylines(drawn, [np.int32(pts)], False, 1, 1)
    return out, drawn


@pytest.mark.parametrize("seed", range(10))
def test_uv_capture_with_dense_fibres_registers_within_one_pixel(
    generated: tuple[np.ndarray, np.ndarray], seed: int
) -> None:
    white, uv = generated
    h, w = white.shape[:2]
    page = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    shift = np.float32(np.random.default_rng(100 + seed).uniform(-15, 15, (4, 2)))
    truth = cv2.getPerspectiveTransform(page, page + shift)
    fibrous, _ = _dense_fibres(uv, seed)
    capture = cv2.warpPerspective(fibrous, truth, (w, h), borderValue=(20, 10, 30))
    result = register(capture, white)
    found = np.float64(corners_in_capture(result.homography, (w, h)))
    assert np.abs(found - (page + shift)).max() < 1.0, (found - page - shift, result.method)
    assert result.good, result.score


@pytest.mark.parametrize("state", ["UTO", "QTK", "QNB", "QPL"])
def test_a_page_filling_uv_capture_is_not_dragged_by_the_uv_design(
    state: str, tmp_path: Path
) -> None:
    """A capture cropped to the page has no outline to hold the fit; the state's fine-line UV
    design, which the white scan lacks, must not pull it off (it did, by 1.8-3.5 px)."""
    specimen = generate_specimen(state, "td3", 3, 150.0, tmp_path)
    engine = LightEngine(specimen)
    page_id = specimen.pages[0].id
    white = engine.render(page_id, LightParams(LightSource.VISIBLE)).image.copy()
    uv = engine.render(page_id, LightParams(LightSource.UV365)).image.copy()
    result = register(uv, white)
    h, w = white.shape[:2]
    found = np.float64(corners_in_capture(result.homography, (w, h)))
    page = np.float64([[0, 0], [w, 0], [w, h], [0, h]])
    assert np.abs(found - page).max() < 1.0, (found - page, result.method)
    assert result.good, result.score


def test_fibre_mask_finds_fibres_and_leaves_print_alone(
    generated: tuple[np.ndarray, np.ndarray],
) -> None:
    white, uv = generated
    fibrous, drawn = _dense_fibres(uv, 11)
    mask = fibre_mask(fibrous)
    assert mask[drawn > 0].mean() > 0.9  # the strokes' centre lines
    assert fibre_mask(white).mean() < 0.01  # dark print on pale paper is no fibre


def test_a_capture_of_another_document_scores_poor(
    generated: tuple[np.ndarray, np.ndarray], tmp_path: Path
) -> None:
    """The score is honest both ways: a fibrous capture of another passport is not "aligned"."""
    white, _ = generated
    other = generate_specimen("ZRN", "td3", 8, 150.0, tmp_path)
    uv = LightEngine(other).render(other.pages[0].id, LightParams(LightSource.UV365)).image
    fibrous, _ = _dense_fibres(np.ascontiguousarray(uv), 3)
    result = register(fibrous, white)
    assert not result.good, (result.score, result.method)


def test_an_upside_down_capture_is_turned_back(generated: tuple[np.ndarray, np.ndarray]) -> None:
    """A capture taken with the page turned round is still the page: a homography turns it back."""
    white, uv = generated
    fibrous, _ = _dense_fibres(np.ascontiguousarray(uv[::-1, ::-1]), 3)
    result = register(fibrous, white)
    h, w = white.shape[:2]
    found = np.float64(corners_in_capture(result.homography, (w, h)))
    assert np.abs(found - [[w - 1, h - 1], [-1, h - 1], [-1, -1], [w - 1, -1]]).max() < 3.0
    assert result.good


def test_a_mirrored_capture_is_never_called_aligned(scan: np.ndarray) -> None:
    """A homography could mirror the capture onto the scan; no photo of a flat page does that."""
    capture, _ = _warped_capture(scan)
    result = register(np.ascontiguousarray(capture[:, ::-1]), scan)
    h, w = scan.shape[:2]
    outline = corners_in_capture(result.homography, (w, h))
    assert corner_fault(outline) is not CornerFault.MIRRORED or not result.good
