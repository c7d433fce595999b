"""Memory a trainee's open pages hold, through the viewer the app uses.

1. One page: a real ``SpecimenTab`` on a generated 600 dpi TD3 data page, every light pressed and
   rendered at full resolution; printed: what the page's light engine holds (its own count), the
   tab's pixmaps, and the process's resident memory (RSS) grown since before the tab opened.
2. Twenty tabs: twenty specimens of the bundled library opened one after another, UV-A pressed
   in each (as a trainee leafing through the set would); RSS of the whole process after each,
   with the memory budget shared by the tabs (``docexam.core.light.budget``) doing its work.
   The bundled library is read from ``--data-dir`` (the folder ``bench_startup.py`` prints, where
   the first start built it); without it, twenty specimens are generated from the bundled
   recipes at their dpi.
Each part runs in a fresh process (memory a closed tab gave back is not always returned to the
system, which would blur the next part); the floor printed beside is the RSS of that process
before any tab opened. Run: ``python benchmarks/bench_memory.py [--data-dir DIR]``.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

MB = 1024 * 1024


def rss() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir")
    parser.add_argument("--tabs", type=int, default=20)
    parser.add_argument("--part", choices=["page", "tabs"])
    args = parser.parse_args()
    if args.part is None:
        merged: dict[str, object] = {}
        for part in ("page", "tabs"):
            command = [sys.executable, __file__, "--part", part, "--tabs", str(args.tabs)]
            if args.data_dir:
                command += ["--data-dir", args.data_dir]
            out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
            merged.update(json.loads(out))
        print(json.dumps(merged, indent=2))
        return
    os.environ["DOCEXAM_DATA_DIR"] = args.data_dir or tempfile.mkdtemp(prefix="docexam-bench-")
    os.environ["DOCEXAM_CONFIG_DIR"] = tempfile.mkdtemp(prefix="docexam-bench-cfg-")

    from PySide6.QtWidgets import QApplication

    from docexam.core.domain.lights import IR_CUTOFFS_NM, LightSource
    from docexam.core.light import LightParams
    from docexam.ui.app import create_application
    from docexam.ui.viewer.specimen_tab import SpecimenTab

    app = create_application()
    work = Path(tempfile.mkdtemp(prefix="docexam-bench-spec-"))

    def settle(tab: SpecimenTab, params: LightParams) -> None:
        tab.pane.show(params, False)
        page_px = tab.pane.engine.page_size(tab.pane.page_id)
        while True:
            current = tab.pane.renderer.current
            full = tab.view.pixmap().width() == page_px[0]
            if current is not None and current.params == params and full:
                break
            QApplication.processEvents()
            time.sleep(0.002)
        tab.pane.renderer.wait()  # the preparations queued behind the render
        QApplication.processEvents()

    from viewer_tabs import close_tab, open_tab

    lights = [
        *(LightParams(s) for s in LightSource if s not in (LightSource.VISIBLE, LightSource.IR)),
        *(LightParams(LightSource.IR, ir_cutoff_nm=c) for c in IR_CUTOFFS_NM),
    ]
    result: dict[str, object] = {}

    if args.part == "page":
        one_page(lights, work, open_tab, settle, close_tab, result)
    else:
        twenty_tabs(args, work, open_tab, settle, close_tab, result)
    print(json.dumps(result, indent=2))
    app.quit()


def one_page(lights: Any, work: Path, opened: Any, settle: Any, close: Any, result: Any) -> None:
    from docexam.core.synth import build_specimen

    td3 = build_specimen("UTO", "td3", 7, 600.0, work).specimen
    gc.collect()
    floor = rss()
    tab = opened(td3)
    for params in lights:
        settle(tab, params)
    renderer = tab.pane.renderer
    pixmaps = renderer.held_bytes() - tab.pane.engine.held_bytes()
    result["one_600dpi_td3_page_every_light"] = {
        "page_px": list(tab.pane.engine.page_size(tab.pane.page_id)),
        "engine_holds_mb": round(tab.pane.engine.nbytes / MB, 1),
        "pixmaps_mb": round(pixmaps / MB, 1),
        "rss_growth_mb": round((rss() - floor) / MB, 1),
        "floor_rss_mb": round(floor / MB, 1),
        "target_mb": 300,
    }
    close(tab)


def twenty_tabs(args: Any, work: Path, opened: Any, settle: Any, close: Any, result: Any) -> None:
    from docexam.core.domain.lights import LightSource
    from docexam.core.light import LightParams
    from docexam.core.light.budget import BUDGET
    from docexam.core.synth import build_specimen

    specimens: list[object] = []
    if args.data_dir:
        from docexam.core.library.library import default_library, generated_bundled_dir

        library = default_library()
        bundled = generated_bundled_dir()
        if bundled is not None:
            library.bundled_dirs.append(bundled)
        for pack in library.load_all():
            specimens += list(pack.specimens)
    else:
        from docexam.core.library.bundled import recipes_of
        from docexam.core.library.bundled_location import RECIPES_FILE, load_recipes

        for pack in load_recipes(RECIPES_FILE)["packs"]:
            for recipe in recipes_of(pack):
                dpi = float(pack.get("dpi", load_recipes(RECIPES_FILE).get("dpi", 300)))
                made = build_specimen(recipe.state, recipe.doc_type, recipe.seed, dpi, work)
                specimens.append(made.specimen)
                if len(specimens) >= args.tabs:
                    break
    specimens = specimens[: args.tabs]
    gc.collect()
    floor = rss()
    tabs, growth = [], []
    for specimen in specimens:
        tab = opened(specimen)
        settle(tab, LightParams(LightSource.UV365))
        tabs.append(tab)
        growth.append(round(rss() / MB, 1))
    result["twenty_tabs_uv365_each"] = {
        "tabs": len(tabs),
        "source": "bundled library" if args.data_dir else "bundled recipes, generated",
        "page_px": sorted({tuple(t.pane.engine.page_size(t.pane.page_id)) for t in tabs}),
        "rss_after_each_tab_mb": growth,
        "rss_mb": growth[-1] if growth else None,
        "floor_rss_before_tabs_mb": round(floor / MB, 1),
        "held_by_tabs_mb": round(BUDGET.held() / MB, 1),
        "budget_limit_mb": round(BUDGET.limit / MB),
        "target_mb": 1536,
    }
    for tab in tabs:
        close(tab)


if __name__ == "__main__":
    main()
