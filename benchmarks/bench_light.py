"""The light engine as the viewer drives it, on real generated specimens.

Specimens from the generator, written to disk and read back as the app reads them: a 600 dpi
TD3 passport, a TD1 card and a forged TD3 (``real_specimens.py``). The engine is called the way
the viewer's ``PageRenderer`` calls it in its worker, and nothing else is called first (no
``prepare()`` the app does not do):

- first light after opening: a fresh engine per light; the first image is the draft
  (``prepare_draft`` then ``render_draft`` then ``to_qimage``, the renderer's ``_draft``), the
  full image is ``render`` then ``to_qimage`` (its ``_render``). Three cases: a page never
  drafted whose pack carries its draft (the generator's output as it is written, with the user's
  draft cache empty: the first opening of a fresh specimen, or any opening after the cache was
  cleared); a page never drafted whose pack carries none (a pack from before drafts were
  carried, or made by hand, never opened and not drafted at import); and a page drafted before
  (its draft read back from the user's draft cache);
- switching back to each light after visiting them all, in one engine (its render cache);
- dragging the oblique dial: the preview the pane asks at the zoom that fits a 1366 px window,
  in 3-degree steps through a full circle;
- what the engine holds with every light of the page rendered (the target is 300 MB).

The floor is a copy of one full-page output buffer, measured in the same run between presses.
Specimens alternate light by light; every figure is the median of ``--runs``.
Run: ``python benchmarks/bench_light.py [--runs 3] [--dpi 600]``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

MB = 1024 * 1024
WINDOW_PX = 1366  # the page fitted in a window this wide, as on the smallest supported screen
STEP_DEG = 3


def _s(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dpi", type=float, default=600.0)
    args = parser.parse_args()

    from real_specimens import first_image, lights, median_ms, real_specimens, without_drafts

    from docexam.core.domain.lights import LightSource
    from docexam.core.light import LightEngine, LightParams, PixelRect
    from docexam.core.light.draft_store import DraftStore
    from docexam.ui.viewer.renderer import to_qimage

    work = Path(tempfile.mkdtemp(prefix="docexam-bench-spec-"))
    found = real_specimens(args.dpi, work)
    older = without_drafts(found, work)
    every: list[LightParams] = lights()  # type: ignore[assignment]
    names = [p.describe() for p in every]
    store = DraftStore(Path(tempfile.mkdtemp(prefix="docexam-bench-drafts-")))

    def first_light(engine: LightEngine, page: str, params: LightParams) -> tuple[float, float]:
        start = time.perf_counter()
        first = first_image(engine, page, params)
        to_qimage(engine.render(page, params).image)
        return first, time.perf_counter() - start

    runs: dict[str, dict[str, list[float]]] = {kind: {} for kind in found}

    def add(kind: str, key: str, value: float) -> None:
        runs[kind].setdefault(key, []).append(value)

    for specimen in older.values():  # every page's draft kept, as the library does
        engine = LightEngine(specimen, draft_store=store)  # type: ignore[arg-type]
        for p in specimen.pages:  # type: ignore[attr-defined]
            engine.prepare_draft(p.id)

    def visit_all(kind: str, engine: LightEngine, page: str) -> None:
        """Every light pressed in turn, then each again, then the oblique dial dragged."""
        for params in every:
            first_light(engine, page, params)
        add(kind, "held_mb", engine.nbytes / MB)
        for params in every:
            start = time.perf_counter()
            to_qimage(engine.render(page, params).image)
            add(kind, "switch_back", time.perf_counter() - start)
        scale = min(1.0, WINDOW_PX / engine.page_size(page)[0])
        w, h = engine.page_size(page, scale)
        for azimuth in range(STEP_DEG, 360, STEP_DEG):
            oblique = LightParams(LightSource.OBLIQUE, azimuth_deg=float(azimuth))
            start = time.perf_counter()
            preview = engine.render(page, oblique, scale=scale, roi=PixelRect(0, 0, w, h))
            to_qimage(preview.image)
            add(kind, "oblique_step", time.perf_counter() - start)
        add(kind, "oblique_floor", _s(preview.image.copy))

    for _ in range(args.runs):
        for params in every:
            for kind, specimen in found.items():  # specimens alternate
                page = specimen.pages[0].id  # type: ignore[attr-defined]
                empty = DraftStore(Path(tempfile.mkdtemp(prefix="docexam-bench-empty-")))
                cases = (
                    ("never_drafted_pack_draft", specimen, empty),
                    ("never_drafted_no_pack_draft", older[kind], None),
                    ("drafted_before", older[kind], store),
                )
                for case, spec, drafts in cases:
                    engine = LightEngine(spec, draft_store=drafts)  # type: ignore[arg-type]
                    first, full = first_light(engine, page, params)
                    add(kind, f"{case}:first:{params.describe()}", first)
                    add(kind, f"{case}:full:{params.describe()}", full)
                buffer = engine.render(page, LightParams(LightSource.VISIBLE)).image
                add(kind, "floor", _s(buffer.copy))
        for kind, specimen in found.items():
            page = specimen.pages[0].id  # type: ignore[attr-defined]
            visit_all(kind, LightEngine(specimen, draft_store=store), page)  # type: ignore[arg-type]

    ms = median_ms
    result: dict[str, object] = {
        "benchmark": "light engine as the viewer calls it, real generated specimens",
        "dpi": args.dpi,
        "runs": args.runs,
        "load_average": os.getloadavg(),
    }
    for kind, specimen in found.items():
        r = runs[kind]
        floor = ms(r["floor"])
        out: dict[str, object] = {
            "page_px": engine_size(specimen),
            "features": len(specimen.pages[0].features),  # type: ignore[attr-defined]
            "floor_copy_ms": floor,
        }
        for case in ("never_drafted_pack_draft", "never_drafted_no_pack_draft", "drafted_before"):
            first = {n: ms(r[f"{case}:first:{n}"]) for n in names}
            full = {n: ms(r[f"{case}:full:{n}"]) for n in names}
            out[case] = {
                "first_image_ms": first,
                "first_image_median_ms": statistics.median(first.values()),
                "first_image_worst_ms": max(first.values()),
                "first_image_worst_ratio_to_floor": round(
                    max(first.values()) / max(floor, 0.01), 1
                ),
                "full_resolution_median_ms": statistics.median(full.values()),
                "full_resolution_worst_ms": max(full.values()),
            }
        out["switch_back_median_ms"] = ms(r["switch_back"])
        out["switch_back_worst_ms"] = round(max(r["switch_back"]) * 1000, 1)
        out["oblique_drag_step_median_ms"] = ms(r["oblique_step"])
        out["oblique_drag_steps_per_s"] = round(1000 / ms(r["oblique_step"]), 1)
        out["oblique_drag_floor_copy_ms"] = ms(r["oblique_floor"])
        out["all_lights_held_mb"] = round(statistics.median(r["held_mb"]), 1)
        result[kind] = out
    result["targets"] = {"first_image_ms": 100, "all_lights_held_mb": 300}
    print(json.dumps(result, indent=2))


def engine_size(specimen: object) -> list[int]:
    from docexam.core.light import LightEngine

    page = specimen.pages[0]  # type: ignore[attr-defined]
    return list(LightEngine(specimen).page_size(page.id))  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
