"""Shared layout pieces: captioned data fields and the substrate features every paper page has."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from docexam.core.domain.geometry import Rect
from docexam.core.synth import features as ft
from docexam.core.synth import paper_protection
from docexam.core.synth.canvas import Mask, PageCanvas
from docexam.core.synth.states import Design
from docexam.core.synth.text import draw_text, text_width_mm

LABEL_CAP = 1.05
VALUE_CAP = 1.9
GAP_MM = 1.0  # clear space kept between a field and the next one on its row


@dataclass
class FieldWriter:
    """Draws captions into one mask (IR drop-out ink) and values into another (carbon ink).

    ``boxes`` keeps every inked box (page mm) so a layout can be checked for text running into
    text: captions in some languages are twice as long as in others."""

    canvas: PageCanvas
    design: Design
    scale: float = 1.0
    labels: Mask = field(init=False)
    values: Mask = field(init=False)
    boxes: list[tuple[str, Rect]] = field(init=False, default_factory=list)

    def __post_init__(self) -> None:
        self.labels = self.canvas.blank()
        self.values = self.canvas.blank()

    def put(
        self,
        key: str,
        value: str,
        x: float,
        y: float,
        bold: bool = False,
        room: float | None = None,
    ) -> None:
        """Caption and value at ``x``; with ``room`` (mm to the next field or feature on the
        row) each is set smaller where it would otherwise run into its neighbour."""
        s = self.scale
        label = self.design.state.label(key)
        font = "bold" if bold else "sans"
        label_cap = self._fit(label, LABEL_CAP * s * self.design.label_scale, "sans", room)
        value_cap = self._fit(value.upper(), VALUE_CAP * s, font, room)
        box = draw_text(self.labels, self.canvas, label, x, y, label_cap)
        self.boxes.append((f"caption {key}", box))
        box = draw_text(self.values, self.canvas, value.upper(), x, y + 3.3 * s, value_cap, font)
        self.boxes.append((f"value {key}", box))

    def caption(self, text: str, x: float, y: float, cap: float = LABEL_CAP) -> None:
        box = draw_text(self.labels, self.canvas, text, x, y, cap * self.scale)
        self.boxes.append((f"caption {text}", box))

    def _fit(self, text: str, cap: float, font: str, room: float | None) -> float:
        if room is None:
            return cap
        width = text_width_mm(self.canvas, text, cap, font)
        limit = room - GAP_MM
        return cap if width <= limit else cap * limit / width


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
