"""Shared layout pieces: captioned data fields and the substrate features every paper page has."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from docexam.core.synth import features as ft
from docexam.core.synth import paper_protection
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
    """UV-dull paper with the series' fibres and planchettes and an optional thread (windowed
    with microtext on a newer series)."""
    ft.uv_dull(canvas)
    paper_protection.sensitiser(canvas)
    w, h = canvas.size_mm
    density = w * h / 11000.0
    # Which lamp excites each set (365 nm, 254 nm): visible fibres and set b answer both,
    # set a only UV-A, set c only UV-C.
    c1, c2, c3 = d.uv_colours
    for kind, colour, visible, count, lamps in (
        ("fibres-visible", d.fibre_colours[0], True, 40, (0.9, 0.6)),
        ("fibres-uv-a", c1, False, 60, (0.9, 0.0)),
        ("fibres-uv-b", c2, False, 45, (0.9, 0.65)),
        ("fibres-uv-c", c3, False, 45, (0.0, 0.9)),
    ):
        if d.has(kind):
            ft.fibres(canvas, g, colour, visible, int(count * density), kind, lamps)
    if d.has("planchettes"):
        ft.planchettes(canvas, g, "#f4f070", "#70d0ff", int(30 * density))
    if thread_x is not None:
        thread(canvas, d, thread_x)


def thread(canvas: PageCanvas, d: Design, x_mm: float) -> None:
    """The series' security thread at ``x_mm``: embedded, or windowed on a newer series."""
    ft.thread(canvas, x_mm, d.uv_colours[2])
    if d.newer:
        ft.thread_windows(canvas, x_mm, d.code * 3, 4.0 + (d.rosette_petals % 4))
