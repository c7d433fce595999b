"""A small CPU rasteriser: painter's-order triangle ids drawn with OpenCV, barycentric
coordinates in numpy, so depth and normals interpolate across each triangle."""

from __future__ import annotations

import cv2
import numpy as np
import numpy.typing as npt

from docexam.core.faces.mesh.asset import F64, I64

F32 = npt.NDArray[np.float32]


def rotation(yaw: float, pitch: float, roll: float) -> F64:
    """The head's turn (degrees): + yaw to the viewer's right, + pitch chin down, + roll
    clockwise as the viewer sees it."""
    a, p, r = np.radians([yaw, pitch, roll])
    ry = np.array([[np.cos(a), 0, np.sin(a)], [0, 1, 0], [-np.sin(a), 0, np.cos(a)]])
    rx = np.array([[1, 0, 0], [0, np.cos(p), -np.sin(p)], [0, np.sin(p), np.cos(p)]])
    rz = np.array([[np.cos(r), np.sin(r), 0], [-np.sin(r), np.cos(r), 0], [0, 0, 1]])
    return rz @ rx @ ry


def perspective(v: F64, distance: float) -> tuple[F64, F64]:
    """Image-plane x, y (y down, mesh units at the pivot's plane) and depth towards the
    camera, for a camera ``distance`` in front of the pivot (the origin)."""
    s = distance / (distance - v[:, 2])
    return np.stack([v[:, 0] * s, -v[:, 1] * s], axis=1), v[:, 2]


def normals(v: F64, tris: I64) -> F64:
    fn = np.cross(v[tris[:, 1]] - v[tris[:, 0]], v[tris[:, 2]] - v[tris[:, 0]])
    n = np.zeros_like(v)
    for k in range(3):
        for c in range(3):
            n[:, c] += np.bincount(tris[:, k], weights=fn[:, c], minlength=len(v))
    return n / (np.linalg.norm(n, axis=1, keepdims=True) + 1e-12)


def ids(
    xy: F64, z: F64, tris: I64, w: int, h: int, skip: npt.NDArray[np.bool_] | None = None
) -> npt.NDArray[np.int32]:
    """Per pixel the id + 1 of the nearest front-facing triangle (0 where none): drawn far to
    near, so the near one stays. Triangles ``skip`` marks are left out (what lay behind them
    shows)."""
    a, b, c = xy[tris[:, 0]], xy[tris[:, 1]], xy[tris[:, 2]]
    area = (b[:, 0] - a[:, 0]) * (c[:, 1] - a[:, 1]) - (b[:, 1] - a[:, 1]) * (c[:, 0] - a[:, 0])
    facing = area < 0  # y points down: counter-clockwise turns negative
    front = np.flatnonzero(facing if skip is None else facing & ~skip)
    order = front[np.argsort(z[tris[front]].mean(axis=1), kind="stable")]
    out = np.zeros((h, w), np.int32)
    polys = np.ascontiguousarray(np.round(xy * 16).astype(np.int32)[tris[order]])
    for poly, t in zip(polys, (order + 1).tolist(), strict=True):
        cv2.fillConvexPoly(out, poly, t, cv2.LINE_8, 4)
    return out


def barycentric(
    tid: npt.NDArray[np.int32], xy: F64, tris: I64
) -> tuple[npt.NDArray[np.bool_], I64, F32]:
    """Covered pixels, their triangles and barycentric weights."""
    m = tid > 0
    t = tid[m].astype(np.int64) - 1
    yy, xx = np.nonzero(m)
    p = np.stack([xx + 0.5, yy + 0.5], axis=1).astype(np.float32)
    q = xy.astype(np.float32)
    a, b, c = q[tris[t, 0]], q[tris[t, 1]], q[tris[t, 2]]
    e1, e2, e3 = b - a, c - a, p - a
    d = e1[:, 0] * e2[:, 1] - e2[:, 0] * e1[:, 1]
    d = np.where(np.abs(d) < 1e-9, 1e-9, d)
    l1 = (e3[:, 0] * e2[:, 1] - e2[:, 0] * e3[:, 1]) / d
    l2 = (e1[:, 0] * e3[:, 1] - e3[:, 0] * e1[:, 1]) / d
    bc = np.clip(np.stack([1 - l1 - l2, l1, l2], axis=1), 0, 1)
    return m, t, bc / np.maximum(bc.sum(axis=1, keepdims=True), 1e-9)


def interp(attr: npt.NDArray[np.floating], tris: I64, t: I64, bc: npt.NDArray[np.floating]) -> F32:
    return np.einsum("nk,nkc->nc", bc, attr[tris[t]])


def silhouette_rows(xs: F64, ys: F64, cx: float, h: int) -> F32:
    """Half width per row of the points (x, y): the head's outline without the ears."""
    out = np.zeros(h, np.float32)
    r = np.clip(np.round(ys).astype(np.int64), 0, h - 1)
    np.maximum.at(out, r, np.abs(xs - cx).astype(np.float32))
    # Vertices are a pixel or two apart: a row between them takes its neighbours' width.
    for k in (1, 2):
        out = np.maximum(out, np.maximum(np.roll(out, k), np.roll(out, -k)) * (1 - 0.01 * k))
    return out
