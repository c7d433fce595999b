"""Infrared: reflectance behind a long-pass filter, IR luminescence, and anti-Stokes up-conversion.

IR reflectance is a greyscale camera image. Paper reflects near-IR well (light grey). Each ink
absorbs up to its ``ir_cutoff_nm`` and turns transparent above it, so behind a filter with cut-off
L an ink drops out (shows the paper around it) where ``ir_cutoff_nm <= L``. Its absorption edge is
not a step: within ``IR_EDGE_NM`` below the cut-off the ink is already fading, so plain coloured
ink (cut-off 730) is faint behind a 715 nm filter and gone from 780. An ink is never darker in IR
than in white light unless its ``ir_density`` says so (an IR-absorbing ink pale in white light).

Default for ink nobody annotated: it keeps its visible darkness at every cut-off. On a scan most
print is unannotated, and guessing it drops out would invent evidence; keeping it makes the
annotated features the only thing that changes between filters, which is what an exercise tests.
"""

from __future__ import annotations

import cv2
import numpy as np

from docexam.core.light.blend import Window, bgr, crop, lerp_image, lerp_to, parts, tinted
from docexam.core.light.layers import Bgr
from docexam.core.light.page import PageData
from docexam.core.light.params import Image, LightParams
from docexam.core.light.uv import add_emissions

IR_PAPER = 222.0  # substrate grey in IR: paper and polycarbonate reflect near-IR strongly
IR_EDGE_NM = 60.0  # an ink's absorption fades over this band below its cut-off
IR_LUM_BASE = 0.10  # the luminescence camera still sees a faint page through its filter
IR_LUM_GLOW: Bgr = (255.0, 255.0, 255.0)
ANTI_STOKES_BASE: Bgr = bgr("#0b0b0e")  # a 980 nm lamp is invisible: the page itself stays dark


def ir_remaining(cutoff_nm: float, filter_nm: float) -> float:
    """The fraction of an ink's darkness left behind a long-pass filter: 1 well below the ink's
    cut-off, falling over ``IR_EDGE_NM`` to 0 at it."""
    return min(1.0, max(0.0, (cutoff_nm - filter_nm) / IR_EDGE_NM))


def render_ir(data: PageData, params: LightParams, win: Window) -> Image:
    base = cv_scale(crop(data.rel_grey, win), IR_PAPER / 255.0)
    out = base.copy()
    cutoff = params.ir_cutoff_nm
    annotated = [
        (ly, ir_remaining(ly.feature.material.ir_cutoff_nm or 0.0, cutoff))
        for ly in data.layers
        if ly.feature.material.ir_cutoff_nm is not None
    ]
    for layer, left in annotated:  # fading inks first: the paper around them shows through
        if left < 1.0:
            hit = parts(layer, layer.presence(), 0, out, win)
            if hit is not None:
                paper = IR_PAPER * data.paper_rel(layer.paper) / 255.0
                lerp_to(hit[0], hit[1], (paper,) * 3, 1.0 - left)
    # Then absorbing inks, so one printed over or beside a drop-out ink (a portrait inside a
    # drop-out guilloche, whose derived layers overlap) stays dark: any ink absorbing at the
    # filter's wavelength darkens the pixel.
    for layer, left in annotated:
        if left <= 0.0:
            continue
        hit = parts(layer, layer.cov, 0, out, win)
        if hit is None:
            continue
        view, cov = hit
        y0, x0 = max(0, layer.y - win[1]), max(0, layer.x - win[0])
        original = base[y0 : y0 + view.shape[0], x0 : x0 + view.shape[1]]
        paper = IR_PAPER * data.paper_rel(layer.paper) / 255.0
        # As dark as it looks in white light, times what is left of its absorption here.
        dark = original if left >= 1.0 else cv_scale(original, left, paper * (1.0 - left))
        density = layer.feature.material.ir_density
        if density is not None:  # an ink darker in IR than it looks (pale, or invisible)
            dark = np.minimum(dark, round(paper * (1.0 - density * left))).astype(np.uint8)
        lerp_image(view, cov, dark)
    return out


def render_ir_luminescence(data: PageData, params: LightParams, win: Window) -> Image:
    out = cv_scale(crop(data.rel_grey, win), IR_LUM_BASE)
    emissions = [
        (i, IR_LUM_GLOW, layer.feature.material.ir_luminescence or 0.0)
        for i, layer in enumerate(data.layers)
    ]
    add_emissions(data, out, win, emissions)
    return out


def render_anti_stokes(data: PageData, params: LightParams, win: Window) -> Image:
    out = tinted(crop(data.rel_grey, win), ANTI_STOKES_BASE)
    emissions: list[tuple[int, Bgr, float]] = []
    for i, layer in enumerate(data.layers):
        em = layer.feature.material.anti_stokes
        if em is not None:
            emissions.append((i, bgr(em.colour), em.intensity))
    add_emissions(data, out, win, emissions)
    return out


def cv_scale(grey: Image, k: float, offset: float = 0.0) -> Image:
    return cv2.convertScaleAbs(grey, alpha=k, beta=offset)
