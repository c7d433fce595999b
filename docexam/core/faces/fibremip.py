"""Sampling a fibre texture through a mip-map across its columns, blurring only what is read.

``fibres.locks`` samples a texture of many columns per unit of the fall; where the fall's lines
crowd together a pixel spans several columns, and sampled at a point its fibres aliased into a
woven hatch. Each pixel is therefore the mean of the columns it spans: from copies of the
texture blurred across its columns by twice as much each, blended between the two nearest.

Most pixels span a column or two: the wide blurs (up to 193 taps) are read by a few per cent
of them. Blurring the whole texture for every level, and blending every level over the whole
picture, cost 68 ms of CPU a 420x540 document portrait (seeds 0-5); so each level is blurred
only over the tiles of the texture its pixels read (one band at the lower levels, where they
read most of it), and only the pixels blending it are sampled from it: 28 ms. Blurring is
along rows alone, and a crop with the kernel's reach on each side blurs to the same numbers
as the whole row, so the result is the same to the bit as blurring everything
(``tests/core/faces/test_fibremip.py`` holds that).
"""

from __future__ import annotations

import cv2
import numpy as np

from docexam.core.faces.canvas import F32

TILE = (8, 32)  # texture rows x columns marked as read, blurred together
_ONE = np.ones((1, 1), np.float32)
_WIDE = 256  # remap's maps are at most SHRT_MAX wide: a list of points is laid out in rows


def kernel(level: int) -> F32:
    """The Gaussian across columns of mip level ``level`` (sigma 0.5 * 2**level)."""
    sigma = 0.5 * 2.0**level
    return cv2.getGaussianKernel(int(sigma * 6) | 1, sigma).astype(np.float32)


def remap(tex: F32, cols: F32, rows: F32) -> F32:
    return cv2.remap(tex, cols, rows, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)


def sample(tex: F32, cols: F32, rows: F32, spans: F32) -> F32:
    """``tex`` at (``cols``, ``rows``), each pixel the mean of the columns it spans (``spans``):
    from copies of the texture blurred across its columns by twice as much each, blended
    between the two nearest a pixel's span (a mip-map, across only: along its rows the
    texture changes slowly)."""
    return samples((tex,), cols, rows, spans)[0]


def samples(texs: tuple[F32, ...], cols: F32, rows: F32, spans: F32) -> list[F32]:
    """``sample`` for textures of one shape at the same points (the work of finding which
    level each point reads, and which tiles those read, done once)."""
    # (Pixels move as whole items of their float32 channels, and the tiles are found once for
    # all: another dtype, shape or a single trailing channel would move garbage silently.)
    if any(
        t.dtype != np.float32 or t.shape[:2] != texs[0].shape[:2] or t.shape[2:] == (1,)
        for t in texs
    ):
        raise ValueError("samples takes float32 textures of one shape (2-D, or 2+ channels)")
    spans = np.asarray(spans, np.float32)
    outs = [remap(t, cols, rows) for t in texs]
    level = np.log2(np.maximum(spans, 1.0))
    top = int(np.ceil(float(level.max())))
    if top < 1:
        return outs
    # A pixel's value is its blend between the two levels about its span, ``up`` and the one
    # below it: each level is sampled only where it is one of the two. (Sorted by ``up``, the
    # points of a level and of the one above it lie in one slice.)
    pick = np.flatnonzero(level > 0)
    lv = level.ravel()[pick]
    up = np.ceil(lv).astype(np.intp)
    order = np.argsort(up, kind="stable")
    pick, lv, up = pick[order], lv[order], up[order]
    ends = np.searchsorted(up, np.arange(top + 2), side="right")
    c, r = cols.ravel()[pick], rows.ravel()[pick]
    tiles = _texels(c, r, *texs[0].shape[:2])
    for tex, out in zip(texs, outs, strict=True):
        flat = _items(out.reshape(-1, *tex.shape[2:]))
        below = flat[pick[: ends[1]]]
        res = np.empty(len(pick), flat.dtype)
        for k in range(1, top + 1):
            s, m, e = ends[k - 1], ends[k], ends[k + 1]
            above = _blurred_at(tex, k, c[s:e], r[s:e], [t[s:e] for t in tiles])
            wk = np.clip(lv[s:m] - (k - 1), 0, 1)
            if tex.ndim == 3:
                wk = wk[:, None]
            was, now = _floats(below, tex), _floats(above[: m - s], tex)
            res[s:m] = _items(was + (now - was) * wk)
            below = above[m - s :]
        flat[pick] = res
    return outs


