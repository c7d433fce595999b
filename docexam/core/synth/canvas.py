"""A page being drawn: its pixel grid and the feature layers that make it up.

Every feature is a :class:`Layer`: a coverage mask at page resolution plus the material the light
engine needs. The white-light image is only ever the composite of the layers, so what the engine
simulates and what the generator shows cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from docexam.core.domain.geometry import Bounds, Rect, Region
from docexam.core.domain.material import Material, rgb
from docexam.core.domain.model import Coverage, FineLine, MicroText, Origin

Mask = npt.NDArray[np.uint8]
Colour = npt.NDArray[np.float32]


@dataclass
class Layer:
    """One feature's ground truth: where it is (region, mask) and what it is made of (material)."""

    id: str
    category: str
    name: dict[str, str]
    region: Region
    material: Material
    mask: Mask | None  # full page, 0..255 coverage; None = acts on the whole region
    coverage: Coverage = Coverage.INK
    description: dict[str, str] = field(default_factory=dict)
    how_to_check: dict[str, str] = field(default_factory=dict)
    # Per-pixel white-light colour (BGR, 0..255) where one ink colour is not enough (rainbow
    # printing, a tinted portrait); material.visible still names the representative colour.
    colour_image: Colour | None = None
    origin: Origin = Origin.GENUINE  # FORGERY: added or imitated by the forgery generator
    microtext: tuple[MicroText, ...] = ()  # microprint's vector source (see MicroText)
    fineline: tuple[FineLine, ...] = ()  # fine lines' vector source (see FineLine)
    damaged: tuple[Bounds, ...] = ()  # where a forger wore the print away (Feature.damaged)


class PageCanvas:
    """Millimetre <-> pixel conversion for one page at one resolution."""

    def __init__(self, size_mm: tuple[float, float], dpi: float) -> None:
        self.size_mm = size_mm
        self.dpi = dpi
        self.scale = dpi / 25.4  # pixels per millimetre
        self.width = round(size_mm[0] * self.scale)
        self.height = round(size_mm[1] * self.scale)
        self.layers: list[Layer] = []

    def px(self, mm: float) -> float:
        return mm * self.scale

    def blank(self) -> Mask:
        return np.zeros((self.height, self.width), dtype=np.uint8)

    def add(self, layer: Layer) -> Layer:
        self.layers.append(layer)
        return layer

    def pixel_box(self, region: Region, margin_px: int = 3) -> tuple[int, int, int, int]:
        """The region's bounding box in pixels (x0, y0, x1, y1), clipped to the page."""
        x0, y0, x1, y1 = region.bounds()
        s = self.scale
        return (
            max(0, int(x0 * s) - margin_px),
            max(0, int(y0 * s) - margin_px),
            min(self.width, int(np.ceil(x1 * s)) + margin_px),
            min(self.height, int(np.ceil(y1 * s)) + margin_px),
        )

    def full_region(self, inset: float = 0.0) -> Rect:
        w, h = self.size_mm
        return Rect(inset, inset, round(w - 2 * inset, 3), round(h - 2 * inset, 3))


def bgr(colour: str) -> tuple[float, float, float]:
    r, g, b = rgb(colour)
    return (float(b), float(g), float(r))


def composite(canvas: PageCanvas, substrate_colour: str) -> npt.NDArray[np.uint8]:
    """White light: each visible ink laid over the substrate in layer order (later on top)."""
    out = np.empty((canvas.height, canvas.width, 3), dtype=np.float32)
    out[:] = bgr(substrate_colour)
    for layer in canvas.layers:
        ink = layer.material.visible
        if ink is None or layer.mask is None or ink.opacity <= 0:
            continue
        x0, y0, x1, y1 = canvas.pixel_box(layer.region)
        if x1 <= x0 or y1 <= y0:
            continue
        m = layer.mask[y0:y1, x0:x1]
        if not m.any():
            continue
        # Work on the inked pixels only: most layers are sparse (fibres, lines, text).
        ys, xs = np.nonzero(m)
        alpha = m[ys, xs].astype(np.float32)[:, None] * (ink.opacity / 255.0)
        roi = out[y0:y1, x0:x1]
        under = roi[ys, xs]
        if layer.colour_image is not None:
            colour: npt.NDArray[np.float32] | tuple[float, float, float] = layer.colour_image[
                y0:y1, x0:x1
            ][ys, xs]
        else:
            colour = bgr(ink.colour)
        roi[ys, xs] = under - alpha * (under - colour)
    return np.clip(out + 0.5, 0, 255).astype(np.uint8)
