"""Where the camera stands: the head's turn and the lens's distance, applied to the lit relief.

The renderer draws a frontal relief; a real head turned a little away shows its nose moved
across the face further than its outline (the nose stands out of the face, the cheek's edge
hardly), the far cheek narrowed and the near one widened. A booth camera at arm's length also
draws the centre of the face larger and its sides and ears smaller than a studio's camera
a couple of metres back. Both follow from each point's depth, which the relief holds.
"""

from __future__ import annotations

import math

import cv2
import numpy as np

from docexam.core.faces.canvas import F32
from docexam.core.faces.geometry import FaceGeometry
from docexam.core.faces.traits import Look

STUDIO_M = 1.5  # the studio camera's distance, that the proportions are drawn for
HALF_FACE_MM = 70.0  # half the bizygomatic width: gives the relief's depth a scale in mm


def project(img: F32, z: F32, fg: FaceGeometry, look: Look) -> F32:
    """``img`` as the camera at ``look.distance`` sees the head turned by ``look.yaw`` and
    nodded by ``look.pitch`` (+ chin down)."""
    turn = math.sin(math.radians(look.yaw))
    nod = math.sin(math.radians(look.pitch))
    dist = max(0.3, look.distance)
    if abs(turn) + abs(nod) < 1e-3 and abs(dist - STUDIO_M) < 1e-3:
        return img
    h, w = z.shape
    # Depth smoothed: the relief's fine forms (pores, lids) must not tear the picture.
    zs = cv2.GaussianBlur(z, (0, 0), 3.0)
    metres = 1e-3 * HALF_FACE_MM / fg.wz
    # The eyes keep their size, so the framing (and the eye spacing) is the studio's.
    eye_z = float(zs[int(fg.eye), int(np.clip(fg.cx, 0, w - 1))]) * 0.85

    def scale(d: F32) -> F32:
        zm = np.clip(d * metres, 0, 0.6 * dist)
        rel = dist * (STUDIO_M - zm) / (STUDIO_M * (dist - zm))
        zr = eye_z * metres
        return rel / (dist * (STUDIO_M - zr) / (STUDIO_M * (dist - zr)))

    ox, oy = fg.cx, 0.5 * (fg.eye + fg.nose)  # the lens aims at the middle of the face
    xs = np.arange(w, dtype=np.float32)[None, :]
    ys = np.arange(h, dtype=np.float32)[:, None]
    # The head turns on the neck; the shoulders below stay square to the camera.
    neck = np.clip((fg.chin + 0.5 * fg.wz - ys) / (0.5 * fg.wz), 0, 1)
    d = zs
    for _ in range(2):  # the depth under the source point, refined once
        k = scale(d)
        sx = (ox + (xs - ox) / k - turn * neck * d).astype(np.float32)
        sy = (oy + (ys - oy) / k - nod * neck * d).astype(np.float32)
        d = cv2.remap(zs, sx, sy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    return cv2.remap(img, sx, sy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)
