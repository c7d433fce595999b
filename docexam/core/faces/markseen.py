"""Whether a photo shows a person's marks, measured in the photo itself: how far each mark's
middle stands out from the skin round it and from the same photo drawn without it (which only
hair, a beard or glasses' frames lying over it leave the same). ``markcover`` guesses from
the head's geometry where something may lie over a mark; where it does, this decides."""

from __future__ import annotations

import functools
from dataclasses import replace

import cv2
import numpy as np
import numpy.typing as npt

from docexam.core.faces import asymmetry
from docexam.core.faces.canvas import LUMA
from docexam.core.faces.features import mark_centre, mole_radius
from docexam.core.faces.geometry import WORK_HEIGHT, work_layout, work_width
from docexam.core.faces.render import render
from docexam.core.faces.traits import Identity, Look, Mark

# How far (luminance levels) a mark must stand out in the photo for the key to let it be
# compared. From crops of renders: 8-10 levels were a smudge one found only knowing where to
# look, from about 15 a dot (a scar's line from 9). A mole under a lock's or a beard's thin
# ends stood up to 15 levels out where nothing showed (2 of 40 people with marks put under
# hair, 2 of 130 face items' pairs) and one at 18.7 under a moustache's edge was a plain dot.
# Well inside 8..20 (never shown below 8, always from 20): a renderer that moves a mark's
# contrast by a few levels moves few keys.
SHOWN = 18.0


def mark_where(who: Identity, look: Look, m: Mark, w: int, h: int) -> tuple[float, float]:
    """A mark's centre in the final photo: drawn at the working height, moved by the face's
    own asymmetry, turned with the camera's roll, then resized."""
    fg = work_layout(who, look, w, h)
    x, y = asymmetry.shown(fg, who, mark_centre(fg, m))[0]
    if abs(look.roll) > 0.05:
        rot = cv2.getRotationMatrix2D((fg.cx, fg.eye), -look.roll, 1.0)
        x, y = rot @ np.array([x, y, 1.0])
    return float(x) * w / work_width(w, h), float(y) * h / WORK_HEIGHT


def luma(img: npt.NDArray[np.uint8]) -> npt.NDArray[np.float32]:
    """Luminance levels of a colour photo, or a grey one's own."""
    if img.ndim == 2:
        return img.astype(np.float32)
    return img.astype(np.float32) @ LUMA


def stands_out(
    img: npt.NDArray[np.uint8], bare: npt.NDArray[np.uint8], who: Identity, look: Look, m: Mark
) -> float:
    """How far a mark's middle stands out in a photo, in levels: from the skin beside it (a
    mole darker than a ring round it; a scar either way against the mean of the skin on both
    sides across it, which takes the shading's slope out), and from the same photo without
    the mark (which only hair, a beard or glasses lying over it would leave the same)."""
    h, w = img.shape[:2]
    x, y = mark_where(who, look, m, w, h)
    lum, plain = luma(img), luma(bare)
    scale = h / WORK_HEIGHT
    if m.length == 0:
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        r = mole_radius(work_layout(who, look, w, h), m) * scale
        d = np.hypot(xx - x, yy - y)
        ring = lum[(d >= max(3.0, 2.5 * r)) & (d <= max(5.5, 4 * r))]
        middle = d <= max(1.0, 0.6 * r)
        if ring.size == 0 or not middle.any():
            return 0.0  # (off the photo's edge: not seen)
        darker = float(np.median(ring) - lum[middle].mean())
        return min(darker, float((plain[middle] - lum[middle]).mean()))
    # A scar is a line a pixel or two wide: its profile across its middle (averaged a little
    # along it), its strongest point within a pixel and a half of where it should lie.
    along = np.array([np.cos(np.radians(m.angle)), np.sin(np.radians(m.angle))], np.float32)
    across = np.array([-along[1], along[0]], np.float32)
    off = max(3.5, 4.5 * scale)

    def at(im: npt.NDArray[np.float32], k: float) -> float:
        pts = [np.array([x, y]) + across * k + along * t for t in (-1.0, 0.0, 1.0)]
        return float(
            np.mean([cv2.getRectSubPix(im, (1, 1), (float(p[0]), float(p[1])))[0, 0] for p in pts])
        )

    beside = (at(lum, -off) + at(lum, off)) / 2
    ks = np.arange(-1.5, 1.51, 0.5)
    return min(
        max(abs(at(lum, k) - beside) for k in ks), max(abs(at(lum, k) - at(plain, k)) for k in ks)
    )


@functools.lru_cache(maxsize=256)
def all_shown(
    who: Identity, look: Look, size: tuple[int, int], salt: object, measured: tuple[bool, ...]
) -> bool:
    """Whether each of ``who``'s marks that ``measured`` names (per mark, in order: those the
    geometry doubts) stands out in the photo ``render`` draws at ``size`` with ``salt`` (a grey
    rendition of it has the same luminance). Only those: a mark nothing may hide is shown
    whatever its contrast, and measured alongside a doubted one it would make the same mark's
    key depend on another's. Two renders (with and without the marks): a set builder asks
    again for every set, hence the cache."""
    if not any(measured):
        return True
    img = render(who, look, *size, salt=salt)
    bare = render(replace(who, marks=()), look, *size, salt=salt)
    return all(
        stands_out(img, bare, who, look, m) >= SHOWN
        for m, asked in zip(who.marks, measured, strict=True)
        if asked
    )
