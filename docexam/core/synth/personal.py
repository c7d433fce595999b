"""Personalisation and protection: portrait, ghost, OVD, signature, data, MRZ, perforation."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

import cv2
import numpy as np
from PIL import Image, ImageDraw

from docexam.core.domain.curves import trochoid
from docexam.core.domain.geometry import Ellipse, Rect
from docexam.core.domain.material import (
    CARBON_IR_NM,
    PLAIN_COLOUR_IR_NM,
    Emission,
    Ink,
    Material,
    Ovd,
    OvdKind,
    OvdStop,
)
from docexam.core.synth.canvas import Layer, Mask, PageCanvas
from docexam.core.synth.emblem import emblem, stamp
from docexam.core.synth.features import add_layer
from docexam.core.synth.guilloche import stroke
from docexam.core.synth.personalise import (
    CATEGORY,
    INKJET,
    LASER,
    LASER_GREY,
    THERMAL,
    THERMAL_RELIEF_UM,
    finish,
)
from docexam.core.synth.portrait import holder_portrait, signature_strokes
from docexam.core.synth.states import Design
from docexam.core.synth.text import draw_mono, font

CARBON_NM = CARBON_IR_NM  # carbon-black toner and MRZ ink: dark at every IR cut-off


def portrait_layer(
    canvas: PageCanvas, viz: Mapping[str, str], box: Rect, method: str
) -> tuple[Layer, Mask]:
    """The portrait as ``method`` (personalise.py) puts it on the page; also the source face."""
    x0, y0, x1, y1 = canvas.pixel_box(box, 0)
    engraved = method == LASER
    face = holder_portrait(viz, x1 - x0, y1 - y0, engraved)
    mask = canvas.blank()
    mask[y0:y1, x0:x1] = face
    mask = finish(canvas, mask, method, text=False)
    material = Material(
        visible=Ink(LASER_GREY if engraved else "#2a2522", 1.0),
        ir_cutoff_nm=CARBON_NM,
        relief_um=-15.0 if engraved else None,
    )
    return add_layer(
        canvas,
        "portrait",
        "personalisation.portrait",
        "Holder's portrait",
        material,
        mask,
        region=box,
    ), face


def screened_face(canvas: PageCanvas, face: Mask, box: Rect) -> Mask:
    """The portrait scaled into ``box`` and screened with fine lines, as a page mask."""
    x0, y0, x1, y1 = canvas.pixel_box(box, 0)
    small = cv2.resize(face, (x1 - x0, y1 - y0), interpolation=cv2.INTER_AREA)
    step = max(2, round(canvas.px(0.25)))
    small[::step, :] = small[::step, :] // 3
    mask = canvas.blank()
    mask[y0:y1, x0:x1] = small
    return mask


def ghost_layer(canvas: PageCanvas, face: Mask, box: Rect, colour: str) -> Layer:
    """A smaller, fainter copy of the portrait, screened with fine lines and UV-fluorescent."""
    mask = screened_face(canvas, face, box)
    material = Material(visible=Ink(colour, 0.45), uv365=Emission("#f0f0d0", 0.55))
    return add_layer(
        canvas,
        "ghost-image",
        "personalisation.ghost_image",
        "Ghost image",
        material,
        mask,
        region=box,
    )


def ovd_layer(
    canvas: PageCanvas, d: Design, centre: tuple[float, float], size: tuple[float, float]
) -> Layer:
    """DOVID over the portrait edge: concentric diffraction lines round the emblem."""
    cx, cy = centre
    rx, ry = size
    mask = canvas.blank()
    curves = [
        trochoid(1.0, 0.08 * (i % 3), 24, True, 600) * (rx * i / 16, ry * i / 16) + centre
        for i in range(3, 17)
    ]
    stroke(mask, canvas, curves, 0.12, closed=True)
    region: Ellipse | Rect
    if d.ovd_shape == "band":
        region = Rect(round(cx - rx, 3), round(cy - ry, 3), round(2 * rx, 3), round(2 * ry, 3))
    else:
        region = Ellipse(round(cx, 3), round(cy, 3), round(rx * 1.05, 3), round(ry * 1.05, 3))
    ex = round(canvas.px(min(rx, ry) * 0.9))
    stamp(mask, emblem(d, ex), round(canvas.px(cx) - ex / 2), round(canvas.px(cy) - ex / 2))
    stops = ovd_stops(d.ovd_colours, 15.0)
    material = Material(visible=Ink("#9fb4c8", 0.35), ovd=Ovd(OvdKind.COLOUR_SHIFT, stops))
    return add_layer(
        canvas,
        "ovd",
        "protection.ovd",
        "DOVID overlapping the portrait",
        material,
        mask,
        region=region,
    )


def ovd_stops(colours: tuple[str, ...], head_on: float) -> tuple[OvdStop, ...]:
    """One stop per colour: the middle colour from -``head_on`` to +``head_on`` degrees, the
    others sharing the tilts beyond, so more colours mean narrower tilt bands."""
    n = len(colours)
    mid = n // 2
    left = np.linspace(-90.0, -head_on, mid + 1)
    right = np.linspace(head_on, 90.0, n - mid)
    stops = [OvdStop(float(left[i]), float(left[i + 1]), colours[i], 0.8) for i in range(mid)]
    stops.append(OvdStop(-head_on, head_on, colours[mid], 0.7))
    stops += [
        OvdStop(float(right[i]), float(right[i + 1]), colours[mid + 1 + i], 0.8)
        for i in range(n - mid - 1)
    ]
    return tuple(stops)


def retroreflective(canvas: PageCanvas, d: Design, pitch: float) -> Layer:
    mask = canvas.blank()
    w, h = canvas.size_mm
    size = round(canvas.px(pitch * 0.45))
    tile = emblem(d, size)
    for j, y in enumerate(np.arange(pitch / 2, h - pitch / 3, pitch)):
        for x in np.arange(pitch / 2 + (pitch / 2 if j % 2 else 0), w - pitch / 3, pitch):
            stamp(mask, tile, round(canvas.px(x) - size / 2), round(canvas.px(y) - size / 2))
    return add_layer(
        canvas,
        "retroreflective",
        "protection.retroreflective",
        "Retroreflective laminate",
        Material(retroreflective=0.7),
        mask,
        region=canvas.full_region(0.5),
    )


def signature_layer(canvas: PageCanvas, g: np.random.Generator, box: Rect, method: str) -> Layer:
    mask = canvas.blank()
    strokes = [s + np.array([box.x, box.y]) for s in signature_strokes(g, box.w, box.h)]
    stroke(mask, canvas, strokes, 0.28, closed=False)
    material = Material(
        # Blue-black and carbon-based, like the data: IR shows it as white light does.
        visible=Ink(LASER_GREY if method == LASER else "#141a38", 0.95),
        ir_cutoff_nm=CARBON_NM,
        relief_um=_relief(method, -10.0),
    )
    mask = finish(canvas, mask, method, text=True)
    return add_layer(
        canvas,
        "signature",
        "personalisation.signature",
        "Holder's signature",
        material,
        mask,
        region=box,
    )


def _relief(method: str, engraved_um: float) -> float | None:
    """Laser marks are sunk into the card; a ribbon's resin stands on the paper; inkjet soaks in."""
    if method == LASER:
        return engraved_um
    return THERMAL_RELIEF_UM if method == THERMAL else None


