"""The specimens the viewer benchmarks measure on: what the generator makes, written to disk as
the app reads them (bench_first_light, bench_light, bench_viewer)."""

from __future__ import annotations

import statistics
from pathlib import Path
from typing import Any


def real_specimens(dpi: float, work: Path) -> dict[str, object]:
    """A TD3 passport, a TD1 card and a forged TD3 (the first fraud that applies), at ``dpi``."""
    from docexam.core.domain.errors import DocexamError
    from docexam.core.synth import build_specimen
    from docexam.core.synth.forgery import FRAUD_OPERATIONS, forge

    td3 = build_specimen("UTO", "td3", 7, dpi, work)
    found: dict[str, object] = {
        "td3": td3.specimen,
        "td1": build_specimen("ZRN", "td1", 7, dpi, work).specimen,
    }
    for fraud in FRAUD_OPERATIONS:
        try:
            found["forged_td3"] = forge(td3, fraud, 1, work / "forged", difficulty=2).specimen
            break
        except DocexamError:
            continue
    return found


def without_drafts(found: dict[str, object], work: Path) -> dict[str, object]:
    """The same specimens as a pack from before packs carried their pages' drafts (or one made
    by hand): copies without ``drafts/``, so their first opening builds each draft from the
    page's images unless the user's draft cache holds it."""
    import shutil
    from dataclasses import replace

    from docexam.core.pack.io import DRAFTS_DIR

    out: dict[str, object] = {}
    for kind, specimen in found.items():
        root = specimen.root  # type: ignore[attr-defined]
        copy = work / "without-drafts" / kind
        shutil.copytree(root, copy, ignore=shutil.ignore_patterns(DRAFTS_DIR))
        out[kind] = replace(specimen, root=copy)  # type: ignore[type-var]
    return out


def lights() -> list[object]:
    """Every light a trainee can press, with each IR cut-off (white light is the page itself)."""
    from docexam.core.domain.lights import IR_CUTOFFS_NM, LightSource
    from docexam.core.light import LightParams

    return [
        *(LightParams(s) for s in LightSource if s not in (LightSource.VISIBLE, LightSource.IR)),
        *(LightParams(LightSource.IR, ir_cutoff_nm=c) for c in IR_CUTOFFS_NM),
    ]


def median_ms(values: list[float]) -> float:
    """The median of timings in seconds, in milliseconds as the benchmarks print them."""
    return round(statistics.median(values) * 1000, 2)


def first_image(engine: Any, page: str, params: Any) -> float:
    """Seconds to the first image of a light as the viewer's renderer makes it (``_draft``):
    the page's draft (and, for transmitted light, its reverse's), the draft render, to_qimage."""
    import time

    from docexam.core.domain.lights import LightSource
    from docexam.ui.viewer.renderer import to_qimage

    start = time.perf_counter()
    engine.prepare_draft(page)
    reverse = engine.specimen.page(page).reverse
    if reverse is not None and params.light is LightSource.TRANSMITTED:
        engine.prepare_draft(reverse)
    draft = engine.render_draft(page, params)
    assert draft is not None, (page, params.describe())
    to_qimage(draft.image)
    return time.perf_counter() - start
