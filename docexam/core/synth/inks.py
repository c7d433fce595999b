"""Special inks: UV-fluorescent, bi-fluorescent, phosphorescent, metameric, IR, anti-Stokes."""

from __future__ import annotations

import cv2
import numpy as np

from docexam.core.domain.geometry import Rect
from docexam.core.domain.material import (
    PLAIN_COLOUR_IR_NM,
    Emission,
    Ink,
    Material,
    Phosphorescence,
)
from docexam.core.synth import motifs
from docexam.core.synth.canvas import Layer, Mask, PageCanvas
from docexam.core.synth.emblem import emblem, stamp
from docexam.core.synth.features import add_layer
from docexam.core.synth.guilloche import border, inked, rosette, stroke, wave_field
from docexam.core.synth.personal import screened_face
from docexam.core.synth.states import Design
from docexam.core.synth.text import draw_text

# Drop-out ink: gone behind every IR filter, where plain coloured ink still shows at 715 nm.
DROPOUT_IR_NM = 700.0


def _emblem_mask(canvas: PageCanvas, d: Design, box: Rect) -> Mask:
    mask = canvas.blank()
    x0, y0, x1, y1 = canvas.pixel_box(box, 0)
    stamp(mask, emblem(d, min(x1 - x0, y1 - y0)), x0, y0)
    return mask


UV_DESIGN_NAMES = {
    "rosette": "UV fine-line rosette",
    "wave": "UV fine-line waves",
    "lattice": "UV fine-line lattice",
    "radial": "UV fine-line sunburst",
}


def uv_prints(
    canvas: PageCanvas, d: Design, text_at: tuple[float, float], band: Rect
) -> list[Layer]:
    """Invisible print in up to three UV colours: the state's fine-line design (both lamps,
    weaker at 254 nm) where and in the outline its design language puts it, and as the series
    has them the state name (UV-A only) and a wavy band."""
    c1, c2, c3 = d.uv_colours
    design, design_box = motifs.uv_design(canvas, d)
    layers = [
        add_layer(
            canvas,
            f"uv-{d.motif}",
            "ink.uv_fluorescent",
            UV_DESIGN_NAMES[d.motif],
            Material(uv365=Emission(c1, 0.95), uv254=Emission(c1, 0.75)),
            design,
            region=design_box,
        )
    ]
    if d.has("uv-state-name"):
        name_mask = canvas.blank()
        draw_text(
            name_mask, canvas, d.state.name_local.upper(), text_at[0], text_at[1], 3.2, "bold"
        )
        layers.append(
            add_layer(
                canvas,
                "uv-state-name",
                "ink.uv_fluorescent",
                "UV state name",
                Material(uv365=Emission(c2, 0.85)),
                name_mask,
            )
        )
    if d.has("uv-lines"):
        band_mask = canvas.blank()
        x0, y0, x1, y1 = band.bounds()
        wave_field(band_mask, canvas, (x0, y0, x1, y1), 0.9, d.wave_freq * 0.8, 1.2, 0.25)
        layers.append(
            add_layer(
                canvas,
                "uv-lines",
                "ink.uv_fluorescent",
                "UV line band",
                Material(uv365=Emission(c3, 0.7), uv254=Emission(c3, 0.6)),
                band_mask,
                region=band,
            )
        )
    return layers


def uv_border(canvas: PageCanvas, d: Design, inset: float) -> Layer:
    """An interlaced frame round the page, printed only in UV ink."""
    w, h = canvas.size_mm
    mask = canvas.blank()
    border(mask, canvas, (inset, inset, w - inset, h - inset), 0.7, 3.1, 3, 0.1)
    return add_layer(
        canvas,
        "uv-border",
        "ink.uv_fluorescent",
        "UV border",
        Material(uv365=Emission(d.uv_colours[1], 0.8)),
        mask,
        region=canvas.full_region(max(inset - 1.5, 0.0)),
    )


def uv_portrait(canvas: PageCanvas, face: Mask, box: Rect, colour: str) -> Layer:
    """A second portrait printed in invisible ink: it shines under UV-A only."""
    return add_layer(
        canvas,
        "uv-portrait",
        "ink.uv_fluorescent",
        "UV portrait",
        Material(uv365=Emission(colour, 0.85)),
        screened_face(canvas, face, box),
        region=box,
    )


def penetrating_number(canvas: PageCanvas, number_mask: Mask, reverse: bool) -> Layer:
    """Numbering ink that soaks into the paper: it fluoresces orange-red under UV-A and shows
    through to the reverse, so it cannot be scraped off the surface."""
    mask = np.ascontiguousarray(number_mask[:, ::-1]) if reverse else number_mask
    material = (
        Material(visible=Ink("#b02020", 0.28), uv365=Emission("#ff6a30", 0.45))
        if reverse
        else Material(uv365=Emission("#ff6a30", 0.9), transmission=0.3)
    )
    name = "Penetrating number showing through" if reverse else "Penetrating numbering ink"
    return add_layer(
        canvas, "penetrating-number", "ink.penetrating_numbering", name, material, mask
    )


