"""Feature layers common to every document: helpers and the substrate features.

Each builder draws one feature's mask and states its material, so the ground truth a forgery
generator or a scoring rule needs is explicit in the returned :class:`Layer`.
"""

from __future__ import annotations

import cv2
import numpy as np

from docexam.core.domain.geometry import Rect, Region
from docexam.core.domain.guidance import guide
from docexam.core.domain.material import Emission, Ink, Material
from docexam.core.domain.model import Coverage, MicroText
from docexam.core.synth.canvas import Layer, Mask, PageCanvas
from docexam.core.synth.emblem import stamp
from docexam.core.synth.guilloche import stroke
from docexam.core.synth.names_zh import layer_name
from docexam.core.synth.text import FONTS, draw_text, text_width_mm


def mask_region(canvas: PageCanvas, mask: Mask, pad_mm: float = 0.2) -> Rect:
    """The bounding box of the inked pixels in page mm, clipped to the page."""
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    w, h = canvas.size_mm
    if rows.size == 0:
        return Rect(0.0, 0.0, round(w, 3), round(h, 3))
    s = canvas.scale
    x0 = max(0.0, cols[0] / s - pad_mm)
    y0 = max(0.0, rows[0] / s - pad_mm)
    x1 = min(w, (cols[-1] + 1) / s + pad_mm)
    y1 = min(h, (rows[-1] + 1) / s + pad_mm)
    return Rect(round(x0, 3), round(y0, 3), round(x1 - x0, 3), round(y1 - y0, 3))


def add_layer(
    canvas: PageCanvas,
    fid: str,
    category: str,
    name: str,
    material: Material,
    mask: Mask | None,
    region: Region | None = None,
    coverage: Coverage = Coverage.INK,
) -> Layer:
    # English is the source; the Chinese comes from names_zh (missing Chinese raises).
    desc, how = guide(category)
    if region is None:
        region = mask_region(canvas, mask) if mask is not None else canvas.full_region()
    invisible = material.visible is None
    return canvas.add(
        Layer(
            id=fid,
            category=category,
            name=layer_name(name),
            region=region,
            material=material,
            mask=mask,
            coverage=Coverage.REGION if invisible and mask is None else coverage,
            description=desc,
            how_to_check=how,
        )
    )


def uv_dull(canvas: PageCanvas) -> Layer:
    # No ink: the substrate spec (uv_response=dull) carries the behaviour; the layer is the
    # hotspot an examiner clicks and the area a UV-glow counterfeit will be scored on.
    return add_layer(
        canvas,
        "uv-dull-substrate",
        "substrate.uv_dull",
        "UV-dull security paper",
        Material(),
        None,
        region=canvas.full_region(1.0),
        coverage=Coverage.REGION,
    )


def fibres(
    canvas: PageCanvas,
    g: np.random.Generator,
    colour: str,
    visible: bool,
    count: int,
    fid: str,
    lamps: tuple[float, float] = (0.9, 0.0),
) -> Layer:
    """Fibres fluorescing with intensity ``lamps`` = (at 365 nm, at 254 nm); 0 = no response.

    Fibre dyes differ in what excites them: some answer only UV-A, some only UV-C, most both,
    so the two lamps show different sets of fibres."""
    mask = canvas.blank()
    w, h = canvas.size_mm
    curves = []
    for _ in range(count):
        x, y = float(g.uniform(2, w - 2)), float(g.uniform(2, h - 2))
        length = float(g.uniform(2.0, 5.0))
        ang = float(g.uniform(0, np.pi))
        bend = float(g.uniform(-0.6, 0.6))
        t = np.linspace(-0.5, 0.5, 12)
        pts = np.stack(
            [x + np.cos(ang + bend * t) * t * length, y + np.sin(ang + bend * t) * t * length],
            axis=1,
        )
        curves.append(pts)
    stroke(mask, canvas, curves, 0.07, closed=False)
    kind = "Visible" if visible else "Invisible"
    at365, at254 = lamps
    material = Material(
        visible=Ink(colour, 0.55) if visible else None,
        uv365=Emission(colour, at365) if at365 > 0 else None,
        uv254=Emission(colour, at254) if at254 > 0 else None,
    )
    return add_layer(
        canvas,
        fid,
        "substrate.fibres",
        f"{kind} fluorescent fibres",
        material,
        mask,
        region=canvas.full_region(1.0),
    )


def planchettes(
    canvas: PageCanvas, g: np.random.Generator, colour: str, colour254: str, count: int
) -> Layer:
    mask = canvas.blank()
    w, h = canvas.size_mm
    for _ in range(count):
        c = (
            int(g.uniform(2, w - 2) * canvas.scale * 16),
            int(g.uniform(2, h - 2) * canvas.scale * 16),
        )
        r = int(canvas.px(float(g.uniform(0.35, 0.55))) * 16)
        cv2.circle(mask, c, max(r, 16), 255, -1, cv2.LINE_AA, shift=4)
    material = Material(uv365=Emission(colour, 0.85), uv254=Emission(colour254, 0.6))
    return add_layer(
        canvas,
        "planchettes",
        "substrate.planchettes",
        "Fluorescent planchettes",
        material,
        mask,
        region=canvas.full_region(1.0),
    )


