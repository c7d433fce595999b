"""Benchmark: the authoring work that follows an edit, on generated specimens.

* rebuilding the saved exercise sets (at each check, a second after an edit; in the tab's worker
  since the check left the UI thread, see bench_authoring_check.py),
  beside the floor of the same run: validating the draft, which the same check already did;
* the document-data checks (each keystroke in the document-data editor);
* the material editor's preview render at 150 dpi (a worker thread; the UI thread only shows it).

Prints JSON with medians of 7 runs. Run: ``.venv/bin/python benchmarks/bench_authoring.py``
(the library must hold the bundled set: start docexam once, or run tools/screenshots.py).
"""

from __future__ import annotations

import json
import platform
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from docexam.core.authoring.document_data import data_problems
from docexam.core.authoring.exercise_sets import SetPlan, build_set, refresh_all
from docexam.core.domain.lights import LightSource
from docexam.core.domain.material import Emission
from docexam.core.library.library import default_library
from docexam.core.light import LightParams, simulate
from docexam.core.pack.images import read_image
from docexam.core.pack.validate import validate_pack
from docexam.core.training.curriculum import load_curriculum
from docexam.core.training.quiz import ExerciseKind

RUNS = 7
PREVIEW_DPI = 150.0


def median_ms(work: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return round(statistics.median(times) * 1000, 2)


def main() -> None:
    import cv2

    pack = next(p for p in default_library().load_all() if p.id == "docexam-generated")
    specimens = list(pack.specimens)[:6]
    curriculum = load_curriculum()
    kinds = (
        ExerciseKind.FIND_FEATURES,
        ExerciseKind.WHICH_LIGHT,
        ExerciseKind.MRZ_CHECK,
        ExerciseKind.VERDICT,
    )
    plan = SetPlan("bench", {"en": "bench"}, tuple(s.id for s in specimens), kinds)
    saved = build_set(pack.id, specimens, plan, curriculum)
    small = replace(pack, specimens=tuple(specimens))

    with_mrz = next(s for s in specimens if s.mrz)
    page = next(p for p in with_mrz.pages if p.features)
    image = read_image(with_mrz.path(page.visible))
    width = round(page.size_mm[0] * PREVIEW_DPI / 25.4)
    visible = cv2.resize(image, (width, round(image.shape[0] * width / image.shape[1])))
    masks = {
        f.mask.file: read_image(with_mrz.path(f.mask), grey=True)
        for f in page.features
        if f.mask is not None
    }
    glowing = replace(
        page.features[0],
        material=replace(page.features[0].material, uv365=Emission("#f4f070", 0.85)),
    )
    edited = replace(page, features=(glowing, *page.features[1:]))
    dpi = width * 25.4 / page.size_mm[0]

    figures = {
        "specimens": len(specimens),
        "set_items": len(saved.exercises),
        "refresh_sets_ms": median_ms(lambda: refresh_all(pack.id, specimens, [saved], curriculum)),
        "floor_validate_ms": median_ms(lambda: validate_pack(small, [saved])),
        "document_checks_ms": median_ms(
            lambda: data_problems(with_mrz.document.type, with_mrz.mrz, with_mrz.viz)
        ),
        "preview_render_ms": median_ms(
            lambda: simulate(edited, LightParams(LightSource.UV365), visible, dpi=dpi, masks=masks)
        ),
        "python": platform.python_version(),
    }
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
