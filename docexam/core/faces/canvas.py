"""The surfaces a face is painted into before it is lit: height, albedo and gloss per pixel.

Everything is drawn as a relief (height in pixels) and a colour without light; one shading pass
then turns relief into light and shadow, so a nose or an eye socket shades consistently with
wherever the lamp stands.
"""

from __future__ import annotations

import cv2
import numpy as np
import numpy.typing as npt

F32 = npt.NDArray[np.float32]
BGR = tuple[float, float, float]
# Rec. 601 luma weights in BGR order: how bright a colour reads (what a greyscale print keeps).
LUMA = np.array([0.114, 0.587, 0.299], np.float32)


class FaceCanvas:
    def __init__(self, w: int, h: int, g: np.random.Generator) -> None:
        self.w, self.h = w, h
        self.g = g
        self.height: F32 = np.zeros((h, w), np.float32)
        self.albedo: F32 = np.zeros((h, w, 3), np.float32)
        self.gloss: F32 = np.zeros((h, w), np.float32)
        self.person: F32 = np.zeros((h, w), np.float32)  # 1 where the sitter is, for shadows
        # Fine relief (pores, weave) lit at full resolution: the main relief is smoothed before
        # shading and the key lamp sees it averaged, which would erase anything this small.
        self.detail: F32 = np.zeros((h, w), np.float32)
        # Light the surface gives back unshaded (the lamp's reflection in a wet eye).
        self.glow: F32 = np.zeros((h, w), np.float32)
        # The neck's skin as the body paints it, in the jaw's shade, carried on past the neck's
        # outline: the face's skin under the chin takes it, so chin and throat are one skin.
        self.neck_skin: F32 = np.zeros((h, w, 3), np.float32)
        ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
        self.xs: F32 = xs
        self.ys: F32 = ys
        # How far each pixel lies below the jaw's border (torso.below_jaw), for the layout it
        # was worked out for: the throat's paint and the form's shade both hang from it, and
        # it costs a blur of the mesh's normals each time.
        self.jaw: tuple[object, F32] | None = None

    def window(
        self, x0: float, y0: float, rx: float, ry: float
    ) -> tuple[slice, slice, F32, F32] | None:
        """Row and column slices round (x0, y0) with radii rx, ry, and local offsets."""
        c0, c1 = max(0, int(x0 - rx)), min(self.w, int(x0 + rx) + 2)
        r0, r1 = max(0, int(y0 - ry)), min(self.h, int(y0 + ry) + 2)
        if c0 >= c1 or r0 >= r1:
            return None
        rows, cols = slice(r0, r1), slice(c0, c1)
        return rows, cols, self.xs[rows, cols] - x0, self.ys[rows, cols] - y0

    def bump(
        self, x0: float, y0: float, sx: float, sy: float, amp: float, angle: float = 0.0
    ) -> None:
        """Add a Gaussian hill (amp > 0) or hollow (amp < 0) to the relief."""
        win = self.window(x0, y0, 3 * max(sx, sy), 3 * max(sx, sy))
        if win is None:
            return
        rows, cols, dx, dy = win
        if angle:
            c, s = np.cos(np.radians(angle)), np.sin(np.radians(angle))
            dx, dy = c * dx + s * dy, -s * dx + c * dy
        self.height[rows, cols] += amp * np.exp(-0.5 * ((dx / sx) ** 2 + (dy / sy) ** 2))

    def spots(self, acc: F32, spots: list[tuple[float, float, float, float, float]]) -> None:
        """Add Gaussian blobs (x, y, sx, sy, weight) into ``acc``, each over its own window."""
        for x0, y0, sx, sy, k in spots:
            win = self.window(x0, y0, 3 * sx, 3 * sy)
            if win is not None:
                rows, cols, dx, dy = win
                acc[rows, cols] += k * np.exp(-0.5 * ((dx / sx) ** 2 + (dy / sy) ** 2))

    def paint(
        self,
        alpha: F32,
        colour: npt.ArrayLike,
        rows: slice = slice(None),
        cols: slice = slice(None),
    ) -> None:
        """Lay a colour (one, or one per pixel of the window) over the albedo with coverage
        ``alpha`` (0..1) in the given window."""
        # Most masks cover a small part of the frame: blend only their bounding box.
        lines, columns = np.flatnonzero(alpha.any(axis=1)), np.flatnonzero(alpha.any(axis=0))
        if lines.size == 0:
            return
        box = slice(lines[0], lines[-1] + 1), slice(columns[0], columns[-1] + 1)
        col = np.asarray(colour, np.float32)
        if col.ndim == 3:
            col = col[box]
        region = self.albedo[rows, cols][box]
        region += (col - region) * alpha[box][..., None]
        # What is painted over the skin (an eye, a brow, hair) hides its pores.
        self.detail[rows, cols][box] *= 1 - alpha[box]

    def noise(self, sigma: float, scale: float = 1.0, stretch: tuple[float, float] = (1, 1)) -> F32:
        """Smooth noise of spread ``scale``, blurred by ``sigma`` px; streaky when stretched."""
        # Wide noise is drawn on a coarser grid and blurred less: the same look, and a blur of
        # a dozen pixels over the full frame was most of a portrait's time.
        f = max(1.0, sigma / 2) if sigma >= 4 else 1.0
        sh = max(4, int(self.h / stretch[1] / f))
        sw = max(4, int(self.w / stretch[0] / f))
        n = self.g.standard_normal((sh, sw), dtype=np.float32)
        if sigma > 0:
            n = cv2.GaussianBlur(n, (0, 0), sigma / f)
        if (sh, sw) != (self.h, self.w):
            n = cv2.resize(n, (self.w, self.h), interpolation=cv2.INTER_CUBIC)
        # The spread from every fourth pixel each way: the same to a percent, a sixteenth the work.
        return n * (scale / max(1e-6, float(n[::4, ::4].std())))


