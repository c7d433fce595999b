"""Where hair meets the skin of the face: its edge there is fine hairs thinning out over a few
pixels, a few loose strands cross onto the skin, and the hair shades the skin beside it. Cut
along a line and lit as the skin round it, the face read as a pale mask set in a hair shell."""

from __future__ import annotations

import cv2
import numpy as np

from docexam.core.faces.canvas import F32, FaceCanvas, smoothstep
from docexam.core.faces.lamps import Lamp
from docexam.core.faces.strands import fading

# How dark the skin goes right beside hair that stands off it (a fringe, a fall): of its light.
CLOSE_SHADE = 0.3


def feather(alpha: F32, skin: F32, strand: F32, reach: float) -> F32:
    """Hair of coverage ``alpha`` whose edge over ``skin`` (1 where the face's skin lies under
    it) thins out into single fibres (``strand``, streaks along the fall) over about ``reach``
    pixels each side of it: its last pixels show skin between the fibres, and past it fine hairs
    lie on the skin, fewer the further out."""
    solid = (alpha > 0.5).astype(np.uint8)
    open_skin = ((solid == 0) & (skin > 0.5)).astype(np.uint8)
    if not open_skin.any():
        return alpha
    # (Measured to the skin only: against the backdrop the outline is ``hairlayer.outline``'s.)
    to_skin = cv2.distanceTransform(1 - open_skin, cv2.DIST_L2, 3)
    d_out = cv2.distanceTransform(1 - solid, cv2.DIST_L2, 3)
    hairs = np.clip(2.5 * (strand - 0.42), 0, 1)
    gaps = 1 - np.clip(2.0 * (strand - 0.35), 0, 1)
    # Inside, the fibres part over the skin: thinner towards the edge, in streaks. (Not past
    # the skin's outline: there they part over the backdrop, a pale strip beside the face.)
    thin = 1 - 0.7 * smoothstep(reach, 0.0, to_skin) * gaps * skin * (
        1 - 0.5 * smoothstep(0.0, reach, -to_skin)
    )
    # Outside, a haze of hairs finer than a pixel, and the longer of them as streaks.
    haze = cv2.GaussianBlur(alpha, (0, 0), reach * 0.45)
    fine = np.clip(1 - d_out / (reach * 1.6), 0, 1) ** 1.5 * hairs * 0.55
    out = np.maximum(haze * (0.55 + 0.45 * hairs), fine) * skin * (solid == 0)
    return np.maximum(alpha * thin, out).astype(np.float32)


def strands(
    alpha: F32, skin: F32, slope: F32, g: np.random.Generator, n: int, length: float
) -> F32:
    """``alpha`` with ``n`` loose strands (a few fibres each, about ``length`` pixels) come
    away from the hair's edge over the skin along the fall (``slope``: dx per row), thinning to
    their tips: the edge of a head of hair is never one line."""
    solid = (alpha > 0.5).astype(np.uint8)
    open_skin = ((solid == 0) & (skin > 0.5)).astype(np.uint8)
    if n <= 0 or not open_skin.any():
        return alpha
    to_skin = cv2.distanceTransform(1 - open_skin, cv2.DIST_L2, 3)
    ys, xs = np.nonzero((solid > 0) & (to_skin > 1.0) & (to_skin < 4.0))
    if len(xs) < 8:
        return alpha
    pick = g.integers(0, len(xs), n)
    y0, x0 = ys[pick], xs[pick]
    gy, gx = np.gradient(cv2.GaussianBlur(to_skin, (0, 0), 2.0))
    tx, ty = -gx[y0, x0], -gy[y0, x0]  # towards the skin
    tn = np.hypot(tx, ty) + 1e-6
    fx, fy = slope[y0, x0], np.ones(n, np.float32)
    fn = np.hypot(fx, fy)
    # Along the fall, the way that leads out over the skin, and a little across it.
    sign = np.sign(fx * tx + fy * ty + 1e-3)
    ang = np.arctan2(0.9 * sign * fy / fn + 0.3 * ty / tn, 0.9 * sign * fx / fn + 0.3 * tx / tn)
    size = length * g.uniform(0.5, 1.3, n)
    bend = g.normal(0, 0.7, n)  # (a loose hair curls off its fall)
    many = g.integers(1, 4, n)  # (a wisp of a few fibres, or a single one)
    k = np.repeat(np.arange(n), many)
    # (The fibres of a wisp lie side by side and part a little towards its tip.)
    off = np.concatenate([np.arange(m) - (m - 1) / 2 for m in many]) * 0.9
    a = ang[k] + off * 0.04
    px, py = x0[k] - np.sin(ang[k]) * off, y0[k] + np.cos(ang[k]) * off
    steps = 6
    pts = [np.stack([px, py], 1)]
    for _ in range(steps):
        a = a + bend[k] / steps
        px, py = px + np.cos(a) * size[k] / steps, py + np.sin(a) * size[k] / steps
        pts.append(np.stack([px, py], 1))
    path = np.round(np.stack(pts, 1) * 8).astype(np.int32)
    # Fainter to the tip: a fibre thins and the skin shows between the few. Wisp by wisp
    # some show more than others. (Dark fibres at two fifths of the hair's cover from root to
    # tip, a wisp lay across the cheek as a scratch.)
    seen = (0.4 + 0.6 * g.random(n) ** 2)[k]
    out = fading(path, seen, alpha.shape) * 0.3
    return np.maximum(alpha, out * skin).astype(np.float32)


