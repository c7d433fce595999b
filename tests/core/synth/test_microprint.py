from __future__ import annotations

import numpy as np

from docexam.core.synth.canvas import PageCanvas
from docexam.core.synth.microprint import MICRO_CAP_MM, micro_line


def _render(dpi: float) -> np.ndarray:
    canvas = PageCanvas((60.0, 5.0), dpi)
    mask = canvas.blank()
    micro_line(mask, canvas, "UTOPIA UTO CONCORDIA", 1.0, 3.0, 55.0)
    return mask


def _stroke_px(mask: np.ndarray) -> float:
    """Median vertical run of inked pixels: the thickness of the letters' horizontal strokes."""
    runs: list[int] = []
    for col in (mask > 127).T:
        d = np.diff(np.concatenate([[0], col.astype(np.int8), [0]]))
        runs += list(np.flatnonzero(d == -1) - np.flatnonzero(d == 1))
    return float(np.median(runs))


def _rows(mask: np.ndarray) -> int:
    return int((mask.max(axis=1) > 127).sum())


def test_microprint_is_under_a_quarter_millimetre() -> None:
    assert MICRO_CAP_MM < 0.25


def test_unreadable_on_screen_legible_in_the_loupe() -> None:
    stroke_600 = _stroke_px(_render(600))
    # On a 96 dpi screen at 100 % a letter is under one pixel tall, its strokes a third of one.
    assert MICRO_CAP_MM / 25.4 * 96 < 1.0
    assert stroke_600 * 96 / 600 < 1.0
    assert _rows(_render(96)) <= 2  # nothing a letter shape could be made of
    # 600 dpi: strokes two pixels, letters several rows; 1200 dpi (loupe): clearly formed.
    assert stroke_600 >= 2.0
    assert _rows(_render(600)) >= 4
    assert _rows(_render(1200)) >= 8
