"""The outline of a head of hair: where its mass ends against the backdrop and the skin, uneven
as hair is (tousled tufts, a combed mass's slow swell, a halo of coils), never cutting into the
skull it covers."""

from __future__ import annotations

import cv2
import numpy as np

from docexam.core.faces import strands
from docexam.core.faces.canvas import F32, FaceCanvas, smoothstep, soft
from docexam.core.faces.fibres import Fibres
from docexam.core.faces.geometry import FaceGeometry
from docexam.core.faces.hairrelief import Kind


def outline(
    c: FaceCanvas,
    fg: FaceGeometry,
    rows: slice,
    held: np.ndarray,
    fib: Fibres,
    kind: Kind,
    curl: float,
    skull_in: np.ndarray,
) -> tuple[F32, F32, F32]:
    """The outline of the hair ``held`` (the mass it covers, in canvas ``rows``) of fibres
    ``fib``: gives its signed distance (px, positive inside), the fibres' grain the outline
    steps by, and the coverage of the outline (0..1), at least the skull's (``skull_in``)."""
    combed, coiled, tufts = kind.combed, kind.coiled, kind.tufts
    sdf = strands.signed_distance(held)
    # (A coil is a few pixels across: the outline of a mass of coils steps coil by coil, not
    # pixel by pixel, which dithered it.)
    grain = cv2.GaussianBlur(fib.strand, (0, 0), 1.3) * 2.2 - 0.6 if coiled else fib.strand
    if combed:
        # Combed hair's outline is smooth: it swells and dips over a lock's width or more,
        # and single fibres stand off it (``strays``). (Lumps lock by lock and fibre by fibre
        # drew a torn edge, notched and flagged.)
        lumps = 0.8 * (fib.strand - 0.5) + 0.8 * c.noise(1.2, stretch=(1, 3))[rows]
        lumps = lumps + fg.wz * 0.03 * c.noise(fg.wz * 0.2, stretch=(1, 2))[rows]
    else:
        lumps = (3.0 if tufts else 1.6) * (fib.ridge - 0.5) + 1.5 * (grain - 0.5)
    if tufts:  # short hair's outline is tousled, not a compass line
        lumps = lumps + (1.6 + 2.5 * curl) * c.noise(1.8 + 2.0 * curl)[rows]
    elif not combed:  # longer hair's outline is soft and uneven: strands part from the mass
        lumps = lumps + 1.8 * c.noise(1.5, stretch=(1, 3))[rows]
    if not combed:  # the mass itself bulges and dips along its outline: no helmet's rim
        bulges = c.noise(fg.wz * 0.08, stretch=(1, 1) if tufts else (1, 2))[rows]
        lumps = lumps + fg.wz * (0.04 + 0.02 * curl) * (0.5 if tufts else 1.0) * bulges
    # An uneven outline stands out from the skull; it never cuts into it.
    # (A mass of coils ends in a halo of them, thinning over a few pixels.)
    fuzz = (-3.5, 2.0) if coiled else (-1.8, 2.2)
    edge = np.maximum(smoothstep(*fuzz, sdf + lumps), soft(skull_in.astype(np.float32), 1.0))
    if coiled:  # its outline is coils standing out, clump by clump, a soft fuzz
        halo = smoothstep(-7.0, 0.0, sdf + lumps + 6.0 * (fib.ridge - 0.6))
        edge = np.maximum(edge, halo * np.clip(0.35 + 0.5 * grain, 0, 1))
    # (The outline wanders; the mass behind it has no holes showing the background.)
    edge = np.maximum(edge, smoothstep(fg.wz * 0.05, fg.wz * 0.1, sdf))
    return sdf, grain, edge
