"""Card-only features: polycarbonate body, window, tactile relief, MLI/CLI."""

from __future__ import annotations

import cv2
import numpy as np

from docexam.core.domain.geometry import Ellipse, Rect
from docexam.core.domain.material import Ink, Material, Ovd, OvdKind, OvdStop
from docexam.core.synth.canvas import Layer, Mask, PageCanvas
from docexam.core.synth.emblem import emblem, stamp
from docexam.core.synth.features import add_layer
from docexam.core.synth.inks import dots
from docexam.core.synth.states import Design
from docexam.core.synth.text import draw_text, fit_cap

MLI_SWITCH_DEG = 8.0  # the last tilt showing the first MLI image


def polycarbonate(canvas: PageCanvas) -> Layer:
    return add_layer(
        canvas,
        "polycarbonate",
        "substrate.polycarbonate",
        "Polycarbonate card body",
        Material(),
        None,
        region=canvas.full_region(0.5),
    )


def window(canvas: PageCanvas, box: Ellipse) -> Layer:
    mask = canvas.blank()
    c = (round(canvas.px(box.cx) * 16), round(canvas.px(box.cy) * 16))
    axes = (round(canvas.px(box.rx) * 16), round(canvas.px(box.ry) * 16))
    cv2.ellipse(mask, c, axes, 0, 0, 360, 255, -1, cv2.LINE_AA, shift=4)
    # Clear polycarbonate: a faint grey-blue tint in reflected light, full light when held up.
    material = Material(visible=Ink("#c9d4da", 0.25), transmission=-1.0)
    return add_layer(
        canvas, "window", "substrate.window", "Transparent window", material, mask, region=box
    )


def tactile(canvas: PageCanvas, d: Design, box: Rect, dot_row: tuple[float, float, int]) -> Layer:
    mask = canvas.blank()
    x0, y0, x1, y1 = canvas.pixel_box(box, 0)
    stamp(mask, emblem(d, min(x1 - x0, y1 - y0)) // 3, x0, y0)
    x, y, n = dot_row
    mask |= dots(canvas, [(x + i * 1.6, y) for i in range(n)], 0.35)
    material = Material(visible=Ink("#9aa3ad", 0.5), relief_um=60.0)
    return add_layer(
        canvas, "tactile-relief", "printing.relief_design", "Tactile relief", material, mask
    )


def mli(canvas: PageCanvas, box: Rect, first: str, second: str) -> list[Layer]:
    """Two laser images in one lens field: one head-on, the other when the card is tilted.

    The lens shows exactly one of them at any angle the viewer's tilt takes (whole degrees):
    the first up to ``MLI_SWITCH_DEG``, the second from the next degree on."""
    layers = []
    for fid, text, stops, visible in (
        ("mli-a", first, (OvdStop(-90.0, MLI_SWITCH_DEG, "#202020", 0.9),), Ink("#303030", 0.5)),
        ("mli-b", second, (OvdStop(MLI_SWITCH_DEG + 0.5, 90.0, "#202020", 0.9),), None),
    ):
        mask = canvas.blank()
        # Both images fit the lens field: text clipped at its edge would read as a wrong image.
        cap = fit_cap(canvas, text, box, 0.4, "bold")
        draw_text(mask, canvas, text, box.x + box.w / 2, box.y + box.h * 0.7, cap, "bold", "center")
        material = Material(
            visible=visible,
            relief_um=-10.0,
            ir_cutoff_nm=2000.0,
            ovd=Ovd(OvdKind.IMAGE_SWITCH, stops),
        )
        layers.append(
            add_layer(
                canvas,
                fid,
                "personalisation.mli_cli",
                f"MLI / CLI image ({text})",
                material,
                mask,
                region=box,
            )
        )
    return layers


def clear_window(canvas: PageCanvas, window_mask: Mask, keep: tuple[str, ...]) -> None:
    """Nothing is printed in the clear window on either side except the features inside it."""
    inv = 255 - window_mask
    for layer in canvas.layers:
        if layer.mask is not None and layer.id not in keep:
            np.minimum(layer.mask, inv, out=layer.mask)
