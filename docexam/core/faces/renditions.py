"""A photo as each personalisation method reproduces it: colour, greyscale, laser engraving.

Laser engraving blackens the card's polycarbonate where the beam falls: a greyscale image of
limited tonal range, harder contrast and a fine line structure; it is what ID cards carry.
"""

from __future__ import annotations

import cv2
import numpy as np
import numpy.typing as npt

Photo = npt.NDArray[np.uint8]
Grey = npt.NDArray[np.uint8]

KINDS = ("colour", "grey", "engraved")


def greyscale(photo: Photo) -> Grey:
    return cv2.cvtColor(photo, cv2.COLOR_BGR2GRAY)


def engraved(photo: Photo) -> Grey:
    """Laser-engraved: levels set on the face, deeper blacks, a faint raster of engraved lines."""
    grey = greyscale(photo).astype(np.float32) / 255.0
    lo, hi = np.percentile(grey, (2, 98))
    tone = np.clip((grey - lo) / max(0.05, hi - lo), 0, 1) ** 0.8
    rows = np.arange(grey.shape[0], dtype=np.float32)[:, None]
    raster = np.cos(rows * np.pi)  # alternate lines burn a little deeper
    ink = np.clip((1 - tone) * (1 + 0.06 * raster), 0, 1)
    paper = 0.92  # the card never engraves pure white
    return np.clip((paper - ink * 0.86) * 255 + 0.5, 0, 255).astype(np.uint8)


def coverage(grey: Grey) -> Grey:
    """Ink coverage (255 = full ink) of a greyscale print, as the page layers store it."""
    return (255 - grey).astype(np.uint8)


def rendition(photo: Photo, kind: str) -> npt.NDArray[np.uint8]:
    if kind == "colour":
        return photo
    if kind == "grey":
        return greyscale(photo)
    if kind == "engraved":
        return engraved(photo)
    raise ValueError(f"unknown rendition {kind!r}: expected one of {', '.join(KINDS)}")
