"""What a generated page prints in its MRZ, read back from the pixels without OCR.

Each line is located in the MRZ layer's mask (OCR-B, 2.54 mm pitch), then every cell is
compared with OCR-B renderings of all 37 MRZ characters drawn at that cell: the closest one is
the character printed there. A reprinted cell (``synth.forgery.mrz_edit``) reads as its new
character; a cell left as issued reads as the original.
"""

from __future__ import annotations

from dataclasses import replace

import cv2
import numpy as np

from docexam.core.domain.model import Page, Specimen
from docexam.core.synth.canvas import Mask, PageCanvas
from docexam.core.synth.forgery.locate import draw_mrz_char, find_mrz_line, mrz_cell, px_box
from docexam.core.synth.text import OCRB_PITCH_MM

MRZ_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"


def read_printed_mrz(canvas: PageCanvas, mask: Mask, lines: tuple[str, ...]) -> tuple[str, ...]:
    """The characters printed on each of ``lines``' rows (``lines`` only say where to look:
    a row is found by matching the expected text, which tolerates a few different cells)."""
    out = []
    s = canvas.scale
    drawn: dict[tuple[str, float, float, int, int], Mask] = {}
    for line in lines:
        spot = find_mrz_line(mask, canvas, line)
        read = []
        for i in range(len(line)):
            x0, y0, x1, y1 = px_box(canvas, mrz_cell(spot, i))
            printed = mask[y0:y1, x0:x1].astype(np.float32)
            h, w = printed.shape
            # Candidates are drawn on a canvas of the cell alone, shifted by whole pixels so the
            # pen keeps its sub-pixel place; cells where it is the same share the drawings.
            here = replace(spot, x_mm=spot.x_mm - x0 / s, baseline_mm=spot.baseline_mm - y0 / s)
            pen = round((here.x_mm + (i + 0.5) * OCRB_PITCH_MM) * s, 3)
            distances = {}
            for ch in MRZ_CHARACTERS:
                key = (ch, pen, round(here.baseline_mm * s, 3), h, w)
                if key not in drawn:
                    cell = PageCanvas(((w + 1) / s, (h + 1) / s), canvas.dpi)
                    drawn[key] = cell.blank()
                    draw_mrz_char(drawn[key], cell, here, i, ch)
                distances[ch] = float(np.abs(printed - drawn[key][:h, :w]).sum())
            read.append(min(distances, key=distances.__getitem__))
        out.append("".join(read))
    return tuple(out)


def mrz_mask_on_disk(specimen: Specimen, page: Page) -> tuple[PageCanvas, Mask]:
    """The MRZ layer of a specimen written to disk, as the viewer loads it."""
    feature = next(f for f in page.features if f.id == "mrz")
    assert feature.mask is not None
    path = specimen.path(feature.mask)
    mask = cv2.imread(str(path), cv2.IMREAD_GRAYSCALE)
    assert mask is not None, path
    return PageCanvas(page.size_mm, feature.mask.dpi), mask
