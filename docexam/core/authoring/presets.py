"""Material presets for features drawn on scans: what an instructor picks instead of physics.

Each preset is a :class:`Material` plus the coverage it acts on: ``INK`` (the printed pixels of
the scan inside the region, e.g. a fluorescent ink) or ``REGION`` (the whole region, e.g. a
watermark or a perforation, which the white scan does not show as ink). Codes are stable (they
are matched back from a feature's material); the UI words them.
"""

from __future__ import annotations

from dataclasses import dataclass

from docexam.core.domain.lights import LightSource
from docexam.core.domain.material import Emission, Material
from docexam.core.domain.model import Coverage, Feature


@dataclass(frozen=True)
class Preset:
    code: str
    material: Material
    coverage: Coverage
    lights: tuple[LightSource, ...]  # the lights it adds to the feature's "revealed by"


PRESETS: tuple[Preset, ...] = (
    Preset("none", Material(), Coverage.INK, ()),
    Preset("uv_red", Material(uv365=Emission("#ff3b30", 0.9)), Coverage.INK, (LightSource.UV365,)),
    Preset(
        "uv_green", Material(uv365=Emission("#34c759", 0.9)), Coverage.INK, (LightSource.UV365,)
    ),
    Preset("uv_blue", Material(uv365=Emission("#3a8dff", 0.9)), Coverage.INK, (LightSource.UV365,)),
    Preset(
        "uv_invisible_red",
        Material(uv365=Emission("#ff3b30", 0.9)),
        Coverage.REGION,
        (LightSource.UV365,),
    ),
    Preset("ir_dropout", Material(ir_cutoff_nm=700.0), Coverage.INK, (LightSource.IR,)),
    Preset("ir_absorbing", Material(ir_cutoff_nm=2000.0), Coverage.INK, (LightSource.IR,)),
    Preset("watermark", Material(transmission=-0.3), Coverage.REGION, (LightSource.TRANSMITTED,)),
    Preset("perforation", Material(hole=True), Coverage.REGION, (LightSource.TRANSMITTED,)),
    Preset("intaglio", Material(relief_um=40.0), Coverage.INK, (LightSource.OBLIQUE,)),
)
PRESET_BY_CODE: dict[str, Preset] = {p.code: p for p in PRESETS}


def preset_of(feature: Feature) -> str | None:
    """The code of the preset the feature's material is, or None for a hand-written material."""
    for preset in PRESETS:
        if preset.material == feature.material and (
            preset.code == "none" or preset.coverage == feature.coverage
        ):
            return preset.code
    return None


def with_preset(feature: Feature, code: str) -> Feature:
    """``feature`` with preset ``code``'s material and coverage, and its lights added."""
    from dataclasses import replace

    preset = PRESET_BY_CODE[code]
    lights = feature.lights + tuple(x for x in preset.lights if x not in feature.lights)
    return replace(feature, material=preset.material, coverage=preset.coverage, lights=lights)
