"""How visible each sign of a forgery is, measured through the light engine.

For every light a sign's record names, the genuine page and the genuine page with only the
sign's operation applied (its changed layers and substrate) are rendered in the sign's window
and compared, so a new face does not count as the contrast of the laminate round it. The
sign's contrast is the mean difference over the pixels that changed by more than the eye
notices (``SEEN``), its size the area of those pixels. It needs the loupe when blurring both
renders to naked-eye resolution (``EYE_MM``) leaves less than half of that contrast. The
light that shows it best gives its subtlety (``domain.look.subtlety``); a sign found by a
comparison or a tool scores that tool's ``TOOL_SUBTLETY``. Measured at no more than ``MEASURE_DPI``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import cv2
import numpy as np
import numpy.typing as npt

from docexam.core.domain.lights import LightSource
from docexam.core.domain.look import TOOL_SUBTLETY, subtlety
from docexam.core.domain.model import Page, SubstrateSpec
from docexam.core.light import LightParams
from docexam.core.light.page import PageData
from docexam.core.light.simulate import render_window
from docexam.core.pack.forgery_record import Measured, Sign
from docexam.core.synth.canvas import PageCanvas
from docexam.core.synth.compose import page_of
from docexam.core.synth.forgery.workbench import Workbench

Files = dict[str, npt.NDArray[np.uint8]]
SEEN = 5.0  # grey levels: a smaller difference goes unnoticed
EYE_MM = 0.12  # blur (sigma) of the naked eye at reading distance
MEASURE_DPI = 300.0
TILTS = (-35.0, 35.0)  # an OVD is judged tilted both ways


def page_data(canvas: PageCanvas, page: Page, substrate: SubstrateSpec) -> PageData:
    """The light engine's view of a canvas, kept in memory."""
    files: Files = {}
    built = page_of(canvas, page.id, page.name, substrate, page.reverse, files)
    data = PageData(built, files[built.visible.file], canvas.dpi, lambda ref: files[ref.file])
    return data if canvas.dpi <= MEASURE_DPI else data.scaled(MEASURE_DPI / canvas.dpi)


def _alone(
    wb: Workbench, page_id: str, mine: frozenset[str], substrate: bool
) -> tuple[PageCanvas, SubstrateSpec]:
    """The genuine page with only the layers ``mine`` as forged (added ones in their place,
    removed ones gone), and the forged substrate if ``substrate``."""
    genuine = wb.source.pages[page_id]
    forged = wb.canvas(page_id)
    after = {la.id: la for la in forged.layers}
    layers = [after.get(la.id) if la.id in mine else la for la in genuine.layers]
    known = {la.id for la in genuine.layers}
    for i, la in enumerate(forged.layers):
        if la.id in mine and la.id not in known:  # added: after the layer it follows
            prev = forged.layers[i - 1].id if i else None
            at = next((j + 1 for j, x in enumerate(layers) if x and x.id == prev), len(layers))
            layers.insert(at, la)
    out = PageCanvas(genuine.size_mm, genuine.dpi)
    out.layers = [la for la in layers if la is not None]
    work = wb.pages[page_id]
    return out, work.substrate if substrate else work.page.substrate


def measured(wb: Workbench, signs: list[Sign]) -> list[Sign]:
    """``signs`` with their visibility measured, each against the genuine page."""
    genuine: dict[str, PageData] = {}
    alone: dict[tuple[str, frozenset[str], bool], PageData] = {}
    out = []
    for sign in signs:
        pid = sign.page_id
        tools = [TOOL_SUBTLETY[r] for r in sign.reveal if r in TOOL_SUBTLETY]
        if tools and ("comparison" in sign.reveal or not _lights(sign)):
            out.append(replace(sign, measured=Measured(min(tools))))
            continue
        page = wb.pages[pid].page
        if pid not in genuine:
            genuine[pid] = page_data(wb.source.pages[pid], page, page.substrate)
        mine, substrate = wb.traces.get(sign.id, (frozenset(), True))
        key = (pid, mine, substrate)
        if key not in alone:
            canvas, spec = _alone(wb, pid, mine, substrate)
            alone[key] = page_data(canvas, page, spec)
        out.append(replace(sign, measured=measure(sign, genuine[pid], alone[key])))
    return out


def _params(sign: Sign, light: LightSource) -> list[LightParams]:
    if light is LightSource.IR:
        return [LightParams(light, ir_cutoff_nm=sign.ir_cutoff_nm or 1000)]
    if light is LightSource.TILT:
        return [LightParams(light, tilt_deg=t) for t in TILTS]
    return [LightParams(light)]


def _grey(image: np.ndarray) -> np.ndarray:
    image = np.asarray(image, np.float32)
    return image if image.ndim == 2 else image[:, :, :3].max(axis=2)


def _lights(sign: Sign) -> tuple[LightSource, ...]:
    # A loupe is white light, magnified: what it shows is there in the white-light image.
    return sign.lights or ((LightSource.VISIBLE,) if "loupe" in sign.reveal else ())


def measure(sign: Sign, genuine: PageData, forged: PageData) -> Measured:
    """The sign seen under the recorded light that shows it best."""
    if not _lights(sign):
        return Measured(1.0)
    s = forged.width / forged.page.size_mm[0]  # pixels per mm
    x0, y0, x1, y1 = sign.region.bounds()
    win = (
        max(0, int(x0 * s)),
        max(0, int(y0 * s)),
        min(forged.width, int(np.ceil(x1 * s)) + 1),
        min(forged.height, int(np.ceil(y1 * s)) + 1),
    )
    if win[2] <= win[0] or win[3] <= win[1]:
        return Measured(1.0)
    eye = max(0.5, EYE_MM * s)
    best: Measured | None = None
    for light in _lights(sign):
        for params in _params(sign, light):
            a = _grey(render_window(genuine, None, params, win))
            b = _grey(render_window(forged, None, params, win))
            diff = np.abs(b - a)
            seen = diff > SEEN
            if not seen.any():
                continue
            contrast = float(diff[seen].mean()) / 255.0
            blur: Callable[[np.ndarray], np.ndarray] = lambda im: cv2.GaussianBlur(im, (0, 0), eye)  # noqa: E731
            eyed = float(np.abs(blur(b) - blur(a))[seen].mean()) / 255.0
            area = float(seen.sum()) / s**2
            loupe = "loupe" in sign.reveal and eyed < 0.5 * contrast
            m = Measured(
                subtlety(contrast, area, loupe),
                light.value,
                round(contrast, 3),
                round(area, 1),
                loupe,
            )
            if best is None or m.subtlety < best.subtlety:
                best = m
    return best or Measured(1.0)
