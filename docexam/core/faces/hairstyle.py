"""A hairstyle's facts: how far it stands off the skull, how long it hangs, where it parts,
the hairline it grows from, and how a person's hair waves and recedes (all from the identity's
traits and the look)."""

from __future__ import annotations

import numpy as np

from docexam.core.domain.seeds import rng
from docexam.core.faces.canvas import F32, FaceCanvas, smoothstep
from docexam.core.faces.geometry import FaceGeometry
from docexam.core.faces.traits import Identity, Look

# How far the hair stands off the skull, in half face widths.
VOLUME = {
    "short": 0.14,
    "cropped": 0.035,
    "side": 0.16,
    "medium": 0.22,
    "long": 0.21,
    "tied": 0.05,
    "bald": 0.02,
    "bob": 0.2,
    "pixie": 0.15,
}


def hairline(c: FaceCanvas, fg: FaceGeometry, who: Identity, look: Look) -> F32:
    """Row of the hairline for every column: hair grows above it."""
    nx = (c.xs[0] - fg.cx) / fg.wc
    a = np.abs(nx)
    y = np.full(c.w, fg.hairline, np.float32)
    recede = receding(who, look) * (fg.hairline - fg.crown) * 0.8
    form = who.bucket("hairline_shape")
    if form == 1:  # rounded: lower towards the temples
        y += (fg.eye - fg.hairline) * 0.18 * a**2
    elif form == 2:  # widow's peak
        y += (fg.eye - fg.hairline) * 0.14 * np.exp(-((nx / 0.13) ** 2))
    elif form == 3:  # M: recessed temples
        y -= (fg.eye - fg.hairline) * 0.16 * np.exp(-(((a - 0.5) / 0.16) ** 2))
    y -= recede * (0.6 + 0.8 * np.exp(-(((a - 0.5) / 0.2) ** 2)))
    style = worn_style(who, look)
    if style == "bald":
        side, start = fg.ear_y - fg.ear_len * 0.3, 0.72
    elif who.sex == "M" and style in ("short", "cropped", "side"):
        # A man's temples run down in front of the ear as a sideburn.
        # The temple's hairline runs down steeply from the forehead's corner.
        side, start = fg.ear_y - fg.ear_len * 0.05, 0.78
        return (y + (side - y) * smoothstep(start, 0.88, a)).astype(np.float32)
    else:
        side, start = fg.eye - fg.eye_w * 0.2, 0.8 if style in ("pixie", "tied") else 0.72
    return (y + (side - y) * smoothstep(start, 0.97, a)).astype(np.float32)


def receding(who: Identity, look: Look) -> float:
    """How far a man's hairline has gone back with age: 0 not at all .. 1 far."""
    return float(np.clip((look.age - 30) / 40, 0, 1)) if who.sex == "M" else 0.0


def texture(who: Identity) -> float:
    """How much a person's hair waves: 0 straight .. 1 tightly curled (it grows that way)."""
    g = rng("hair-texture", who.seed)
    if who.skin > 0.7 and g.random() < 0.7:
        return 1.0
    return float(g.choice([0.0, 0.0, 0.0, 0.35, 0.35, 0.7]))


# Women wear the short styles longer: a side parting is a bob, short hair a pixie cut.
WOMEN = {"side": "bob", "short": "pixie", "cropped": "pixie"}
REACH = {"long": 1.6, "medium": 0.6, "bob": 0.05, "pixie": -0.9}  # x (chin - mouth) below mouth


def worn_style(who: Identity, look: Look) -> str:
    if who.sex == "F":
        return WOMEN.get(look.hair_style, look.hair_style)
    return look.hair_style


def parting(fg: FaceGeometry, style: str, g: np.random.Generator) -> float:
    """Column of the parting (or of the crown, where hair is combed back from)."""
    if style in ("side", "bob"):
        return fg.cx + float(g.choice([-1, 1])) * fg.wc * 0.45
    if style in ("medium", "long", "pixie"):
        return fg.cx + float(g.choice([0, 0, -1, 1])) * fg.wc * float(g.uniform(0.25, 0.45))
    return fg.cx
