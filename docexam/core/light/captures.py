"""Which captured image stands in for a light setting: a capture serves every setting at which it
would look the same.

For IR reflectance the setting is the long-pass filter's cut-off L: the camera sees from L up to
the end of its sensor's range (about 1000-1100 nm for silicon). Each ink absorbs up to its own
``ir_cutoff_nm`` c and is transparent above it, fading over ``IR_EDGE_NM`` below c (``ir.py``:
``ir_remaining``), so behind filter L it is dark when L <= c - edge and has dropped out when c <= L
(docs/light-engine.md). A capture through filter X therefore shows the page as filter L would
exactly when every annotated ink keeps the same remaining darkness at X and at L. Ink nobody
annotated keeps its darkness at every cut-off in the engine (it would invent evidence otherwise),
so only the annotated cut-offs split the filter range; a page whose annotated inks all turn at 700
nm or above 1000 nm is one image from 715 to 1000 nm, and a capture at 870 nm serves all of them.
An exact match wins, then the capture nearest to L.
"""

from __future__ import annotations

from docexam.core.domain.lights import IR_CUTOFFS_NM, LightSource
from docexam.core.domain.model import ImageRef, Page
from docexam.core.light.ir import ir_remaining
from docexam.core.light.params import DEFAULT_IR_CUTOFF_NM, LightParams


def ink_cutoffs(page: Page) -> list[float]:
    """The IR cut-offs of the annotated inks on ``page``: where its IR look changes."""
    return [f.material.ir_cutoff_nm for f in page.features if f.material.ir_cutoff_nm is not None]


def ir_serves(page: Page, captured_nm: int, setting_nm: int) -> bool:
    """True when an IR capture through ``captured_nm`` looks as the page does at ``setting_nm``."""
    return all(
        ir_remaining(c, captured_nm) == ir_remaining(c, setting_nm) for c in ink_cutoffs(page)
    )


def capture_for(page: Page, params: LightParams) -> ImageRef | None:
    """The captured image that shows ``page`` as ``params`` would, or None (simulate it)."""
    if params.light is not LightSource.IR:
        return page.image(params.light)
    wanted = params.ir_cutoff_nm
    served = [
        ref
        for ref in page.images
        if ref.light is LightSource.IR
        and ref.cutoff_nm is not None
        and ir_serves(page, ref.cutoff_nm, wanted)
    ]
    return min(served, key=lambda r: abs((r.cutoff_nm or 0) - wanted), default=None)


def opening_ir_cutoff(page: Page) -> int:
    """The filter a viewer opens on: the usual one if a capture serves it, else the standard
    setting nearest a capture that the capture serves (so IR opens on the real image)."""
    captured = [r.cutoff_nm for r in page.images if r.light is LightSource.IR and r.cutoff_nm]
    if not captured or any(ir_serves(page, c, DEFAULT_IR_CUTOFF_NM) for c in captured):
        return DEFAULT_IR_CUTOFF_NM
    choices = [
        (abs(setting - c), setting)
        for c in captured
        for setting in IR_CUTOFFS_NM
        if ir_serves(page, c, setting)
    ]
    return min(choices)[1] if choices else captured[0]
