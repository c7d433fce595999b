"""Hair's colour: its pigment, the white fibres that come with age, and the brows' shade."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from docexam.core.faces import fibres
from docexam.core.faces.canvas import LUMA
from docexam.core.faces.skin import skin_colour
from docexam.core.faces.traits import Identity, Look

COLOURS = {
    "black": (0.05, 0.05, 0.06),
    "dark brown": (0.06, 0.085, 0.13),
    "brown": (0.09, 0.15, 0.24),
    "auburn": (0.08, 0.16, 0.34),
    "light brown": (0.2, 0.3, 0.42),
    "blond": (0.36, 0.55, 0.7),
}
GREY = np.array([0.44, 0.46, 0.48], np.float32)


def white_colour(skin_lum: float) -> npt.NDArray[np.float32]:
    """A white fibre's colour, by the lightness of the skin it grows from. It is translucent
    and takes the light like any hair: in a photo exposed for the face it reads as a mid-light
    grey, about as light as a fair face and, beside a dark one (exposed brighter), never the
    brightest thing in the picture."""
    return np.array([0.93, 0.97, 1.0], np.float32) * (0.24 + 0.55 * skin_lum)


def skin_lum(who: Identity) -> float:
    """The lightness of the person's skin (its paint, before light)."""
    return float(np.asarray(skin_colour(who), np.float32) @ LUMA)


def hair_colour(look: Look, who: Identity) -> npt.NDArray[np.float32]:
    """The hair's mean colour: its pigment with white fibres mixed in."""
    pigment = np.asarray(COLOURS[look.hair_colour], np.float32)
    white = white_colour(skin_lum(who))
    return (pigment * (1 - look.grey) + white * look.grey).astype(np.float32)


def shades(look: Look, who: Identity) -> fibres.Shades:
    """The colours fibres are drawn in: pigmented or white, in the Look's share."""
    pigment = np.asarray(COLOURS[look.hair_colour], np.float32)
    return fibres.Shades(pigment, white_colour(skin_lum(who)), look.grey)


def brow_colour(look: Look) -> tuple[float, float, float]:
    # The brows' own pigment: darker than the hair, markedly so on fair heads. (As drawn, a
    # dark head's brows come out lighter and greyer than its hair: ``brows`` lets the skin
    # show through and round their fine hairs; only fair brows stay darker than the hair.)
    c = np.asarray(COLOURS[look.hair_colour], np.float32)
    c = c * (0.8 if float(c.mean()) < 0.2 else 0.55)
    c = c * (1 - look.grey * 0.35) + GREY * 0.8 * look.grey * 0.35
    return (float(c[0]), float(c[1]), float(c[2]))
