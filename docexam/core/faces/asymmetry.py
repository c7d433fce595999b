"""A face's own left/right differences as a smooth warp of the finished photo: the eyes' line
and the mouth's line each a little tilted, and not by the same angle, the chin and the
mouth's middle a little off the midline, one side of the jaw a little wider.

The head's mesh and every painted layer (lids, lips, brows, hair, marks) are drawn mirror-
symmetric about the face's midline, so measured on 40 holders the pupils, the mouth's corners
and the alae differed in height by a few hundredths of a millimetre: a mask's symmetry. Warping
the photo once moves every layer together, so the lips' paint stays on the mouth's relief.

Sizes from people: on 1,282 young adults' frontal photos the angle between the line through
the eyes' outer corners and the line through the mouth's corners was 0.2 +- 1.4 degrees
(men) and 0.3 +- 1.3 (women) (PubMed 17954309); differences under about 3 mm or 3 degrees
are not seen as asymmetry (PMC5556787). Each term below is well inside that per unit draw.
"""

from __future__ import annotations

import math

import cv2
import numpy as np
import numpy.typing as npt

from docexam.core.faces.canvas import F32
from docexam.core.faces.geometry import FaceGeometry
from docexam.core.faces.traits import Identity

PUPILS_MM = 63.0  # the distance between the pupils, the photo's own millimetre
# Each term: (the Identity's asymmetry draw, size per unit draw). The eyes' tilt takes the
# draw the mesh's eye corners take (morph.ASYMMETRY), so the two agree in direction.
EYE_TILT = (0, 0.8)  # degrees: the eyes' line, the viewer's right eye up for a positive draw
MOUTH_TILT = (12, 0.8)  # degrees: the mouth's line, on its own
JAW_TILT = (13, 0.8)  # degrees: the jaw's line under the mouth
CHIN_SHIFT = (14, 1.0)  # mm sideways: the chin's ball off the midline
MOUTH_SHIFT = (15, 0.6)  # mm sideways: the mouth's middle off the midline
JAW_SIDE = (16, 1.2)  # mm: one side of the jaw that much further out, the other in as much
TERMS = (EYE_TILT, MOUTH_TILT, JAW_TILT, CHIN_SHIFT, MOUTH_SHIFT, JAW_SIDE)


def displacement(fg: FaceGeometry, who: Identity, x: F32, y: F32) -> tuple[F32, F32]:
    """How far (pixels, right and down) the face's own asymmetry moves what the symmetric
    photo drew at ``x``, ``y``."""
    mm = 2 * fg.eye_gap / PUPILS_MM
    dx_ = x - fg.fx
    reach = fg.mouth - fg.eye
    # Each line's tilt holds over its own band of rows and fades into the next; sideways it
    # fades past the face's outline, so hair and shoulders hardly move.
    jaw_row = (fg.mouth + fg.chin) / 2

    def band(row: float, sigma: float) -> F32:
        return np.exp(-0.5 * ((y - row) / (sigma * reach)) ** 2)

    side = np.exp(-0.5 * (np.maximum(np.abs(dx_) - 1.1 * fg.wz, 0) / (0.3 * fg.wz)) ** 2)
    tilt = (
        math.radians(who.draw(*EYE_TILT)) * band(fg.eye, 0.32)
        + math.radians(who.draw(*MOUTH_TILT)) * band(fg.mouth, 0.22)
        + math.radians(who.draw(*JAW_TILT)) * band(jaw_row, 0.28)
    )
    # A positive tilt lifts the viewer's right (rows grow downwards).
    dy = -dx_ * tilt * side
    middle = np.exp(-0.5 * (dx_ / (0.7 * fg.wz)) ** 2)
    shift = who.draw(*CHIN_SHIFT) * band(fg.chin, 0.3) + who.draw(*MOUTH_SHIFT) * band(
        fg.mouth, 0.2
    )
    # One side wider: both sides move the same way, in proportion to their distance out.
    wider = who.draw(*JAW_SIDE) * band(jaw_row, 0.4) * (dx_ / fg.wz) ** 2
    dx = mm * (shift * middle + wider * side)
    return dx.astype(np.float32), dy.astype(np.float32)


def shown(fg: FaceGeometry, who: Identity, points: npt.ArrayLike) -> npt.NDArray[np.float32]:
    """Where the photo shows what the layout ``fg`` drew at ``points`` (N x 2, x and y)."""
    p = np.asarray(points, np.float32).reshape(-1, 2)
    dx, dy = displacement(fg, who, p[:, 0], p[:, 1])
    return np.stack([p[:, 0] + dx, p[:, 1] + dy], axis=1)


def warp(img: F32, fg: FaceGeometry, who: Identity) -> F32:
    """``img`` (the finished, symmetric photo of ``who`` laid out as ``fg``) with the face's
    own asymmetry."""
    h, w = img.shape[:2]
    if not any(who.draw(*t) for t in TERMS):
        return img
    gy, gx = np.mgrid[0:h, 0:w].astype(np.float32)
    dx, dy = displacement(fg, who, gx, gy)
    # Pulled from where each pixel came from: the field is a few pixels at most and smooth,
    # so its value here stands for its value there.
    return cv2.remap(
        img, gx - dx, gy - dy, interpolation=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE
    )
