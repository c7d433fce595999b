"""Printed features: guilloche, rainbow, microprint, intaglio, latent image, see-through."""

from __future__ import annotations

from functools import lru_cache

import cv2
import numpy as np
import numpy.typing as npt

from docexam.core.domain.geometry import Rect
from docexam.core.domain.material import (
    PLAIN_COLOUR_IR_NM,
    Ink,
    Material,
    Ovd,
    OvdKind,
    OvdStop,
)
from docexam.core.domain.model import FineLine
from docexam.core.synth import motifs
from docexam.core.synth.canvas import Layer, PageCanvas, bgr
from docexam.core.synth.emblem import emblem, stamp
from docexam.core.synth.features import add_layer
from docexam.core.synth.guilloche import border, inked, rosette, stroke, wave_field
from docexam.core.synth.microprint import micro_line, micro_source
from docexam.core.synth.states import Design
from docexam.core.synth.text import draw_text

# Offset inks of the background drop out in IR like any plain coloured ink: the classic IR check
# shows data on blank paper. Intaglio is plain ink too: its relief is the feature, not its IR.
BACKGROUND_IR_NM = PLAIN_COLOUR_IR_NM
LATENT_PITCH_MM = 0.17  # line spacing of a latent image's intaglio lines


def guilloche(
    canvas: PageCanvas, d: Design, rosettes: list[tuple[float, float, float]], frame_inset: float
) -> list[Layer]:
    """Two-colour guilloche: a wavy background + frame in one ink, rosettes in the other."""
    # Drawn once per series, page size and resolution (copied out: a forgery may edit a mask):
    # every sheet of a booklet prints the same background, and most its same rosettes.
    bg, bg_lines = _background(d, canvas.size_mm, canvas.dpi, frame_inset)
    background = add_layer(
        canvas,
        "guilloche-background",
        "printing.guilloche",
        "Guilloche background and border",
        Material(visible=Ink(d.primary, 0.55), ir_cutoff_nm=BACKGROUND_IR_NM),
        bg.copy(),
        region=canvas.full_region(max(frame_inset - 1.5, 0.0)),
    )
    background.fineline = inked(bg_lines, d.primary)
    if not d.has("guilloche-rosettes"):
        return [background]
    ros, ros_lines = _rosettes(d, canvas.size_mm, canvas.dpi, tuple(rosettes))
    rosette_layer = add_layer(
        canvas,
        "guilloche-rosettes",
        "printing.guilloche",
        "Guilloche rosettes",
        Material(visible=Ink(d.secondary, 0.7), ir_cutoff_nm=BACKGROUND_IR_NM),
        ros.copy(),
    )
    rosette_layer.fineline = inked(ros_lines, d.secondary)
    return [background, rosette_layer]


@lru_cache(maxsize=4)
def _background(
    d: Design, size_mm: tuple[float, float], dpi: float, frame_inset: float
) -> tuple[npt.NDArray[np.uint8], tuple[FineLine, ...]]:
    canvas = PageCanvas(size_mm, dpi)
    w, h = size_mm
    bg = canvas.blank()
    box = (frame_inset, frame_inset, w - frame_inset, h - frame_inset)
    lines = (
        motifs.background(bg, canvas, d, box),
        border(bg, canvas, box, 0.9, 2.2, 4, 0.06),
    )
    bg.flags.writeable = False
    return bg, lines


@lru_cache(maxsize=4)
def _rosettes(
    d: Design,
    size_mm: tuple[float, float],
    dpi: float,
    rosettes: tuple[tuple[float, float, float], ...],
) -> tuple[npt.NDArray[np.uint8], tuple[FineLine, ...]]:
    canvas = PageCanvas(size_mm, dpi)
    ros = canvas.blank()
    R, r, dd = d.rosette
    lines = tuple(
        rosette(
            ros,
            canvas,
            (cx, cy),
            rad,
            d.rosette_petals + i,
            r / R + 0.25,
            9,
            0.05,
            epi=i % 2 == 1,
            inner=dd / 12,
        )
        for i, (cx, cy, rad) in enumerate(rosettes)
    )
    ros.flags.writeable = False
    return ros, lines


