"""Contact sheet of four states' passport data pages side by side under white, UV-A and IR.

``python tools/state_sheets.py`` writes ``docs/specimens/states-white-uv-ir.png``: one row per
state (older and newer series of the design system, issue 17), one column per light; and
``docs/specimens/states-uv.png``: all eight states' data pages under UV-A, where each state's
design sits and its outline.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from docexam.core.domain.lights import LightSource  # noqa: E402
from docexam.core.light import LightEngine, LightParams  # noqa: E402
from docexam.core.synth import generate_specimen  # noqa: E402
from docexam.core.synth.states import STATES  # noqa: E402

OUT = ROOT / "docs" / "specimens" / "states-white-uv-ir.png"
UV_OUT = ROOT / "docs" / "specimens" / "states-uv.png"
TILE_W = 620
ROWS = (("UTO", "A"), ("ZRN", "2024"), ("QSV", "2013"), ("QPL", "2022"))
VIEWS = (
    ("white", LightParams(LightSource.VISIBLE)),
    ("UV-A 365", LightParams(LightSource.UV365)),
    ("IR 870", LightParams(LightSource.IR, ir_cutoff_nm=870)),
)


def _tile(image: np.ndarray, text: str) -> np.ndarray:
    h = round(image.shape[0] * TILE_W / image.shape[1])
    tile = cv2.resize(image, (TILE_W, h), interpolation=cv2.INTER_AREA)
    tile = cv2.copyMakeBorder(tile, 28, 4, 4, 4, cv2.BORDER_CONSTANT, value=(40,) * 3)
    cv2.putText(tile, text, (10, 20), cv2.FONT_HERSHEY_SIMPLEX, 0.6, (255,) * 3, 1)
    return tile


def uv_grid() -> None:
    """Every state's older series under UV-A, four to a row."""
    tiles = []
    with tempfile.TemporaryDirectory() as tmp:
        for code, state in STATES.items():
            spec = generate_specimen(code, "td3", 7, 150.0, Path(tmp), state.series[0])
            image = LightEngine(spec).render("data", LightParams(LightSource.UV365)).image
            tiles.append(_tile(image, f"{code} series {state.series[0]} - UV-A 365"))
    rows = [np.hstack(tiles[i : i + 4]) for i in range(0, len(tiles), 4)]
    cv2.imwrite(str(UV_OUT), np.vstack(rows))
    print(f"wrote {UV_OUT.relative_to(ROOT)}")


def main() -> None:
    uv_grid()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for state, series in ROWS:
            spec = generate_specimen(state, "td3", 7, 200.0, Path(tmp), series)
            engine = LightEngine(spec)
            tiles = []
            for label, params in VIEWS:
                image = engine.render("data", params).image
                tiles.append(_tile(image, f"{state} series {series} - {label}"))
            rows.append(np.hstack(tiles))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    cv2.imwrite(str(OUT), np.vstack(rows))
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
