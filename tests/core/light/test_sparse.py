"""Coverage kept in pieces is the same coverage, over many generated boxes."""

from __future__ import annotations

import numpy as np
import pytest

from docexam.core.light import sparse


@pytest.mark.parametrize("seed", range(8))
def test_coverage_in_pieces_is_the_same_coverage(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sparse, "MIN_BYTES", 0)
    rng = np.random.default_rng(seed)
    for _ in range(10):
        h, w = (int(v) for v in rng.integers(1, 700, size=2))
        cov = np.zeros((h, w), dtype=np.uint8)
        for _ in range(int(rng.integers(0, 30))):  # strokes scattered over the box
            y, x = int(rng.integers(0, h)), int(rng.integers(0, w))
            dy, dx = int(rng.integers(1, 40)), int(rng.integers(1, 40))
            cov[y : y + dy, x : x + dx] = rng.integers(
                1, 256, size=cov[y : y + dy, x : x + dx].shape
            )
        held = sparse.kept(cov)
        again = held.dense() if isinstance(held, sparse.Sparse) else held
        np.testing.assert_array_equal(again, cov)
        assert held.nbytes <= cov.nbytes


def test_small_or_dense_coverage_stays_whole() -> None:
    small = np.zeros((100, 100), dtype=np.uint8)
    assert sparse.kept(small) is small
    dense = np.full((1200, 1200), 7, dtype=np.uint8)
    assert sparse.kept(dense) is dense
    thin = np.zeros((1200, 1200), dtype=np.uint8)
    thin[600, :] = 255  # a line across a big box: one band of cells
    held = sparse.kept(thin)
    assert isinstance(held, sparse.Sparse) and held.nbytes == 16 * 1200
