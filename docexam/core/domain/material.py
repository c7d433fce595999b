"""How a feature behaves under each light: the contract between packs, generator and light engine.

Every property is optional; an absent property means "does nothing under that light". Colours are
``#rrggbb`` strings so packs stay readable; :func:`rgb` turns one into numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from docexam.core.domain.lights import LightSource


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
    # How dark the ink is in IR below its cut-off (0..1); absent: its visible opacity. Lets an
    # ink invisible in white light still absorb in IR.
    ir_density: float | None = None


def revealing_lights(material: Material) -> tuple[LightSource, ...]:
    """The light sources under which a material shows something."""
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
    if material.ir_cutoff_nm is not None:
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
