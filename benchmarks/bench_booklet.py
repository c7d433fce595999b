"""The light engine on every page of a real generated TD3 booklet, as the viewer drives it.

A passport is a booklet (cover, inside cover, data page, observations, visa pages with stamps);
``bench_light.py`` measures its data page only. Here the generator's booklet is written to disk
and each page is opened as a trainee browsing it would: a fresh engine per light with the user's
draft cache empty, so the first image reads the draft the pack carries for that page (the
renderer's ``_draft``: ``prepare_draft``, ``render_draft``, ``to_qimage``; for transmitted light
the reverse page's draft too). Per page: the first image's median and worst over every light,
and the floor (a copy of the page's output buffer) measured between the presses. Pages alternate
light by light; every figure is the median of ``--runs``.

``--visit`` adds, once per page, what the other targets ask: switching back to each light after
all were rendered in full (the engine's render cache), and the oblique dial dragged in 15-degree
steps at the zoom that fits a 1366 px window.

Run: ``python benchmarks/bench_booklet.py [--runs 3] [--dpi 600] [--visit]``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

WINDOW_PX = 1366
DIAL_STEP_DEG = 15
TARGET_MS = 100


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dpi", type=float, default=600.0)
    parser.add_argument("--visit", action="store_true")
    args = parser.parse_args()

    from real_specimens import first_image, lights, median_ms

    from docexam.core.domain.lights import LightSource
    from docexam.core.light import LightEngine, LightParams, PixelRect
    from docexam.core.light.draft_store import DraftStore
    from docexam.core.synth import build_specimen
    from docexam.ui.viewer.renderer import to_qimage

    load_before = os.getloadavg()
    held = tempfile.TemporaryDirectory(prefix="docexam-bench-booklet-")
    work = Path(held.name)
    start = time.perf_counter()
    specimen = build_specimen("UTO", "td3", 7, args.dpi, work).specimen
    generated_s = time.perf_counter() - start
    pages = [p.id for p in specimen.pages]
    every: list[LightParams] = lights()  # type: ignore[assignment]
    names = [p.describe() for p in every]

    first: dict[tuple[str, str], list[float]] = {}
    whole = LightEngine(specimen, draft_store=DraftStore(Path(tempfile.mkdtemp(dir=work))))
    buffers = {p: whole.render(p, LightParams(LightSource.VISIBLE)).image for p in pages}
    del whole
    floor: dict[str, list[float]] = {p: [] for p in pages}
    for _ in range(args.runs):
        for params in every:
            for page in pages:  # pages alternate
                empty = DraftStore(Path(tempfile.mkdtemp(dir=work)))
                engine = LightEngine(specimen, draft_store=empty)
                first.setdefault((page, params.describe()), []).append(
                    first_image(engine, page, params)
                )
                start = time.perf_counter()
                buffers[page].copy()
                floor[page].append(time.perf_counter() - start)

    visit: dict[str, dict[str, float]] = {}
    if args.visit:
        for page in pages:
            engine = LightEngine(specimen, draft_store=DraftStore(Path(tempfile.mkdtemp(dir=work))))
            for params in every:
                to_qimage(engine.render(page, params).image)
            back = []
            for params in every:
                start = time.perf_counter()
                to_qimage(engine.render(page, params).image)
                back.append(time.perf_counter() - start)
            scale = min(1.0, WINDOW_PX / engine.page_size(page)[0])
            w, h = engine.page_size(page, scale)
            steps = []
            for azimuth in range(DIAL_STEP_DEG, 360, DIAL_STEP_DEG):
                oblique = LightParams(LightSource.OBLIQUE, azimuth_deg=float(azimuth))
                start = time.perf_counter()
                preview = engine.render(page, oblique, scale=scale, roi=PixelRect(0, 0, w, h))
                to_qimage(preview.image)
                steps.append(time.perf_counter() - start)
            visit[page] = {
                "switch_back_median_ms": median_ms(back),
                "switch_back_worst_ms": round(max(back) * 1000, 1),
                "dial_step_median_ms": median_ms(steps),
                "dial_step_worst_ms": round(max(steps) * 1000, 1),
            }

    per_page: dict[str, object] = {}
    for page in pages:
        by_light = {n: median_ms(first[(page, n)]) for n in names}
        worst = max(by_light, key=lambda n: by_light[n])
        floor_ms = median_ms(floor[page])
        per_page[page] = {
            "features": len(specimen.page(page).features),
            "floor_copy_ms": floor_ms,
            "first_image_median_ms": statistics.median(by_light.values()),
            "first_image_worst_ms": by_light[worst],
            "worst_light": worst,
            "worst_ratio_to_floor": round(by_light[worst] / max(floor_ms, 0.01), 1),
            "lights_over_target": sorted(n for n, v in by_light.items() if v > TARGET_MS),
            **visit.get(page, {}),
        }
    booklet = [v for page in pages for v in (median_ms(first[(page, n)]) for n in names)]
    result = {
        "benchmark": "light engine on every page of a generated TD3 booklet (first image)",
        "dpi": args.dpi,
        "runs": args.runs,
        "lights": len(every),
        "generated_s": round(generated_s, 2),
        "load_average_before": load_before,
        "load_average_after": os.getloadavg(),
        "pages": per_page,
        "booklet": {
            "first_image_median_ms": statistics.median(booklet),
            "first_image_worst_ms": max(booklet),
            "presses_over_target": sum(v > TARGET_MS for v in booklet),
            "presses": len(booklet),
            "floor_copy_median_ms": median_ms([v for f in floor.values() for v in f]),
        },
        "target_first_image_ms": TARGET_MS,
    }
    print(json.dumps(result, indent=2))
    held.cleanup()


if __name__ == "__main__":
    main()
