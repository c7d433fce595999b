"""Coverage kept as its non-empty pieces: most layers of a page are a few strokes in a box.

Fibres, planchettes, microprint, labels and a laminate's edge each span most of a page and ink
under a tenth of it: kept whole, a 600 dpi passport page's layers took 51 MB, in pieces 13 MB.
The whole array is put back together each time a render asks for it (zeros and a few hundred
copies: a millisecond or two), so every render reads the very same coverage.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from docexam.core.light.params import Image

CELL_PX = 16  # pieces are runs of non-empty cells this size along a band of rows this high
MIN_BYTES = 1 << 20  # smaller coverage stays whole: a draft's layers are read at every press
KEEP_IF_UNDER = 0.5  # pieces are kept when they take under this share of the whole


@dataclass(frozen=True, eq=False)
class Sparse:
    """A ``shape`` array of zeros but for ``pieces``: (row, column, block) each."""

    shape: tuple[int, int]
    pieces: tuple[tuple[int, int, Image], ...]

    @property
    def nbytes(self) -> int:
        return sum(int(block.nbytes) for _, _, block in self.pieces)

    def dense(self) -> Image:
        out = np.zeros(self.shape, dtype=np.uint8)
        for r, c, block in self.pieces:
            out[r : r + block.shape[0], c : c + block.shape[1]] = block
        return out


def kept(cov: Image) -> Image | Sparse:
    """``cov`` (uint8, 2-D) as it is best kept: in pieces when they take much less memory."""
    if cov.nbytes < MIN_BYTES:
        return cov
    h, w = cov.shape
    c = CELL_PX
    rows, cols = -(-h // c), -(-w // c)
    grid = cv2.copyMakeBorder(cov, 0, rows * c - h, 0, cols * c - w, cv2.BORDER_CONSTANT, value=0)
    used = grid.reshape(rows, c, cols, c).max(axis=(1, 3)) > 0
    pieces: list[tuple[int, int, Image]] = []
    size = 0
    for r in range(rows):
        filled = np.flatnonzero(used[r])
        if filled.size == 0:
            continue
        for run in np.split(filled, np.flatnonzero(np.diff(filled) > 1) + 1):
            y, x = r * c, int(run[0]) * c
            block = np.ascontiguousarray(cov[y : y + c, x : (int(run[-1]) + 1) * c])
            pieces.append((y, x, block))
            size += block.nbytes
        if size >= KEEP_IF_UNDER * cov.nbytes:
            return cov
    return Sparse((h, w), tuple(pieces))
