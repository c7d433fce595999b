"""Hair hanging beside the face ends against the wall in an outline soft and uneven lock by lock,
not in a cut: a bob's or a medium cut's side is no plumb line, its ends no ruled line. (Drawn
at the fall's smooth outline and cut to one length, a bob read as a wig: a hard straight side
down the cheek and a straight cut along its ends.) ``hairfall._locks_out`` swells its sides,
``hairoutline.lock_lumps`` steps its outline lock by lock, and a bob's ends lie at lengths of
their own (``hairstyle.lock_ends``, ``hairfall.layered``)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from docexam.core.faces import render
from docexam.core.faces.geometry import FaceGeometry
from docexam.core.faces.hidden import COILED, texture
from docexam.core.faces.traits import make_identity, make_look

W, H = 311, 400


def _side(hidden: np.ndarray, under: np.ndarray, fg: FaceGeometry, side: int) -> list:
    """Row by row from above the eye to below the chin, the outermost pixel of hair (coverage
    over a half) on ``side`` of the face, where the backdrop lies past it (None elsewhere)."""
    pts: list = []
    for y in range(int(fg.eye - fg.wz * 0.3), min(hidden.shape[0], int(fg.chin + fg.wz * 0.3))):
        xs = np.nonzero(hidden[y] > 0.5)[0]
        xs = xs[xs > fg.cx] if side > 0 else xs[xs < fg.cx]
        if len(xs) == 0:
            pts.append(None)
            continue
        x = int(xs.max() if side > 0 else xs.min())
        past = min(max(x + 2 * side, 0), hidden.shape[1] - 1)
        pts.append((x, y) if under[y, past] < 0.2 else None)
    return pts


def _longest_straight(pts: list, tol: float = 1.0) -> float:
    """The longest run of ``pts`` (in order, unbroken) that lies within ``tol`` px of the chord
    between its ends: a straight stretch of outline, at any slope (px)."""
    best = 0.0
    for i, a in enumerate(pts):
        if a is None:
            continue
        j = i
        while j + 1 < len(pts) and pts[j + 1] is not None:
            seg = np.array(pts[i : j + 2], float)
            d = seg[-1] - seg[0]
            length = max(float(np.hypot(*d)), 1e-6)
            off = np.abs(d[0] * (seg[:, 1] - seg[0, 1]) - d[1] * (seg[:, 0] - seg[0, 0])) / length
            if off.max() > tol:
                break
            j += 1
        best = max(best, float(np.hypot(pts[j][0] - a[0], pts[j][1] - a[1])))
    return best


def test_a_falls_outline_against_the_wall_is_no_straight_cut(front: dict[str, object]) -> None:
    runs = []
    for style in ("bob", "medium"):
        found, seed = 0, 0
        while found < 12:
            who = make_identity(("outline-test", seed), "F")
            seed += 1
            if texture(who) >= COILED:
                continue
            found += 1
            look = make_look(("outline-test", seed), who, 40.0)
            look = replace(look, hair_style=style, yaw=0.0, pitch=0.0, roll=0.0)
            render.render(who, look, W, H)
            hidden, under, fg = front["hidden"], front["under"], front["fg"]
            assert isinstance(hidden, np.ndarray) and isinstance(under, np.ndarray)
            assert isinstance(fg, FaceGeometry)
            sides = (_longest_straight(_side(hidden, under, fg, s)) for s in (-1, 1))
            runs.append(max(sides) / fg.wz)
    # The longest stretch of either side's outline within a pixel of a straight line, in face
    # widths. (Measured over these 24: before, median 0.39, a third of the cheek's height cut
    # straight; now 0.31.)
    assert float(np.median(runs)) < 0.355, np.round(runs, 2)
