"""The head as a mesh: MakeHuman's CC0 base head morphed by a person's traits, turned by the
photo's pose, seen by a camera at a given distance and rasterised to depth, normals, a
silhouette and landmarks at the portrait's working size.

The 2D layers (eyes, brows, lips, hair, beard) are placed from these landmarks, and the
relief the lamp shades is this depth, so they agree.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import cv2
import numpy as np
import numpy.typing as npt

from docexam.core.faces.canvas import soft
from docexam.core.faces.hidden import over_ears
from docexam.core.faces.mesh import asset, morph, raster
from docexam.core.faces.mesh.landmarks import NOSTRIL_R, VERTICES
from docexam.core.faces.mesh.raster import F32
from docexam.core.faces.traits import Identity, Look

STUDIO_M = 1.5  # a studio's camera to the sitter; a photo booth's is about 0.6 m
CROWN_ROW = 0.135  # of the height: passport framing, crown to chin about 0.655 of it
HEAD_ROWS = 0.655
# How much of the orbits' hollow is filled: under the flat studio light it no longer draws a
# dark ring, and its soft shade over the lid is the socket's form (0 leaves the mesh's own).
SOCKET_FILL = 0.0
# How far the drawn eye's surface is pulled to the level round it.
EYE_FLAT = 0.4
EAR_PART = 0.2  # how much ear (``_parts``) each corner of an ear's triangle is
NECK_DM = 0.25  # the neck's front stands this far (decimetres) out of the relief's zero
EAR_ROOT_CM = 0.5  # the width of an ear's root along the head that the relief's light takes
EAR_WALL_Z = 0.5  # a normal's share towards the lens below which the head's side is edge-on
EAR_WALL_CM = 1.0  # how far out of the head's outline its side, edge-on, may lie


@dataclass(frozen=True)
class MeshHead:
    depth: F32  # height towards the camera, pixels (0 behind the head)
    normals: F32  # unit normals, image axes (x right, y down, z to the camera)
    head: F32  # coverage of skull, face and ears (no neck), 0..1
    full: F32  # coverage of everything drawn, neck and shoulders too
    eyeball: F32  # coverage of the eyeballs
    ears: F32  # coverage of the ears
    # The ears with their bowls: the ears' weight is where their size target moves the mesh,
    # which leaves the concha out (lit and tinted as the head's side, the bowl read as a hole
    # in a flat, pasted-on ear). Closed once here, for the skin's paint and both light passes.
    whole_ears: F32
    nostrils: F32  # coverage of the nostrils' insides the camera sees into
    rows: F32  # per row, half width of the head's outline without the ears (pixels)
    face_rows: F32  # the same of the face's front half
    points: dict[str, tuple[float, float]]  # landmark name -> pixel x, y
    scale: float  # pixels per decimetre at the head's plane

    @functools.cached_property
    def own_ears(self) -> F32:
        """Where an ear is lit by its own normals (its rim, bowl and lobe, turned every way,
        thinner than any smoothing): all of it but its root along the head, a few millimetres
        wide, whose normals turn away to the head's side behind the cheek, and the head's
        side that the ears' coverage takes in round it. Lit by them the
        root drew a dark groove down the ear's whole join; it takes the relief's light, which
        head._seat rounds from the cheek's edge onto the ear. (Kept: the skin's paint and
        both light passes read it.)"""
        rest = ((self.head > 0.5) & (self.whole_ears < 0.05)).astype(np.uint8)
        # The ears' size target moves the head's side round the ear too: a strip along the
        # outline, edge-on to the lens, from the temple down past the lobe and, beside the
        # ear, the wall the ear stands out from. That is the head's skin, not an ear's: lit
        # by its own edge-on normals and flushed as an ear it drew a dark red-brown band down
        # each side of the face, a mask's edge. It is found as what of the ears' coverage is
        # edge-on and reached from the head's skin without crossing the ear's front.
        # (Not beyond a finger's width outside the head's outline without the ears: the
        # lobe, turned down and out, is edge-on as well, and taken in its flush went in
        # patches.)
        reach = max(1, round(self.scale * EAR_WALL_CM * 0.1))
        cx = (self.points["ear_out_r"][0] + self.points["ear_out_l"][0]) / 2
        xs = np.abs(np.arange(self.head.shape[1], dtype=np.float32) - cx)
        out = xs[None, :] - self.rows[:, None]
        wall = ((self.normals[..., 2] < EAR_WALL_Z) & (out < reach)).astype(np.uint8) | rest
        grown, cross = rest, np.ones((3, 3), np.uint8)
        for _ in range(reach):
            grown = cv2.dilate(grown, cross) & wall
        k = max(3, int(self.scale * EAR_ROOT_CM * 0.1) | 1)
        root = soft(cv2.dilate(grown, np.ones((k, k), np.uint8)).astype(np.float32), k * 0.4)
        return (self.whole_ears * (1 - root)).astype(np.float32)


@functools.cache
def _parts() -> tuple[np.ndarray, np.ndarray]:
    """Per vertex, how much it is head (not neck: above a line from under the chin up to
    behind the ears, on the base mesh, so that morphs keep the split), how much ear (where
    the ears' size target moves the mesh most) and whether nostril, 0..1, with the neck's
    front vertex under the chin."""
    m = asset.load()
    v = m.v0
    chin = v[m.vertex(VERTICES["chin"]), 1]
    line = chin - 0.05 + 0.6 * np.clip(np.abs(v[:, 0]) / 0.75, 0, 1) ** 2
    head = np.clip((v[:, 1] - line) / 0.04 + 0.5, 0, 1)
    ear = np.zeros(len(v))
    for side in "lr":
        idx, d = m.targets[f"{side}-ear-scale-incr"]
        size = np.linalg.norm(d, axis=1)
        ear[idx] = np.maximum(ear[idx], np.clip(size / size.max() * 4 - 1, 0, 1))
    nostril = np.zeros(len(v))
    right = np.array([m.vertex(i) for i in NOSTRIL_R])
    nostril[right] = 1
    mirrored = v[right] * np.array([-1, 1, 1])
    nostril[np.argmin(np.linalg.norm(v[None] - mirrored[:, None], axis=2), axis=1)] = 1
    return np.stack([head, ear, nostril], axis=1), (np.abs(v[:, 0]) < 0.05) & (
        np.abs(v[:, 1] - chin + 0.35) < 0.06
    )


@functools.cache
def _outline_vertices(front: float) -> np.ndarray:
    """Head vertices that are not ear and lie ``front`` or more in front of the ears."""
    parts, _ = _parts()
    z = asset.load().v0[:, 2]
    return np.flatnonzero((parts[:, 0] > 0.5) & (parts[:, 1] < 0.3) & (z > 0.375 + front))


@functools.cache
def _neck_vertex() -> int:
    m = asset.load()
    _, near = _parts()
    idx = np.flatnonzero(near)
    return int(idx[np.argmax(m.v0[idx, 2])])


def _lift_sockets(full: F32, pupils: np.ndarray, scale: float) -> None:
    """Fill the orbits' hollow: under a studio's soft, frontal light the sockets hardly
    darken, while the relief's occlusion and the brow's cast shadow took the mesh's full
    depth for a dark ring round every eye."""
    h, w = full.shape
    # Only the band round the eyes (with room for the blur) is touched.
    x0 = max(0, int(pupils[:, 0].min() - scale))
    x1 = min(w, int(pupils[:, 0].max() + scale) + 1)
    y0 = max(0, int(pupils[:, 1].min() - 0.8 * scale))
    y1 = min(h, int(pupils[:, 1].max() + 0.9 * scale) + 1)
    if x0 >= x1 or y0 >= y1:
        return
    depth = full[y0:y1, x0:x1]
    ys, xs = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    r = 0.27 * scale  # about an orbit's half width
    near = np.zeros_like(depth)
    for px, py in pupils:
        # The hollow reaches further under the eye (the tear trough) than over it.
        dy = ys - py - 0.04 * scale
        near = np.maximum(near, np.exp(-0.5 * (((xs - px) / r) ** 2 + (dy / (0.95 * r)) ** 2)))
    smooth = cv2.GaussianBlur(depth, (0, 0), 0.15 * scale)
    if SOCKET_FILL:
        depth += SOCKET_FILL * near * np.maximum(smooth - depth, 0)
    # The drawn eye (lids, white, iris) lies on a surface facing the lens: on the mesh's own,
    # its outer corner turned away towards the temple, the white went dark there and read as
    # a pupil.
    for px, py in pupils:
        ix, iy = round(float(px)), round(float(py))
        if y0 <= iy < y1 and x0 <= ix < x1:
            # Reaching over the inner corner too, where the nose's side wall shaded it.
            mid = float(pupils[:, 0].mean())
            cx = px + np.sign(mid - px) * 0.03 * scale
            flat = np.exp(
                -0.5 * (((xs - cx) / (0.18 * scale)) ** 2 + ((ys - py) / (0.08 * scale)) ** 2)
            )
            # At the level round it, not the eyeball's: lower, it left a pit whose rim cast
            # a shadow into the eye's corner under a lamp from the side.
            level = float(smooth[iy - y0, ix - x0])
            depth += (level - depth) * flat * EYE_FLAT


@functools.cache
def _ear_triangles() -> npt.NDArray[np.bool_]:
    """The triangles wholly of the ears."""
    m = asset.load()
    return (_parts()[0][m.tris, 1] > EAR_PART).all(axis=1)


def shaped(who: Identity, look: Look) -> tuple[np.ndarray, np.ndarray]:
    """``who``'s head as their traits, build, sex, age and weight and ``look``'s smile shape
    it, before it is posed (vertices in decimetres, y up), and where its nose's tip would
    stand on the midline (the layout reads the head's turn from that)."""
    m = asset.load()
    v = morph.vertices(m, morph.weights(who, look))
    v = morph.build_forms(m, v, morph.ancestry(who))
    v = morph.dimorphism(m, v, who.sex == "M")
    v = morph.seat_ears(m, v)
    parts = _parts()[0]
    v = morph.jaw_form(m, v, who, look.weight, parts[:, 0], parts[:, 1])
    v = morph.expression(m, v, look.smile)
    axis = v[m.vertex(VERTICES["nose_tip"])].copy()
    return morph.skewed(m, v, morph.nose_skew(who)), axis


@functools.lru_cache(maxsize=4)
def head(
    who: Identity, look: Look, w: int, h: int, distance_m: float = STUDIO_M, roll: float = 0.0
) -> MeshHead:
    """``who``'s head as ``look`` poses it, in a ``w`` x ``h`` image. ``roll`` defaults to 0
    because the renderer turns the whole photo for it (every layer, not only the mesh)."""
    m = asset.load()
    v, axis = shaped(who, look)
    vid = {k: m.vertex(i) for k, i in VERTICES.items()}
    # Turn about the top of the neck, a little behind the ears.
    pivot = np.array([0.0, v[vid["chin"], 1] + 0.25, 0.35])
    dist = distance_m * 10
    # Framing as a photographer does, on the head facing the lens: crown and chin at set rows.
    flat, _ = raster.perspective(v - pivot, dist)
    top, chin = flat[vid["crown"], 1], flat[vid["chin"], 1]
    size, across, down = look.framing
    scale = HEAD_ROWS * size * h / (chin - top)
    # Larger or smaller about the head's middle row, so the face stays in the frame.
    crown_row = (CROWN_ROW + HEAD_ROWS * (1 - size) / 2 + down) * h
    off = np.array([w / 2, crown_row - top * scale])
    turn = raster.rotation(look.yaw, look.pitch, roll).T
    turned = (v - pivot) @ turn
    xy, z = raster.perspective(np.vstack([turned, (axis - pivot) @ turn]), dist)
    xy = xy * scale + off
    # A photographer centres the face, not the skull, when the head is turned.
    xy[:, 0] += w * (0.5 + across) - (xy[vid["pupil_r"], 0] + xy[vid["pupil_l"], 0]) / 2
    axis_xy, xy, z = xy[-1], xy[:-1], z[:-1]
    # Under hair worn over them the ears are not drawn at all, the head's side behind them
    # showing: on a turned head the fall hung from the parting left the near ear bare, and no
    # photo may show what its comparison says it hides (``unseen.hides``).
    skip = _ear_triangles() if over_ears(who, look) else None
    tid = raster.ids(xy, z, m.tris, w, h, skip)
    mask, t, bc = raster.barycentric(tid, xy, m.tris)
    # Depth, normal and the head/ear weights interpolated in one pass.
    attrs = np.concatenate([z[:, None], raster.normals(turned, m.tris), _parts()[0]], axis=1)
    px = raster.interp(attrs.astype(np.float32), m.tris, t, bc.astype(np.float32))
    zz, n, parts = px[:, 0], px[:, 1:4], px[:, 4:7]
    # The relief's zero lies behind the neck's front so the neck meets the body's neck level.
    neck = float(z[_neck_vertex()])
    depth = np.zeros((h, w), np.float32)
    depth[mask] = np.maximum((zz - neck + NECK_DM) * scale, 0)
    n /= np.linalg.norm(n, axis=1, keepdims=True) + 1e-9
    nmap = np.zeros((h, w, 3), np.float32)
    nmap[..., 2] = 1
    nmap[mask] = n * np.array([1, -1, 1], np.float32)
    eyes = np.zeros((h, w), np.float32)
    eyes[mask] = m.eyeball[t]
    cover = np.zeros((h, w), np.float32)
    cover[mask] = np.where(m.eyeball[t], 1.0, parts[:, 0])
    ears = np.zeros((h, w), np.float32)
    ears[mask] = parts[:, 1] * (1 - m.eyeball[t])
    nostrils = np.zeros((h, w), np.float32)
    nostrils[mask] = parts[:, 2]
    cx = (xy[vid["ear_out_r"], 0] + xy[vid["ear_out_l"], 0]) / 2
    out = _outline_vertices(-9.0)
    skull = raster.silhouette_rows(xy[out, 0], xy[out, 1], cx, h)
    # The face's own width (cheekbones, jaw) is that of its front, not the skull's behind;
    # below the eyes the skull's back is hidden behind the face, the ears and the neck.
    out = _outline_vertices(0.35)
    face_rows = raster.silhouette_rows(xy[out, 0], xy[out, 1], cx, h)
    eye_y = (xy[vid["pupil_r"], 1] + xy[vid["pupil_l"], 1]) / 2
    low = np.clip((np.arange(h) - eye_y) / max(xy[vid["subnasale"], 1] - eye_y, 1.0), 0, 1)
    rows = np.maximum(face_rows, skull * (1 - low))
    # The hair and beard follow this outline: a step from row to row drew a notch in them.
    rows = cv2.GaussianBlur(rows.reshape(-1, 1).astype(np.float32), (1, 0), 2.5).ravel()
    points = {k: (float(xy[i, 0]), float(xy[i, 1])) for k, i in vid.items()}
    points["nose_axis"] = (float(axis_xy[0]), float(axis_xy[1]))
    # Seams the painter's order leaves open (the lips' and lids' creases, edge-on there) take
    # the surface round them, not the background's zero.
    kernel = np.ones((3, 3), np.uint8)
    m8 = mask.astype(np.uint8)
    holes = (cv2.morphologyEx(m8, cv2.MORPH_CLOSE, kernel) > 0) & ~mask
    if holes.any():
        depth[holes] = cv2.dilate(depth, kernel)[holes]
        for k in range(3):
            nmap[..., k][holes] = cv2.blur(nmap[..., k] * m8, (3, 3))[holes]
        for a in (cover, ears):
            a[holes] = cv2.dilate(a, kernel)[holes]
        mask = mask | holes
    # The eye layer draws its own eyeball and lids: under them the mesh's opening is filled to
    # the lids' level, or its hollow shaded a ring round the drawn eye.
    if eyes.any():
        ring = cv2.dilate(eyes, kernel, iterations=2)
        keep = 1 - ring
        fill = cv2.GaussianBlur(depth * keep, (0, 0), 3) / np.maximum(
            cv2.GaussianBlur(keep, (0, 0), 3), 1e-3
        )
        depth[:] = depth * keep + fill * ring
    _lift_sockets(depth, xy[[vid["pupil_r"], vid["pupil_l"]]], scale)
    full = mask.astype(np.float32)
    return MeshHead(
        depth,
        nmap,
        cover,
        full,
        eyes,
        ears,
        _whole_ears(ears, cover, points),
        nostrils,
        rows,
        face_rows,
        points,
        float(scale),
    )


def _whole_ears(ears: F32, cover: F32, p: dict[str, tuple[float, float]]) -> F32:
    ear_len = ((p["lobe_r"][1] + p["lobe_l"][1]) - (p["ear_top_r"][1] + p["ear_top_l"][1])) / 4
    k = max(3, int(ear_len * 0.35) | 1)
    shut = cv2.morphologyEx(
        (ears > 0.3).astype(np.uint8),
        cv2.MORPH_CLOSE,
        cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (k, k)),
    )
    return cv2.GaussianBlur(np.maximum(shut.astype(np.float32), ears), (0, 0), 1.0) * cover