def _shaded(tile: Mask, canvas: PageCanvas) -> Mask:
    """Cylinder-mould tones: the paper thins gradually towards the motif's middle, so the light
    tones rise smoothly from its edge instead of being one flat level."""
    inside = (tile > 127).astype(np.uint8)
    dist = cv2.distanceTransform(inside, cv2.DIST_L2, 5)
    peak = float(dist.max()) or 1.0
    ramp = np.sqrt(dist / peak)  # a rounded relief, as the mould's embossing is
    soft = cv2.GaussianBlur((ramp * 255).astype(np.float32), (0, 0), canvas.px(0.25))
    return np.clip(soft, 0, 255).astype(np.uint8)


def watermark(
    canvas: PageCanvas, box: Rect, motif: Mask, mirrored: bool = False, shaded: bool = False
) -> list[Layer]:
    """Light tones (thinner paper) in the motif, dark tones (thicker) in its ring. ``shaded``:
    the newer mould, whose light tones run through many levels instead of two."""
    x0, y0, x1, y1 = canvas.pixel_box(box, 0)
    tile = cv2.resize(motif, (x1 - x0, y1 - y0), interpolation=cv2.INTER_AREA)
    if mirrored:
        tile = np.ascontiguousarray(tile[:, ::-1])
    soft = _shaded(tile, canvas) if shaded else cv2.GaussianBlur(tile, (0, 0), canvas.px(0.5))
    light = canvas.blank()
    light[y0:y1, x0:x1] = soft
    ring = cv2.GaussianBlur(
        cv2.dilate(tile, np.ones((5, 5), np.uint8), iterations=max(1, int(canvas.px(0.5)))),
        (0, 0),
        canvas.px(0.8),
    )
    dark = canvas.blank()
    dark[y0:y1, x0:x1] = np.clip(ring.astype(np.int16) - soft.astype(np.int16), 0, 255).astype(
        np.uint8
    )
    kind = "shaded " if shaded else ""
    return [
        add_layer(
            canvas,
            "watermark-light",
            "substrate.watermark",
            f"Watermark ({kind}light tones)",
            Material(transmission=-0.35),
            light,
            region=box,
        ),
        add_layer(
            canvas,
            "watermark-dark",
            "substrate.watermark",
            f"Watermark ({kind}dark tones)",
            Material(transmission=0.3),
            dark,
            region=box,
        ),
    ]


def thread(canvas: PageCanvas, x_mm: float, colour: str) -> Layer:
    mask = canvas.blank()
    x0, x1 = round(canvas.px(x_mm - 0.5)), round(canvas.px(x_mm + 0.5))
    mask[:, x0:x1] = 255
    material = Material(
        visible=Ink("#8a8f96", 0.12), uv365=Emission(colour, 0.8), transmission=0.55
    )
    return add_layer(
        canvas,
        "security-thread",
        "substrate.thread",
        "Embedded security thread",
        material,
        mask,
        region=Rect(round(x_mm - 0.6, 3), 0.0, 1.2, canvas.size_mm[1]),
    )


THREAD_WINDOW_MM = (3.2, 6.4)
THREAD_METAL = "#a4abb3"  # window length, pitch: the thread surfaces every 6.4 mm


def thread_windows(canvas: PageCanvas, x_mm: float, text: str, offset_mm: float) -> Layer:
    """Where a windowed thread comes to the surface: metal bands with negative microtext (the
    letters cut out of the metal), one every ``THREAD_WINDOW_MM[1]``, from ``offset_mm``."""
    length, pitch = THREAD_WINDOW_MM
    mask = canvas.blank()
    strip = PageCanvas((length, 1.0), canvas.dpi)
    words = strip.blank()
    draw_text(words, strip, text, length / 2, 0.78, 0.55, "bold", "center")
    tile = np.full_like(words, 255)
    tile = cv2.subtract(tile, words)
    tile = np.ascontiguousarray(np.rot90(tile))
    th, tw = tile.shape
    px0 = round(canvas.px(x_mm) - tw / 2)
    # The plate's text for the loupe: before the quarter turn it starts ``u0`` along the strip
    # with its baseline 0.78 mm across; turned, it reads upwards from the window's foot.
    u0 = length / 2 - text_width_mm(strip, text, 0.55, "bold") / 2
    sources = []
    for y in np.arange(offset_mm, canvas.size_mm[1] - length, pitch):
        py0 = round(canvas.px(y))
        stamp(mask, tile, px0, py0)
        bx0, by0 = px0 / canvas.scale, py0 / canvas.scale
        box = (bx0, by0, bx0 + tw / canvas.scale, by0 + th / canvas.scale)
        sources.append(
            MicroText(
                text,
                FONTS["bold"],
                0.55,
                round(bx0 + 0.78, 4),
                round(by0 + length - u0, 4),
                THREAD_METAL,
                angle=90,
                box=(round(box[0], 4), round(box[1], 4), round(box[2], 4), round(box[3], 4)),
            )
        )
    # Metal foil: grey in white light, a bright specular flash in coaxial light.
    material = Material(visible=Ink(THREAD_METAL, 0.95), retroreflective=0.5)
    layer = add_layer(
        canvas,
        "thread-windows",
        "substrate.thread",
        "Windowed security thread (windows with microtext)",
        material,
        mask,
        region=Rect(round(x_mm - 0.6, 3), 0.0, 1.2, canvas.size_mm[1]),
    )
    layer.microtext = tuple(sources)
    return layer
