"""How a series puts the holder's portrait, signature and data on the page, chosen by substrate.

A polycarbonate card can only be laser-engraved: the beam blackens the carbon-doped core, so the
marks are neutral grey to black, sunk a little into the card (tactile, shading in grazing light)
and have no ink to glow under UV. Paper takes ink: each series prints its paper data pages either
by **inkjet** (pigment droplets soak into the paper: a grainy dot structure in the loupe, soft
edges, no relief) or by **thermal transfer** (a ribbon heated onto the surface: the portrait in
smooth continuous tone from the dye panel, characters with sharp edges standing on the surface).
Both use a carbon black, dark in IR like the issuer's other personalisation (a dye inkjet that
vanishes at 1000 nm is a forger's, ``forgery/blank.py``). The choice is the series' (SHA-256 of
state and series), so every specimen of a series is personalised alike.
"""

from __future__ import annotations

import zlib

import cv2
import numpy as np

from docexam.core.domain.seeds import rng
from docexam.core.synth.canvas import Mask, PageCanvas

LASER, INKJET, THERMAL = "laser-engraving", "inkjet", "thermal-transfer"
PAPER_METHODS = (INKJET, THERMAL)
CATEGORY = {
    LASER: "personalisation.laser_engraving",
    INKJET: "personalisation.inkjet",
    THERMAL: "personalisation.thermal_transfer",
}
# The substrates a method can mark: a laser does not engrave paper, ink does not take on a card.
SUBSTRATES = {LASER: "polycarbonate", INKJET: "paper", THERMAL: "paper"}
_INKJET_DPI = 1200.0  # the personalisation printer's drop grid
THERMAL_RELIEF_UM = 3.0  # a resin ribbon's characters stand on the surface
LASER_GREY = "#1c1c1c"  # carbonised polycarbonate: neutral, no brown cast


def paper_method(state_code: str, series: str) -> str:
    """The method a series personalises its paper data pages with."""
    return PAPER_METHODS[int(rng("personalisation", state_code, series).integers(0, 2))]


def method_for(paper: str, substrate: str) -> str:
    """The series' method on ``substrate`` ("paper" or "polycarbonate")."""
    return LASER if substrate == SUBSTRATES[LASER] else paper


def finish(canvas: PageCanvas, mask: Mask, method: str, text: bool) -> Mask:
    """``mask`` (ink coverage) as ``method`` lays it down; ``text`` for characters and strokes."""
    if method == INKJET:
        return _droplets(canvas, mask, soften=text)
    return mask


def _droplets(canvas: PageCanvas, mask: Mask, soften: bool) -> Mask:
    """Each page pixel holds (1200 / dpi)^2 drop sites, each fired with the pixel's coverage:
    tone is kept on average but lies in grains (binary dots at 1200 dpi), as drops do."""
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    if rows.size == 0:
        return mask
    y0, y1, x0, x1 = rows[0], rows[-1] + 1, cols[0], cols[-1] + 1
    roi = mask[y0:y1, x0:x1].astype(np.float32) / 255.0
    if soften:  # drops spread into the fibres: edges a little rounder than the glyph
        roi = cv2.GaussianBlur(roi, (0, 0), max(0.4, canvas.px(0.02)))
    sites = max(1, round((_INKJET_DPI / canvas.dpi) ** 2))
    # Seeded by the coverage itself: the same page always gets the same drops.
    g = rng("inkjet", zlib.crc32(mask.tobytes()))
    fired = g.binomial(sites, np.clip(roi, 0.0, 1.0))
    out = mask.copy()
    out[y0:y1, x0:x1] = np.round(fired * (255.0 / sites)).astype(np.uint8)
    return out
