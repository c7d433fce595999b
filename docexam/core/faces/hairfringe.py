"""A side parting's (or a pixie's) fringe, swept over a corner of the forehead away from
the parting, its edge the hairs' own ends."""

from __future__ import annotations

import numpy as np

from docexam.core.faces.canvas import F32, FaceCanvas, smoothstep
from docexam.core.faces.fibres import Fibres
from docexam.core.faces.geometry import FaceGeometry


def fringe(
    c: FaceCanvas,
    fg: FaceGeometry,
    rows: slice,
    fib: Fibres,
    part: float,
    line: F32,
    cap: np.ndarray,
    fallen: np.ndarray,
    grown: F32,
    thinning: float,
) -> tuple[np.ndarray, F32, np.ndarray, F32]:
    """Where the fringe lies in canvas ``rows`` (hair parted at column ``part``, growing above
    ``line`` within its ``cap``, hanging where ``fallen``, grown as ``grown``, receded by
    ``thinning``): gives where it is swept, the row its tips reach, the hair hanging with it,
    and its coverage where swept (1 elsewhere)."""
    xs, ys = c.xs[rows], c.ys[rows]
    fallen = fallen.copy()
    # A side parting (or a pixie's fringe) sweeps over a corner of the forehead, away from
    # the parting.
    away = -1.0 if part >= fg.cx else 1.0
    over = (
        (fg.eye - fg.hairline)
        * 0.25
        * np.clip(1 - (fg.wz * 0.6 - away * (xs - fg.cx)) / fg.wz, 0, 1)
    )
    # It runs out towards the far temple, not at a line down the forehead.
    over = over * smoothstep(fg.wc * 0.9, fg.wc * 0.55, np.abs(xs - fg.cx))
    # A receding head has no fringe left to sweep: swept from its thin top, it lay over
    # the bare forehead as a painted block of hair.
    over = over * max(0.0, 1 - 1.6 * thinning)
    reach = line + over
    tip_line = reach - fg.wz * 0.08
    swept = cap & (ys < reach) & (ys > line - fg.wz * 0.3)
    # (Only where it reaches past the hairline: at the sides, where the hairline runs down
    # the temple, the band above it cut a pale box into the hair.)
    swept &= over > 0.5
    # (Where the fringe lies over the fall from the parting, the fall shows between its
    # tips: thinned there, the tips left a hole of skin at the temple.)
    on_fall = swept & fallen
    fallen |= swept
    # Its edge is the hairs' ends, at different lengths, not a cut; where it hardly passes
    # the hairline, the hairline's own thinning shows.
    # Each lock ends at its own length and narrows to its tip, its fibres at their own.
    ends_in = (reach - ys) / (fg.wz * 0.12) + fib.tilt * 5 - (1 - fib.ridge) ** 2 * 0.35
    tips = smoothstep(-0.1, 0.9, ends_in + (fib.strand - 0.5) * 1.1)
    tips = tips * smoothstep(0.0, fg.wz * 0.06, over)
    wisp = np.where(swept & ~on_fall, np.maximum(grown, tips), 1.0)
    return swept, tip_line.astype(np.float32), fallen, wisp.astype(np.float32)
