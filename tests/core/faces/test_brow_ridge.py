"""The brow ridge's step over the nose's root: a brow_ridge trait moves it, within a face's
depth. MakeHuman's eyebrows-trans target is a bar 27 mm tall and 114 mm wide, temple to temple,
16 mm forward at full; at a gain of 0.8 a trait of 0.95 stood the glabella 14.6 mm in front of
the nose's root (median over 20 people), and lit from above the bar's underside drew a dark band
across the eyes from hair to hair (an examiner: "a darker rectangular band across the eyes")."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from docexam.core.faces.geometry import layout
from docexam.core.faces.traits import Identity, Look
from tests.core.faces.conftest import people

W, H = 311, 400


def _step_mm(who: Identity, look: Look) -> float:
    """How far the brow's most forward point on the midline stands in front of the nose's
    root below it (mm, the pupils 63 mm apart), on the mesh's depth."""
    fg = layout(who, look, W, H)
    assert fg.mesh is not None
    x = round(fg.fx)
    column = fg.mesh.depth[:, x - 1 : x + 2].mean(axis=1)
    seg = column[int(fg.brow - 0.6 * fg.eye_w) : int(fg.eye) + 1]
    top = int(np.argmax(seg))
    return float(seg[top] - seg[top:].min()) / (2 * fg.eye_gap / 63)


def test_the_brow_ridge_trait_moves_the_brow_within_a_face_s_depth() -> None:
    """Over 20 portraits, the trait at 0.05, 0.5 and 0.95: medians 5.1, 5.8 and 9.7 mm
    (generator 38: 4.3, 5.8, 14.6). The step still grows with the trait by a few millimetres,
    and the trait's top end no longer stands a shelf of over a centimetre over the eyes."""
    steps = np.array(
        [
            [
                _step_mm(replace(who, traits={**who.traits, "brow_ridge": t}), look)
                for t in (0.05, 0.5, 0.95)
            ]
            for _, who, look, _ in people(20, 0)
        ]
    )
    low, mid, high = np.median(steps, axis=0)
    assert low < mid < high and high - low > 3.0, (low, mid, high)
    assert high < 11.5 and np.percentile(steps[:, 2], 90) < 13.0, steps[:, 2].round(1)
