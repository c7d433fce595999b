"""Long hair beside the neck is in front of the shoulders or behind them, lock by lock: never
horizontal bands of hair and skin. (In a real photograph the locks hang down; where one lies
over the trapezius it is hair with fine ends, where it has gone behind the shoulder the skin
shows cleanly. Inside the face's arch the combed fall's lines ran across the fall, so its locks
ended row by row: a blocky, banded patch beside the neck.)"""

from __future__ import annotations

import numpy as np

from docexam.core.faces import render
from docexam.core.faces.geometry import FaceGeometry
from docexam.core.faces.hidden import COILED, texture, worn_style
from docexam.core.faces.traveller import holder_identity, portrait_look
from tests.core.faces.conftest import viz

W, H = 420, 540


def _banded(alpha: np.ndarray, under: np.ndarray, fg: FaceGeometry) -> float:
    """The share (%) of the hair's partial coverage over the sitter below the chin whose edge
    runs across the fall: a step of 0.08 or more down the rows, flat along them."""
    y0, y1 = int(fg.chin), int(fg.chin + fg.wz * 0.7)
    a, u = alpha[y0:y1], under[y0:y1]
    part = (a > 0.1) & (a < 0.9) & (u > 0.5)
    down = np.abs(a[1:, :-1] - a[:-1, :-1])
    along = np.abs(a[:-1, 1:] - a[:-1, :-1])
    m = part[:-1, :-1] & part[1:, :-1] & part[:-1, 1:]
    if m.sum() < 100:
        return float("nan")
    return float(100 * np.mean((down[m] > 0.08) & (along[m] < 0.02)))


def test_long_hair_beside_the_neck_is_not_banded(front: dict[str, object]) -> None:
    shares: list[float] = []
    for seed in range(60):  # (the face sheet's holders: eight wear their hair long)
        v = viz(seed, "td3")
        who = holder_identity(v)
        look = portrait_look(v, who)
        if worn_style(who, look) != "long" or texture(who) >= COILED:
            continue
        render.render(who, look, W, H)
        alpha, under, fg = front["hidden"], front["under"], front["fg"]
        assert isinstance(alpha, np.ndarray) and isinstance(under, np.ndarray)
        assert isinstance(fg, FaceGeometry)
        share = _banded(alpha, under, fg)
        if not np.isnan(share):
            shares.append(share)
    assert len(shares) >= 6
    # (On the tree before: median 1.8 %, up to 9.6 %, seed 1's and 25's banded patches; with
    # the fall's lines hanging straight there, median 0.8 %, at most 1.6 %. A lock's own
    # tapering end gives a little.)
    assert max(shares) < 3.0, np.round(shares, 1)