_PRINTED = {THERMAL: "Thermal-transfer personalisation", INKJET: "Inkjet personalisation"}


def data_layer(canvas: PageCanvas, mask: Mask, method: str) -> Layer:
    if method == LASER:
        material = Material(visible=Ink("#151515", 1.0), ir_cutoff_nm=CARBON_NM, relief_um=-20.0)
        return add_layer(
            canvas,
            "laser-engraving",
            "personalisation.laser_engraving",
            "Laser-engraved personal data",
            material,
            mask,
        )
    mask = finish(canvas, mask, method, text=True)
    material = Material(
        visible=Ink("#181818", 1.0), ir_cutoff_nm=CARBON_NM, relief_um=_relief(method, 0.0)
    )
    layer = add_layer(
        canvas, "personal-data", "personalisation.data", "Personal data", material, mask
    )
    # The method itself, as the examiner names it: the printed fields' area, no ink of its own
    # (the data, portrait and signature layers carry the look).
    add_layer(canvas, method, CATEGORY[method], _PRINTED[method], Material(), None, layer.region)
    return layer


def number_layer(
    canvas: PageCanvas, mask: Mask, colour: str, fid: str = "document-number"
) -> Layer:
    # Plain coloured ink in IR (it fades from 780 nm like the background); its UV glow is the
    # feature.
    material = Material(
        visible=Ink(colour, 1.0), ir_cutoff_nm=PLAIN_COLOUR_IR_NM, uv365=Emission("#ff5030", 0.6)
    )
    return add_layer(canvas, fid, "numbering.document_number", "Document number", material, mask)