def rainbow(canvas: PageCanvas, d: Design, box: Rect) -> Layer:
    """Split-duct print: one line pattern whose colour flows smoothly across the band."""
    mask = canvas.blank()
    x0, y0, x1, y1 = box.bounds()
    waves = wave_field(
        mask, canvas, (x0, y0, x1, y1), 0.32, d.wave_freq * 1.7, 0.5, 0.06, tilt=0.05
    )
    colours = np.array([bgr(c) for c in d.rainbow], dtype=np.float32)
    # The whole flow spans the band, so its ends are as far apart in colour as the ducts.
    xs = np.arange(canvas.width, dtype=np.float32) / canvas.scale
    t = np.clip((xs - x0) / max(x1 - x0, 1e-6), 0.0, 1.0) * 2.0
    idx = np.minimum(t.astype(np.int32), 1)
    frac = (t - idx)[:, None]
    row = colours[idx] * (1 - frac) + colours[idx + 1] * frac
    layer = add_layer(
        canvas,
        "rainbow-print",
        "printing.rainbow",
        "Rainbow (split-duct) printing",
        Material(visible=Ink(d.rainbow[1], 0.9), ir_cutoff_nm=BACKGROUND_IR_NM),
        mask,
        region=box,
    )
    layer.colour_image = np.broadcast_to(row[None, :, :], (canvas.height, canvas.width, 3))
    layer.fineline = inked([waves], *d.rainbow)
    return layer


def microprint(canvas: PageCanvas, d: Design, lines: list[tuple[float, float, float]]) -> Layer:
    mask = canvas.blank()
    phrase = f"{d.state.name_local} {d.state.code} {d.state.motto_local}"
    for x, y, length in lines:
        micro_line(mask, canvas, phrase, x, y, length)
    layer = add_layer(
        canvas,
        "microprint",
        "printing.microprint",
        "Microprint lines",
        Material(visible=Ink(d.accent, 0.95), ir_cutoff_nm=BACKGROUND_IR_NM),
        mask,
    )
    layer.microtext = tuple(micro_source(canvas, phrase, x, y, n, d.accent) for x, y, n in lines)
    return layer


def intaglio(
    canvas: PageCanvas,
    d: Design,
    title: str,
    subtitle: str,
    x: float,
    y: float,
    centered: bool,
    emblem_box: Rect,
) -> Layer:
    """Raised intaglio: the state's name and emblem, felt with a fingertip."""
    mask = canvas.blank()
    align = "center" if centered else "left"
    draw_text(mask, canvas, title.upper(), x, y, 3.0, d.heading_font, align)
    draw_text(mask, canvas, subtitle.upper(), x, y + 4.2, 2.0, "sans", align)
    ex0, ey0, ex1, ey1 = canvas.pixel_box(emblem_box, 0)
    stamp(mask, emblem(d, min(ex1 - ex0, ey1 - ey0)), ex0, ey0)
    return add_layer(
        canvas,
        "intaglio",
        "printing.intaglio",
        "Intaglio heading and emblem",
        Material(visible=Ink(d.accent, 1.0), relief_um=35.0, ir_cutoff_nm=BACKGROUND_IR_NM),
        mask,
    )


