"""Benchmark: render document portraits (docexam.core.faces) at the sheet's tile size.

Prints JSON with the median milliseconds per portrait over 5 runs of 12 faces, and a floor
measured in the same run (a fixed numpy workload of similar size) so that figures from busy
machines compare. Run: ``PYTHONPATH=. .venv/bin/python benchmarks/bench_faces.py``.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.real_specimens import median_ms
from docexam.core.faces.render import render
from docexam.core.faces.traits import make_identity, make_look

FACES = 12
RUNS = 5


def _faces() -> float:
    start = time.perf_counter()
    for seed in range(FACES):
        who = make_identity(("bench", seed))
        render(who, make_look(("bench", seed), who, 20 + 4 * seed, seed % 2 == 0), 210, 270)
    return (time.perf_counter() - start) / FACES


def _floor() -> float:
    """A fixed workload: blurs and products over one working canvas, the renderer's staple."""
    import cv2

    a = np.random.default_rng(0).standard_normal((400, 311), dtype=np.float32)
    start = time.perf_counter()
    for _ in range(40):
        b = cv2.GaussianBlur(a, (0, 0), 3.0)
        a = (a + b * 0.5).astype(np.float32)
    return time.perf_counter() - start


def main() -> None:
    _faces()  # warm caches and imports
    per_face = [_faces() for _ in range(RUNS)]
    floor = [_floor() for _ in range(RUNS)]
    print(json.dumps({"ms_per_portrait": median_ms(per_face), "floor_ms": median_ms(floor)}))


if __name__ == "__main__":
    main()
