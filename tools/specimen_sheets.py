"""Contact sheets: every page of every document type under every light source.

``python tools/specimen_sheets.py`` writes ``docs/specimens/<type>-<page>-all-lights.jpg``.
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

OUT = ROOT / "docs" / "specimens"
TILE_W = 480
VIEWS: list[tuple[str, LightParams]] = [
    ("white", LightParams(LightSource.VISIBLE)),
    ("oblique 135/20", LightParams(LightSource.OBLIQUE)),
    ("transmitted", LightParams(LightSource.TRANSMITTED)),
    ("coaxial", LightParams(LightSource.COAXIAL)),
    ("UV-A 365", LightParams(LightSource.UV365)),
    ("UV-C 254", LightParams(LightSource.UV254)),
    ("IR 715", LightParams(LightSource.IR, ir_cutoff_nm=715)),
    ("IR 1000", LightParams(LightSource.IR, ir_cutoff_nm=1000)),
    ("IR luminescence", LightParams(LightSource.IR_LUMINESCENCE)),
    ("anti-Stokes", LightParams(LightSource.ANTI_STOKES)),
    ("tilt 30", LightParams(LightSource.TILT, tilt_deg=30)),
    ("UV off, 1 s", LightParams(LightSource.UV_OFF, seconds_since_uv_off=1.0)),
]


def sheet(engine: LightEngine, page_id: str) -> np.ndarray:
    tiles = []
    for label, params in VIEWS:
        image = engine.render(page_id, params).image
        h = round(image.shape[0] * TILE_W / image.shape[1])
        tile = cv2.resize(image, (TILE_W, h), interpolation=cv2.INTER_AREA)
        tile = cv2.copyMakeBorder(tile, 28, 6, 6, 6, cv2.BORDER_CONSTANT, value=(40, 40, 40))
        cv2.putText(tile, label, (10, 20), cv2.FONT_HERSHEY_SIMPLEX, 0.6, (255, 255, 255), 1)
        tiles.append(tile)
    rows = [np.hstack(tiles[i : i + 4]) for i in range(0, len(tiles), 4)]
    return np.vstack(rows)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for state, doc_type, seed in (
            ("UTO", "td3", 7),
            ("ZRN", "td1", 3),
            ("QVL", "td2", 5),
            ("QNB", "mrv-a", 9),
        ):
            work = Path(tmp) / doc_type
            specimen = generate_specimen(state, doc_type, seed, dpi=200, workdir=work)
            engine = LightEngine(specimen)
            for page in specimen.pages:
                target = OUT / f"{doc_type}-{page.id}-all-lights.jpg"
                cv2.imwrite(str(target), sheet(engine, page.id), [cv2.IMWRITE_JPEG_QUALITY, 82])
                print(target.relative_to(ROOT))


if __name__ == "__main__":
    main()
