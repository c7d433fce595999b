"""UV-A (365 nm), UV-C (254 nm) and the afterglow once the lamp is switched off.

Under UV the eye sees fluorescence, not reflection: the substrate gives its own UV tone (security
paper is "UV-dull", a dark violet-grey that is mostly the lamp's visible leak; office paper with
optical brighteners glows blue-white), every printed ink absorbs in proportion to its visible
darkness, and fluorescent inks and fibres add their emission with a slight halo.
"""

from __future__ import annotations

import math

from docexam.core.domain.lights import LightSource
from docexam.core.domain.material import Emission
from docexam.core.domain.model import UvResponse
from docexam.core.light.blend import Window, add_light, bgr, crop, glow, parts, tinted
from docexam.core.light.layers import Bgr, mm_to_px
from docexam.core.light.page import PageData
from docexam.core.light.params import Image, LightParams

GLOW_SIGMA_MM = 0.08  # fluorescence scatters a fraction of a millimetre in paper

# Substrate tone under each lamp (BGR). Dull: about 10 % brightness; brightener: about 80 %.
UV_SUBSTRATE: dict[tuple[LightSource, UvResponse], Bgr] = {
    (LightSource.UV365, UvResponse.DULL): bgr("#24183a"),
    (LightSource.UV365, UvResponse.BRIGHTENER): bgr("#bccdf8"),
    (LightSource.UV254, UvResponse.DULL): bgr("#1c1c2c"),
    (LightSource.UV254, UvResponse.BRIGHTENER): bgr("#95a5d6"),
}
DARK_ROOM: Bgr = bgr("#060508")  # lamp off: only the faintest page outline stays visible


def glow_mask(data: PageData, index: int) -> tuple[Image, int]:
    """Layer ``index`` with its fluorescence halo. Made for each render, not kept: a blur of the
    layer costs a few milliseconds, and keeping every glowing layer's halo cost a 600 dpi page
    27 MB."""
    sigma = max(0.5, mm_to_px(GLOW_SIGMA_MM, data.dpi))
    return glow(data.layers[index].cov, sigma)


def add_emissions(
    data: PageData, out: Image, win: Window, emissions: list[tuple[int, Bgr, float]]
) -> None:
    """Add (layer index, colour, intensity) emissions with their halo into ``out``."""
    for index, colour, intensity in emissions:
        if intensity <= 0:
            continue
        mask, pad = glow_mask(data, index)
        hit = parts(data.layers[index], mask, pad, out, win)
        if hit is not None:
            add_light(hit[0], hit[1], colour, intensity)


def render_uv(data: PageData, params: LightParams, win: Window) -> Image:
    lamp = params.light
    substrate = UV_SUBSTRATE[(lamp, data.page.substrate.uv_response)]
    out = tinted(crop(data.rel_grey, win), substrate)
    emissions: list[tuple[int, Bgr, float]] = []
    for i, layer in enumerate(data.layers):
        m = layer.feature.material
        em: Emission | None = m.uv365 if lamp is LightSource.UV365 else m.uv254
        if em is not None:
            emissions.append((i, bgr(em.colour), em.intensity))
    add_emissions(data, out, win, emissions)
    return out


def afterglow(intensity: float, decay_s: float, seconds: float) -> float:
    """Phosphorescence left ``seconds`` after the lamp went off: exponential decay."""
    if decay_s <= 0:
        return 0.0 if seconds > 0 else intensity
    return intensity * math.exp(-seconds / decay_s)


def render_uv_off(data: PageData, params: LightParams, win: Window) -> Image:
    out = tinted(crop(data.rel_grey, win), DARK_ROOM)
    emissions: list[tuple[int, Bgr, float]] = []
    for i, layer in enumerate(data.layers):
        p = layer.feature.material.phosphorescence
        if p is not None:
            strength = afterglow(p.intensity, p.decay_s, params.seconds_since_uv_off)
            emissions.append((i, bgr(p.colour), strength))
    add_emissions(data, out, win, emissions)
    return out