def contact_shadow(
    c: FaceCanvas,
    rows: slice,
    alpha: F32,
    standing: F32,
    lamp: Lamp,
    wz: float,
    ears: F32 | None,
    face: F32 | None = None,
) -> F32:
    """Shade the skin in canvas ``rows`` next to hair of coverage ``alpha``: hair hides part of
    the lamp from the skin a few pixels into it, more where it stands off the skin (``standing``),
    away from the lamp's side. A soft, broad lamp leaves a paler, wider shade than a booth's
    (cut out along its edge, the face read as pasted under the hair). Not on the ``ears``, which
    stand in front of the hair. The lamp's broad shade goes into the albedo; gives the light
    factor of the hair's own close shade (1 where none) on the ``face``'s skin (default: all the
    sitter), which belongs after the exposure."""
    soft_lamp = 1 - lamp.shadow  # (how much of the lamp still reaches a shaded point)
    # (Broad and pale: narrow and deep, it drew a dark line round the face along the hair.)
    sigma = wz * (0.05 + 0.1 * soft_lamp)
    # (The shade falls away from the lamp: under a fringe with the light above.)
    dx, dy = -float(lamp.direction[0]) * wz * 0.05, -float(lamp.direction[1]) * wz * 0.05
    shift = np.array([[1, 0, dx], [0, 1, dy]], np.float32)
    occ = cv2.warpAffine(
        alpha * standing, shift, alpha.shape[::-1], borderMode=cv2.BORDER_REPLICATE
    )
    occ = np.clip(cv2.GaussianBlur(occ, (0, 0), sigma) * 1.3, 0, 1)
    on_skin = c.person[rows] * (1 - alpha)
    if ears is not None:
        on_skin = on_skin * (1 - ears)
    c.albedo[rows] *= (1 - (0.2 + 0.28 * lamp.shadow) * occ * on_skin)[..., None]
    # Right beside it the skin lies in the hair's own shade, whatever the lamp: light reaches
    # it only past the hair's edge, from a narrow angle. That dims it for a few millimetres,
    # most at the hair. (In the albedo, the exposure's shoulder took most of it out of a lit
    # forehead: the face stayed pale up to the hair.)
    nudge = np.array([[1, 0, dx * 0.5], [0, 1, dy * 0.5]], np.float32)
    held = cv2.warpAffine((alpha > 0.5).astype(np.uint8), nudge, alpha.shape[::-1])
    d = cv2.distanceTransform(1 - held, cv2.DIST_L2, 3)
    near = np.exp(-d / (wz * 0.06)) * cv2.GaussianBlur(standing, (0, 0), wz * 0.05)
    if face is not None:  # (not on the hair behind it, nor the clothes: a dark halo there)
        on_skin = on_skin * face
    return (1 - CLOSE_SHADE * near * on_skin).astype(np.float32)
