"""The head as a mesh: MakeHuman's CC0 base head morphed by a person's traits, turned by the
photo's pose, seen by a camera at a given distance and rasterised to depth, normals, a
silhouette and landmarks at the portrait's working size.

The 2D layers (eyes, brows, lips, hair, beard) are placed from these landmarks, and the
relief the lamp shades is this depth, so they agree.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np

from docexam.core.faces.mesh import asset, morph, raster
from docexam.core.faces.mesh.landmarks import VERTICES
from docexam.core.faces.mesh.raster import F32
from docexam.core.faces.traits import Identity, Look

STUDIO_M = 1.5  # a studio's camera to the sitter; a photo booth's is about 0.6 m
CROWN_ROW = 0.135  # of the height: passport framing, crown to chin about 0.655 of it
HEAD_ROWS = 0.655
RELIEF_DM = 1.1  # depth 0 lies this far (decimetres) behind the face's front


@dataclass(frozen=True)
class MeshHead:
    depth: F32  # height towards the camera, pixels (0 behind the head)
    normals: F32  # unit normals, image axes (x right, y down, z to the camera)
    head: F32  # coverage of skull, face and ears (no neck), 0..1
    full: F32  # coverage of everything drawn, neck and shoulders too
    eyeball: F32  # coverage of the eyeballs
    ears: F32  # coverage of the ears
    rows: F32  # per row, half width of the head's outline without the ears (pixels)
    points: dict[str, tuple[float, float]]  # landmark name -> pixel x, y
    scale: float  # pixels per decimetre at the head's plane


@functools.cache
def _head_tris() -> np.ndarray:
    """Triangles of skull, face and ears (not neck): above a line from under the chin up to
    behind the ears, taken on the base mesh so that morphs keep the split."""
    m = asset.load()
    c = m.v0[m.tris].mean(axis=1)
    chin = m.v0[m.vertex(VERTICES["chin"]), 1]
    return (~m.eyeball) & (c[:, 1] > chin - 0.05 + 0.6 * np.clip(np.abs(c[:, 0]) / 0.75, 0, 1) ** 2)


@functools.cache
def _ear_parts() -> tuple[np.ndarray, np.ndarray]:
    """Ear vertices and triangles: where the ears' size target moves the mesh most."""
    m = asset.load()
    ear = np.zeros(len(m.v0), bool)
    for side in "lr":
        idx, d = m.targets[f"{side}-ear-scale-incr"]
        size = np.linalg.norm(d, axis=1)
        ear[idx[size > 0.3 * size.max()]] = True
    return ear, ear[m.tris].all(axis=1) & ~m.eyeball


@functools.cache
def _outline_vertices() -> np.ndarray:
    m = asset.load()
    ear, _ = _ear_parts()
    keep = np.zeros(len(m.v0), bool)
    keep[np.unique(m.tris[_head_tris()])] = True
    return np.flatnonzero(keep & ~ear)


@functools.lru_cache(maxsize=4)
def head(
    who: Identity, look: Look, w: int, h: int, distance_m: float = STUDIO_M, roll: float = 0.0
) -> MeshHead:
    """``who``'s head as ``look`` poses it, in a ``w`` x ``h`` image. ``roll`` defaults to 0
    because the renderer turns the whole photo for it (every layer, not only the mesh)."""
    m = asset.load()
    v = morph.vertices(m, morph.weights(who, look))
    vid = {k: m.vertex(i) for k, i in VERTICES.items()}
    # Turn about the top of the neck, a little behind the ears.
    pivot = np.array([0.0, v[vid["chin"], 1] + 0.25, 0.35])
    dist = distance_m * 10
    # Framing as a photographer does, on the head facing the lens: crown and chin at set rows.
    flat, _ = raster.perspective(v - pivot, dist)
    top, chin = flat[vid["crown"], 1], flat[vid["chin"], 1]
    scale = HEAD_ROWS * h / (chin - top)
    off = np.array([w / 2, CROWN_ROW * h - top * scale])
    turned = (v - pivot) @ raster.rotation(look.yaw, look.pitch, roll).T
    xy, z = raster.perspective(turned, dist)
    xy = xy * scale + off
    tid = raster.ids(xy, z, m.tris, w, h)
    mask, t, bc = raster.barycentric(tid, xy, m.tris)
    zz = raster.interp(z[:, None], m.tris, t, bc)[:, 0]
    front = float(z[vid["nose_tip"]]) - 0.3
    depth = np.zeros((h, w), np.float32)
    depth[mask] = np.maximum((zz - front + RELIEF_DM) * scale, 0)
    n = raster.interp(raster.normals(turned, m.tris), m.tris, t, bc)
    n /= np.linalg.norm(n, axis=1, keepdims=True) + 1e-9
    nmap = np.zeros((h, w, 3), np.float32)
    nmap[..., 2] = 1
    nmap[mask] = n * np.array([1, -1, 1])
    cover = np.zeros((h, w), np.float32)
    cover[mask] = _head_tris()[t]
    eyes = np.zeros((h, w), np.float32)
    eyes[mask] = m.eyeball[t]
    ears = np.zeros((h, w), np.float32)
    ears[mask] = _ear_parts()[1][t]
    cx = (xy[vid["ear_out_r"], 0] + xy[vid["ear_out_l"], 0]) / 2
    out = _outline_vertices()
    rows = raster.silhouette_rows(xy[out, 0], xy[out, 1], cx, h)
    points = {k: (float(xy[i, 0]), float(xy[i, 1])) for k, i in vid.items()}
    full = mask.astype(np.float32)
    return MeshHead(
        depth, nmap, np.maximum(cover, eyes), full, eyes, ears, rows, points, float(scale)
    )
