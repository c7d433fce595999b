"""Small synthetic pages built in tmp_path, for asserting physics rather than stored pixels."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import numpy.typing as npt

from docexam.core.domain.geometry import Rect, Region
from docexam.core.domain.lights import LightSource
from docexam.core.domain.material import Material
from docexam.core.domain.model import (
    Coverage,
    DocumentInfo,
    DocumentType,
    Feature,
    ImageRef,
    Page,
    Specimen,
    SubstrateSpec,
)
from docexam.core.light import LightEngine, LightParams

Image = npt.NDArray[np.uint8]
DPI = 200.0
SIZE_MM = (60.0, 40.0)
PAPER = (228, 239, 243)  # BGR of a cream security paper
WIDTH = round(SIZE_MM[0] / 25.4 * DPI)
HEIGHT = round(SIZE_MM[1] / 25.4 * DPI)


def px(mm: float) -> int:
    return round(mm / 25.4 * DPI)


def blank() -> Image:
    return np.full((HEIGHT, WIDTH, 3), PAPER, dtype=np.uint8)


def fill(image: Image, rect: Rect, bgr: tuple[int, int, int]) -> Image:
    x0, y0, x1, y1 = rect.bounds()
    cv2.rectangle(image, (px(x0), px(y0)), (px(x1) - 1, px(y1) - 1), bgr, -1)
    return image


def write(root: Path, name: str, image: Image) -> str:
    cv2.imwrite(str(root / name), image)
    return name


def feature(
    fid: str,
    region: Region,
    material: Material,
    *,
    coverage: Coverage = Coverage.REGION,
    mask: ImageRef | None = None,
) -> Feature:
    return Feature(
        fid,
        "ink.uv_fluorescent",
        {"en": fid},
        region,
        material=material,
        coverage=coverage,
        mask=mask,
    )


def page(
    root: Path,
    visible: Image,
    features: tuple[Feature, ...] = (),
    *,
    page_id: str = "front",
    substrate: SubstrateSpec | None = None,
    reverse: str | None = None,
    extra: tuple[ImageRef, ...] = (),
) -> Page:
    name = write(root, f"{page_id}-visible.png", visible)
    return Page(
        page_id,
        {"en": page_id},
        SIZE_MM,
        (ImageRef(LightSource.VISIBLE, name, DPI), *extra),
        substrate=substrate or SubstrateSpec(),
        features=features,
        reverse=reverse,
    )


def specimen(root: Path, *pages: Page) -> Specimen:
    return Specimen(
        "test",
        {"en": "test"},
        DocumentInfo(DocumentType.TD3, "UTO", "T"),
        pages,
        root=root,
    )


def render(spec: Specimen, light: LightSource, page_id: str = "front", **kw: float) -> Image:
    params = LightParams(light, **kw)  # type: ignore[arg-type]
    return LightEngine(spec).render(page_id, params).image


def region(image: Image, rect: Rect) -> Image:
    x0, y0, x1, y1 = rect.bounds()
    return image[px(y0) : px(y1), px(x0) : px(x1)]


def mean(image: Image, rect: Rect) -> npt.NDArray[np.float64]:
    """Mean BGR (or grey) inside ``rect`` (page mm)."""
    return np.asarray(region(image, rect).reshape(-1, *image.shape[2:]).mean(axis=0))


def hue_deg(bgr: npt.NDArray[np.float64]) -> float:
    pixel = np.clip(bgr, 0, 255).astype(np.uint8).reshape(1, 1, 3)
    return float(cv2.cvtColor(pixel, cv2.COLOR_BGR2HSV_FULL)[0, 0, 0]) * 360.0 / 256.0


def hue_distance(a: float, b: float) -> float:
    d = abs(a - b) % 360.0
    return min(d, 360.0 - d)
