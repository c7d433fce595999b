"""A new specimen from scans: the white scan of each page plus captures already registered to it.

The white scan's pixel grid is the page's grid: its dpi follows from its width and the page's
width in mm, and registered captures are warped onto the same grid, so they share that dpi and
every annotation in mm lands on the same print under every light.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import (
    DocumentInfo,
    DocumentType,
    ImageRef,
    Page,
    Specimen,
    Status,
)
from docexam.core.pack import images
from docexam.core.pack.images import Image

CaptureKey = tuple[LightSource, int | None]  # light and, for IR, the filter cut-off in nm


def dpi_for(width_px: int, width_mm: float) -> float:
    """The resolution of a scan ``width_px`` wide covering a page ``width_mm`` wide."""
    if width_mm <= 0:
        raise ValueError(f"page width {width_mm} mm must be positive")
    return round(width_px * 25.4 / width_mm, 2)


@dataclass
class PageScans:
    page_id: str
    name: dict[str, str]
    size_mm: tuple[float, float]
    white: Path  # the white-light scan as a file (PNG or JPEG): copied as it is
    captures: dict[CaptureKey, Image] = field(default_factory=dict)  # aligned to the white scan


def _file_name(page_id: str, key: CaptureKey) -> str:
    light, cutoff = key
    return f"images/{page_id}-{light.value}{'-' + str(cutoff) if cutoff else ''}.png"


def build_specimen(
    specimen_dir: Path,
    specimen_id: str,
    title: dict[str, str],
    document: DocumentInfo,
    pages: list[PageScans],
) -> Specimen:
    """Write the scans into ``specimen_dir`` and return the specimen that uses them."""
    out: list[Page] = []
    (specimen_dir / "images").mkdir(parents=True, exist_ok=True)
    for scans in pages:
        head = scans.white.read_bytes()[: 4 * 1024 * 1024]  # JPEG metadata can be large
        width, height = images.image_size(head, str(scans.white))
        images.check_pixels(width, height, str(scans.white))
        dpi = dpi_for(width, scans.size_mm[0])
        suffix = ".jpg" if head.startswith(b"\xff\xd8") else ".png"
        white_rel = f"images/{scans.page_id}-visible{suffix}"
        shutil.copyfile(scans.white, specimen_dir / white_rel)
        refs = [ImageRef(LightSource.VISIBLE, white_rel, dpi)]
        for key, image in scans.captures.items():
            rel = _file_name(scans.page_id, key)
            images.write_png(specimen_dir / rel, image)
            refs.append(ImageRef(key[0], rel, dpi, key[1]))
        out.append(Page(scans.page_id, scans.name, scans.size_mm, tuple(refs)))
    return Specimen(specimen_id, title, document, tuple(out))


def default_document(doc_type: DocumentType, state: str = "UTO", series: str = "A") -> DocumentInfo:
    return DocumentInfo(doc_type, state, series, Status.GENUINE)
