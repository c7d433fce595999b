"""Benchmark the light engine on a 600 dpi TD3 page with 25 sparse feature layers.

Prints JSON with medians of several runs: page preparation, first render of each light (and its
ratio to a plain copy of an output buffer measured in the same run), cache hits, interactive
oblique/tilt renders at viewport size, and the memory held with every light of the page cached.
Run: ``.venv/bin/python benchmarks/bench_light.py [--runs 5] [--examples /tmp]``.
"""

from __future__ import annotations

import argparse
import json
import math
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from docexam.core.domain.geometry import Ellipse, Polygon, Rect
from docexam.core.domain.lights import IR_CUTOFFS_NM, LightSource
from docexam.core.domain.material import (
    Emission,
    Ink,
    Material,
    Ovd,
    OvdKind,
    OvdStop,
    Phosphorescence,
)
from docexam.core.domain.model import (
    Coverage,
    DocumentInfo,
    DocumentType,
    Feature,
    ImageRef,
    Page,
    Specimen,
)
from docexam.core.light import LightEngine, LightParams, PixelRect

DPI = 600.0
SIZE_MM = (125.0, 88.0)
W, H = round(SIZE_MM[0] / 25.4 * DPI), round(SIZE_MM[1] / 25.4 * DPI)
VIEWPORT = 1600


def px(mm: float) -> int:
    return round(mm / 25.4 * DPI)


def _visible(rng: np.random.Generator, back: bool = False) -> np.ndarray:
    img = np.full((H, W, 3), (228, 239, 243), np.uint8)
    img = cv2.add(img, rng.integers(0, 4, (H, W, 3), dtype=np.uint8))  # paper texture
    xs = np.arange(0, W, 3)
    for k in range(px(12), px(66), 26):  # guilloche background in a light drop-out blue
        ys = k + 12 * np.sin(xs / 90.0 + k / 40.0) + 6 * np.sin(xs / 23.0)
        pts = np.stack([xs, ys], axis=1).astype(np.int32)
        cv2.polylines(img, [pts], False, (205, 185, 160), 2, cv2.LINE_AA)
    centre = (px(95), px(30))
    for r in range(px(4), px(16), 9):  # rosette
        cv2.circle(img, centre, r, (120, 170, 90), 2, cv2.LINE_AA)
    if back:
        cv2.putText(img, "VISAS", (px(10), px(20)), cv2.FONT_HERSHEY_TRIPLEX, 8, (90, 60, 40), 12)
        cv2.rectangle(img, (W - px(30), px(10)), (W - px(25), px(20)), (40, 40, 40), -1)
        return img
    cv2.ellipse(img, (px(22), px(40)), (px(11), px(15)), 0, 0, 360, (110, 120, 140), -1)
    cv2.ellipse(img, (px(22), px(66)), (px(18), px(12)), 0, 180, 360, (60, 70, 90), -1)
    cv2.putText(
        img, "UTOPIA PASSPORT", (px(6), px(9)), cv2.FONT_HERSHEY_TRIPLEX, 5, (90, 50, 20), 9
    )
    for i, text in enumerate(["ERIKSSON", "ANNA MARIA", "UTOPIAN", "12 AUG 1974", "F"]):
        y = px(20 + 8 * i)
        cv2.putText(img, text, (px(42), y), cv2.FONT_HERSHEY_SIMPLEX, 3, (20, 20, 20), 7)
    for i, line in enumerate(
        [
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
        ]
    ):
        cv2.putText(
            img, line, (px(4), px(74 + 7 * i)), cv2.FONT_HERSHEY_SIMPLEX, 3.3, (15, 15, 15), 8
        )
    cv2.rectangle(img, (px(50), px(30)), (px(58), px(38)), (20, 20, 20), -1)  # see-through half
    return img


def _masks(root: Path, rng: np.random.Generator) -> dict[str, ImageRef]:
    refs = {}

    def save(name: str, mask: np.ndarray) -> None:
        cv2.imwrite(str(root / name), mask)
        refs[name] = ImageRef(LightSource.VISIBLE, name, DPI)

    for name in ("fibres-red.png", "fibres-blue.png"):
        m = np.zeros((H, W), np.uint8)
        for _ in range(180):
            x, y, a = rng.integers(0, W), rng.integers(0, H), rng.uniform(0, math.pi)
            dx, dy = int(40 * math.cos(a)), int(40 * math.sin(a))
            cv2.line(m, (int(x), int(y)), (int(x) + dx, int(y) + dy), 255, 3, cv2.LINE_AA)
        save(name, m)
    m = np.zeros((H, W), np.uint8)
    for i in range(9):
        for j in range(5):
            cv2.circle(m, (px(110 + 1.6 * i), px(50 + 1.6 * j)), px(0.4), 255, -1, cv2.LINE_AA)
    save("perforation.png", m)
    m = np.zeros((H, W), np.uint8)
    cv2.putText(m, "L898902C3", (px(70), px(50)), cv2.FONT_HERSHEY_SIMPLEX, 4, 255, 10)
    save("number.png", m)
    m = np.zeros((H, W), np.uint8)
    for k in range(0, W, px(4)):
        cv2.line(m, (k, px(10)), (k + px(30), px(70)), 255, 5, cv2.LINE_AA)
    save("retro.png", m)
    return refs


