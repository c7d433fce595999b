"""How the light engine's work grows with resolution and with the number of features.

The app's own path below the viewer: ``LightEngine.prepare_draft`` (what the first light on a
page waits for), ``prepare`` (the full-resolution layers and relief), then full renders of four
lights, on a generated TD3 data page. By dpi: the page at 150, 300, 600 and 1200 dpi. By feature
count: the 600 dpi page with its features repeated or cut to 25, 100 and 200 (repeats are the same
features again, so the per-feature work is real). Each figure is the median of ``--runs``; the
floor is a copy of one full-page output buffer at that size, measured in the same run.
Run: ``python benchmarks/bench_scaling.py [--runs 3] [--dpis 150,300,600,1200]``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

MB = 1024 * 1024


def measure(specimen: object, page_id: str, runs: int) -> dict[str, float]:
    from docexam.core.domain.lights import LightSource
    from docexam.core.light import LightEngine, LightParams

    lights = [
        LightParams(LightSource.UV365),
        LightParams(LightSource.OBLIQUE),
        LightParams(LightSource.IR, ir_cutoff_nm=830),
        LightParams(LightSource.COAXIAL),
    ]
    draft, prepare, render, floor, held = [], [], [], [], []
    for _ in range(runs):
        engine = LightEngine(specimen)  # type: ignore[arg-type]
        engine.page_size(page_id)  # the visible image is read on opening, before any light
        start = time.perf_counter()
        engine.prepare_draft(page_id)
        draft.append(time.perf_counter() - start)
        start = time.perf_counter()
        engine.prepare(page_id)
        prepare.append(time.perf_counter() - start)
        times = []
        for params in lights:
            start = time.perf_counter()
            image = engine.render(page_id, params).image
            times.append(time.perf_counter() - start)
            start = time.perf_counter()
            image.copy()
            floor.append(time.perf_counter() - start)
        render.append(statistics.median(times))
        held.append(engine.nbytes)
    ms = 1000.0
    return {
        "draft_ms": round(statistics.median(draft) * ms, 1),
        "prepare_ms": round(statistics.median(prepare) * ms, 1),
        "render_median_ms": round(statistics.median(render) * ms, 1),
        "floor_copy_ms": round(statistics.median(floor) * ms, 2),
        "engine_mb_after_4_lights": round(statistics.median(held) / MB, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dpis", default="150,300,600,1200")
    parser.add_argument("--features", default="25,100,200")
    args = parser.parse_args()

    from docexam.core.synth import build_specimen

    work = Path(tempfile.mkdtemp(prefix="docexam-bench-scale-"))
    by_dpi: dict[str, object] = {}
    for dpi in (float(d) for d in args.dpis.split(",")):
        specimen = build_specimen("UTO", "td3", 7, dpi, work / str(dpi)).specimen
        page = specimen.pages[0]
        row = measure(specimen, page.id, args.runs)
        by_dpi[f"{dpi:g}"] = {"page_px": _size(specimen, page.id), **row}
        del specimen
    by_count: dict[str, object] = {}
    specimen = build_specimen("UTO", "td3", 7, 600.0, work / "count").specimen
    page = specimen.pages[0]
    for count in (int(n) for n in args.features.split(",")):
        features = [
            replace(f, id=f"{f.id}-{i // len(page.features)}")
            for i, f in enumerate(page.features[i % len(page.features)] for i in range(count))
        ]
        pages = tuple(
            replace(p, features=tuple(features)) if p.id == page.id else p for p in specimen.pages
        )
        row = measure(replace(specimen, pages=pages), page.id, args.runs)
        by_count[str(count)] = row
    print(
        json.dumps({"runs": args.runs, "by_dpi": by_dpi, "by_features_600dpi": by_count}, indent=2)
    )


def _size(specimen: object, page_id: str) -> list[int]:
    from docexam.core.light import LightEngine

    return list(LightEngine(specimen).page_size(page_id))  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
