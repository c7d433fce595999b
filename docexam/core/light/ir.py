"""Infrared: reflectance behind a long-pass filter, IR luminescence, and anti-Stokes up-conversion.

IR reflectance is a greyscale camera image. Paper reflects near-IR well (light grey). Each ink
absorbs up to its ``ir_cutoff_nm`` and turns transparent above it, so behind a filter with cut-off
L an ink is dark where ``ir_cutoff_nm > L`` and drops out (shows the paper around it) otherwise.

Default for ink nobody annotated: it keeps its visible darkness at every cut-off. On a scan most
print is unannotated, and guessing it drops out would invent evidence; keeping it makes the
annotated features the only thing that changes between filters, which is what an exercise tests.
"""

from __future__ import annotations

import cv2
import numpy as np

from docexam.core.domain.material import Material
from docexam.core.light.blend import Window, bgr, crop, lerp_image, lerp_to, parts, tinted
from docexam.core.light.layers import Bgr
from docexam.core.light.page import PageData
from docexam.core.light.params import Image, LightParams
from docexam.core.light.uv import add_emissions

IR_PAPER = 222.0  # substrate grey in IR: paper and polycarbonate reflect near-IR strongly
IR_LUM_BASE = 0.10  # the luminescence camera still sees a faint page through its filter
IR_LUM_GLOW: Bgr = (255.0, 255.0, 255.0)
ANTI_STOKES_BASE: Bgr = bgr("#0b0b0e")  # a 980 nm lamp is invisible: the page itself stays dark


def ir_density(m: Material) -> float | None:
    """How dark an IR-absorbing ink is (0..1): ``ir_density`` if given, else its visible opacity."""
    if m.ir_density is not None:
        return m.ir_density
    return m.visible.opacity if m.visible is not None else None


def render_ir(data: PageData, params: LightParams, win: Window) -> Image:
    base = cv_scale(crop(data.rel_grey, win), IR_PAPER / 255.0)
    out = base.copy()
    cutoff = params.ir_cutoff_nm
    annotated = [ly for ly in data.layers if ly.feature.material.ir_cutoff_nm is not None]
    for layer in annotated:  # transparent inks first: the paper around them shows through
        if (layer.feature.material.ir_cutoff_nm or 0.0) <= cutoff:
            hit = parts(layer, layer.presence(), 0, out, win)
            if hit is not None:
                paper = IR_PAPER * data.paper_rel(layer.paper) / 255.0
                lerp_to(hit[0], hit[1], (paper,) * 3, 1.0)
    # Then absorbing inks, so one printed over or beside a drop-out ink (a portrait inside a
    # drop-out guilloche, whose derived layers overlap) stays dark: any ink absorbing at the
    # filter's wavelength darkens the pixel.
    for layer in annotated:
        m = layer.feature.material
        if (m.ir_cutoff_nm or 0.0) <= cutoff:
            continue
        hit = parts(layer, layer.cov, 0, out, win)
        if hit is None:
            continue
        view, cov = hit
        y0, x0 = max(0, layer.y - win[1]), max(0, layer.x - win[0])
        original = base[y0 : y0 + view.shape[0], x0 : x0 + view.shape[1]]
        dark = original.copy()
        density = ir_density(m)
        if density is not None:  # as dark as its opacity says, never lighter than it looks
            paper = IR_PAPER * data.paper_rel(layer.paper) / 255.0
            cv2.min(dark, np.full_like(dark, round(paper * (1.0 - density))), dst=dark)
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


def cv_scale(grey: Image, k: float) -> Image:
    return cv2.convertScaleAbs(grey, alpha=k)