def _features(refs: dict[str, ImageRef]) -> tuple[Feature, ...]:
    def f(
        fid: str,
        region: Rect | Ellipse | Polygon,
        m: Material,
        cov: Coverage = Coverage.INK,
        mask: str | None = None,
    ) -> Feature:
        return Feature(
            fid,
            "ink.uv_fluorescent",
            {"en": fid},
            region,
            material=m,
            coverage=cov,
            mask=refs[mask] if mask else None,
        )

    page = Rect(0, 0, *SIZE_MM)
    region = Coverage.REGION
    return (
        f("guilloche", Rect(0, 12, 125, 58), Material(ir_cutoff_nm=700)),
        f("rosette", Ellipse(95, 30, 17, 17), Material(uv365=Emission("#40e080"))),
        f("fibres-red", page, Material(uv365=Emission("#ff3030")), mask="fibres-red.png"),
        f("fibres-blue", page, Material(uv365=Emission("#3060ff")), mask="fibres-blue.png"),
        f("number", Rect(68, 44, 36, 8), Material(uv365=Emission("#f0e040")), mask="number.png"),
        f(
            "phos",
            Rect(68, 44, 36, 8),
            Material(phosphorescence=Phosphorescence("#80ff80", 3.0)),
            mask="number.png",
        ),
        f(
            "title",
            Rect(5, 3, 80, 8),
            Material(relief_um=40, uv365=Emission("#ff8030"), uv254=Emission("#30ff90")),
        ),
        f("portrait", Rect(8, 22, 30, 50), Material(ir_cutoff_nm=2000)),
        f("mrz", Rect(3, 69, 119, 16), Material(visible=Ink("#0f0f0f"), ir_cutoff_nm=2000)),
        f("name", Rect(41, 13, 40, 8), Material(ir_cutoff_nm=2000, relief_um=-20)),
        f("meta-a", Rect(41, 21, 30, 8), Material(visible=Ink("#142850"), ir_cutoff_nm=2000)),
        f("meta-b", Rect(41, 29, 30, 8), Material(visible=Ink("#142850"), ir_cutoff_nm=850)),
        f("frame", Polygon(((2, 2), (123, 2), (123, 5), (2, 5))), Material(relief_um=30), region),
        f("watermark", Ellipse(110, 25, 9, 12), Material(transmission=-0.25), region),
        f("watermark-dark", Ellipse(110, 25, 4, 6), Material(transmission=0.15), region),
        f(
            "thread",
            Rect(88, 0, 1.2, 88),
            Material(transmission=0.5, uv365=Emission("#ff40a0")),
            region,
        ),
        f("perforation", Rect(108, 48, 16, 10), Material(hole=True), region, "perforation.png"),
        f(
            "ovd",
            Ellipse(75, 60, 7, 7),
            Material(
                ovd=Ovd(
                    OvdKind.COLOUR_SHIFT, (OvdStop(-90, 10, "#d8b030"), OvdStop(10, 90, "#30b080"))
                )
            ),
            region,
        ),
        f(
            "mli-a",
            Rect(60, 52, 6, 8),
            Material(ovd=Ovd(OvdKind.IMAGE_SWITCH, (OvdStop(-90, 0, "#303030"),))),
            region,
        ),
        f(
            "mli-b",
            Rect(60, 52, 6, 8),
            Material(ovd=Ovd(OvdKind.IMAGE_SWITCH, (OvdStop(0.1, 90, "#603020"),))),
            region,
        ),
        f(
            "latent",
            Rect(84, 60, 12, 6),
            Material(relief_um=35, ovd=Ovd(OvdKind.LATENT, (OvdStop(-90, 90, "#384050"),))),
            region,
        ),
        f("retro", Rect(30, 10, 90, 60), Material(retroreflective=0.6), region, "retro.png"),
        f("ir-lum", Rect(41, 37, 30, 8), Material(ir_luminescence=0.8)),
        f("anti-stokes", Ellipse(100, 75, 4, 4), Material(anti_stokes=Emission("#30ff50")), region),
        f("see-through", Rect(50, 30, 8, 8), Material(uv254=Emission("#60a0ff"))),
    )


def build(root: Path) -> Specimen:
    rng = np.random.default_rng(7)
    cv2.imwrite(str(root / "front.png"), _visible(rng))
    cv2.imwrite(str(root / "back.png"), _visible(rng, back=True))
    features = _features(_masks(root, rng))
    front_ref = ImageRef(LightSource.VISIBLE, "front.png", DPI)
    back_ref = ImageRef(LightSource.VISIBLE, "back.png", DPI)
    front = Page("front", {"en": "front"}, SIZE_MM, (front_ref,), features=features, reverse="back")
    back = Page("back", {"en": "back"}, SIZE_MM, (back_ref,), reverse="front")
    return Specimen(
        "bench",
        {"en": "bench"},
        DocumentInfo(DocumentType.TD3, "UTO", "B"),
        (front, back),
        root=root,
    )


