"""A shirt collar is cloth: its outline runs in slight curves that round off at its corners,
never ruled lines meeting at a polygon's angles (the examiner: "collars low-poly")."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from docexam.core.domain.seeds import rng
from docexam.core.faces import body, clothes
from docexam.core.faces.canvas import FaceCanvas
from docexam.core.faces.geometry import layout
from docexam.core.faces.traits import make_identity, make_look

W, H = 311, 400  # the renderer's working size


def _straightest(outline: np.ndarray, tol: float = 0.6) -> int:
    """The longest run of the closed ``outline``'s pixels (in steps along it) that lies within
    ``tol`` px of the line between its ends: a ruled edge is one long run."""
    n, best = len(outline), 0
    pts = np.concatenate([outline, outline]).astype(np.float64)
    for i in range(0, n, 2):
        lo, hi = best + 1, n // 2
        while lo <= hi:  # runs nest: the longest from i by bisection
            k = (lo + hi) // 2
            a, b, run = pts[i], pts[i + k], pts[i : i + k + 1]
            d = b - a
            off = np.abs((run[:, 0] - a[0]) * d[1] - (run[:, 1] - a[1]) * d[0])
            if (off / max(np.hypot(*d), 1e-6)).max() <= tol:
                best, lo = k, k + 1
            else:
                hi = k - 1
    return best


def _collars(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, float, int]]:
    """Sitters in a shirt or a jacket: (seed, face width, the collar's longest straight run)."""
    seen: dict[str, np.ndarray] = {}
    draw = clothes._collar

    def kept(c: FaceCanvas, *a: object, **k: object) -> np.ndarray:
        seen["collar"] = out = draw(c, *a, **k)  # type: ignore[arg-type]
        return out

    monkeypatch.setattr(clothes, "_collar", kept)
    found = []
    for seed in range(60):
        who = make_identity(("collar", seed), "MF"[seed % 3 % 2])
        look = make_look(("collar-look", seed), who, 35.0)
        if clothes.style(who, look) not in ("shirt", "jacket"):
            continue
        fg = layout(who, look, W, H)
        c = FaceCanvas(W, H, rng("collar", seed))
        seen.clear()
        body.body(c, fg, who, look)
        mask = (seen["collar"] > 0.5).astype(np.uint8)
        outlines, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
        # (Not along the frame's foot, which is the photo's edge, not the cloth's.)
        runs = [_straightest(o[:, 0]) for o in outlines if len(o) > 20]
        found.append((seed, fg.wz, max(runs)))
    return found


def test_a_collar_has_no_ruled_edges(monkeypatch: pytest.MonkeyPatch) -> None:
    """No collar's outline keeps within 0.6 px of a straight line for more than 0.35 of a
    face's width. (Before, the band and the wings were polygons over a V neckline: straight
    runs up to 0.75 face widths, the worst five 0.70-0.75; with bowed edges, rounded corners
    and the neckline following the fold round the neck, at most 0.29.)"""
    found = _collars(monkeypatch)
    assert len(found) > 12
    worst = sorted(found, key=lambda f: -f[2] / f[1])[:5]
    assert max(r / wz for _, wz, r in found) < 0.35, worst
