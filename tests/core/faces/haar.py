"""The standard OpenCV frontal-face Haar cascade, evaluated in numpy for the face tests.

opencv-python-headless 5 dropped ``cv2.CascadeClassifier``; this replays what OpenCV 4's
``detectMultiScale(grey, 1.1, 3)`` does with the unmodified ``haarcascade_frontalface_default``
(assets/haarcascade): an image pyramid in steps of 1.1, the 24 x 24 window stepped by 2 pixels
(1 once the image is halved), variance normalisation over the inner 22 x 22 pixels (windows
flatter than 10 grey levels rejected), stage by stage, then grouping with at least 3 neighbours.
Nothing is tuned: every threshold is the cascade's or OpenCV's default.
"""

from __future__ import annotations

import gzip
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import numpy.typing as npt

CASCADE = (
    Path(__file__).resolve().parents[3]
    / "assets/haarcascade/haarcascade_frontalface_default.xml.gz"
)
WIN = 24
THRESHOLD_EPS = 1e-5
Rect = tuple[int, int, int, int]


@dataclass(frozen=True)
class Stage:
    threshold: float
    node_thresholds: npt.NDArray[np.float64]  # (n,)
    leaves: npt.NDArray[np.float64]  # (n, 2): value < threshold -> [0], else [1]
    rects: npt.NDArray[np.int64]  # (n, 3, 4): x, y, w, h of each feature's rectangles
    weights: npt.NDArray[np.float64]  # (n, 3); 0 where a feature has only two rectangles


def load(path: Path = CASCADE) -> tuple[Stage, ...]:
    root = ET.fromstring(gzip.decompress(path.read_bytes()))
    cascade = root.find("cascade")
    assert cascade is not None
    features = []
    for feature in cascade.find("features") or ():
        rs = [(r.text or "").split() for r in feature.find("rects") or ()]
        rs += [["0", "0", "0", "0", "0"]] * (3 - len(rs))
        features.append(([[int(v) for v in r[:4]] for r in rs], [float(r[4]) for r in rs]))
    stages = []
    for st in cascade.find("stages") or ():
        idx, thrs, leaves = [], [], []
        for weak in st.find("weakClassifiers") or ():
            nodes = (weak.findtext("internalNodes") or "").split()
            vals = (weak.findtext("leafValues") or "").split()
            idx.append(int(nodes[2]))
            thrs.append(float(nodes[3]))
            leaves.append((float(vals[0]), float(vals[1])))
        stages.append(
            Stage(
                float(st.findtext("stageThreshold") or 0) - THRESHOLD_EPS,
                np.array(thrs),
                np.array(leaves),
                np.array([features[i][0] for i in idx]),
                np.array([features[i][1] for i in idx]),
            )
        )
    return tuple(stages)


def _windows(
    img: npt.NDArray[np.uint8], step: int
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], npt.NDArray[np.int64], int]:
    """One scale's integral and squared-integral tables (flattened) and its windows' corners."""
    h, w = img.shape
    ii = cv2.integral(img, sdepth=cv2.CV_64F).ravel()
    sq = cv2.integral(img.astype(np.float64) ** 2, sdepth=cv2.CV_64F).ravel()
    ys, xs = np.mgrid[0 : h - WIN : step, 0 : w - WIN : step]
    return ii, sq, (ys * (w + 1) + xs).ravel(), w + 1


def _sums(
    table: npt.NDArray[np.float64],
    base: npt.NDArray[np.int64],
    row: npt.NDArray[np.int64],
    r: npt.NDArray[np.int64],
) -> npt.NDArray[np.float64]:
    """Sums of rectangles ``r`` (x, y, w, h; any leading shape) in each window, where a
    window's top-left corner is at ``base`` in ``table`` and its table's rows are ``row`` long."""
    x, y, rw, rh = (r[..., k] for k in range(4))
    shape = (-1,) + (1,) * x.ndim
    b, row = base.reshape(shape), row.reshape(shape)
    top, bottom = b + y * row + x, b + (y + rh) * row + x
    return table[bottom + rw] - table[top + rw] - table[bottom] + table[top]


