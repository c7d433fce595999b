"""Eyebrows: many fine hairs over skin, shaped by the eyebrow traits alone."""

from __future__ import annotations

import cv2
import numpy as np

from docexam.core.faces.canvas import FaceCanvas, smoothstep, soft
from docexam.core.faces.geometry import FaceGeometry
from docexam.core.faces.patch import Patch
from docexam.core.faces.traits import Identity


def brows(
    c: FaceCanvas, fg: FaceGeometry, who: Identity, colour: tuple[float, float, float]
) -> None:
    """Relaxed eyebrows of many fine hairs, as a neutral face holds them: the head over the
    inner eye corner a little lower, sparse, with hairs standing up; a gentle arch peaking
    about two thirds out over the densest body; the tail thinning to a point. Their shape,
    weight and arch come from the eyebrow traits, within what is a man's or a woman's: a
    woman's brow is thinner, higher over the eye and more arched, its peak further out and
    its tail finer; a man's is thicker, lower and closer to the eye, and straighter. (The
    traits' steps are the same for both: only the middle of their range moves.)"""
    tr = who.traits
    female = who.sex == "F"
    thick = fg.eye_w * (0.22 + 0.24 * tr["brow_thickness"]) * (0.6 if female else 1.12)
    g = c.g
    # A relaxed brow sits a little above the ridge's crest, never pulled down onto the lid;
    # a man's lies on the crest itself, a woman's (often shaped) a little above it.
    base = fg.brow - fg.eye_w * (0.28 if female else 0.14)
    rise = fg.eye_w * (0.24 * tr["brow_arch"] + (0.2 if female else 0.03))
    peak = (0.64 if female else 0.55) + 0.1 * tr["brow_arch"]
    # Tilt lifts or lowers the tail against the head; the head stays below the arch, so the
    # brow never slants down towards the nose.
    tail_y = fg.eye_w * (0.05 + 0.3 * (tr["brow_tilt"] - 0.5))
    reach = fg.eye_gap + fg.eye_w * 1.6
    p = Patch(
        c,
        [fg.fx - reach, fg.fx + reach],
        [base - rise - fg.eye_w * 0.9, base + fg.eye_w * 0.7],
        3,
    )
    # Hairs are drawn in several layers and the layers summed: a line drawn over another in
    # one layer does not darken it, so a single layer saturates into a flat ink fill that the
    # camera's sharpening then outlines. Summed, the brow keeps its streaks and skin between.
    weights_by_level = (0.3, 0.6, 1.0)
    stacks = 4
    layers = [p.blank() for _ in range(len(weights_by_level) * stacks)]
    spots = []
    t = np.linspace(0, 1, 28, dtype=np.float32)
    fall = np.clip((t - peak) / (1 - peak), 0, 1) ** 1.6
    climb = np.minimum(t / peak, 1)
    # Nearly straight up from the head, rounding over the peak, falling away along the tail.
    up = np.where(t < peak, 0.45 * climb + 0.55 * np.sin(np.pi / 2 * climb), 1 - fall)
    lift = rise * up + tail_y * fall
    # The head is about as tall as the body (its hairs stand up) and rounded off; the tail
    # narrows to a point, a woman's sooner and finer.
    taper = 1.0 if female else 1.6
    width = thick * (
        (0.55 + 0.45 * np.sqrt(smoothstep(0.0, 0.1, t)))
        * (1 - 0.85 * smoothstep(0.5, 1.0, t) ** taper)
    )
    # Hairs per unit length: few at the head, most over the body, fewer along the tail.
    density = (0.12 + 0.88 * smoothstep(0.04, 0.4, t)) * (1 - 0.72 * smoothstep(0.45, 1.0, t))
    for side in (-1, 1):
        ex = fg.fx + side * fg.eye_gap
        # A man's brows reach further in over the nose, nearer each other.
        x_in = ex - side * fg.eye_w * (0.98 if female else 1.1)
        x_out = ex + side * fg.eye_w * (1.35 + 0.1 * tr["brow_thickness"])
        xs = x_in + (x_out - x_in) * t
        ys = base - lift
        spots += [
            (x, y, fg.eye_w * 0.13, w * 0.36, d * d)
            for x, y, w, d in zip(xs, ys, width, density, strict=True)
        ]
        # Few enough that skin shows between the hairs, each one drawn strongly. A woman's
        # narrower brow has fewer hairs but lies denser: kept, not sparse.
        count = int((130 + 160 * tr["brow_thickness"]) * (0.8 if female else 1.0))
        grid = np.linspace(0, 1, 200)
        weights = np.interp(grid, t, density * width) + 0.02
        s = g.choice(grid, count, p=weights / weights.sum())
        s = s + g.uniform(-0.004, 0.004, count)
        across = np.clip(g.normal(0, 0.3, count), -0.75, 0.75)
        bx = np.interp(s, t, xs)
        by = np.interp(s, t, ys) + across * np.interp(s, t, width)
        # Hairs stand up at the head and turn outwards along the body; the lower row grows up
        # and out, the upper row down and out, meeting along the brow's spine.
        lie = np.clip(s / 0.3, 0, 1)
        ang = np.radians(-82 + 66 * lie + 24 * across * lie + g.normal(0, 8, count))
        length = thick * (0.65 + 0.6 * g.random(count)) * (0.8 + 0.35 * lie)
        dxs, dys = side * np.cos(ang) * length, np.sin(ang) * length
        # An upright hair at the head grows from its root upwards, not down towards the lid.
        by = by + dys / 2 * (1 - lie)
        # Each hair its own darkness (thick or fine, grey or dark): hairs of one tone merged
        # into a painted stroke.
        shade = np.interp(s, t, density) * (1 - 0.75 * np.abs(across))
        shade = shade * g.uniform(0.55, 1.35, count)
        level = np.digitize(shade, (0.4, 0.72))
        level = level * stacks + np.arange(count) % stacks
        for k, layer in enumerate(layers):
            sel = level == k
            lines = np.stack(
                [
                    np.stack([bx[sel] - dxs[sel] / 2, by[sel] - dys[sel] / 2], axis=1),
                    np.stack([bx[sel] + dxs[sel] / 2, by[sel] + dys[sel] / 2], axis=1),
                ],
                axis=1,
            )
            q = np.round((lines - p.origin) * 8).astype(np.int32)
            cv2.polylines(layer, list(q), False, 1.0, 1, cv2.LINE_AA, 3)
    hairs = sum(
        (layer * weights_by_level[k // stacks] for k, layer in enumerate(layers)), p.blank()
    )
    cover = 1 - np.exp(-1.1 * soft(hairs, 0.12))
    # The tone under the hairs is faint: a brow is hairs over skin, not an ink stroke, and
    # the skin shows between them most at the head and along the tail.
    p.paint(soft(p.spots(spots), 1.2) * 0.05, colour)
    p.paint(cover * 0.78, colour)
