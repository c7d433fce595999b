"""Time the TD3 generator at 600 dpi: the data page alone with every layer (the issue's target,
3 s), every page of the booklet alone (drawn and composited; with the megabytes its layers'
masks hold), and the whole booklet (eight pages, masks and images written to disk).

Prints JSON (``python benchmarks/bench_generate.py [dpi]``) with medians of several runs, the
floor measured in the same runs (compositing the page's layers over the paper, which any
generator has to do), and one data page of every state's series: states draw different motifs
and inventories, so the slowest is reported.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from docexam.core.domain.model import DOCUMENT_SIZES_MM, DocumentType
from docexam.core.synth import build_specimen
from docexam.core.synth.canvas import PageCanvas, composite
from docexam.core.synth.compose import PLANS
from docexam.core.synth.docdata import make_doc_data
from docexam.core.synth.seeds import rng
from docexam.core.synth.states import STATES, design_for, get_state

RUNS = 5
TARGET_S = 3.0


def data_page(code: str, series: str, run: int, dpi: float) -> tuple[float, float]:
    """Seconds to draw and composite one data page, and of those the compositing alone."""
    state = get_state(code)
    design = design_for(state, series)
    plan = next(p for p in PLANS["td3"] if p.id == "data")
    doc = make_doc_data(state, "td3", run, series)
    start = time.perf_counter()
    canvas = PageCanvas(DOCUMENT_SIZES_MM[DocumentType.TD3], dpi)
    plan.build(canvas, design, doc, rng("page", code, "td3", series, run, "data"))
    drawn = time.perf_counter()
    composite(canvas, design.paper)
    end = time.perf_counter()
    return end - start, end - drawn


def main() -> int:
    dpi = float(sys.argv[1]) if len(sys.argv) > 1 else 600.0
    page_times, floor = [], []
    for run in range(RUNS):
        total, comp = data_page("UTO", "A", run, dpi)
        page_times.append(total)
        floor.append(comp)
    per_state = {
        f"{code}-{series}": round(data_page(code, series, 0, dpi)[0], 3)
        for code, state in STATES.items()
        for series in state.series
    }
    slowest = max(per_state, key=lambda k: per_state[k])
    state, design = get_state("UTO"), design_for(get_state("UTO"), "A")
    per_page: dict[str, list[float]] = {p.id: [] for p in PLANS["td3"]}
    mask_mb: dict[str, float] = {}
    for run in range(RUNS):
        doc = make_doc_data(state, "td3", run, "A")
        for p in PLANS["td3"]:
            start = time.perf_counter()
            canvas = PageCanvas(p.size_mm or DOCUMENT_SIZES_MM[DocumentType.TD3], dpi)
            p.build(canvas, design, doc, rng("page", "UTO", "td3", "A", run, p.id))
            composite(canvas, design.paper)
            per_page[p.id].append(time.perf_counter() - start)
            masks = sum(la.mask.nbytes for la in canvas.layers if la.mask is not None)
            mask_mb[p.id] = round(masks / 2**20, 1)
    times = []
    for run in range(RUNS):
        with tempfile.TemporaryDirectory() as tmp:
            start = time.perf_counter()
            build_specimen("UTO", "td3", run, dpi, Path(tmp))
            times.append(time.perf_counter() - start)
    median = statistics.median(times)
    result = {
        "benchmark": "generate_td3",
        "dpi": dpi,
        "runs": RUNS,
        "data_page_all_layers_median_s": round(statistics.median(page_times), 3),
        "floor_composite_median_s": round(statistics.median(floor), 3),
        "slowest_series_data_page_s": {slowest: per_state[slowest]},
        "per_series_data_page_s": per_state,
        "page_median_s": {k: round(statistics.median(v), 3) for k, v in per_page.items()},
        "page_masks_mb": mask_mb,
        "booklet_pages": len(PLANS["td3"]),
        "whole_booklet_written_median_s": round(median, 3),
        "whole_booklet_per_page_s": round(median / len(PLANS["td3"]), 3),
        "whole_booklet_min_s": round(min(times), 3),
        "target_data_page_s": TARGET_S,
        "ok": statistics.median(page_times) <= TARGET_S and per_state[slowest] <= TARGET_S,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
