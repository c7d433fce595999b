"""Oblique (grazing) light: relief shaded from a height map, following the light's direction.

Heights come from each feature's ``relief_um`` times its coverage (intaglio 20-60 um, embossing
about 100, laser engraving negative). Lambert shading on the normals of that height map, relative
to a flat page, multiplies the visible image; raised parts cast a short shadow away from the light.
Normals are computed once per page and zoom level, only around features that have relief.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np

from docexam.core.light.blend import Floats, Window, clip, crop, scale_by
from docexam.core.light.layers import Layer
from docexam.core.light.page import PageData
from docexam.core.light.params import Image, LightParams

AMBIENT = 0.3  # share of the light that does not depend on the surface's slope
MAX_GAIN = 1.8  # slopes facing a grazing light brighten, but a camera's exposure still clips
SHADOW = 0.55  # darkening of a fully shadowed pixel
MAX_SHADOW_PX = 16
EDGE_SOFTNESS_MM = 0.015  # intaglio ink and embossing have rounded edges, not steps


@dataclass(frozen=True, eq=False)
class ReliefPatch:
    """Height map (um) and unit normals over a block of page pixels at (x, y)."""

    x: int
    y: int
    height: Floats
    nx: Floats
    ny: Floats
    nz: Floats

    @property
    def nbytes(self) -> int:
        return 4 * int(self.height.nbytes)


def _merge_boxes(boxes: list[list[int]]) -> list[list[int]]:
    merged = True
    while merged:
        merged = False
        for i in range(len(boxes)):
            for j in range(i + 1, len(boxes)):
                a, b = boxes[i], boxes[j]
                if a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]:
                    boxes[i] = [min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])]
                    del boxes[j]
                    merged = True
                    break
            if merged:
                break
    return boxes


def _patch(data: PageData, box: list[int], layers: list[Layer]) -> ReliefPatch:
    x0, y0, x1, y1 = box
    height = np.zeros((y1 - y0, x1 - x0), dtype=np.float32)
    for layer in layers:
        hit = clip(layer.x, layer.y, layer.w, layer.h, (x0, y0, x1, y1))
        if hit is None:
            continue
        (ox0, oy0, ox1, oy1), (sx0, sy0, sx1, sy1) = hit
        relief = float(layer.feature.material.relief_um or 0.0)
        view = height[oy0:oy1, ox0:ox1]
        cv2.scaleAdd(layer.cov[sy0:sy1, sx0:sx1].astype(np.float32), relief / 255.0, view, view)
    sigma = max(0.6, EDGE_SOFTNESS_MM / 25.4 * data.dpi)
    height = cv2.GaussianBlur(height, (0, 0), sigma)
    pitch_um = 25400.0 / data.dpi
    gx = cv2.Sobel(height, cv2.CV_32F, 1, 0, ksize=3, scale=1 / (8 * pitch_um))
    gy = cv2.Sobel(height, cv2.CV_32F, 0, 1, ksize=3, scale=1 / (8 * pitch_um))
    nz = 1.0 / np.sqrt(gx * gx + gy * gy + 1.0)
    return ReliefPatch(x0, y0, height, -gx * nz, -gy * nz, nz)


def relief_patches(data: PageData) -> list[ReliefPatch]:
    """Blocks of the page that carry relief, each with its normals (memoised per page data)."""

    def make() -> list[ReliefPatch]:
        layers = [ly for ly in data.layers if ly.feature.material.relief_um]
        pad = 4 + MAX_SHADOW_PX
        boxes = [
            [
                max(0, ly.x - pad),
                max(0, ly.y - pad),
                min(data.width, ly.x + ly.w + pad),
                min(data.height, ly.y + ly.h + pad),
            ]
            for ly in layers
        ]
        return [_patch(data, box, layers) for box in _merge_boxes(boxes)]

    return data.memo(("relief",), make, lambda ps: sum(p.nbytes for p in ps))


def light_vector(params: LightParams) -> tuple[float, float, float]:
    """Unit vector towards the light in page pixel axes (x right, y down, z up)."""
    az, el = math.radians(params.azimuth_deg), math.radians(params.elevation_deg)
    return (math.cos(el) * math.cos(az), -math.cos(el) * math.sin(az), math.sin(el))


def _shadow(patch: ReliefPatch, sub: Window, params: LightParams, pitch_um: float) -> Floats:
    """0..1 shadow over ``sub`` (patch coordinates): a ray towards the light meets higher relief."""
    x0, y0, x1, y1 = sub
    lx, ly, lz = light_vector(params)
    horizontal = math.hypot(lx, ly)
    core = patch.height[y0:y1, x0:x1]
    if horizontal < 1e-6:
        return np.zeros_like(core)
    ux, uy = lx / horizontal, ly / horizontal
    rise = pitch_um * lz / horizontal  # um the ray climbs per pixel travelled
    top = float(patch.height.max())
    bottom = float(patch.height.min())
    steps = min(MAX_SHADOW_PX, math.ceil((top - min(0.0, bottom)) / rise)) if rise > 0 else 0
    if steps <= 0:
        return np.zeros_like(core)
    m = steps + 1
    grown = cv2.copyMakeBorder(patch.height, m, m, m, m, cv2.BORDER_CONSTANT, value=0.0)
    occ = np.full_like(core, -np.inf)
    h, w = core.shape
    for k in range(1, steps + 1):
        dx, dy = round(k * ux), round(k * uy)
        ahead = grown[y0 + m + dy : y0 + m + dy + h, x0 + m + dx : x0 + m + dx + w]
        np.maximum(occ, ahead - k * rise, out=occ)
    return np.clip((occ - core) / (2.0 * rise), 0.0, 1.0)


def render_oblique(data: PageData, params: LightParams, win: Window) -> Image:
    lx, ly, lz = light_vector(params)
    # The flat page receives less light at a grazing angle; a camera compensates only in part.
    exposure = 0.8 + 0.2 * lz
    out = cv2.convertScaleAbs(crop(data.visible, win), alpha=exposure)
    pitch_um = 25400.0 / data.dpi
    for patch in relief_patches(data):
        ph, pw = patch.height.shape
        hit = clip(patch.x, patch.y, pw, ph, win)
        if hit is None:
            continue
        (ox0, oy0, ox1, oy1), sub = hit
        sx0, sy0, sx1, sy1 = sub
        shade = cv2.addWeighted(patch.nx[sy0:sy1, sx0:sx1], lx, patch.ny[sy0:sy1, sx0:sx1], ly, 0.0)
        cv2.scaleAdd(patch.nz[sy0:sy1, sx0:sx1], lz, shade, shade)
        # Relative to a flat page (n . l = lz), so featureless paper keeps its tone.
        factor = cv2.addWeighted(shade, (1.0 - AMBIENT) / lz, shade, 0.0, AMBIENT)
        np.clip(factor, 0.0, MAX_GAIN, out=factor)
        factor *= 1.0 - SHADOW * _shadow(patch, sub, params, pitch_um)
        scale_by(out[oy0:oy1, ox0:ox1], factor)
    return out