def shifted(a: F32, dx: float, dy: float) -> F32:
    """``a`` moved by ``dx``, ``dy`` pixels, its edges carried on."""
    m = np.array([[1, 0, dx], [0, 1, dy]], np.float32)
    return cv2.warpAffine(a, m, (a.shape[1], a.shape[0]), borderMode=cv2.BORDER_REPLICATE)


def smoothstep(e0: float | F32, e1: float | F32, x: float | F32) -> F32:
    """0 below ``e0``, 1 above ``e1``, an S between; edges may vary per pixel (shaped as ``x``)."""
    t = np.array(x, np.float32)  # a copy, 0-d for a scalar: the caller's array stays whole
    lo, hi = np.asarray(e0, np.float32), np.asarray(e1, np.float32)
    t -= lo
    t /= hi - lo
    np.clip(t, 0.0, 1.0, out=t)
    out = t * t
    t *= -2
    t += 3
    out *= t
    return out


def soft(mask: F32, sigma: float) -> F32:
    return cv2.GaussianBlur(mask, (0, 0), sigma) if sigma > 0 else mask


def polygon_mask(shape: tuple[int, int], pts: npt.NDArray[np.float64], blur: float = 0.8) -> F32:
    m = np.zeros(shape, np.float32)
    cv2.fillPoly(m, [np.round(pts * 16).astype(np.int32)], 1.0, cv2.LINE_AA, shift=4)
    return soft(m, blur)


def line_mask(
    shape: tuple[int, int], pts: npt.NDArray[np.float64], width: float, blur: float = 0.6
) -> F32:
    m = np.zeros(shape, np.float32)
    cv2.polylines(
        m, [np.round(pts * 16).astype(np.int32)], False, 1.0, max(1, round(width)), cv2.LINE_AA, 4
    )
    return soft(m, blur)


def smooth(img: F32, sigma: float) -> F32:
    """``img`` blurred by ``sigma`` px, worked out at a quarter of its size (for a blur
    broader than anything a quarter's pixel loses)."""
    h, w = img.shape[:2]
    small = cv2.resize(img, (max(1, w // 4), max(1, h // 4)), interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(small, (0, 0), sigma / 4)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR).reshape(img.shape)
