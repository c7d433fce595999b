"""Glasses: where their frames lie on a face (a rim round each eye, the temples running back to
the head's sides, the bridge), and drawing them over the photo. ``markcover`` reads the same
lines to tell whether a frame hides a mole."""

from __future__ import annotations

import cv2
import numpy as np

from docexam.core.domain.seeds import rng
from docexam.core.faces import lamps
from docexam.core.faces.canvas import F32, line_mask, shifted, soft
from docexam.core.faces.geometry import FaceGeometry
from docexam.core.faces.traits import Look

WIDTH = {"thin": 1.0, "thick": 4.0, "rimless": 0.8}  # the frame's line, px at the working size


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


# A frame's material, by the style: (BGR colour, shine). Wire is a metal's tone (gold,
# silver, gunmetal), its glints the lamp's; acetate is dark and glossy (black, a
# tortoiseshell's brown, navy).
WIRE = (((0.33, 0.5, 0.62), 0.5), ((0.55, 0.55, 0.56), 0.45), ((0.2, 0.2, 0.22), 0.35))
ACETATE = (((0.04, 0.04, 0.05), 0.3), ((0.05, 0.1, 0.2), 0.3), ((0.16, 0.08, 0.06), 0.3))


def material(look: Look) -> tuple[np.ndarray, float]:
    """The frame's colour and shine: the same pair of glasses for the same photo."""
    pick = WIRE if look.glasses != "thick" else ACETATE
    colour, shine = pick[int(rng("frame", look.glasses, look.hair_colour, look.age).integers(3))]
    return np.asarray(colour, np.float32), shine


def draw(img: F32, fg: FaceGeometry, look: Look) -> None:
    """The frame, its shadow on the face, and the lamp's reflection in each lens, into
    ``img``. The frame is a rod, not a line: the side towards the lamp is lit and glints, the
    other shaded; its shadow falls away from the lamp. (A flat dark line of one width round
    each eye read as drawn on the photo with a marker.)"""
    # Worked out in a window round the frame only (its lines, their blur and the shadow's
    # offset): over the whole frame it took a booth photo's glasses twice as long.
    lines = np.vstack(frame_lines(fg))
    pad = 16
    x0, y0 = (max(0, int(v) - pad) for v in lines.min(axis=0))
    x1, y1 = (int(v) + pad + 1 for v in lines.max(axis=0))
    sub = img[y0:y1, x0:x1]
    if sub.size == 0:
        return
    at = np.array([x0, y0], np.float64)
    shape = sub.shape[:2]
    head = None if fg.mesh is None else fg.mesh.head[y0:y1, x0:x1]
    width = WIDTH[look.glasses]
    lamp = lamps.lamp(look)
    to_lamp = np.array([lamp.direction[0], lamp.direction[1]], np.float32)
    to_lamp /= max(float(np.hypot(*to_lamp)), 0.3)
    frame = np.zeros(shape, np.float32)
    facing = np.zeros(shape, np.float32)  # -1 .. 1: how far the rod's side turns to the lamp
    ys, xs = np.mgrid[0 : shape[0], 0 : shape[1]].astype(np.float32)
    rimless = look.glasses == "rimless"
    for side in (-1, 1):
        ex, ey = fg.fx + side * fg.eye_gap - x0, fg.eye + fg.eye_h * 0.4 - y0
        rx = fg.eye_w * 1.45
        pts = rim(fg, side) - at
        lens = np.zeros(shape, np.float32)
        cv2.fillPoly(lens, [np.round(pts * 16).astype(np.int32)], 1.0, cv2.LINE_AA, shift=4)
        if rimless:
            # No rim: the lens's cut edge, a faint bright line where it catches the light.
            edge = line_mask(shape, np.vstack([pts, pts[:1]]), 0.8, 0.5)
            sub += (edge * 0.06)[..., None]
        else:
            # (A full frame is heavier along its top, a wire one even all round.)
            top = width * (1.25 if look.glasses == "thick" else 1.0)
            upper = np.vstack([pts[30:], pts[:1]])
            ring = np.maximum(
                line_mask(shape, np.vstack([pts, pts[:1]]), width, 0.6),
                line_mask(shape, upper, top, 0.6),
            )
            frame = np.maximum(frame, ring)
            # Outward from the lens's middle: the rod's face the camera sees turns that way.
            nx, ny = xs - ex, (ys - ey) * 1.4
            n = np.maximum(np.hypot(nx, ny), 1e-3)
            facing = np.where(ring > 0.05, (nx * to_lamp[0] + ny * to_lamp[1]) / n, facing)
        temple_line = line_mask(shape, temple(fg, side) - at, max(width * 0.8, 1.0), 0.6)
        if head is not None:
            # The arm runs back along the head to the ear: past the head's outline (a face
            # turned from the lens is narrower on its far side) it stood out in the air.
            temple_line *= head
        frame = np.maximum(frame, temple_line)
        # The lamp's reflection in the lens: a soft patch where the lens faces it, not a
        # stripe ruled across (a booth's diffuser is a broad, rounded source).
        gx = ex + rx * (0.35 * float(to_lamp[0]) - 0.1 * side)
        gy = ey + rx * 0.35 * float(to_lamp[1])
        patch = np.exp(-0.5 * (((xs - gx) / (rx * 0.4)) ** 2 + ((ys - gy) / (rx * 0.22)) ** 2))
        sub += (lens * patch * 0.1 * lamp.sheen**0.5)[..., None]
    frame = np.maximum(frame, line_mask(shape, bridge(fg) - at, max(width * 0.8, 1.0), 0.6))
    # Its shadow falls away from the lamp, softer and paler the broader the lamp.
    dx, dy = -float(to_lamp[0]) * 2.5, -float(to_lamp[1]) * 2.5 + 1.0
    shadow = soft(shifted(frame, dx, dy), 1.0 + 0.6 * lamp.size) * 0.3 * lamp.shadow
    if head is not None:
        shadow *= head  # (the backdrop stands too far behind to take it)
    sub *= (1 - shadow)[..., None]
    colour, shine = material(look)
    lit = (0.7 + 0.45 * np.clip(facing, -1, 1))[..., None]
    tone = colour * lit
    # A glint along the rod where it faces the lamp most.
    glint = np.clip((facing - 0.6) / 0.4, 0, 1) * shine
    tone = tone + (1.0 - tone) * glint[..., None] * 0.6
    sub[:] = sub * (1 - frame[..., None]) + tone * frame[..., None]
