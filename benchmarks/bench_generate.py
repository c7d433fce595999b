"""Time the TD3 generator at 600 dpi: the data page alone with every layer (the issue's target,
3 s), every page of the booklet alone (drawn and composited; with the megabytes its layers'
masks hold), and the whole booklet (eight pages, masks and images written to disk).

Prints JSON with medians of several runs. ``python benchmarks/bench_generate.py [dpi]``.
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
from docexam.core.synth.states import design_for, get_state

RUNS = 5
TARGET_S = 3.0


def main() -> int:
    dpi = float(sys.argv[1]) if len(sys.argv) > 1 else 600.0
    page_times = []
    state = get_state("UTO")
    design = design_for(state, "A")
    plan = next(p for p in PLANS["td3"] if p.id == "data")
    for run in range(RUNS):
        doc = make_doc_data(state, "td3", run, "A")
        start = time.perf_counter()
        canvas = PageCanvas(DOCUMENT_SIZES_MM[DocumentType.TD3], dpi)
        plan.build(canvas, design, doc, rng("page", "UTO", "td3", "A", run, "data"))
        composite(canvas, design.paper)
        page_times.append(time.perf_counter() - start)
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
        "page_median_s": {k: round(statistics.median(v), 3) for k, v in per_page.items()},
        "page_masks_mb": mask_mb,
        "booklet_pages": len(PLANS["td3"]),
        "whole_booklet_written_median_s": round(median, 3),
        "whole_booklet_per_page_s": round(median / len(PLANS["td3"]), 3),
        "whole_booklet_min_s": round(min(times), 3),
        "target_data_page_s": TARGET_S,
        "ok": statistics.median(page_times) <= TARGET_S,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
