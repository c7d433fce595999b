"""A booklet page strip: every page of a generated passport in leaf order (cover to last visa
page) under white light and under UV-A, one row each.

``python tools/booklet_strip.py [STATE SEED]`` writes ``docs/specimens/td3-booklet-strip.jpg``
(and a second file, ``td3-booklet-strip-<state>.jpg``, for another state).
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
from docexam.core.synth.booklet import sheets  # noqa: E402

OUT = ROOT / "docs" / "specimens"
TILE_H = 420
VIEWS = (("white", LightParams(LightSource.VISIBLE)), ("UV-A 365", LightParams(LightSource.UV365)))


def strip(engine: LightEngine, label: str, params: LightParams) -> np.ndarray:
    tiles = []
    for leaf in sheets.LEAVES:
        image = engine.render(leaf.id, params).image
        w = round(image.shape[1] * TILE_H / image.shape[0])
        tile = cv2.resize(image, (w, TILE_H), interpolation=cv2.INTER_AREA)
        tile = cv2.copyMakeBorder(tile, 30, 6, 6, 6, cv2.BORDER_CONSTANT, value=(40, 40, 40))
        text = f"{label}: {leaf.name}"
        cv2.putText(tile, text, (10, 21), cv2.FONT_HERSHEY_SIMPLEX, 0.6, (255, 255, 255), 1)
        tiles.append(tile)
    return np.hstack(tiles)


def main() -> None:
    state, seed = (sys.argv[1], int(sys.argv[2])) if len(sys.argv) > 2 else ("UTO", 7)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        specimen = generate_specimen(state, "td3", seed, dpi=200, workdir=Path(tmp))
        engine = LightEngine(specimen)
        rows = [strip(engine, label, params) for label, params in VIEWS]
    suffix = "" if state == "UTO" else f"-{state.lower()}"
    target = OUT / f"td3-booklet-strip{suffix}.jpg"
    cv2.imwrite(str(target), np.vstack(rows), [cv2.IMWRITE_JPEG_QUALITY, 82])
    print(target.relative_to(ROOT))


if __name__ == "__main__":
    main()
