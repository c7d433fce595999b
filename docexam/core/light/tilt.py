"""Tilting the document: optically variable features, and coaxial light.

Tilt (``tilt_deg``, 0 = facing the viewer, +/-90 = edge on) picks, for each ``ovd``, the stop
whose range holds the angle:

- colour shift (OVI, hologram): the stop's colour over the feature; no stop, no change;
- image switch (MLI/CLI): the stop's image shows; outside every stop the lens shows the other
  channel, so this image fades to the paper around it;
- latent image (intaglio): visible only near a grazing angle, whatever the stops say, since it is
  the raised lines hiding the paper between them that draws it: the stop's colour fills the
  layer's lines and the gaps between them (up to ``LATENT_GAP_MM``), so the letters show solid.

Coaxial light reflects specularly off flat layers: the diffuse print loses contrast under a
uniform sheen, and retroreflective laminate patterns light up.
"""

from __future__ import annotations

import cv2
import numpy as np

from docexam.core.domain.material import Ovd, OvdKind, OvdStop
from docexam.core.light.blend import Window, bgr, crop, lerp_to, parts
from docexam.core.light.layers import Bgr, Layer, mm_to_px
from docexam.core.light.page import PageData
from docexam.core.light.params import Image, LightParams

LATENT_ONSET_DEG = 60.0  # the latent image starts to show
LATENT_FULL_DEG = 78.0  # and is fully there this close to edge-on
LATENT_GAP_MM = 0.35  # raised lines this close hide the paper between them at a grazing angle
COAXIAL_DIFFUSE = 0.45  # most of what the camera gets is the laminate's specular sheen
COAXIAL_SHEEN = 70.0
RETRO_COLOUR: Bgr = bgr("#f4f7fa")


def stop_for(ovd: Ovd, tilt: float) -> OvdStop | None:
    for stop in ovd.stops:
        lo, hi = sorted((stop.tilt_from, stop.tilt_to))
        if lo <= tilt <= hi:
            return stop
    return None


def latent_strength(tilt: float) -> float:
    """0 facing the viewer, rising smoothly to 1 near a grazing angle."""
    t = (abs(tilt) - LATENT_ONSET_DEG) / (LATENT_FULL_DEG - LATENT_ONSET_DEG)
    t = min(1.0, max(0.0, t))
    return t * t * (3.0 - 2.0 * t)


def occluded(cov: Image, dpi: float) -> Image:
    """Line coverage with the gaps between close lines filled: what a grazing view sees.

    Lines finer than a pixel of a zoomed-out view arrive as partial coverage; they hide the
    paper as well, so coverage is pushed towards full as :meth:`Layer.presence` does."""
    size = max(3, round(mm_to_px(LATENT_GAP_MM, dpi)) | 1)
    kernel = np.ones((size, size), np.uint8)
    closed = cv2.morphologyEx(cov, cv2.MORPH_CLOSE, kernel)
    return np.asarray(cv2.convertScaleAbs(closed, alpha=2.0), dtype=np.uint8)


def render_tilt(data: PageData, params: LightParams, win: Window) -> Image:
    out = crop(data.visible, win).copy()
    tilt = params.tilt_deg
    shown: list[tuple[Layer, OvdStop, float]] = []
    for layer in data.layers:
        ovd = layer.feature.material.ovd
        if ovd is None:
            continue
        stop = stop_for(ovd, tilt)
        if ovd.kind is OvdKind.LATENT:
            strength = latent_strength(tilt)
            if stop is not None and strength > 0:
                shown.append((layer, stop, stop.opacity * strength))
        elif stop is not None:
            shown.append((layer, stop, stop.opacity))
        elif ovd.kind is OvdKind.IMAGE_SWITCH:
            hidden = parts(layer, layer.presence(), 0, out, win)
            if hidden is not None:
                lerp_to(hidden[0], hidden[1], layer.paper, 1.0)
    # Images of one lens field overlap: every hidden one is gone before the one the lens shows
    # at this angle is drawn, so removing the others never cuts holes in it.
    for layer, stop, alpha in shown:
        cov = layer.cov
        if layer.feature.material.ovd and layer.feature.material.ovd.kind is OvdKind.LATENT:
            cov = occluded(layer.cov, data.dpi)
        hit = parts(layer, cov, 0, out, win)
        if hit is not None:
            lerp_to(hit[0], hit[1], bgr(stop.colour), alpha)
    return out


def render_coaxial(data: PageData, params: LightParams, win: Window) -> Image:
    out = cv2.convertScaleAbs(crop(data.visible, win), alpha=COAXIAL_DIFFUSE, beta=COAXIAL_SHEEN)
    for layer in data.layers:
        retro = layer.feature.material.retroreflective
        if not retro:
            continue
        hit = parts(layer, layer.cov, 0, out, win)
        if hit is not None:
            lerp_to(hit[0], hit[1], RETRO_COLOUR, min(1.0, retro))
    return out
