"""A low pass over the mesh: a per-vertex displacement with its lumps a few millimetres
across taken out and its broad forms kept (used on MakeHuman's old targets, below)."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

F64 = npt.NDArray[np.float64]
I64 = npt.NDArray[np.int64]

SIGMA = 0.055  # decimetres: lumps under a centimetre go (the face's edges are about 4 mm)
RINGS = 4  # neighbours reached over the surface, not across the lips' or the lids' gap


def _rings(n: int, tris: I64, keep: np.ndarray) -> list[np.ndarray]:
    """Per vertex, the vertices within ``RINGS`` edges over the surface (itself first)."""
    nbr: list[set[int]] = [set() for _ in range(n)]
    for a, b in ((0, 1), (1, 2), (2, 0)):
        for i, j in tris[:, [a, b]]:
            nbr[i].add(j)
            nbr[j].add(i)
    out = []
    for i in range(n):
        if not keep[i]:
            out.append(np.array([i]))
            continue
        seen = {i}
        front = {i}
        for _ in range(RINGS):
            front = {j for k in front for j in nbr[k] if keep[j]} - seen
            seen |= front
        out.append(np.array([i, *sorted(seen - {i})]))
    return out


def operator(v0: F64, tris: I64, keep: np.ndarray) -> tuple[I64, I64, F64]:
    """The low pass as (row, column, weight) triples: each kept vertex's displacement
    becomes a local linear fit (Gaussian-weighted, ``SIGMA``) of its neighbours', so a
    displacement that changes linearly over the surface (a head scaled or moved) passes
    unchanged and only its curvature a few millimetres across is smoothed."""
    rows, cols, ws = [], [], []
    for i, nb in enumerate(_rings(len(v0), tris, keep)):
        off = v0[nb] - v0[i]
        w = np.exp(-0.5 * (off**2).sum(1) / SIGMA**2)
        x = np.hstack([np.ones((len(nb), 1)), off])
        a = (x * w[:, None]).T @ x
        # The offsets lie nearly in the surface's plane: a small ridge keeps the normal's
        # slope from blowing up.
        a[1:, 1:] += 1e-3 * np.trace(a[1:, 1:]) * np.eye(3) + 1e-12 * np.eye(3)
        c = np.linalg.solve(a, (x * w[:, None]).T)[0]
        rows.append(np.full(len(nb), i))
        cols.append(nb)
        ws.append(c)
    return np.concatenate(rows), np.concatenate(cols), np.concatenate(ws)


def apply(op: tuple[I64, I64, F64], d: F64) -> F64:
    """The full per-vertex displacement ``d`` (n x 3) low-passed by ``op``."""
    rows, cols, ws = op
    out = np.zeros_like(d)
    np.add.at(out, rows, ws[:, None] * d[cols])
    return out
