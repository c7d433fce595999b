"""Glasses as a booth's camera sees them: the frame a rod the lamp lights on one side and
shades on the other, its shadow falling away from the lamp. (Drawn as a flat dark line of one
width round each eye, with its shadow always down and to the right, they read as drawn on the
photo with a marker.)"""

from __future__ import annotations

from dataclasses import replace

import cv2
import numpy as np

from docexam.core.faces import glasses, lamps
from docexam.core.faces.canvas import LUMA
from docexam.core.faces.geometry import WORK_HEIGHT, layout, work_width
from docexam.core.faces.traits import Identity, Look
from docexam.core.faces.traveller import traveller
from tests.core.faces.conftest import frontal, viz

GREY = 0.5


def _booth(s: int, kind: str) -> tuple[Identity, Look]:
    t = traveller(viz(100 + s), s, difficulty=0.5)
    return t.identity, replace(frontal(t.look), glasses=kind)


def _drawn(who: Identity, look: Look) -> tuple[np.ndarray, object]:
    """The frames drawn over a flat grey picture at the working size, and the layout."""
    u = WORK_HEIGHT
    w = work_width(420, 540)
    fg = layout(who, look, w, u)
    img = np.full((u, w, 3), GREY, np.float32)
    glasses.draw(img, fg, look)
    return img @ LUMA, fg


def _on_line(shape: tuple[int, int], pts: np.ndarray) -> np.ndarray:
    m = np.zeros(shape, np.uint8)
    cv2.polylines(m, [np.round(pts).astype(np.int32)], False, 1, 1)
    return m > 0


def test_the_frame_is_lit_on_the_lamps_side() -> None:
    steps = []
    for s in range(16):
        for kind in ("thick", "thin"):
            who, look = _booth(s, kind)
            lum, fg = _drawn(who, look)
            up = float(lamps.lamp(look).direction[1])  # (y down: negative is a lamp above)
            if abs(up) < 0.15:
                continue
            for side in (-1, 1):
                pts = glasses.rim(fg, side)
                t = np.linspace(0, 2 * np.pi, len(pts))
                top = _on_line(lum.shape, pts[np.sin(t) < -0.6])
                bottom = _on_line(lum.shape, pts[np.sin(t) > 0.6])
                lit, shaded = (top, bottom) if up < 0 else (bottom, top)
                steps.append(float(np.median(lum[lit]) - np.median(lum[shaded])))
    assert len(steps) >= 20
    # (One flat colour all round: 0.)
    assert np.median(steps) > 0.05, np.percentile(steps, [10, 50, 90])
    assert np.percentile(steps, 10) > 0.0, np.percentile(steps, [10, 50, 90])


def _dark_beside(lum: np.ndarray, fg: object, side: int) -> float:
    """How much darker than the grey the skin is just outside a rim's outer upright."""
    pts = glasses.rim(fg, side)  # type: ignore[arg-type]
    t = np.linspace(0, 2 * np.pi, len(pts))
    upright = pts[side * np.cos(t) > 0.9]
    return GREY - float(np.median(lum[_on_line(lum.shape, upright + np.array([side * 5.0, 0.0]))]))


def test_the_frames_shadow_falls_away_from_the_lamp() -> None:
    """The same frames under a lamp from the left and from the right: outside the right-hand
    rim the shadow is deeper under the lamp from the left, and the other way round."""
    leans = []
    for s in range(12):
        who, look = _booth(s, "thick")
        left, fg = _drawn(who, replace(look, light_azimuth=25.0))  # (+: the viewer's left)
        right, _ = _drawn(who, replace(look, light_azimuth=-25.0))
        for side in (-1, 1):
            from_left = _dark_beside(left, fg, side) - _dark_beside(right, fg, side)
            leans.append(from_left * side)
    # (Always down and to the right: the same whichever side the lamp was on, 0.)
    assert np.percentile(leans, 10) > 0.005, np.percentile(leans, [10, 50, 90])


def test_the_arms_stay_on_the_head() -> None:
    """The arms run back along the head to the ears: beyond the rims nothing of the frame lies
    off the head (its outline, ears in, a pixel out), whichever way the booth's traveller
    turns. (A rim itself may stand past a turned face's far side, as a real one does.) 24
    booth looks, thin and thick frames: drawn to a point set off the face's middle, an arm (or its
    shadow, on a backdrop far behind) ran on past the head's outline into the air in 39 of 48
    (up to 361 px); held to the head, none."""
    off = []
    for s in range(24):
        t = traveller(viz(100 + s), s, difficulty=0.5)
        for kind in ("thin", "thick"):
            lum, fg = _drawn(t.identity, replace(t.look, glasses=kind))
            assert fg.mesh is not None
            head = cv2.dilate((fg.mesh.head > 0.5).astype(np.uint8), np.ones((3, 3), np.uint8))
            xs = np.arange(lum.shape[1], dtype=np.float32)[None, :]
            rims = np.minimum(np.abs(xs - fg.fx - fg.eye_gap), np.abs(xs - fg.fx + fg.eye_gap))
            beyond = rims > 1.7 * fg.eye_w
            off.append(int(((np.abs(lum - GREY) > 0.02) & (head == 0) & beyond).sum()))
    assert max(off) == 0, off
