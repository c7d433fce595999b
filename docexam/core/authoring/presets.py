"""Material presets for features drawn on scans: what an instructor picks instead of physics.

Each preset is a :class:`Material` plus the coverage it acts on: ``INK`` (the printed pixels of
the scan inside the region, e.g. a fluorescent ink) or ``REGION`` (the whole region, e.g. a
watermark or a perforation, which the white scan does not show as ink). Codes are stable (they
are matched back from a feature's material); the UI words them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from docexam.core.domain.errors import PackError
from docexam.core.domain.lights import LightSource
from docexam.core.domain.material import Emission, Material
from docexam.core.domain.model import Coverage, Feature
from docexam.core.pack.codec import material_from_json, material_to_json


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


USER_PRESETS_FILE = "material-presets.json"


@dataclass(frozen=True)
class UserPreset:
    """A material an instructor saved under a name, to reuse on other features and specimens."""

    name: str
    material: Material
    coverage: Coverage


def load_user_presets(path: Path) -> list[UserPreset]:
    """The presets saved in ``path``; none when it is missing. A damaged file is a PackError
    naming it (the instructor's presets are never overwritten silently)."""
    if not path.is_file():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return [
            UserPreset(name, material_from_json(entry["material"]), Coverage(entry["coverage"]))
            for name, entry in data.items()
        ]
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise PackError(f"{path}: the saved material presets cannot be read ({exc})") from exc


def save_user_preset(path: Path, preset: UserPreset) -> list[UserPreset]:
    """Add (or replace by name) ``preset`` in ``path``; returns all saved presets."""
    presets = [p for p in load_user_presets(path) if p.name != preset.name] + [preset]
    data = {
        p.name: {"material": material_to_json(p.material), "coverage": p.coverage.value}
        for p in presets
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    tmp.replace(path)  # whole or not at all
    return presets