def mrz_layer(
    canvas: PageCanvas, lines: tuple[str, ...], x: float, first_baseline: float, pitch_y: float
) -> Layer:
    mask = canvas.blank()
    for i, line in enumerate(lines):
        draw_mono(mask, canvas, line, x, first_baseline + i * pitch_y, 2.3)
    material = Material(visible=Ink("#101010", 1.0), ir_cutoff_nm=CARBON_NM)
    return add_layer(canvas, "mrz", "mrz.mrz", "Machine-readable zone (OCR-B)", material, mask)


@cache
def _glyph(ch: str) -> tuple[tuple[bool, ...], ...]:
    """A 5 x 7 dot-matrix glyph, sampled from DejaVu Sans Bold."""
    img = Image.new("L", (50, 70), 0)
    ImageDraw.Draw(img).text((25, 66), ch, font=font("bold", 88.0), fill=255, anchor="ms")
    arr = np.asarray(img, dtype=np.float32)
    cells = arr.reshape(7, 10, 5, 10).mean(axis=(1, 3))
    return tuple(tuple(bool(v > 90) for v in row) for row in cells)


def perforation(
    canvas: PageCanvas,
    number: str,
    x: float,
    y: float,
    pitch: float,
    hole: float,
    mirrored: bool = False,
    fid: str = "laser-perforation",
) -> Layer:
    """The document number as laser-drilled holes (a 5 x 7 dot matrix per character)."""
    pts: list[tuple[float, float]] = []
    for k, ch in enumerate(number):
        for row, bits in enumerate(_glyph(ch)):
            for col, on in enumerate(bits):
                if on:
                    pts.append((x + (k * 6 + col) * pitch, y + row * pitch))
    w, _ = canvas.size_mm
    if mirrored:
        pts = [(w - px, py) for px, py in pts]
    mask = canvas.blank()
    for px, py in pts:
        c = (round(canvas.px(px) * 16), round(canvas.px(py) * 16))
        cv2.circle(mask, c, max(8, round(canvas.px(hole / 2) * 16)), 255, -1, cv2.LINE_AA, shift=4)
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    pad = hole
    region = Rect(
        round(min(xs) - pad, 3),
        round(min(ys) - pad, 3),
        round(max(xs) - min(xs) + 2 * pad, 3),
        round(max(ys) - min(ys) + 2 * pad, 3),
    )
    material = Material(visible=Ink("#5a4838", 0.6), hole=True)
    return add_layer(
        canvas,
        fid,
        "numbering.laser_perforation",
        "Laser-perforated document number",
        material,
        mask,
        region=region,
    )
