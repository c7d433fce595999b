"""How a feature behaves under each light: the contract between packs, generator and light engine.

Every property is optional; an absent property means "does nothing under that light". Colours are
``#rrggbb`` strings so packs stay readable; :func:`rgb` turns one into numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from docexam.core.domain.lights import IR_CUTOFFS_NM, LightSource

# The plain-ink baseline IR is judged against. Ordinary coloured printing ink turns transparent
# just above the visible (dark behind a 715 nm filter, gone from 780 nm on); ordinary black or
# near-black ink (no channel above 30 %) is carbon-based and dark at every cut-off. IR reveals a
# feature only where it behaves otherwise: a drop-out ink that vanishes where plain ink of its
# look stays, an IR-absorbing or metameric ink that stays where plain ink vanishes.
PLAIN_COLOUR_IR_NM = 730.0
CARBON_IR_NM = 2000.0
DARK_INK_VALUE = 0.3
MIN_IR_DENSITY = 0.05  # fainter than this, a camera does not see the ink
DENSITY_STEP = 0.3  # an IR darkness this far from the ink's white-light look is a change


def rgb(colour: str) -> tuple[int, int, int]:
    """``"#rrggbb"`` -> ``(r, g, b)``."""
    value = colour.lstrip("#")
    return (int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16))


@dataclass(frozen=True)
class Ink:
    """Visible appearance in white light."""

    colour: str
    opacity: float = 1.0


@dataclass(frozen=True)
class Emission:
    """Light given off under an excitation (UV fluorescence, anti-Stokes up-conversion)."""

    colour: str
    intensity: float = 1.0


@dataclass(frozen=True)
class Phosphorescence:
    """Afterglow once the UV lamp is off: intensity decays as exp(-t / decay_s)."""

    colour: str
    decay_s: float
    intensity: float = 1.0


class OvdKind(StrEnum):
    COLOUR_SHIFT = "colour_shift"  # OVI / hologram colour changing with tilt
    IMAGE_SWITCH = "image_switch"  # MLI / CLI: one of several images per tilt range
    LATENT = "latent"  # intaglio latent image, seen only near a grazing angle


@dataclass(frozen=True)
class OvdStop:
    """What an optically variable feature shows between two tilt angles (degrees)."""

    tilt_from: float
    tilt_to: float
    colour: str
    opacity: float = 1.0


@dataclass(frozen=True)
class Ovd:
    kind: OvdKind
    stops: tuple[OvdStop, ...]


@dataclass(frozen=True)
class Material:
    visible: Ink | None = None
    uv365: Emission | None = None
    uv254: Emission | None = None
    ir_cutoff_nm: float | None = None
    ir_luminescence: float | None = None
    anti_stokes: Emission | None = None
    phosphorescence: Phosphorescence | None = None
    relief_um: float | None = None
    transmission: float | None = None
    hole: bool = False
    ovd: Ovd | None = None
    retroreflective: float | None = None
    # How dark the ink is in IR below its cut-off (0..1) when it absorbs more there than it looks;
    # absent: as dark as it looks (its visible opacity). Lets a pale or invisible ink absorb in IR.
    ir_density: float | None = None


def _ir_darkness(m: Material) -> float:
    """How dark an ink is in IR below its cut-off: ``ir_density``, else its visible opacity."""
    if m.ir_density is not None:
        return m.ir_density
    return m.visible.opacity if m.visible is not None else 0.0


def plain_ir_cutoff(ink: Ink) -> float:
    """The IR cut-off of ordinary ink that looks like ``ink`` in white light."""
    return CARBON_IR_NM if max(rgb(ink.colour)) / 255.0 <= DARK_INK_VALUE else PLAIN_COLOUR_IR_NM


def ir_reveals(m: Material) -> bool:
    """Whether some standard IR filter shows the material otherwise than plain ink of its look.

    An ink without ``ir_cutoff_nm`` is plain by definition (the engine keeps its white-light
    darkness), so IR never reveals a print nobody annotated."""
    if m.ir_cutoff_nm is None:
        return False
    density = _ir_darkness(m)
    look = m.visible.opacity if m.visible is not None else 0.0
    plain = plain_ir_cutoff(m.visible) if m.visible is not None else None
    for cutoff in IR_CUTOFFS_NM:
        dark = density >= MIN_IR_DENSITY and m.ir_cutoff_nm > cutoff
        plain_dark = plain is not None and look >= MIN_IR_DENSITY and plain > cutoff
        if dark != plain_dark or (dark and abs(density - look) >= DENSITY_STEP):
            return True
    return False


def revealing_lights(material: Material) -> tuple[LightSource, ...]:
    """The light sources under which a material shows something plain ink would not (white
    light: anything visible at all)."""
    out: list[LightSource] = []
    if material.visible is not None:
        out.append(LightSource.VISIBLE)
    if material.relief_um:
        out.append(LightSource.OBLIQUE)
    if material.transmission is not None or material.hole:
        out.append(LightSource.TRANSMITTED)
    if material.retroreflective:
        out.append(LightSource.COAXIAL)
    if material.uv365 is not None:
        out.append(LightSource.UV365)
    if material.uv254 is not None:
        out.append(LightSource.UV254)
    if ir_reveals(material):
        out.append(LightSource.IR)
    if material.anti_stokes is not None:
        out.append(LightSource.ANTI_STOKES)
    if material.ir_luminescence:
        out.append(LightSource.IR_LUMINESCENCE)
    if material.ovd is not None:
        out.append(LightSource.TILT)
    if material.phosphorescence is not None:
        out.append(LightSource.UV_OFF)
    return tuple(out)