def latent(canvas: PageCanvas, d: Design, box: Rect) -> list[Layer]:
    """A patch of fine intaglio lines (``LATENT_PITCH_MM``, at least two pixels apart) whose
    letters only a grazing view shows.

    On paper the letters' lines run at right angles to the others; at this resolution that turn
    would show head-on as a moire at every screen scale, so the print is one even line field and
    the letters are the lines the latent-image layer owns: the light engine fills the gaps
    between them near a grazing tilt, as raised lines hide the paper between them."""
    x0, y0, x1, y1 = canvas.pixel_box(box, 0)
    letters = np.zeros((y1 - y0, x1 - x0), np.uint8)
    tmp = canvas.blank()
    draw_text(
        tmp, canvas, d.code, box.x + box.w / 2, box.y + box.h * 0.78, box.h * 0.62, "bold", "center"
    )
    letters[:] = np.where(tmp[y0:y1, x0:x1] > 96, 255, 0)
    step = max(2, round(canvas.px(LATENT_PITCH_MM)))
    lines_h = np.zeros_like(letters)
    lines_h[::step, :] = 255
    outside, inside = canvas.blank(), canvas.blank()
    outside[y0:y1, x0:x1] = np.where(letters == 0, lines_h, 0)
    inside[y0:y1, x0:x1] = np.where(letters > 0, lines_h, 0)
    ink = Ink(d.accent, 0.8)
    stops = (OvdStop(55.0, 90.0, "#303030", 0.9), OvdStop(-90.0, -55.0, "#303030", 0.9))
    return [
        add_layer(
            canvas,
            "intaglio-lines",
            "printing.intaglio",
            "Intaglio line patch",
            Material(visible=ink, relief_um=30.0, ir_cutoff_nm=BACKGROUND_IR_NM),
            outside,
            region=box,
        ),
        add_layer(
            canvas,
            "latent-image",
            "printing.latent_image",
            f"Latent image '{d.code}'",
            Material(
                visible=ink,
                relief_um=30.0,
                ir_cutoff_nm=BACKGROUND_IR_NM,
                ovd=Ovd(OvdKind.LATENT, stops),
            ),
            inside,
            region=box,
        ),
    ]


def see_through(
    canvas: PageCanvas, d: Design, centre: tuple[float, float], radius: float, back: bool
) -> Layer:
    """Half of a split motif; the back half is drawn mirrored so both meet against the light."""
    mask = canvas.blank()
    w, _ = canvas.size_mm
    cx, cy = (w - centre[0], centre[1]) if back else centre
    n = 12
    for i in range(n):
        if (i % 2 == 1) != back:
            continue
        a0, a1 = 2 * np.pi * i / n, 2 * np.pi * (i + 1) / n
        a = np.linspace(a0, a1, 16)
        pts = np.concatenate(
            [[[cx, cy]], np.stack([cx + np.cos(a) * radius, cy + np.sin(a) * radius], 1)]
        )
        cv2.fillPoly(
            mask, [np.round(pts * canvas.scale * 16).astype(np.int32)], 255, cv2.LINE_AA, shift=4
        )
    ring = [
        np.stack([cx + np.cos(t) * radius * 1.08, cy + np.sin(t) * radius * 1.08], 1)
        for t in [np.linspace(0, 2 * np.pi, 200)]
    ]
    if not back:
        stroke(mask, canvas, ring, 0.15, closed=True)
    side = "back" if back else "front"
    r = radius * 1.15
    return add_layer(
        canvas,
        f"see-through-{side}",
        "printing.see_through",
        f"See-through register ({side} half)",
        Material(visible=Ink(d.secondary, 0.85), transmission=0.35, ir_cutoff_nm=BACKGROUND_IR_NM),
        mask,
        region=Rect(round(cx - r, 3), round(cy - r, 3), round(2 * r, 3), round(2 * r, 3)),
    )


def chip_symbol(canvas: PageCanvas, d: Design, box: Rect) -> Layer:
    """The ICAO e-document symbol (Doc 9303 Part 9): an outlined rectangle, a circle in its
    middle and a bar above and below it. A document that shows it was issued with a chip, so
    a reader that gets no answer reads a dead chip."""
    mask = canvas.blank()
    line = max(0.25, box.h * 0.07)
    x0, y0, x1, y1 = box.x, box.y, box.x + box.w, box.y + box.h
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    radius = box.h * 0.2
    frame = np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]])
    angles = np.linspace(0.0, 2 * np.pi, 48, endpoint=False)
    circle = np.stack([cx + radius * np.cos(angles), cy + radius * np.sin(angles)], axis=1)
    stroke(mask, canvas, [frame], line, closed=True)
    stroke(mask, canvas, [circle], line, closed=True)
    inset = box.w * 0.18
    bars = [
        np.array([[x0 + inset, y], [x1 - inset, y]])
        for y in (cy - radius - box.h * 0.14, cy + radius + box.h * 0.14)
    ]
    stroke(mask, canvas, bars, line, closed=False)
    return add_layer(
        canvas,
        "chip-symbol",
        "protection.chip_symbol",
        "Chip symbol",
        Material(visible=Ink(d.accent, 0.9)),
        mask,
    )
