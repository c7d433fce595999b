"""Hair stays on the head it grows from: on a turned or lowered head at the booth no patch of
it floats beside the skull, and a thinning top lies on the scalp instead of standing over it."""

from __future__ import annotations

from dataclasses import replace

import cv2
import numpy as np

from docexam.core.faces import body, hair, head
from docexam.core.faces.canvas import FaceCanvas
from docexam.core.faces.geometry import FaceGeometry, layout
from docexam.core.faces.hairstyle import receding
from docexam.core.faces.traits import Identity, Look, make_identity, make_look

W, H = 311, 400
POSES = ((12.0, 8.0), (-12.0, 8.0), (9.0, 3.0), (-8.0, 6.0), (11.0, -6.0))


def _front(who: Identity, look: Look) -> tuple[np.ndarray, FaceGeometry]:
    fg = layout(who, look, W, H)
    c = FaceCanvas(W, H, np.random.default_rng(0))
    body.body(c, fg, who, look)
    head.face(c, fg, who, look)
    hidden, _ = hair.hair_front(c, fg, who, look)
    return hidden, fg


def _floating(hidden: np.ndarray, fg: FaceGeometry) -> int:
    """Pixels of hair in patches above the ears that lie mostly off the head's silhouette."""
    assert fg.mesh is not None
    rows = slice(0, int(fg.ear_y))
    on = (fg.mesh.head[rows] > 0.5).astype(np.uint8)
    off = cv2.distanceTransform(1 - on, cv2.DIST_L2, 3) > 1.0
    hair_px = (hidden[rows] > 0.3).astype(np.uint8)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(hair_px, connectivity=8)
    out = np.bincount(labels[off], minlength=n)
    area = stats[:, cv2.CC_STAT_AREA]
    bad = (area >= 8) & (out > 0.6 * area)
    bad[0] = False
    return int(area[bad].sum())


def test_a_turned_heads_side_hair_stays_on_its_skull() -> None:
    worst = []
    for seed in range(10):
        who = make_identity(("float-test", seed), "M")
        yaw, pitch = POSES[seed % len(POSES)]
        style = ("bald", "cropped")[seed % 2]
        look = make_look(("float-test", seed), who, 55.0 + 2.5 * seed)
        look = replace(look, hair_style=style, yaw=yaw, pitch=pitch, roll=0.0)
        hidden, fg = _front(who, look)
        worst.append((_floating(hidden, fg), seed, style, yaw, pitch))
    assert max(worst)[0] == 0, max(worst)


def _standing(hidden: np.ndarray, fg: FaceGeometry) -> float:
    """How many rows the hair stands over the top of the skull, over its middle."""
    assert fg.mesh is not None
    cols = slice(int(fg.cx - fg.wc * 0.3), int(fg.cx + fg.wc * 0.3))
    skull_top = np.argmax(fg.mesh.head[:, cols] > 0.5, axis=0)
    hair_top = np.argmax(hidden[:, cols] > 0.5, axis=0)
    has = (hidden[:, cols] > 0.5).any(axis=0)
    return float(np.mean(np.where(has, np.maximum(skull_top - hair_top, 0), 0)))


def test_a_thinning_top_lies_on_the_scalp() -> None:
    for seed in range(6):
        who = make_identity(("tuft-test", seed), "M")
        look = make_look(("tuft-test", seed), who, 50.0 + 3 * seed)
        look = replace(look, hair_style="short", yaw=0.0, pitch=0.0, roll=0.0)
        assert receding(who, look) >= 0.45
        hidden, fg = _front(who, look)
        # (At a short cut's full height the forelock stood a finger's width over the skull.)
        assert _standing(hidden, fg) < fg.wz * 0.05, (seed, _standing(hidden, fg), fg.wz)
