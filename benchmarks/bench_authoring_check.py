"""Benchmark: UI-thread time of the authoring tab's periodic check, 6 generated specimens with a
saved exercise set, before and after the check moved into the tab's worker.

* ``sync_check_ms``: the whole check on the UI thread (``AuthorTab.check_now``, what the periodic
  check did before; Save and Export still do it);
* ``ui_thread_ms``: what the UI thread still does per periodic check (``check_later``: autosave
  and snapshot, then showing the answer the worker sends back);
* ``worker_ms``: the check's wall time in the worker, from start to the answer shown.

Prints JSON with medians of 7 runs. Run (offscreen Qt):
``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_authoring_check.py``
(the library must hold the bundled set: start docexam once, or run tools/screenshots.py).
"""

from __future__ import annotations

import json
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from docexam.core.authoring import DraftPack, PackInfo
from docexam.core.authoring.exercise_sets import SetPlan, build_set
from docexam.core.library.library import default_library
from docexam.core.training.curriculum import load_curriculum
from docexam.core.training.quiz import ExerciseKind

RUNS = 7


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from docexam.ui.author.tab import AuthorTab

    pack = next(p for p in default_library().load_all() if p.id == "docexam-generated")
    specimens = list(pack.specimens)[:6]
    kinds = (
        ExerciseKind.FIND_FEATURES,
        ExerciseKind.WHICH_LIGHT,
        ExerciseKind.MRZ_CHECK,
        ExerciseKind.VERDICT,
    )
    plan = SetPlan("bench", {"en": "bench"}, tuple(s.id for s in specimens), kinds)
    saved = build_set("bench-pack", specimens, plan, load_curriculum())
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "bench-pack" / "pack"
        for s in specimens:
            assert s.root is not None
            shutil.copytree(s.root, root / "specimens" / s.id)
        info = PackInfo("bench-pack", {"en": "Bench"}, "Bench", "CC-BY-4.0")
        doc = DraftPack(info, root, specimens, [saved])
        tab = AuthorTab(doc)
        tab.check_now()  # warm: curriculum loaded, sets rebuilt once

        sync, ui, wall = [], [], []
        for _ in range(RUNS):
            start = time.perf_counter()
            tab.check_now()
            sync.append(time.perf_counter() - start)

        spent = [0.0]
        handler = tab._checked

        def timed(*args: object) -> object:
            t = time.perf_counter()
            out = handler(*args)  # type: ignore[arg-type]
            spent[0] += time.perf_counter() - t
            loop.quit()
            return out

        tab._checked = timed  # type: ignore[method-assign]
        for _ in range(RUNS):
            loop = QEventLoop()
            spent[0] = 0.0
            start = time.perf_counter()
            tab.check_later()
            spent[0] += time.perf_counter() - start
            loop.exec()
            wall.append(time.perf_counter() - start)
            ui.append(spent[0])
        tab.close_panes()

    def ms(values: list[float]) -> float:
        return round(statistics.median(values) * 1000, 2)

    print(
        json.dumps(
            {
                "specimens": len(specimens),
                "set_items": len(saved.exercises),
                "sync_check_ms": ms(sync),
                "ui_thread_ms": ms(ui),
                "worker_ms": ms(wall),
                "python": platform.python_version(),
            },
            indent=2,
        )
    )
    del app


if __name__ == "__main__":
    main()
