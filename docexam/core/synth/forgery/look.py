"""How each sign of a forgery looks: its contrast under its best light and the area it changed.

Estimated from the layers, as the light engine would show them: under a light every layer shows
its material's contrast (``domain.look.contrast``) over its mask, and a sign is where the forged
page differs from the genuine one inside the sign's region. The exercise generator grades an
alteration item by it (a faint or tiny sign is level 3, whatever the forgery's difficulty).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import numpy.typing as npt

from docexam.core.domain.lights import LightSource
from docexam.core.domain.look import contrast, visibility
from docexam.core.domain.model import UvResponse
from docexam.core.pack.forgery_record import Sign
from docexam.core.synth.canvas import Layer, PageCanvas
from docexam.core.synth.forgery.workbench import Workbench

Grey = npt.NDArray[np.float32]
CHANGED = 0.03  # a difference below this is not seen under any light
UV = (LightSource.UV365, LightSource.UV254)


def _same(a: Layer, b: Layer) -> bool:
    if a.material != b.material or a.region != b.region:
        return False
    if a.mask is None or b.mask is None:
        return a.mask is None and b.mask is None
    return a.mask is b.mask or np.array_equal(a.mask, b.mask)


def _shown(canvas: PageCanvas, layer: Layer | None, light: LightSource, paper: str) -> Grey:
    out = np.zeros((canvas.height, canvas.width), np.float32)
    if layer is None:
        return out
    c = contrast(layer.material, light, paper)
    if c <= 0.0:
        return out
    if layer.mask is not None:
        out[:] = layer.mask.astype(np.float32) * (c / 255.0)
    else:
        x0, y0, x1, y1 = canvas.pixel_box(layer.region, 0)
        out[y0:y1, x0:x1] = c
    return out


class _PageLook:
    """The difference between the genuine and the forged page, per light, computed on demand."""

    def __init__(self, wb: Workbench, page_id: str) -> None:
        work = wb.pages[page_id]
        self.canvas = work.canvas
        self.paper = work.substrate.colour
        self.glows = (
            work.substrate.uv_response is UvResponse.BRIGHTENER
            and work.page.substrate.uv_response is not UvResponse.BRIGHTENER
        )
        genuine = {la.id: la for la in wb.source.pages[page_id].layers}
        forged = {la.id: la for la in self.canvas.layers}
        self.pairs = [
            (genuine.get(lid), forged.get(lid))
            for lid in sorted(genuine.keys() | forged.keys())
            if lid not in genuine or lid not in forged or not _same(genuine[lid], forged[lid])
        ]
        self.cache: dict[LightSource, Grey] = {}

    def diff(self, light: LightSource) -> Grey:
        if light not in self.cache:
            out = np.zeros((self.canvas.height, self.canvas.width), np.float32)
            if self.glows and light in UV:
                out[:] = 1.0  # office paper: the whole page glows blue-white
            for a, b in self.pairs:
                shown = _shown(self.canvas, a, light, self.paper)
                np.maximum(out, np.abs(_shown(self.canvas, b, light, self.paper) - shown), out=out)
            self.cache[light] = out
        return self.cache[light]


def _lights(sign: Sign) -> tuple[LightSource, ...]:
    # A loupe is white light, magnified: what it shows is there in the white-light image.
    lights = sign.lights
    return lights or ((LightSource.VISIBLE,) if "loupe" in sign.reveal else ())


def sign_look(page: _PageLook, sign: Sign) -> Sign:
    """The sign with the contrast and area of its most visible light filled in."""
    x0, y0, x1, y1 = page.canvas.pixel_box(sign.region, 0)
    best: tuple[float, float, float] | None = None
    for light in _lights(sign):
        crop = page.diff(light)[y0:y1, x0:x1]
        seen = crop > CHANGED
        if not seen.any():
            continue
        c = float(crop[seen].mean())
        area = float(seen.sum()) / page.canvas.scale**2
        v = visibility(c, area)
        if best is None or v > best[0]:
            best = (v, c, area)
    if best is None:
        return sign  # only a tool or a comparison shows it
    return replace(sign, contrast=round(min(best[1], 1.0), 3), area_mm2=round(best[2], 1))


def with_looks(wb: Workbench) -> list[Sign]:
    pages: dict[str, _PageLook] = {}
    out = []
    for sign in wb.signs:
        if sign.page_id not in pages:
            pages[sign.page_id] = _PageLook(wb, sign.page_id)
        out.append(sign_look(pages[sign.page_id], sign))
    return out