def _items(a: np.ndarray) -> np.ndarray:
    """A pixel's channels as one item (numpy moves whole items several times faster)."""
    a = np.ascontiguousarray(a).reshape(len(a), int(np.prod(a.shape[1:])))
    kind = {1: np.float32, 2: np.float64, 4: np.complex128}.get(a.shape[1])
    return a.view(kind or np.dtype((np.void, a.itemsize * a.shape[1])))[:, 0]


def _floats(items: np.ndarray, tex: F32) -> F32:
    return items.view(np.float32).reshape(len(items), *tex.shape[2:])


def _texels(c: F32, r: F32, h: int, w: int) -> list[np.ndarray]:
    """The tiles (flat) of the texels bilinear sampling reads at each point, one row per
    corner: the texel below a point and the next, and one more where rounding to remap's 1/32
    steps moves a point on, clamped as its replicated border is."""
    tr, tc = TILE
    ix = np.clip(np.floor(c), 0, w - 1).astype(np.int32)
    iy = np.clip(np.floor(r), 0, h - 1).astype(np.int32)
    tx = (ix // tc, np.minimum(ix + 2, w - 1) // tc)
    ty = (iy // tr, np.minimum(iy + 2, h - 1) // tr)
    ntx = -(-w // tc)
    return [y * ntx + x for y in ty for x in tx]


def _blurred_at(tex: F32, k: int, c: F32, r: F32, tiles: list[np.ndarray]) -> np.ndarray:
    """Level ``k`` of ``tex`` at the points (``c``, ``r``), which read ``tiles``: the texture
    is blurred only over those (the points' values as items, see ``_items``)."""
    if c.size == 0:
        return _items(np.empty((0, *tex.shape[2:]), np.float32))
    h, w = tex.shape[:2]
    kx = kernel(k)
    reach = len(kx) // 2
    tr, tc = TILE
    marked = np.zeros((-(-h // tr), -(-w // tc)), bool)
    for t in tiles:
        marked.ravel()[t] = True
    runs = _runs(marked, 2 * reach // tc + 1)
    y0, y1 = runs[0][0] * tr, min(h, (runs[-1][0] + 1) * tr)
    x0, x1 = min(s for _, s, _ in runs) * tc, min(w, max(e for _, _, e in runs) * tc)
    if sum((e - s) * tc + 2 * reach for _, s, e in runs) * tr > 0.7 * (y1 - y0) * w:
        # (Most of it read: one blur of the band costs less than many of tiles.)
        part = cv2.sepFilter2D(tex[y0:y1], -1, kx, _ONE, borderType=cv2.BORDER_REFLECT)
        return _remap_points(part, c, r - np.float32(y0))
    buf = np.zeros((y1 - y0, x1 - x0, *tex.shape[2:]), np.float32)
    for ty, s, e in runs:
        a, b = ty * tr, min(h, (ty + 1) * tr)
        s, e = s * tc, min(w, e * tc)
        lo, hi = max(0, s - reach), min(w, e + reach)
        part = cv2.sepFilter2D(tex[a:b, lo:hi], -1, kx, _ONE, borderType=cv2.BORDER_REFLECT)
        buf[a - y0 : b - y0, s - x0 : e - x0] = part[:, s - lo : e - lo]
    # (Shifting the points by whole texels keeps remap's fixed-point weights exactly.)
    return _remap_points(buf, c - np.float32(x0), r - np.float32(y0))


def _runs(marked: np.ndarray, gap: int) -> list[tuple[int, int, int]]:
    """Runs (row, first, last + 1) of marked tiles, those less than ``gap`` apart merged
    (blurring the gap costs less than a second margin)."""
    edge = np.diff(np.pad(marked.astype(np.int8), ((0, 0), (1, 1))), axis=1)
    ys, starts = np.nonzero(edge == 1)
    _, stops = np.nonzero(edge == -1)
    out: list[tuple[int, int, int]] = []
    for y, s, e in zip(ys.tolist(), starts.tolist(), stops.tolist(), strict=True):
        if out and out[-1][0] == y and s - out[-1][2] < gap:
            out[-1] = (y, out[-1][1], e)
        else:
            out.append((y, s, e))
    return out


def _remap_points(tex: F32, c: F32, r: F32) -> np.ndarray:
    n = c.size
    rows = -(-n // _WIDE)
    mc = np.zeros(rows * _WIDE, np.float32)
    mr = np.zeros(rows * _WIDE, np.float32)
    mc[:n], mr[:n] = c, r
    got = remap(tex, mc.reshape(rows, _WIDE), mr.reshape(rows, _WIDE))
    return _items(got.reshape(rows * _WIDE, *tex.shape[2:])[:n])
