"""Shared layout pieces: captioned data fields and the substrate features every paper page has."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from docexam.core.synth import features as ft
from docexam.core.synth.canvas import Mask, PageCanvas
from docexam.core.synth.states import Design
from docexam.core.synth.text import draw_text

LABEL_CAP = 1.05
VALUE_CAP = 1.9


@dataclass
class FieldWriter:
    """Draws captions into one mask (IR drop-out ink) and values into another (carbon ink)."""

    canvas: PageCanvas
    design: Design
    scale: float = 1.0
    labels: Mask = field(init=False)
    values: Mask = field(init=False)

    def __post_init__(self) -> None:
        self.labels = self.canvas.blank()
        self.values = self.canvas.blank()

    def put(self, key: str, value: str, x: float, y: float, bold: bool = False) -> None:
        s = self.scale
        draw_text(
            self.labels,
            self.canvas,
            self.design.state.label(key),
            x,
            y,
            LABEL_CAP * s * self.design.label_scale,
        )
        draw_text(
            self.values,
            self.canvas,
            value.upper(),
            x,
            y + 3.3 * s,
            VALUE_CAP * s,
            "bold" if bold else "sans",
        )

    def caption(self, text: str, x: float, y: float, cap: float = LABEL_CAP) -> None:
        draw_text(self.labels, self.canvas, text, x, y, cap * self.scale)


def paper_substrate(
    canvas: PageCanvas, d: Design, g: np.random.Generator, thread_x: float | None
) -> None:
    """UV-dull paper with visible and invisible fibres, planchettes and an optional thread."""
    ft.uv_dull(canvas)
    w, h = canvas.size_mm
    density = w * h / 11000.0
    # Which lamp excites each set (365 nm, 254 nm): visible fibres and set b answer both,
    # set a only UV-A, set c only UV-C.
    ft.fibres(canvas, g, d.fibre_colours[0], True, int(40 * density), "fibres-visible", (0.9, 0.6))
    c1, c2, c3 = d.uv_colours
    ft.fibres(canvas, g, c1, False, int(60 * density), "fibres-uv-a", (0.9, 0.0))
    ft.fibres(canvas, g, c2, False, int(45 * density), "fibres-uv-b", (0.9, 0.65))
    ft.fibres(canvas, g, c3, False, int(45 * density), "fibres-uv-c", (0.0, 0.9))
    ft.planchettes(canvas, g, "#f4f070", "#70d0ff", int(30 * density))
    if thread_x is not None:
        ft.thread(canvas, thread_x, c3)
