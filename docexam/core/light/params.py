"""What to render: a light source and the few settings that change what it shows."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from docexam.core.domain.errors import DocexamError
from docexam.core.domain.lights import LightSource

Image = npt.NDArray[np.uint8]
Key = tuple[object, ...]

DEFAULT_IR_CUTOFF_NM = 830
DEFAULT_AZIMUTH_DEG = 135.0  # from the top left, the way examiners hold a torch by habit
DEFAULT_ELEVATION_DEG = 20.0


class LightError(DocexamError):
    """A render asked for what the page or light cannot give (unknown page, bad region)."""


@dataclass(frozen=True)
class PixelRect:
    """A rectangle of page pixels at the rendered scale: origin top-left, exclusive far edge."""

    x: int
    y: int
    w: int
    h: int


@dataclass(frozen=True)
class LightParams:
    """A light source and its settings.

    ``azimuth_deg`` is the direction the light comes from, counter-clockwise on screen:
    0 = from the right, 90 = from the top, 180 = from the left, 270 = from the bottom.
    ``elevation_deg`` is the angle above the page (90 = straight down). ``tilt_deg`` is how far the
    document is tilted away from facing the viewer (0 = flat, +/-90 = edge on).
    """

    light: LightSource
    ir_cutoff_nm: int = DEFAULT_IR_CUTOFF_NM
    azimuth_deg: float = DEFAULT_AZIMUTH_DEG
    elevation_deg: float = DEFAULT_ELEVATION_DEG
    tilt_deg: float = 0.0
    seconds_since_uv_off: float = 0.0

    def __post_init__(self) -> None:
        if not isinstance(self.light, LightSource):
            raise LightError(f"unknown light source {self.light!r}")
        if self.ir_cutoff_nm <= 0:
            raise LightError(f"IR cut-off must be positive, not {self.ir_cutoff_nm} nm")
        if not 0.0 < self.elevation_deg <= 90.0:
            raise LightError(f"elevation must be in (0, 90] degrees, not {self.elevation_deg}")
        if not -90.0 <= self.tilt_deg <= 90.0:
            raise LightError(f"tilt must be in [-90, 90] degrees, not {self.tilt_deg}")
        if not math.isfinite(self.seconds_since_uv_off) or self.seconds_since_uv_off < 0:
            raise LightError("seconds since the UV lamp went off must be >= 0")
        if not math.isfinite(self.azimuth_deg):
            raise LightError("azimuth must be a finite number of degrees")

    def key(self) -> Key:
        """Only the settings this light depends on, so irrelevant ones do not split the cache."""
        light = self.light
        if light is LightSource.IR:
            return (light, self.ir_cutoff_nm)
        if light is LightSource.OBLIQUE:
            return (light, round(self.azimuth_deg % 360.0, 3), round(self.elevation_deg, 3))
        if light is LightSource.TILT:
            return (light, round(self.tilt_deg, 3))
        if light is LightSource.UV_OFF:
            return (light, round(self.seconds_since_uv_off, 3))
        return (light,)

    @property
    def capture_cutoff(self) -> int | None:
        """The filter a captured image must have been taken through to stand in for this render."""
        return self.ir_cutoff_nm if self.light is LightSource.IR else None

    def describe(self) -> str:
        light = self.light
        if light is LightSource.IR:
            return f"ir {self.ir_cutoff_nm} nm"
        if light is LightSource.OBLIQUE:
            return f"oblique az {self.azimuth_deg:g} el {self.elevation_deg:g}"
        if light is LightSource.TILT:
            return f"tilt {self.tilt_deg:g} deg"
        if light is LightSource.UV_OFF:
            return f"uv off {self.seconds_since_uv_off:g} s"
        return light.value


@dataclass(frozen=True)
class Rendering:
    """A page as seen under ``params``; ``simulated`` is False where a real capture was shipped."""

    image: Image = field(repr=False)
    simulated: bool
    params: LightParams
    page_id: str
    dpi: float  # of ``image``: the viewer needs it for true-size loupes

    @property
    def captured(self) -> bool:
        return not self.simulated
