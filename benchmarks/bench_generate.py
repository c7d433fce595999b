"""Time the TD3 generator at 600 dpi: the data page alone with every layer (the issue's target,
3 s), every page of the booklet alone (drawn and composited; with the megabytes its layers'
masks hold), and the whole booklet (eight pages, masks and images written to disk).

Prints JSON (``python benchmarks/bench_generate.py [dpi]``) with medians of several runs, the
floor measured in the same runs (compositing the page's layers over the paper, which any
generator has to do), and one data page of every state's series: states draw different motifs
and inventories, so the slowest is reported. Every page of the booklet (cover, inside cover,
data page, observations, visa pages with stamps) gets its own median and its own floor (its
compositing); the whole booklet is timed as the generator writes it, and the load average is
printed before and after (the machine is shared).
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from docexam.core.domain.model import DOCUMENT_SIZES_MM, DocumentType
from docexam.core.domain.seeds import rng
from docexam.core.synth import build_specimen
from docexam.core.synth.canvas import PageCanvas, composite
from docexam.core.synth.compose import PLANS
from docexam.core.synth.docdata import make_doc_data
from docexam.core.synth.page_plan import PagePlan
from docexam.core.synth.states import STATES, design_for, get_state

RUNS = 5
TARGET_S = 3.0


def page(code: str, series: str, plan: PagePlan, run: int, dpi: float) -> tuple[float, float, int]:
    """Seconds to draw and composite one page as build_specimen does (over the page's own
    substrate), of those the compositing alone, and the bytes its layers' masks hold."""
    state = get_state(code)
    design = design_for(state, series)
    doc = make_doc_data(state, "td3", run, series)
    paper = plan.substrate(design).colour if plan.substrate is not None else design.paper
    start = time.perf_counter()
    canvas = PageCanvas(plan.size_mm or DOCUMENT_SIZES_MM[DocumentType.TD3], dpi)
    plan.build(canvas, design, doc, rng("page", code, "td3", series, run, plan.id))
    drawn = time.perf_counter()
    composite(canvas, paper)
    end = time.perf_counter()
    masks = sum(la.mask.nbytes for la in canvas.layers if la.mask is not None)
    return end - start, end - drawn, masks


def main() -> int:
    dpi = float(sys.argv[1]) if len(sys.argv) > 1 else 600.0
    load_before = os.getloadavg()
    data = next(p for p in PLANS["td3"] if p.id == "data")
    page_times, floor = [], []
    for run in range(RUNS):
        total, comp, _ = page("UTO", "A", data, run, dpi)
        page_times.append(total)
        floor.append(comp)
    per_state = {
        f"{code}-{series}": round(page(code, series, data, 0, dpi)[0], 3)
        for code, state in STATES.items()
        for series in state.series
    }
    slowest = max(per_state, key=lambda k: per_state[k])
    per_page: dict[str, list[float]] = {p.id: [] for p in PLANS["td3"]}
    page_floor: dict[str, list[float]] = {p.id: [] for p in PLANS["td3"]}
    mask_mb: dict[str, float] = {}
    for run in range(RUNS):
        for p in PLANS["td3"]:
            total, comp, masks = page("UTO", "A", p, run, dpi)
            per_page[p.id].append(total)
            page_floor[p.id].append(comp)
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
        "page_floor_composite_median_s": {
            k: round(statistics.median(v), 3) for k, v in page_floor.items()
        },
        "page_masks_mb": mask_mb,
        "booklet_pages": len(PLANS["td3"]),
        "whole_booklet_written_median_s": round(median, 3),
        "whole_booklet_per_page_s": round(median / len(PLANS["td3"]), 3),
        "whole_booklet_min_s": round(min(times), 3),
        "target_data_page_s": TARGET_S,
        "load_average_before": load_before,
        "load_average_after": os.getloadavg(),
        "ok": statistics.median(page_times) <= TARGET_S and per_state[slowest] <= TARGET_S,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
