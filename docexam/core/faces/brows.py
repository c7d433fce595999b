"""Eyebrows: a soft mass of short hairs over skin, shaped by the eyebrow traits alone."""

from __future__ import annotations

import numpy as np

from docexam.core.faces import hairgrain
from docexam.core.faces.canvas import FaceCanvas, smoothstep, soft
from docexam.core.faces.geometry import FaceGeometry
from docexam.core.faces.patch import Patch
from docexam.core.faces.traits import Identity


def brows(
    c: FaceCanvas, fg: FaceGeometry, who: Identity, colour: tuple[float, float, float]
) -> None:
    """Relaxed eyebrows of short hairs, as a neutral face holds them: the head over the
    inner eye corner a little lower, sparse, with hairs standing up; a gentle arch peaking
    about two thirds out over the densest body; the tail thinning to a point. Their shape,
    weight and arch come from the eyebrow traits, within what is a man's or a woman's: a
    woman's brow is thinner, higher over the eye and more arched, its peak further out and
    its tail finer; a man's is thicker, lower and closer to the eye, and straighter. (The
    traits' steps are the same for both: only the middle of their range moves.)"""
    tr = who.traits
    female = who.sex == "F"
    thick = fg.eye_w * (0.22 + 0.24 * tr["brow_thickness"]) * (0.8 if female else 1.12)
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
    spots = []
    angle = p.blank()
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
    # Hairs per unit length: the head's stand up sparser, with skin between, the body is
    # densest, the tail thins out.
    density = (0.5 + 0.5 * smoothstep(0.02, 0.3, t)) * (1 - 0.72 * smoothstep(0.45, 1.0, t))
    for side in (-1, 1):
        ex = fg.fx + side * fg.eye_gap
        # A man's brows reach further in over the nose, nearer each other.
        x_in = ex - side * fg.eye_w * (0.98 if female else 1.1)
        x_out = ex + side * fg.eye_w * (1.35 + 0.1 * tr["brow_thickness"])
        xs = x_in + (x_out - x_in) * t
        ys = base - lift
        # (Spots overlap along the brow: each weighted so that they sum to its density, a
        # little more in the middle of its height, where it is a mass, not a haze.)
        sx = fg.eye_w * 0.13
        k = 1.3 * abs(x_out - x_in) / (len(t) - 1) / (np.sqrt(2 * np.pi) * sx)
        spots += [
            (x, y, sx, w * 0.6, d * k) for x, y, w, d in zip(xs, ys, width, density, strict=True)
        ]
        # Where each pixel lies along the brow and across it, for the way its hairs lie: they
        # rise at the head and turn outwards to lie along the body and tail, the lower row
        # growing up and out, the upper row down and out, meeting along the brow's spine.
        px = p.c.xs[p.rows, p.cols]
        py = p.c.ys[p.rows, p.cols]
        s_ = np.clip((px - x_in) / (x_out - x_in), 0, 1)
        spine = np.interp(s_, t, ys)
        across = np.clip((py - spine) / np.maximum(np.interp(s_, t, width) * 0.5, 1.0), -1, 1)
        lie = smoothstep(0.0, 0.3, s_)
        elev = np.radians(80 - 58 * lie + 22 * across * lie)
        here = (side * (px - fg.fx) > 0).astype(np.float32)
        angle += here * (-side * (np.pi / 2 - elev))
    # At a portrait's size a brow is a soft mass of short hairs, not strokes one could count:
    # a fine grain along their lie over it, their tone under it, skin showing through where
    # it thins (its head, its tail, its rims), there single hairs at the edge.
    body = soft(p.spots(spots), 0.8)
    grain = hairgrain.streaks(
        g.standard_normal((c.h, c.w), dtype=np.float32)[p.rows, p.cols],
        angle,
        thick * (0.45 if female else 0.6),
    )
    thin = np.clip(body * (1 + 0.9 * grain * (1 - body)), 0, 1)
    alpha = thin**1.15 * (0.82 if female else 0.9)
    # (Fair hairs' shade between them is as light as their own: a dark grain read as hatched.)
    pale = float(np.mean(colour)) > 0.2
    tone = 1 + (0.14 if pale else 0.22) * np.clip(grain, -2.5, 2.5)
    p.paint(alpha, np.asarray(colour, np.float32) * tone[..., None])
    # The hairs lie on the skin as a thin layer: the lamp lights their top and they shade a
    # little below them, over the brow ridge's own shade.
    p.lift(soft(body, 1.5), fg.eye_w * 0.04)
    rows, cols = p.rows, p.cols
    c.detail[rows, cols] = c.detail[rows, cols] * (1 - alpha) + grain * 0.03 * alpha
