"""Where hair grows on the head: above the hairline of the identity's form, thinning over a
band into the skin (single hairs with the scalp between them, no cut edge), thinner over the
top with age, and not over an ear that stands out of it."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from docexam.core.faces.canvas import F32, FaceCanvas, smoothstep, soft
from docexam.core.faces.fibres import Fibres
from docexam.core.faces.geometry import FaceGeometry


@dataclass
class Growth:
    """How much hair grows where (``grown``, 0..1) and what went into it: how far the head
    has receded (``thinning``), where an ear stands out (``ear``), the scalp above the
    hairline (``scalp``, and within the hair's cap ``grow``), pixels in from the hairline
    (``depth_in``), the band it thins over (``band`` px) and its wander (``jitter``), the
    growth's density before thinning on top, the top of the head (``top_only``, 0..1, and
    ``bare_top`` where far receded) and the skull's outline (``skull``)."""

    thinning: float
    ear: np.ndarray
    scalp: np.ndarray
    grow: np.ndarray
    depth_in: F32
    band: float
    jitter: F32
    density: F32
    top_only: F32
    bare_top: F32
    skull: np.ndarray
    grown: F32


@dataclass
class Head:
    """What the growth depends on besides the picture: the style worn, how far the hair has
    receded, the hairline's row per column, the hair's cap, the temples' row, the mesh's ears
    (None without a mesh) and whether hair is worn over them, coiled, or short tufts."""

    style: str
    thinning: float
    line: F32
    cap: np.ndarray
    temple: float
    ears: F32 | None
    covers_ears: bool
    coiled: bool
    tufts: bool


def growth(c: FaceCanvas, fg: FaceGeometry, rows: slice, fib: Fibres, h: Head) -> Growth:
    """Where hair grows in canvas ``rows`` (its fibres ``fib``), on the head ``h``."""
    xs, ys = c.xs[rows], c.ys[rows]
    style, thinning, line, cap, temple = h.style, h.thinning, h.line, h.cap, h.temple
    ears, covers_ears, coiled, tufts = h.ears, h.covers_ears, h.coiled, h.tufts
    # Where hair grows: above the hairline, thinning over a band into the skin (single hairs,
    # the scalp showing between them), no cut edge.
    # Below the ear's top hair grows only in front of it (the sideburn); the ear stands out.
    ear_x = np.abs(xs - fg.cx) - fg.wc * 0.97
    ear = (ys > fg.ear_y) & (ear_x > -fg.wc * 0.1)
    ear |= np.hypot(ear_x / (fg.wc * 0.16), (ys - fg.ear_y) / (fg.ear_len * 0.6)) < 1
    # (Only where the ear shows, past the face's outline: inside it a sideburn lies on the skin.)
    ear &= np.abs(xs - fg.cx) > fg.half_width(ys[:, 0])[:, None] - 1.0
    if ears is not None:  # the mesh's own ears (under hair worn over them, none)
        ear = (ears > 0.3) & (not covers_ears)
    scalp = (ys < line) & ~ear
    grow = scalp & cap
    depth_in = cv2.distanceTransform(scalp.astype(np.uint8), cv2.DIST_L2, 3)
    # Long hair combed from the parting covers its roots: a narrower, less stubbly hairline.
    widths = {"cropped": 0.15, "bald": 0.1, "tied": 0.11, "long": 0.11, "medium": 0.11, "bob": 0.11}
    band = fg.wz * (widths.get(style, 0.13) + 0.3 * thinning)
    # The line wanders a little and smoothly; lock by lock it would step, a ragged cut.
    wander = c.noise(max(2.0, fg.wz * 0.06))[rows] * band * 0.22
    jitter = (fib.strand - 0.5) * band * 0.5 + wander
    # At the temples and sideburns the hair is short and close: it thins over less.
    narrow = 1 - 0.45 * smoothstep(fg.hairline, temple, ys)
    density = smoothstep(0.0, band, (depth_in + jitter) / narrow)
    top_only = 1 - smoothstep(fg.wc * 0.55, fg.wc * 0.85, np.abs(xs - fg.cx))
    # Beyond the skull's outline the eye looks along the hair, through many hairs: no thinning.
    skull_ny = (ys - temple) / (temple - fg.crown)
    skull = (np.abs(xs - fg.cx) / fg.wc) ** 2.4 + np.clip(-skull_ny, 0, None) ** 2.4 < 1
    # (Not over a balding crown: there the outline too is thin.)
    outside = 1 - soft(skull.astype(np.float32), 2.0)
    density = np.maximum(density, outside * (1 - top_only * min(1.0, thinning * 3)))
    # Hair thins on top with age; the sides above the ears stay full.
    # (Over a far receded top what is left is sparse: at half cover it was a tuft, a veil of
    # hair standing over the scalp against the backdrop.)
    full = {"cropped": 0.8, "bald": 0.7, "tied": 0.97}.get(style, 1.0) - 0.45 * thinning * top_only
    full = full - 0.4 * smoothstep(0.3, 0.8, thinning) * top_only
    # Thinned on top the hair is single hairs lying apart along the fall, the scalp between
    # them (thinned evenly, it was a pale veil over the top, a tuft of its own).
    apart = np.clip(1.5 - 2.2 * fib.strand, 0, 1) * top_only * min(1.0, 1.6 * thinning)
    full = full * (1 - 0.7 * apart)
    # Single hairs where the hair is thin: fewer the further out.
    # (The strand field runs along the fall: what it leaves are single hairs, not dots.)
    hairs = smoothstep(0.06, -0.06, 0.66 - 0.3 * density - fib.strand)
    hairs = hairs * (depth_in > 0) * (not coiled)
    # What is left over a far receded top is fine hairs flat on the scalp, fewer and fainter.
    bare_top = smoothstep(0.3, 0.8, thinning) * top_only
    single = (0.85 if tufts else 0.7) * (1 - 0.55 * bare_top)
    grown = np.maximum(density**1.8 * full, hairs * single * (0.45 + 0.55 * density))
    if style in ("short", "cropped", "pixie"):  # cut shorter at the sides: the scalp shows
        grown *= 1 - 0.3 * smoothstep(temple - fg.wz * 0.2, fg.ear_y, ys)
    if style == "bald":  # a fringe round the sides above the ears, thinning upwards
        rim = fg.crown + (fg.eye - fg.crown) * 0.4
        ring = smoothstep(fg.wc * 0.7, fg.wc * 0.88, np.abs(xs - fg.cx)) * (ys < line) * ~ear
        ring = ring * smoothstep(rim - band * 0.5, rim + band, ys + jitter)
        grown = np.maximum(ring**1.4 * full, hairs * 0.6 * ring)
    return Growth(
        thinning,
        ear,
        scalp,
        grow,
        depth_in,
        band,
        jitter,
        density,
        top_only,
        bare_top,
        skull,
        grown.astype(np.float32),
    )
