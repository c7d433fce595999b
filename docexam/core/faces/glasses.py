"""Glasses: where their frames lie on a face (a rim round each eye, the temples running back to
the head's sides, the bridge), and drawing them over the photo. ``markcover`` reads the same
lines to tell whether a frame hides a mole."""

from __future__ import annotations

import cv2
import numpy as np

from docexam.core.faces.canvas import F32, line_mask, shifted, soft
from docexam.core.faces.geometry import FaceGeometry
from docexam.core.faces.traits import Look

WIDTH = {"thin": 1.6, "thick": 4.0, "rimless": 0.8}  # the frame's line, px at the working size


def rim(fg: FaceGeometry, side: int) -> np.ndarray:
    """The rim round one eye (``side`` -1 or 1): a rounded rectangle, 60 points, open."""
    ex = fg.fx + side * fg.eye_gap
    rx, ry = fg.eye_w * 1.45, fg.eye_w * 1.0
    t = np.linspace(0, 2 * np.pi, 60)
    sq = (
        np.sign(np.cos(t)) * np.abs(np.cos(t)) ** 0.6,
        np.sign(np.sin(t)) * np.abs(np.sin(t)) ** 0.7,
    )
    return np.stack([ex + sq[0] * rx, fg.eye + fg.eye_h * 0.4 + sq[1] * ry], axis=1)


def temple(fg: FaceGeometry, side: int) -> np.ndarray:
    """From the rim's outer edge back to the head's side."""
    ex = fg.fx + side * fg.eye_gap
    rx, ry = fg.eye_w * 1.45, fg.eye_w * 1.0
    return np.array(
        [[ex + side * rx, fg.eye - ry * 0.4], [fg.cx + side * fg.wc, fg.eye - ry * 0.2]]
    )


def bridge(fg: FaceGeometry) -> np.ndarray:
    return np.array(
        [
            [fg.fx - fg.eye_gap + fg.eye_w * 1.4, fg.eye - fg.eye_w * 0.2],
            [fg.fx, fg.eye - fg.eye_w * 0.35],
            [fg.fx + fg.eye_gap - fg.eye_w * 1.4, fg.eye - fg.eye_w * 0.2],
        ]
    )


def frame_lines(fg: FaceGeometry) -> list[np.ndarray]:
    """Every line of the frame as a polyline, the rims closed."""
    lines = []
    for side in (-1, 1):
        pts = rim(fg, side)
        lines += [np.vstack([pts, pts[:1]]), temple(fg, side)]
    return [*lines, bridge(fg)]


def draw(img: F32, fg: FaceGeometry, look: Look) -> None:
    """The frame, its shadow on the face, and a glare across each lens, into ``img``."""
    shape = img.shape[:2]
    frame = np.zeros(shape, np.float32)
    width = WIDTH[look.glasses]
    for side in (-1, 1):
        ex = fg.fx + side * fg.eye_gap
        rx = fg.eye_w * 1.45
        pts = rim(fg, side)
        frame = np.maximum(frame, line_mask(shape, np.vstack([pts, pts[:1]]), width, 0.6))
        frame = np.maximum(frame, line_mask(shape, temple(fg, side), width * 0.8, 0.6))
        lens = np.zeros(shape, np.float32)
        cv2.fillPoly(lens, [np.round(pts * 16).astype(np.int32)], 1.0, cv2.LINE_AA, shift=4)
        across = (np.arange(shape[1])[None, :] - ex) + (np.arange(shape[0])[:, None] - fg.eye) * 0.8
        glare = lens * np.clip(1 - np.abs(across) / (rx * 0.35), 0, 1)
        img += (glare * 0.12)[..., None]
    frame = np.maximum(frame, line_mask(shape, bridge(fg), width, 0.6))
    colour = np.array(
        [0.06, 0.06, 0.07] if look.glasses != "rimless" else [0.55, 0.55, 0.55], np.float32
    )
    shadow = soft(shifted(frame, 2, 3), 2.0) * 0.35
    img *= (1 - shadow)[..., None]
    img[:] = img * (1 - frame[..., None]) + colour * frame[..., None]
