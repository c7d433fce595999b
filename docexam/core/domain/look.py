"""How conspicuous a sign is: its contrast under the light that reveals it and its size.

An item's difficulty comes from what its signs look like, not from how many there are: a large
UV print glowing bright is level 1, a faint or tiny one level 3. Contrast is estimated from the
material (0: nothing to see, 1: as strong as the light can show); size is the area of the ink
or the changed pixels in mm².
"""

from __future__ import annotations

import math

from docexam.core.domain.lights import LightSource
from docexam.core.domain.material import Material, ir_reveals, rgb

PAPER = "#f3efe4"  # the generator's default security paper
FULL_RELIEF_UM = 40.0  # intaglio this high casts as strong a shadow as grazing light gives
FULL_SIZE_MM2 = 100.0  # a sign this large is seen at once; smaller ones by the square root
LEVEL_1 = 0.4  # visibility from which a sign stands out at a glance
LEVEL_2 = 0.15  # below this it is faint or tiny: level 3
# Subtlety, from a sign's measured difference between genuine and forgery under its light:
PLAIN_DIFFERENCE = 0.25  # a change of a quarter of the grey range is as plain as a sign gets
LOUPE_FACTOR = 0.5  # a sign only the loupe resolves counts as half as visible
# A sign no light shows, by what finds it: a comparison is found only if made; a reader that
# checks the MRZ or the chip flags it, when the officer uses one.
TOOL_SUBTLETY = {"comparison": 0.7, "mrz_check": 0.5, "chip": 0.5}


def _distance(a: str, b: str) -> float:
    """Colour difference, 0 (same) .. 1 (black on white)."""
    return math.dist(rgb(a), rgb(b)) / math.dist((0, 0, 0), (255, 255, 255))


def _brightness(colour: str) -> float:
    return max(rgb(colour)) / 255.0


def contrast(m: Material, light: LightSource, paper: str = PAPER) -> float:
    """How strongly a material stands out from its surroundings under ``light`` (0..1)."""
    match light:
        case LightSource.VISIBLE:
            return m.visible.opacity * _distance(m.visible.colour, paper) if m.visible else 0.0
        case LightSource.OBLIQUE:
            return min(1.0, abs(m.relief_um or 0.0) / FULL_RELIEF_UM)
        case LightSource.TRANSMITTED:
            return 1.0 if m.hole else min(1.0, abs(m.transmission or 0.0))
        case LightSource.COAXIAL:
            return min(1.0, m.retroreflective or 0.0)
        case LightSource.UV365:
            return m.uv365.intensity * _brightness(m.uv365.colour) if m.uv365 else 0.0
        case LightSource.UV254:
            return m.uv254.intensity * _brightness(m.uv254.colour) if m.uv254 else 0.0
        case LightSource.IR:
            if not ir_reveals(m):
                return 0.0
            look = m.visible.opacity if m.visible else 0.0
            return min(1.0, max(m.ir_density or 0.0, look))
        case LightSource.IR_LUMINESCENCE:
            return min(1.0, m.ir_luminescence or 0.0)
        case LightSource.ANTI_STOKES:
            glow = m.anti_stokes
            return glow.intensity * _brightness(glow.colour) if glow else 0.0
        case LightSource.TILT:
            return max((s.opacity for s in m.ovd.stops), default=0.0) if m.ovd else 0.0
        case LightSource.UV_OFF:
            return min(1.0, m.phosphorescence.intensity) if m.phosphorescence else 0.0
    return 0.0


def visibility(contrast_: float, area_mm2: float) -> float:
    """Contrast weighted by size: a small sign is as hard to see as a fainter large one."""
    return contrast_ * min(1.0, math.sqrt(max(area_mm2, 0.0) / FULL_SIZE_MM2))


def level(contrast_: float, area_mm2: float) -> int:
    """1: stands out at a glance; 2: needs a closer look; 3: faint or tiny."""
    v = visibility(contrast_, area_mm2)
    return 1 if v >= LEVEL_1 else 2 if v >= LEVEL_2 else 3


def subtlety(difference: float, area_mm2: float, loupe: bool) -> float:
    """0 (seen at a glance) .. 1 (not seen): one minus the sign's visibility, where a measured
    difference of ``PLAIN_DIFFERENCE`` (0..1 of the grey range) counts as full contrast, size
    weighs as in :func:`visibility`, and needing the loupe halves it."""
    v = visibility(min(1.0, difference / PLAIN_DIFFERENCE), area_mm2)
    return round(1.0 - v * (LOUPE_FACTOR if loupe else 1.0), 3)
