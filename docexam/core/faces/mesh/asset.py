"""The head mesh asset: MakeHuman's CC0 base mesh (head, neck, shoulders, eyeballs) and the
morph targets the portraits use, as sparse deltas (built by tools/make_head_mesh.py)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

PATH = Path(__file__).with_name("head.npz")
F64 = npt.NDArray[np.float64]
I64 = npt.NDArray[np.int64]


@dataclass(frozen=True)
class Mesh:
    v0: F64  # base vertices, decimetres, y up, z towards the camera
    tris: I64  # counter-clockwise seen from outside
    eyeball: npt.NDArray[np.bool_]  # per triangle
    targets: dict[str, tuple[I64, F64]]  # name -> (vertex ids, deltas)
    orig_index: I64  # vertex id in MakeHuman's full base mesh

    def vertex(self, orig: int) -> int:
        """Our vertex id of MakeHuman's vertex ``orig``."""
        return int(np.searchsorted(self.orig_index, orig))


@functools.cache
def load() -> Mesh:
    with np.load(PATH) as d:
        names = [str(n) for n in d["names"]]
        targets = {n: (d["i_" + n].astype(np.int64), d["d_" + n].astype(np.float64)) for n in names}
        return Mesh(
            v0=d["v0"].astype(np.float64),
            tris=d["tris"].astype(np.int64),
            eyeball=d["kind"] == 1,
            targets=targets,
            orig_index=d["orig_index"].astype(np.int64),
        )
