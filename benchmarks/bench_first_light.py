"""What a trainee waits for: the first light pressed on a real generated specimen, in the viewer.

Offscreen Qt, the real ``SpecimenTab`` (so the same worker, engine, pixmap path as the app). For
each specimen (a 600 dpi TD3 passport from the generator, a TD1 card) a fresh tab is opened, the
trainee looks at white light for ``--look`` seconds, then presses each light once; the time from
the press to the light's pixmap on screen is measured. Also: pressing a light at once on opening
(no time to prepare), and switching back to every light after visiting all of them.
The floor printed beside is a copy of one full-page output buffer measured in the same run.
Medians over ``--runs`` fresh tabs. Run: ``python benchmarks/bench_first_light.py [--runs 3]``.
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

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["DOCEXAM_DATA_DIR"] = tempfile.mkdtemp(prefix="docexam-bench-")
os.environ["DOCEXAM_CONFIG_DIR"] = tempfile.mkdtemp(prefix="docexam-bench-cfg-")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--look", type=float, default=3.0, help="seconds on white light first")
    parser.add_argument("--dpi", type=float, default=600.0)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from docexam.core.domain.lights import IR_CUTOFFS_NM, LightSource
    from docexam.core.light import LightParams
    from docexam.core.synth import generate_specimen
    from docexam.ui.app import create_application
    from docexam.ui.viewer.specimen_tab import SpecimenTab

    app = create_application()
    work = Path(tempfile.mkdtemp(prefix="docexam-bench-spec-"))
    specimens = {
        "td3": generate_specimen("UTO", "td3", 7, dpi=args.dpi, workdir=work),
        "td1": generate_specimen("ZRN", "td1", 7, dpi=args.dpi, workdir=work),
    }
    lights = [
        *(LightParams(s) for s in LightSource if s not in (LightSource.VISIBLE, LightSource.IR)),
        *(LightParams(LightSource.IR, ir_cutoff_nm=c) for c in IR_CUTOFFS_NM),
    ]

    def until_shown(tab: SpecimenTab, params: LightParams) -> float:
        start = time.perf_counter()
        tab.pane.show(params, False)  # what the light bar does on a press
        while True:
            current = tab.pane.renderer.current
            if current is not None and current.params == params:
                tab.view.viewport().repaint()
                return time.perf_counter() - start
            QApplication.processEvents()
            time.sleep(0.001)

    def opened(specimen: object) -> SpecimenTab:
        tab = SpecimenTab(specimen)  # type: ignore[arg-type]
        tab.resize(1366, 700)
        tab.show()
        QApplication.processEvents()
        return tab

    def look(seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            QApplication.processEvents()
            time.sleep(0.005)

    result: dict[str, object] = {"dpi": args.dpi, "runs": args.runs, "look_s": args.look}
    for kind, specimen in specimens.items():
        first: dict[str, list[float]] = {p.describe(): [] for p in lights}
        at_once, back, floor = [], [], []
        for _ in range(args.runs):
            for params in lights:  # a fresh tab per light: each is the first pressed
                tab = opened(specimen)
                look(args.look)
                first[params.describe()].append(until_shown(tab, params))
                image = tab.pane.renderer.current.image  # type: ignore[union-attr]
                start = time.perf_counter()
                image.copy()
                floor.append(time.perf_counter() - start)
                tab.close_panes()
                tab.deleteLater()
                QApplication.processEvents()
            tab = opened(specimen)
            at_once.append(until_shown(tab, LightParams(LightSource.UV365)))
            for params in lights:
                until_shown(tab, params)
            for params in lights:
                back.append(until_shown(tab, params))
            tab.close_panes()
            tab.deleteLater()
            QApplication.processEvents()
        ms = {k: round(statistics.median(v) * 1000, 1) for k, v in first.items()}
        floor_ms = statistics.median(floor) * 1000
        page = specimen.pages[0]
        result[kind] = {
            "page_px": list(tab.pane.engine.page_size(page.id)),
            "features": len(page.features),
            "floor_copy_ms": round(floor_ms, 2),
            "first_light_after_looking_ms": ms,
            "first_light_worst_ms": max(ms.values()),
            "first_light_worst_ratio_to_floor": round(max(ms.values()) / floor_ms, 1),
            "uv365_pressed_on_opening_ms": round(statistics.median(at_once) * 1000, 1),
            "switch_back_after_all_median_ms": round(statistics.median(back) * 1000, 1),
            "switch_back_after_all_worst_ms": round(max(back) * 1000, 1),
            "target_ms": 100,
        }
    print(json.dumps(result, indent=2))
    app.quit()


if __name__ == "__main__":
    main()
