"""Oblique (grazing) light: relief shaded from a height map, following the light's direction.

Heights come from each feature's ``relief_um`` times its coverage (intaglio 20-60 um, embossing
about 100, laser engraving negative). Lambert shading on the normals of that height map, relative
to a flat page, multiplies the visible image; raised parts cast a short shadow away from the light.
Normals are computed once per page and zoom level, only around features that have relief.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
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
RELIEF_TILE_PX = 64  # relief is kept in rows of blocks this high and multiples of it wide


@dataclass(frozen=True, eq=False)
class ReliefTile:
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


@dataclass(frozen=True, eq=False)
class ReliefPatch:
    """A block of the page at (x, y) where relief layers meet, computed as one height map but
    kept as the tiles of it that have relief within a shadow's reach: a laminate's edge frames
    the whole page, and keeping the flat inside of that frame cost a 600 dpi page 90 MB. A tile
    left out renders as the flat paper it is (the light on a flat page is unchanged)."""

    x: int
    y: int
    side: int  # tiles are ``side`` pixels high, in rows from ``y``, and multiples of it wide
    rows: dict[int, tuple[ReliefTile, ...]]  # a row's runs of neighbouring tiles kept as one
    top: float  # the highest and lowest relief of the whole patch
    bottom: float

    @property
    def nbytes(self) -> int:
        return sum(t.nbytes for t in self.tiles())

    def tiles(self) -> Iterator[ReliefTile]:
        return (t for row in self.rows.values() for t in row)

    def around(self, tile: ReliefTile, m: int) -> Floats:
        """``tile``'s heights grown by ``m`` pixels (``m`` <= ``side``) of its neighbours' on
        every side, zero where none is kept or beyond the patch."""
        th, tw = tile.height.shape
        out = np.zeros((th + 2 * m, tw + 2 * m), dtype=np.float32)
        reach = (tile.x - m, tile.y - m, tile.x + tw + m, tile.y + th + m)
        row = (tile.y - self.y) // self.side
        for near in (t for r in (row - 1, row, row + 1) for t in self.rows.get(r, ())):
            nh, nw = near.height.shape
            hit = clip(near.x, near.y, nw, nh, reach)
            if hit is not None:
                (ox0, oy0, ox1, oy1), (sx0, sy0, sx1, sy1) = hit
                out[oy0:oy1, ox0:ox1] = near.height[sy0:sy1, sx0:sx1]
        return out


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


def _patch(data: PageData, box: list[int], layers: list[Layer], side: int) -> ReliefPatch:
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
    reach = MAX_SHADOW_PX + 1
    h, w = height.shape
    rows: dict[int, tuple[ReliefTile, ...]] = {}
    for ty in range(0, h, side):
        near = height[max(0, ty - reach) : ty + side + reach]
        kept = [
            tx for tx in range(0, w, side) if near[:, max(0, tx - reach) : tx + side + reach].any()
        ]
        runs: list[list[int]] = []
        for tx in kept:  # neighbouring tiles as one: fewer, larger array operations per render
            if runs and runs[-1][1] == tx:
                runs[-1][1] = tx + side
            else:
                runs.append([tx, tx + side])
        if runs:
            rows[ty // side] = tuple(
                _tile(height, x0, y0, tx, ty, tx1 - tx, side, pitch_um) for tx, tx1 in runs
            )
    return ReliefPatch(x0, y0, side, rows, float(height.max()), float(height.min()))


def _tile(
    height: Floats, x0: int, y0: int, tx: int, ty: int, w: int, h: int, pitch_um: float
) -> ReliefTile:
    """The block of ``height`` (a patch at x0, y0) at (tx, ty) with its normals, from its heights
    and one pixel around as the whole patch's would be: the same 3 x 3 kernel, the same border
    at the patch's edges."""
    gy0, gx0 = max(0, ty - 1), max(0, tx - 1)
    grown = height[gy0 : ty + h + 1, gx0 : tx + w + 1]
    gx = cv2.Sobel(grown, cv2.CV_32F, 1, 0, ksize=3, scale=1 / (8 * pitch_um))
    gy = cv2.Sobel(grown, cv2.CV_32F, 0, 1, ksize=3, scale=1 / (8 * pitch_um))
    core = np.s_[ty - gy0 : ty - gy0 + h, tx - gx0 : tx - gx0 + w]
    gx, gy = gx[core], gy[core]
    nz = 1.0 / np.sqrt(gx * gx + gy * gy + 1.0)
    own = np.ascontiguousarray(height[ty : ty + h, tx : tx + w])
    return ReliefTile(x0 + tx, y0 + ty, own, -gx * nz, -gy * nz, nz)


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
        return [_patch(data, box, layers, RELIEF_TILE_PX) for box in _merge_boxes(boxes)]

    return data.memo(("relief",), make, lambda ps: sum(p.nbytes for p in ps))


def light_vector(params: LightParams) -> tuple[float, float, float]:
    """Unit vector towards the light in page pixel axes (x right, y down, z up)."""
    az, el = math.radians(params.azimuth_deg), math.radians(params.elevation_deg)
    return (math.cos(el) * math.cos(az), -math.cos(el) * math.sin(az), math.sin(el))


def _shadow(
    patch: ReliefPatch, tile: ReliefTile, sub: Window, params: LightParams, pitch_um: float
) -> Floats:
    """0..1 shadow over ``sub`` (tile coordinates): a ray towards the light meets higher relief."""
    x0, y0, x1, y1 = sub
    lx, ly, lz = light_vector(params)
    horizontal = math.hypot(lx, ly)
    core = tile.height[y0:y1, x0:x1]
    if horizontal < 1e-6:
        return np.zeros_like(core)
    ux, uy = lx / horizontal, ly / horizontal
    rise = pitch_um * lz / horizontal  # um the ray climbs per pixel travelled
    top, bottom = patch.top, patch.bottom
    steps = min(MAX_SHADOW_PX, math.ceil((top - min(0.0, bottom)) / rise)) if rise > 0 else 0
    if steps <= 0:
        return np.zeros_like(core)
    m = steps + 1
    grown = patch.around(tile, m)
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
        for tile in patch.tiles():
            th, tw = tile.height.shape
            hit = clip(tile.x, tile.y, tw, th, win)
            if hit is None:
                continue
            (ox0, oy0, ox1, oy1), sub = hit
            sx0, sy0, sx1, sy1 = sub
            shade = cv2.addWeighted(
                tile.nx[sy0:sy1, sx0:sx1], lx, tile.ny[sy0:sy1, sx0:sx1], ly, 0.0
            )
            cv2.scaleAdd(tile.nz[sy0:sy1, sx0:sx1], lz, shade, shade)
            # Relative to a flat page (n . l = lz), so featureless paper keeps its tone.
            factor = cv2.addWeighted(shade, (1.0 - AMBIENT) / lz, shade, 0.0, AMBIENT)
            np.clip(factor, 0.0, MAX_GAIN, out=factor)
            factor *= 1.0 - SHADOW * _shadow(patch, tile, sub, params, pitch_um)
            scale_by(out[oy0:oy1, ox0:ox1], factor)
    return out
