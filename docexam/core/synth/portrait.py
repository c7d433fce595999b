"""Portraits and signatures: fictional photo-like faces (docexam.core.faces), random strokes.

A portrait is returned as ink coverage (darkness) so the same array serves the white-light
composite and the IR view, where a genuine portrait must stay visible. The holder's portrait
is the face of the person the document names, so every document of that person, its ghost
image and its chip show one face.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from docexam.core.domain.curves import Points
from docexam.core.faces import renditions
from docexam.core.faces.render import Photo, render
from docexam.core.faces.traits import make_identity, make_look
from docexam.core.faces.traveller import holder_identity, portrait_look
from docexam.core.synth.canvas import Mask


def holder_portrait(viz: Mapping[str, str], w_px: int, h_px: int, engraved: bool = False) -> Mask:
    """Ink coverage (0..255) of the holder's studio photo, printed or laser-engraved."""
    who = holder_identity(viz)
    photo = render(who, portrait_look(viz, who), w_px, h_px)
    grey = renditions.engraved(photo) if engraved else renditions.greyscale(photo)
    return renditions.coverage(grey)


def photo_portrait(photo: Photo, engraved: bool = False) -> Mask:
    """Ink coverage of a colour photo as the issuer personalises it: printed or engraved."""
    grey = renditions.engraved(photo) if engraved else renditions.greyscale(photo)
    return renditions.coverage(grey)


def portrait(g: np.random.Generator, w_px: int, h_px: int, engraved: bool = False) -> Mask:
    """Ink coverage of a stranger's photo (a substituted photo), any fictional person."""
    who = make_identity(int(g.integers(0, 2**62)))
    photo = render(
        who, make_look(int(g.integers(0, 2**62)), who, float(g.uniform(18, 70))), w_px, h_px
    )
    grey = renditions.engraved(photo) if engraved else renditions.greyscale(photo)
    return renditions.coverage(grey)


def signature_strokes(g: np.random.Generator, w_mm: float, h_mm: float) -> list[Points]:
    """Smooth random strokes in a w x h mm box: a loopy name and an underline flourish."""
    strokes: list[Points] = []
    n = int(g.integers(6, 11))
    t = np.linspace(0, 1, n * 24)
    xs = 0.05 * w_mm + t * w_mm * float(g.uniform(0.6, 0.85))
    loops = np.zeros_like(t)
    for _ in range(3):
        loops += float(g.uniform(0.1, 0.3)) * np.sin(
            2 * np.pi * t * float(g.uniform(n * 0.7, n * 1.3)) + float(g.uniform(0, 6))
        )
    ys = h_mm * (0.5 + 0.6 * loops - 0.15 * t)
    xs = xs + 0.9 * np.cos(2 * np.pi * t * n) * w_mm / (n * 6)
    strokes.append(np.stack([xs, np.clip(ys, 0.05 * h_mm, 0.95 * h_mm)], axis=1))
    u = np.linspace(0, 1, 60)
    x0 = float(g.uniform(0.0, 0.2)) * w_mm
    under = np.stack([x0 + u * w_mm * 0.8, h_mm * (0.85 - 0.2 * u + 0.08 * np.sin(u * 3))], axis=1)
    strokes.append(np.clip(under, 0, [w_mm, h_mm]))
    return strokes
