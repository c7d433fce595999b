"""The light sources of an examiner's workstation."""

from __future__ import annotations

from enum import StrEnum


class LightSource(StrEnum):
    VISIBLE = "visible"  # white, incident
    OBLIQUE = "oblique"  # grazing light from an azimuth and elevation
    TRANSMITTED = "transmitted"  # from behind the page
    COAXIAL = "coaxial"  # along the viewing axis: specular, retroreflective laminate
    UV365 = "uv365"  # UV-A
    UV254 = "uv254"  # UV-C
    IR = "ir"  # IR reflectance behind a filter cut-off
    IR_LUMINESCENCE = "ir_luminescence"
    ANTI_STOKES = "anti_stokes"  # ~980 nm in, visible out
    TILT = "tilt"  # the document tilted: OVD, MLI/CLI, latent image
    UV_OFF = "uv_off"  # the UV lamp just switched off: phosphorescent afterglow


IR_CUTOFFS_NM: tuple[int, ...] = (715, 780, 830, 870, 1000)
