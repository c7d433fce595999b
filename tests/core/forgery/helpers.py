"""Comparing a forgery with its genuine: what changed, where the record says, under which light."""

from __future__ import annotations

import cv2
import numpy as np
import numpy.typing as npt

from docexam.core.domain.geometry import Ellipse, Rect, Region
from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import Specimen
from docexam.core.light import LightEngine, LightParams
from docexam.core.pack.images import read_image
from docexam.core.synth import GeneratedSpecimen, PageCanvas
from docexam.core.synth.forgery import ForgedSpecimen

Bool = npt.NDArray[np.bool_]
Grey = npt.NDArray[np.float32]


def raster(canvas: PageCanvas, region: Region) -> Bool:
    out = np.zeros((canvas.height, canvas.width), np.uint8)
    s = canvas.scale
    if isinstance(region, Rect):
        x0, y0, x1, y1 = region.bounds()
        out[int(y0 * s) : int(np.ceil(y1 * s)) + 1, int(x0 * s) : int(np.ceil(x1 * s)) + 1] = 1
    elif isinstance(region, Ellipse):
        c = (round(region.cx * s), round(region.cy * s))
        cv2.ellipse(out, c, (round(region.rx * s) + 1, round(region.ry * s) + 1), 0, 0, 360, 1, -1)
    else:
        pts = np.round(np.array(region.points) * s).astype(np.int32)
        cv2.fillPoly(out, [pts], 1)
    return out > 0


def changed(genuine: GeneratedSpecimen, forgery: ForgedSpecimen, page_id: str) -> Bool:
    """Every pixel where the white-light image, a layer's mask, or a layer's material (over its
    coverage) differs; the whole page when the substrate changed."""
    g_canvas, f_canvas = genuine.pages[page_id], forgery.generated.pages[page_id]
    g_page, f_page = genuine.specimen.page(page_id), forgery.specimen.page(page_id)
    out = np.zeros((g_canvas.height, g_canvas.width), bool)
    if g_page.substrate != f_page.substrate:
        out[:] = True
        return out
    g_vis = read_image(genuine.specimen.path(g_page.visible)).astype(np.int16)
    f_vis = read_image(forgery.specimen.path(f_page.visible)).astype(np.int16)
    out |= np.abs(g_vis - f_vis).max(axis=2) > 2
    g_layers = {la.id: la for la in g_canvas.layers}
    f_layers = {la.id: la for la in f_canvas.layers}
    for lid in g_layers.keys() | f_layers.keys():
        a, b = g_layers.get(lid), f_layers.get(lid)
        for la in (a, b):
            if la is None:
                continue
            cov = la.mask > 0 if la.mask is not None else raster(g_canvas, la.region)
            if a is None or b is None or a.material != b.material or a.region != b.region:
                out |= cov
        if a is not None and b is not None and a.mask is not None and b.mask is not None:
            out |= a.mask != b.mask
    return out


def recorded(forgery: ForgedSpecimen, page_id: str) -> Bool:
    canvas = forgery.generated.pages[page_id]
    out = np.zeros((canvas.height, canvas.width), bool)
    for sign in forgery.record.signs_on(page_id):
        out |= raster(canvas, sign.region)
    return out


def assert_changes_recorded(genuine: GeneratedSpecimen, forgery: ForgedSpecimen) -> None:
    assert forgery.record.signs
    for page_id in genuine.pages:
        diff = changed(genuine, forgery, page_id)
        outside = diff & ~recorded(forgery, page_id)
        assert outside.sum() <= 3, f"{page_id}: {outside.sum()} changed pixels outside the record"


def render(spec: Specimen, page: str, light: LightSource, **kw: float) -> Grey:
    image = LightEngine(spec).render(page, LightParams(light, **kw)).image  # type: ignore[arg-type]
    return np.asarray(image, dtype=np.float32)


def box(canvas: PageCanvas, region: Region) -> tuple[slice, slice]:
    x0, y0, x1, y1 = canvas.pixel_box(region, 0)
    return slice(y0, y1), slice(x0, x1)
