"""Inks whose look depends on the viewing angle: colour-shifting OVI and metallic ink.

OVI changes hue with tilt (its flakes are thin-film interference stacks); metallic ink keeps its
hue and changes brightness (a lustre), and flashes in coaxial light like any mirror-like film.
"""

from __future__ import annotations

from docexam.core.domain.geometry import Rect
from docexam.core.domain.material import Ink, Material, Ovd, OvdKind, OvdStop
from docexam.core.synth.canvas import Layer, PageCanvas
from docexam.core.synth.emblem import emblem, stamp
from docexam.core.synth.features import add_layer
from docexam.core.synth.states import Design
from docexam.core.synth.text import draw_text, fit_cap

OVI_SWITCH_DEG = 25.0  # beyond this tilt the OVI shows its second colour


def ovi(canvas: PageCanvas, d: Design, box: Rect) -> Layer:
    """The state emblem in colour-shifting ink: one colour head-on, another when tilted."""
    mask = canvas.blank()
    x0, y0, x1, y1 = canvas.pixel_box(box, 0)
    stamp(mask, emblem(d, min(x1 - x0, y1 - y0)), x0, y0)
    face, tilted = d.ovi_colours
    stops = (
        OvdStop(-90.0, -OVI_SWITCH_DEG, tilted, 0.95),
        OvdStop(-OVI_SWITCH_DEG, OVI_SWITCH_DEG, face, 0.95),
        OvdStop(OVI_SWITCH_DEG, 90.0, tilted, 0.95),
    )
    material = Material(visible=Ink(face, 0.95), ovd=Ovd(OvdKind.COLOUR_SHIFT, stops))
    return add_layer(
        canvas,
        "ovi",
        "ink.optically_variable",
        "Colour-shifting ink (OVI) emblem",
        material,
        mask,
        region=box,
    )


METALLIC_FACE, METALLIC_DULL, METALLIC_BRIGHT = "#a08c5a", "#6e6040", "#e6d7a4"


def metallic(canvas: PageCanvas, d: Design, box: Rect) -> Layer:
    """The state's name in metallic (bronze) ink: dull at some angles, bright at others."""
    mask = canvas.blank()
    text = d.state.name_local.upper()
    cap = fit_cap(canvas, text, box, 0.5, d.heading_font)
    draw_text(
        mask, canvas, text, box.x + box.w / 2, box.y + box.h * 0.72, cap, d.heading_font, "center"
    )
    stops = (
        OvdStop(-90.0, -10.0, METALLIC_DULL, 0.9),
        OvdStop(10.0, 90.0, METALLIC_BRIGHT, 0.9),
    )
    material = Material(
        visible=Ink(METALLIC_FACE, 0.9),
        ovd=Ovd(OvdKind.COLOUR_SHIFT, stops),
        retroreflective=0.45,
    )
    return add_layer(
        canvas, "metallic", "ink.metallic", "State name in metallic ink", material, mask, region=box
    )