ALL_LIGHTS = [
    LightParams(LightSource.VISIBLE),
    LightParams(LightSource.OBLIQUE),
    LightParams(LightSource.TRANSMITTED),
    LightParams(LightSource.COAXIAL),
    LightParams(LightSource.UV365),
    LightParams(LightSource.UV254),
    *(LightParams(LightSource.IR, ir_cutoff_nm=c) for c in IR_CUTOFFS_NM),
    LightParams(LightSource.IR_LUMINESCENCE),
    LightParams(LightSource.ANTI_STOKES),
    LightParams(LightSource.TILT, tilt_deg=30),
    LightParams(LightSource.UV_OFF, seconds_since_uv_off=2),
]


def _ms(fn: Callable[[], object]) -> float:
    t = time.perf_counter()
    fn()
    return (time.perf_counter() - t) * 1000.0


def _fps(
    engine: LightEngine, frames: list[LightParams], scale: float = 1.0, roi: PixelRect | None = None
) -> float:
    start = time.perf_counter()
    for params in frames:
        engine.render("front", params, scale=scale, roi=roi)
    return len(frames) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--examples", type=Path, help="write a render per light here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        spec = build(Path(tmp))
        prep, first, hit, copy = [], {p.describe(): [] for p in ALL_LIGHTS}, [], []
        oblique_fps, tilt_fps, roi_fps, memory, cold = [], [], [], 0, []
        for _ in range(args.runs):
            engine = LightEngine(spec)  # no prepare: decoding and layers count in this render
            cold.append(_ms(lambda e=engine: e.render("front", LightParams(LightSource.UV365))))
            engine = LightEngine(spec)
            prep.append(_ms(lambda e=engine: (e.prepare("front"), e.prepare("back"))))
            for params in ALL_LIGHTS:
                first[params.describe()].append(
                    _ms(lambda p=params, e=engine: e.render("front", p))
                )
                buf = engine.render("front", params).image
                copy.append(_ms(lambda b=buf: b.copy()))
            memory = engine.nbytes
            for params in ALL_LIGHTS:
                hit.append(_ms(lambda p=params, e=engine: e.render("front", p)))
            scale = VIEWPORT / W
            engine.render(
                "front", LightParams(LightSource.OBLIQUE), scale=scale
            )  # zoom level built
            oblique = [
                LightParams(LightSource.OBLIQUE, azimuth_deg=12 * k, elevation_deg=15 + k % 20)
                for k in range(30)
            ]
            oblique_fps.append(_fps(engine, oblique, scale=scale))
            tilts = [LightParams(LightSource.TILT, tilt_deg=-80 + 5.3 * k) for k in range(30)]
            tilt_fps.append(_fps(engine, tilts, scale=scale))
            roi = PixelRect(600, 400, 1600, 1100)
            moves = [LightParams(LightSource.OBLIQUE, azimuth_deg=7 * k + 1) for k in range(30)]
            roi_fps.append(_fps(engine, moves, roi=roi))
        copy_ms = statistics.median(copy)
        firsts = {k: round(statistics.median(v), 1) for k, v in first.items()}
        if args.examples:
            engine = LightEngine(spec)
            for params in ALL_LIGHTS:
                name = params.describe().replace(" ", "-")
                image = engine.render("front", params, scale=0.5).image
                cv2.imwrite(str(args.examples / f"light-{name}.png"), image)
    print(
        json.dumps(
            {
                "page_px": [W, H],
                "dpi": DPI,
                "features": len(spec.pages[0].features),
                "runs": args.runs,
                "machine": {
                    "python": platform.python_version(),
                    "cv2": cv2.__version__,
                    "threads": cv2.getNumThreads(),
                },
                "prepare_pages_ms": round(statistics.median(prep), 1),
                "cold_uv365_without_prepare_ms": round(statistics.median(cold), 1),
                "first_render_ms": firsts,
                "first_render_worst_ms": max(firsts.values()),
                "copy_output_buffer_ms": round(copy_ms, 2),
                "first_render_ratio_to_copy": {k: round(v / copy_ms, 1) for k, v in firsts.items()},
                "cache_hit_ms_median": round(statistics.median(hit), 2),
                "cache_hit_ms_worst": round(max(hit), 2),
                "viewport_px": [VIEWPORT, round(H * VIEWPORT / W)],
                "oblique_viewport_fps": round(statistics.median(oblique_fps), 1),
                "tilt_viewport_fps": round(statistics.median(tilt_fps), 1),
                "oblique_roi_1600x1100_fps": round(statistics.median(roi_fps), 1),
                "all_lights_cached_bytes": memory,
                "all_lights_cached_mb": round(memory / 2**20, 1),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