def _scan(stages: tuple[Stage, ...], scales: list[tuple[npt.NDArray[np.uint8], int]]) -> list:
    """The windows of every scale that pass every stage, as (scale index, x, y).

    All scales' tables are laid end to end so each stage is evaluated once over every window
    of every scale (the cascade's arithmetic per window is unchanged)."""
    tables, squares, bases, rows, which = [], [], [], [], []
    offset = 0
    for k, (img, step) in enumerate(scales):
        ii, sq, base, row = _windows(img, step)
        tables.append(ii)
        squares.append(sq)
        bases.append(base + offset)
        rows.append(np.full(base.size, row))
        which.append(np.full(base.size, k))
        offset += ii.size
    if not bases:
        return []
    ii, sq = np.concatenate(tables), np.concatenate(squares)
    base, row, scale = np.concatenate(bases), np.concatenate(rows), np.concatenate(which)
    area = (WIN - 2) ** 2
    inner = np.array([1, 1, WIN - 2, WIN - 2])
    s, s2 = _sums(ii, base, row, inner), _sums(sq, base, row, inner)
    nf = area * s2 - s * s
    keep = nf > 0
    nf = np.sqrt(np.where(keep, nf, 1.0))
    keep &= area / nf < 0.1  # OpenCV rejects windows of nearly one grey level
    base, row, scale, nf = base[keep], row[keep], scale[keep], nf[keep]
    for stage in stages:
        if base.size == 0:
            break
        values = (_sums(ii, base, row, stage.rects) * stage.weights).sum(axis=2)
        low = values < stage.node_thresholds * nf[:, None]
        total = np.where(low, stage.leaves[:, 0], stage.leaves[:, 1]).sum(axis=1)
        ok = total >= stage.threshold
        base, row, scale, nf = base[ok], row[ok], scale[ok], nf[ok]
    starts = np.cumsum([0] + [t.size for t in tables])
    local = base - starts[scale]
    return [(int(k), int(b % r), int(b // r)) for k, b, r in zip(scale, local, row, strict=True)]


def candidates(
    cascade: tuple[Stage, ...],
    grey: npt.NDArray[np.uint8],
    scale: float = 1.1,
    min_size: int = 0,
    max_size: int = 0,
) -> list[Rect]:
    """Windows the cascade accepts; like detectMultiScale, scales whose window is smaller
    than ``min_size`` or larger than ``max_size`` (0: no limit) are not scanned."""
    h, w = grey.shape
    factors: list[float] = []
    scales: list[tuple[npt.NDArray[np.uint8], int]] = []
    factor = 1.0
    while True:
        sw, sh = round(w / factor), round(h / factor)
        if sw - WIN <= 0 or sh - WIN <= 0 or (max_size and WIN * factor > max_size):
            break
        if WIN * factor >= min_size:
            img = cv2.resize(grey, (sw, sh), interpolation=cv2.INTER_LINEAR)
            factors.append(factor)
            scales.append((img, 1 if factor > 2 else 2))
        factor *= scale
    out: list[Rect] = []
    for k, x, y in _scan(cascade, scales):
        f = factors[k]
        size = round(WIN * f)
        out.append((round(x * f), round(y * f), size, size))
    return out


def group(rects: list[Rect], min_neighbours: int = 3, eps: float = 0.2) -> list[Rect]:
    """OpenCV's groupRectangles: clusters of similar boxes, averaged, kept with > n members."""
    n = len(rects)
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(n):
        for j in range(i + 1, n):
            a, b = rects[i], rects[j]
            delta = eps * (min(a[2], b[2]) + min(a[3], b[3])) * 0.5
            if (
                abs(a[0] - b[0]) <= delta
                and abs(a[1] - b[1]) <= delta
                and abs(a[0] + a[2] - b[0] - b[2]) <= delta
                and abs(a[1] + a[3] - b[1] - b[3]) <= delta
            ):
                parent[find(i)] = find(j)
    clusters: dict[int, list[Rect]] = {}
    for i, r in enumerate(rects):
        clusters.setdefault(find(i), []).append(r)
    avg = [
        (tuple(round(sum(r[k] for r in rs) / len(rs)) for k in range(4)), len(rs))
        for rs in clusters.values()
    ]
    kept = []
    for r1, n1 in avg:
        if n1 <= min_neighbours:
            continue
        dx, dy = int(r1[2] * eps), int(r1[3] * eps)
        inside = any(
            r2 is not r1
            and n2 > min_neighbours
            and r1[0] >= r2[0] - dx
            and r1[1] >= r2[1] - dy
            and r1[0] + r1[2] <= r2[0] + r2[2] + dx
            and r1[1] + r1[3] <= r2[1] + r2[3] + dy
            and (n2 > max(3, n1) or n1 < 3)
            for r2, n2 in avg
        )
        if not inside:
            kept.append(r1)
    return kept  # type: ignore[return-value]


def detect(
    cascade: tuple[Stage, ...], grey: npt.NDArray[np.uint8], min_size: int = 0, max_size: int = 0
) -> list[Rect]:
    """Faces found, as OpenCV 4's ``detectMultiScale(grey, 1.1, 3, 0, minSize, maxSize)``
    returns them."""
    return group(candidates(cascade, grey, min_size=min_size, max_size=max_size))
