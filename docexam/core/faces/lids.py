"""The lids round one eye, painted as profiles across their margins: the lid margins are a
pixel or two at the working size, and strokes drawn that thin broke into a ragged outline."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from docexam.core.faces.canvas import F32, FaceCanvas, smoothstep
from docexam.core.faces.patch import Patch


@dataclass(frozen=True)
class Lids:
    """One eye's window: each pixel's row, how far across the eye its column lies (``u``,
    -1 the inner corner .. 1 the outer), and the upper margin, lower margin and crease's
    heights per column."""

    rows: F32
    u: F32
    top: F32
    foot: F32
    fold: F32
    eye_w: float

    def opening(self) -> F32:
        """Coverage of the eye's opening between the margins, antialiased."""
        gap = np.minimum(self.rows - self.top, self.foot - self.rows)
        ends = np.clip((1 - np.abs(self.u)) * self.eye_w + 0.5, 0, 1)
        return (np.clip(gap + 0.5, 0, 1) * ends).astype(np.float32)


def lids(
    p: Patch,
    centre: tuple[float, float],
    side: int,
    eye_w: float,
    lines: list[np.ndarray],
) -> Lids:
    """``lines``: the upper margin, lower margin and crease, each inner to outer."""
    cols = np.arange(p.cols.start, p.cols.stop, dtype=np.float32)
    rows = np.arange(p.rows.start, p.rows.stop, dtype=np.float32)[:, None]

    def along(line: np.ndarray) -> F32:
        order = np.argsort(line[:, 0])
        return np.interp(cols, line[order, 0], line[order, 1])[None, :].astype(np.float32)

    u = (side * (cols - centre[0]) / eye_w)[None, :].astype(np.float32)
    top, foot, fold = (along(line) for line in lines)
    return Lids(rows, u, top, foot, fold, eye_w)


def _band(d: F32, centre: float, sigma: float | F32) -> F32:
    return np.exp(-0.5 * ((d - centre) / sigma) ** 2).astype(np.float32)


def upper_lid(
    c: FaceCanvas, p: Patch, lid: Lids, hood: float, skin: F32, female: bool, wz: float
) -> None:
    """The upper lid: a fold of skin with thickness, rounded over the ball below the crease
    (high on an open lid, hidden under a fold of skin on a hooded one). It faces up into
    the lamp and is the lightest skin round the eye, lightest along its middle where it
    bulges most; the crease is a soft valley of shade fading up into the socket."""
    above = lid.top - lid.rows  # px above the lid margin
    under = lid.rows - lid.fold  # px below the crease
    height = np.maximum(lid.top - lid.fold, 0.5)
    reach = np.clip(1 - (lid.u / 1.08) ** 2, 0, 1)
    band = smoothstep(0.0, 1.0, above) * smoothstep(-0.3, 1.0, under) * reach**0.3
    t = np.clip(above / height, 0, 1)
    dome = band * np.clip(np.sin(np.pi * t), 0, 1) ** 0.8
    lid_skin = np.minimum(1, skin * np.array([1.05, 1.08, 1.1], np.float32))
    p.paint(band * (0.15 + 0.25 * (1 - hood)), lid_skin)
    p.paint(dome * (0.16 + 0.14 * (1 - hood)), np.minimum(1, skin * 1.13 + 0.015))
    p.lift(dome, wz * 0.016)
    gloss = c.gloss[p.rows, p.cols]
    gloss += (0.18 - gloss) * dome * 0.6  # thin, taut skin has a little sheen
    cw = (0.3 + 0.3 * (1 - hood)) * reach**0.6
    p.paint(_band(under, 0.2, 1.3) * cw, skin * np.array([0.55, 0.52, 0.58], np.float32))
    p.paint(_band(under, -2.0, 2.4) * cw * 0.4, skin * np.array([0.72, 0.68, 0.74], np.float32))
    if hood > 0.35:  # the fold overhangs the lid margin: a lit roll
        roll = _band(under, height * 0.45, 0.9) * 0.3 * hood * reach
        p.paint(roll.astype(np.float32), lid_skin)
    if female:  # a little shadow on the lid, as most women wear for a photo
        p.paint(band * 0.12, (0.25, 0.22, 0.25))


def lash_line(p: Patch, lid: Lids, female: bool) -> None:
    """The lash line is a dark soft edge, fuller at the outer corner (and with make-up), its
    lashes a little clumped along it."""
    k = np.clip((lid.u + 1) / 2, 0, 1).astype(np.float32)
    weight = (0.55 + 0.45 * k) * smoothstep(0.0, 0.1, k) * (1.0 if female else 0.75)
    # Thickest over the outer third, thinning into the corner: no drawn wing, and no dark
    # knot at the corner to outweigh a light iris's pupil.
    weight *= (1 - 0.65 * smoothstep(0.7, 1.0, k)) * (np.abs(lid.u) < 1.02)
    weight *= 1 + 0.18 * np.sin(lid.u * 23.0) * np.sin(lid.u * 9.0 + 1.0)
    above = lid.top - lid.rows
    line = _band(above, 0.25, 0.55 + 0.3 * k) * weight * 1.15
    p.paint(np.minimum(line, 1).astype(np.float32), (0.035, 0.035, 0.045))


def lower_lid(c: FaceCanvas, p: Patch, lid: Lids, skin: F32, wz: float) -> None:
    """The lower lid has a thickness: a wet margin along the ball that catches the lamp, the
    lid's rim facing up into the light, and below it only a faint shade of the lower lashes
    before the lid's skin runs on into the cheek, with no outline."""
    s = lid.rows - lid.foot  # px below the lower margin
    w = np.clip(1 - ((lid.u - 0.1) / 1.05) ** 2, 0, 1) ** 0.8
    k = np.clip((lid.u + 1) / 2, 0, 1)
    margin = _band(s, 0.1, 0.5) * w
    p.paint(margin * 0.32, np.minimum(1, skin * np.array([1.0, 1.03, 1.14], np.float32) + 0.015))
    gloss = c.gloss[p.rows, p.cols]
    np.maximum(gloss, margin * 0.6, out=gloss)
    p.paint(_band(s, 1.4, 1.1) * w * 0.12, np.minimum(1, skin * 1.08 + 0.01))
    shade = _band(s, 2.4, 1.0) * w * 0.07 * (0.4 + 0.6 * k)
    p.paint(shade, skin * np.array([0.55, 0.52, 0.56], np.float32))
    # The rim's roundness, so the lamp's sheen runs along it.
    p.lift(_band(s, 1.2, 1.2) * w, wz * 0.006)
