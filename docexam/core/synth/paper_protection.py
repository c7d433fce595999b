"""What protects a paper data page against chemical erasure and against opening it: the
paper's chemical sensitisers and the laminate sealed over the page.

**Sensitisers** are reagents in the paper's pulp: invisible in every light until a solvent or
bleach touches them, then a stain of the series' reaction colour (``Design.sensitiser_stain``)
in white light, dull under UV-A where the solvent also quenched the paper's brighteners. The
page records them (``chemical-sensitiser``, region of the whole sheet, no ink) so a forgery that
erases an entry knows the paper will stain and in which colour (issue 18).

**The laminate** is a clear film heat-sealed over the data page, inset from the sheet's edges.
Head-on it is all but invisible; its sealed edge is a low ridge that grazing light shades along
its whole length, so a lifted and re-pressed edge (``forgery/photo.py``) breaks a straight,
even line. A series with a retroreflective pattern carries it in this film.
"""

from __future__ import annotations

import cv2

from docexam.core.domain.geometry import Rect
from docexam.core.domain.material import Ink, Material
from docexam.core.domain.model import Coverage
from docexam.core.synth.canvas import Layer, PageCanvas
from docexam.core.synth.features import add_layer

LAMINATE_INSET_MM = 1.2
SEAL_WIDTH_MM = 0.35
SEAL_RELIEF_UM = 8.0


def sensitiser(canvas: PageCanvas) -> Layer:
    return add_layer(
        canvas,
        "chemical-sensitiser",
        "substrate.sensitiser",
        "Chemically sensitised paper",
        Material(),
        None,
        region=canvas.full_region(1.0),
        coverage=Coverage.REGION,
    )


def laminate(canvas: PageCanvas, inset_mm: float = LAMINATE_INSET_MM) -> Layer:
    """The film's sealed edge as a raised rim, the film's extent as the region."""
    w, h = canvas.size_mm
    film = Rect(inset_mm, inset_mm, round(w - 2 * inset_mm, 3), round(h - 2 * inset_mm, 3))
    mask = canvas.blank()
    x0, y0, x1, y1 = canvas.pixel_box(film, 0)
    width = max(1, round(canvas.px(SEAL_WIDTH_MM)))
    cv2.rectangle(mask, (x0, y0), (x1 - 1, y1 - 1), 255, width, cv2.LINE_AA)
    return add_layer(
        canvas,
        "data-laminate",
        "protection.laminate",
        "Laminate with heat-sealed edges",
        # A film's edge catches a little light head-on: a faint line, nothing more.
        Material(visible=Ink("#f6f6ee", 0.08), relief_um=SEAL_RELIEF_UM),
        mask,
        region=film,
    )
