"""Which renderer draws which light, and a pure entry point that needs no specimen on disk."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import cv2

from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import ImageRef, Page
from docexam.core.light.blend import Window, crop
from docexam.core.light.ir import render_anti_stokes, render_ir, render_ir_luminescence
from docexam.core.light.oblique import relief_patches, render_oblique
from docexam.core.light.page import PageData
from docexam.core.light.params import Image, LightError, LightParams
from docexam.core.light.tilt import render_coaxial, render_tilt
from docexam.core.light.transmitted import render_transmitted
from docexam.core.light.uv import render_uv, render_uv_off

Renderer = Callable[[PageData, LightParams, Window], Image]

_RENDERERS: dict[LightSource, Renderer] = {
    LightSource.VISIBLE: lambda data, params, win: crop(data.visible, win).copy(),
    LightSource.OBLIQUE: render_oblique,
    LightSource.COAXIAL: render_coaxial,
    LightSource.UV365: render_uv,
    LightSource.UV254: render_uv,
    LightSource.IR: render_ir,
    LightSource.IR_LUMINESCENCE: render_ir_luminescence,
    LightSource.ANTI_STOKES: render_anti_stokes,
    LightSource.TILT: render_tilt,
    LightSource.UV_OFF: render_uv_off,
}


def render_window(data: PageData, back: PageData | None, params: LightParams, win: Window) -> Image:
    """The window ``(x0, y0, x1, y1)`` of ``data`` under ``params``; greyscale for IR cameras.

    ``back`` is the reverse page at the same pixel size (transmitted light only).
    """
    if params.light is LightSource.TRANSMITTED:
        return render_transmitted(data, back, params, win)
    renderer = _RENDERERS.get(params.light)
    if renderer is None:  # pragma: no cover - every LightSource has a renderer
        raise LightError(f"no simulation for light {params.light.value!r}")
    return renderer(data, params, win)


def warm(data: PageData) -> None:
    """Compute everything about the page that no light setting changes and that is kept: layers
    and relief normals. Optional: each is otherwise made by the first render needing it."""
    _ = data.layers
    relief_patches(data)


def as_bgr(image: Image) -> Image:
    return cv2.cvtColor(image, cv2.COLOR_GRAY2BGR) if image.ndim == 2 else image


def simulate(
    page: Page,
    params: LightParams,
    visible: Image,
    *,
    dpi: float | None = None,
    masks: Mapping[str, Image] | None = None,
    reverse: tuple[Page, Image] | None = None,
) -> Image:
    """``page`` under ``params`` from in-memory images, e.g. the generator's own render.

    ``masks`` maps a mask's ``ImageRef.file`` to its greyscale pixels; ``reverse`` is the page on
    the other side of the sheet with its visible image. Nothing is cached and captured images
    are not consulted: this always simulates.
    """
    found = dict(masks or {})

    def mask(ref: ImageRef) -> Image:
        if ref.file not in found:
            raise LightError(f"page {page.id!r}: no pixels given for mask {ref.file!r}")
        return found[ref.file]

    data = PageData(page, visible, dpi if dpi is not None else page.visible.dpi, mask)
    back = None
    if reverse is not None:
        back_page, back_visible = reverse
        back_dpi = back_page.visible.dpi if back_page.images else data.dpi
        back = PageData(back_page, back_visible, back_dpi, mask).resized(data.width, data.height)
    return as_bgr(render_window(data, back, params, (0, 0, data.width, data.height)))
