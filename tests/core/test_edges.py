"""A generated document pasted askew on a scanner's margin: its edges are found, it is cropped
and straightened, and the dpi comes out of its known size."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image as PilImage

from docexam.core.authoring.edges import crop_straight, dpi_disagrees, file_dpi, find_document
from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import DOCUMENT_SIZES_MM, DocumentType
from docexam.core.light import LightEngine, LightParams
from docexam.core.synth.compose import generate_specimen

DPI = 150.0


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> dict[str, np.ndarray]:
    out = {}
    for state, doc_type in (("UTO", "td3"), ("ZRN", "td1")):
        spec = generate_specimen(state, doc_type, 2, DPI, tmp_path_factory.mktemp(doc_type))
        page = spec.pages[0].id
        out[doc_type] = LightEngine(spec).render(page, LightParams(LightSource.VISIBLE)).image
    return out


def _scan(document: np.ndarray, angle: float, lid: tuple[int, int, int], seed: int) -> np.ndarray:
    """``document`` lying ``angle`` degrees askew on a scanner of colour ``lid``, with noise."""
    h, w = document.shape[:2]
    rng = np.random.default_rng(seed)
    margin = int(rng.integers(40, 120))
    size = (w + 2 * margin + 60, h + 2 * margin + 40)
    canvas = np.full((size[1], size[0], 3), lid, np.uint8)
    centre = (size[0] / 2 + rng.uniform(-20, 20), size[1] / 2 + rng.uniform(-15, 15))
    turn = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    turn[:, 2] += np.array(centre) - np.array([w / 2, h / 2])
    cv2.warpAffine(
        document,
        turn,
        size,
        dst=canvas,
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_TRANSPARENT,
    )
    noise = rng.normal(0, 2.5, canvas.shape)
    return np.clip(canvas + noise, 0, 255).astype(np.uint8)


CASES = [
    ("td3", 4.0, (252, 252, 250), 1),  # a white lid: cream paper against white
    ("td3", -7.5, (38, 38, 40), 2),  # the lid open: dark glass
    ("td1", 2.5, (246, 247, 247), 3),
    ("td1", -11.0, (70, 70, 72), 4),
    ("td3", 0.0, (250, 250, 250), 5),
]


@pytest.mark.parametrize(("doc_type", "angle", "lid", "seed"), CASES)
def test_edges_give_the_dpi_and_a_straight_crop(
    documents: dict[str, np.ndarray],
    doc_type: str,
    angle: float,
    lid: tuple[int, int, int],
    seed: int,
) -> None:
    document = documents[doc_type]
    scan = _scan(document, angle, lid, seed)
    outline = find_document(scan)
    assert outline is not None and not outline.cropped
    size_mm = DOCUMENT_SIZES_MM[DocumentType(doc_type)]
    assert outline.shape_fits(size_mm)
    # cv2 turns anticlockwise for a positive angle: the top edge then rises to the right.
    assert outline.angle_deg == pytest.approx(-angle, abs=0.5)
    assert outline.dpi(size_mm) == pytest.approx(DPI, rel=0.01)
    # The width alone, margin included, would have said much more.
    assert scan.shape[1] * 25.4 / size_mm[0] > 1.1 * DPI
    straight = crop_straight(scan, outline)
    h, w = document.shape[:2]
    assert straight.shape[1] == pytest.approx(w, rel=0.015)
    assert straight.shape[0] == pytest.approx(h, rel=0.015)
    same = cv2.resize(straight, (w, h), interpolation=cv2.INTER_AREA)
    inner = (slice(8, h - 8), slice(8, w - 8))  # the very edge is half background

    def look(image: np.ndarray) -> np.ndarray:  # the layout, not the resampled guilloche
        grey = cv2.GaussianBlur(cv2.cvtColor(image, cv2.COLOR_BGR2GRAY), (0, 0), 2.0)
        return grey[inner].astype(np.float64).ravel()

    assert np.corrcoef(look(same), look(document))[0, 1] > 0.95


def test_a_scan_without_margin_offers_no_crop(documents: dict[str, np.ndarray]) -> None:
    """Without a margin the border shows paper, not a scanner: what stands out is the print,
    which has no document's proportions, so no crop is offered."""
    outline = find_document(documents["td3"])
    size = DOCUMENT_SIZES_MM[DocumentType.TD3]
    assert outline is None or outline.cropped or not outline.shape_fits(size)


def test_a_blank_scan_has_no_document() -> None:
    blank = np.full((400, 600, 3), 250, np.uint8)
    assert find_document(blank) is None


def test_the_files_dpi_is_read_and_a_disagreement_found(tmp_path: Path) -> None:
    tagged, untagged = tmp_path / "tagged.png", tmp_path / "untagged.png"
    PilImage.new("RGB", (20, 10)).save(tagged, dpi=(300, 300))
    PilImage.new("RGB", (20, 10)).save(untagged)
    assert file_dpi(tagged) == pytest.approx(300, abs=0.5)
    assert file_dpi(untagged) is None
    assert dpi_disagrees(150.0, file_dpi(tagged))
    assert not dpi_disagrees(298.0, file_dpi(tagged))
    assert not dpi_disagrees(150.0, None)