def bi_fluorescent(
    canvas: PageCanvas, d: Design, centre: tuple[float, float], radius: float
) -> Layer:
    mask = canvas.blank()
    rosette(mask, canvas, centre, radius, d.rosette_petals + 3, 0.5, 5, 0.2, epi=True)
    material = Material(uv365=Emission("#f0e040", 0.9), uv254=Emission("#ff4060", 0.9))
    return add_layer(
        canvas,
        "bi-fluorescent",
        "ink.bi_fluorescent",
        "Bi-fluorescent rosette (yellow at 365 nm, red at 254 nm)",
        material,
        mask,
    )


def phosphorescent(
    canvas: PageCanvas, text: str, x: float, y: float, cap: float, align: str = "left"
) -> Layer:
    mask = canvas.blank()
    draw_text(mask, canvas, text, x, y, cap, "bold", align)
    material = Material(
        uv254=Emission("#60ff90", 0.85),
        phosphorescence=Phosphorescence("#60ff90", 4.0, 0.8),
    )
    return add_layer(
        canvas, "phosphorescent", "ink.phosphorescent", "Phosphorescent number", material, mask
    )


def metameric_pair(canvas: PageCanvas, d: Design, box: Rect, colour: str) -> list[Layer]:
    """Two inks matched in white light; the IR-transparent one hides the state code in IR."""
    x0, y0, x1, y1 = canvas.pixel_box(box, 0)
    letters = canvas.blank()
    draw_text(
        letters,
        canvas,
        d.code,
        box.x + box.w / 2,
        box.y + box.h * 0.8,
        box.h * 0.62,
        "bold",
        "center",
    )
    patch = canvas.blank()
    patch[y0:y1, x0:x1] = 255
    ground = cv2.subtract(patch, letters)
    return [
        add_layer(
            canvas,
            "metameric-a",
            "ink.metameric",
            "Metameric ink A (drops out in IR)",
            Material(visible=Ink(colour, 0.45), ir_cutoff_nm=DROPOUT_IR_NM),
            ground,
            # A margin of the page round the patch: where the ink drops out, the light engine
            # shows the paper tone it finds in the region beside the ink.
            region=Rect(box.x - 1.5, box.y - 1.5, box.w + 3.0, box.h + 3.0),
        ),
        add_layer(
            canvas,
            "metameric-b",
            "ink.metameric",
            "Metameric ink B (stays dark in IR)",
            # Its pigment absorbs near-IR (carbon): darker behind the filter than it looks.
            Material(visible=Ink(colour, 0.45), ir_cutoff_nm=2000.0, ir_density=0.65),
            letters,
            region=box,
        ),
    ]


def ir_absorbing(
    canvas: PageCanvas, d: Design, centre: tuple[float, float], radius: float
) -> Layer:
    """A rosette in background-coloured ink that, unlike the background, stays dark in IR."""
    mask = canvas.blank()
    line = rosette(mask, canvas, centre, radius, d.rosette_petals, 0.9, 3, 0.04)
    layer = add_layer(
        canvas,
        "ir-absorbing",
        "ink.ir_absorbing",
        "IR-absorbing rosette",
        Material(visible=Ink(d.primary, 0.6), ir_cutoff_nm=2000.0, ir_density=0.7),
        mask,
    )
    layer.fineline = inked([line], d.primary)
    return layer


def anti_stokes(canvas: PageCanvas, d: Design, box: Rect) -> Layer:
    return add_layer(
        canvas,
        "anti-stokes",
        "ink.anti_stokes",
        "Anti-Stokes emblem (980 nm)",
        Material(anti_stokes=Emission("#40ff60", 0.9)),
        _emblem_mask(canvas, d, box),
        region=box,
    )


def ir_luminescent(canvas: PageCanvas, d: Design, box: Rect) -> Layer:
    """The state emblem in an ink that matches the print in white light and shines in IR
    luminescence (visible light in, near-IR out)."""
    return add_layer(
        canvas,
        "ir-luminescent",
        "ink.ir_luminescent",
        "IR-luminescent emblem",
        # Plain in IR reflectance: only the luminescence mode shows it.
        Material(
            visible=Ink(d.secondary, 0.25), ir_luminescence=0.9, ir_cutoff_nm=PLAIN_COLOUR_IR_NM
        ),
        _emblem_mask(canvas, d, box),
        region=box,
    )


def ir_dropout_labels(canvas: PageCanvas, d: Design, mask: Mask) -> Layer:
    return add_layer(
        canvas,
        "labels",
        "ink.ir_dropout",
        "Field captions in IR drop-out ink",
        Material(visible=Ink(d.accent, 0.85), ir_cutoff_nm=DROPOUT_IR_NM),
        mask,
    )


def dots(canvas: PageCanvas, pts: list[tuple[float, float]], r_mm: float) -> Mask:
    mask = canvas.blank()
    for x, y in pts:
        c = (round(canvas.px(x) * 16), round(canvas.px(y) * 16))
        cv2.circle(mask, c, max(8, round(canvas.px(r_mm) * 16)), 255, -1, cv2.LINE_AA, shift=4)
    return mask


def fine_rule(canvas: PageCanvas, x0: float, y: float, x1: float, width: float = 0.1) -> Mask:
    mask = canvas.blank()
    stroke(mask, canvas, [np.array([[x0, y], [x1, y]])], width, closed=False)
    return mask
