"""Forgery sheets: a genuine beside its forgeries under the light that reveals the signs.

``python tools/forgery_sheets.py`` writes ``docs/specimens/forgery-processes-*.png`` (the same
rainbow print under the loupe, and the data page at IR 1000 nm and UV-A, for the genuine and
the inkjet, toner and offset counterfeits) and ``docs/specimens/forgery-card-photo-*.png`` (a
card's substituted portrait: re-engraved in grazing light, clouded window against the light).
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
from docexam.core.synth import build_specimen  # noqa: E402
from docexam.core.synth.forgery import forge  # noqa: E402

OUT = ROOT / "docs" / "specimens"
DPI = 300.0
PROCESSES = ("inkjet_print", "toner_print", "offset_print")


def _label(tile: np.ndarray, text: str) -> np.ndarray:
    out = cv2.copyMakeBorder(tile, 28, 0, 0, 0, cv2.BORDER_CONSTANT, value=(255, 255, 255))
    cv2.putText(out, text, (6, 20), cv2.FONT_HERSHEY_SIMPLEX, 0.6, (0, 0, 0), 1, cv2.LINE_AA)
    return out


def _row(tiles: list[tuple[str, np.ndarray]], width: int) -> np.ndarray:
    scaled = []
    for name, img in tiles:
        h = round(img.shape[0] * width / img.shape[1])
        interp = cv2.INTER_NEAREST if width > img.shape[1] else cv2.INTER_AREA
        tile = cv2.resize(img, (width, h), interpolation=interp)
        scaled.append(_label(tile, name))
    gap = np.full((scaled[0].shape[0], 8, 3), 255, np.uint8)
    parts: list[np.ndarray] = []
    for tile in scaled:
        parts += [tile, gap]
    return np.hstack(parts[:-1])


def _render(spec: object, page: str, params: LightParams) -> np.ndarray:
    image = LightEngine(spec).render(page, params).image  # type: ignore[arg-type]
    return np.ascontiguousarray(np.asarray(image, np.uint8)[:, :, :3])


def _save(name: str, rgb: np.ndarray) -> None:
    path = OUT / name
    cv2.imwrite(str(path), cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR))
    print(path.relative_to(ROOT))


def processes(work: Path) -> None:
    genuine = build_specimen("UTO", "td3", 7, DPI, work / "genuine")
    fakes = [
        (op.split("_")[0], forge(genuine, "counterfeit", 7, work / "forged", 2, (op,)).specimen)
        for op in PROCESSES
    ]
    canvas = genuine.pages["data"]
    layer = next(la for la in canvas.layers if la.id == "rainbow-print")
    x0, y0, x1, y1 = canvas.pixel_box(layer.region, 0)
    cx, cy, n = (x0 + x1) // 2, (y0 + y1) // 2, round(canvas.px(3.0))
    views = {
        "loupe": (LightParams(LightSource.VISIBLE), (slice(cy - n, cy + n), slice(cx - n, cx + n))),
        "ir1000": (LightParams(LightSource.IR, ir_cutoff_nm=1000), (slice(None), slice(None))),
        "uv365": (LightParams(LightSource.UV365), (slice(None), slice(None))),
    }
    for view, (params, crop) in views.items():
        tiles = [("genuine", _render(genuine.specimen, "data", params)[crop])]
        tiles += [(name, _render(spec, "data", params)[crop]) for name, spec in fakes]
        _save(f"forgery-processes-{view}.png", _row(tiles, 330))


def card_photo(work: Path) -> None:
    genuine = build_specimen("ZRN", "td1", 7, DPI, work / "genuine")
    fake = forge(genuine, "photo_substitution", 7, work / "forged", 1)
    for view, params in (
        ("oblique", LightParams(LightSource.OBLIQUE)),
        ("transmitted", LightParams(LightSource.TRANSMITTED)),
    ):
        tiles = [
            ("genuine", _render(genuine.specimen, "front", params)),
            ("photo substituted", _render(fake.specimen, "front", params)),
        ]
        _save(f"forgery-card-photo-{view}.png", _row(tiles, 620))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        processes(Path(tmp))
        card_photo(Path(tmp))


if __name__ == "__main__":
    main()
