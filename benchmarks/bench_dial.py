"""Turning the oblique light's dial: frames per second of the preview while it is dragged.

Offscreen Qt, the real ``SpecimenTab`` on a generated 600 dpi TD3 passport (as
``bench_first_light.py``). The tab opens, oblique light is pressed and its full render waited
for (what a trainee sees before reaching for the dial); then the azimuth dial is held down and
turned in 3-degree steps through a full circle, as a drag does: each step is
``QDial.setValue`` with the slider down, then the events it posts, then a repaint of the view.
Printed: median and worst time per step and the frames per second they allow, with the floor
(a copy of one viewport-sized output buffer) measured in the same run; medians of ``--runs``
turns, each in a fresh tab.
Run: ``python benchmarks/bench_dial.py [--runs 3] [--dpi 600]``.
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

STEP_DEG = 3


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dpi", type=float, default=600.0)
    args = parser.parse_args()

    import numpy as np
    from PySide6.QtWidgets import QApplication, QDial

    from docexam.core.domain.lights import LightSource
    from docexam.core.light import LightParams, Rendering
    from docexam.core.synth import build_specimen
    from docexam.ui.app import create_application
    from docexam.ui.viewer.specimen_tab import SpecimenTab

    create_application()
    work = Path(tempfile.mkdtemp(prefix="docexam-bench-spec-"))
    specimen = build_specimen("UTO", "td3", 7, args.dpi, work).specimen
    oblique = LightParams(LightSource.OBLIQUE)
    steps: list[float] = []
    worst: list[float] = []
    previews: list[int] = []
    floors: list[float] = []
    for _ in range(args.runs):
        tab = SpecimenTab(specimen)
        tab.resize(1366, 700)
        tab.show()
        QApplication.processEvents()
        full: list[Rendering] = []
        tab.pane.rendered.connect(lambda r, preview, full=full: preview or full.append(r))
        tab.pane.show(oblique, False)  # what the light bar does on a press
        while not any(r.params.light is LightSource.OBLIQUE for r in full):
            QApplication.processEvents()
            time.sleep(0.002)
        seen: list[bool] = []
        tab.pane.rendered.connect(lambda _r, preview, seen=seen: seen.append(preview))
        dial = tab.findChild(QDial, "azimuth")
        assert dial is not None and dial.isEnabled(), "the oblique light shows its dial"
        dial.setSliderDown(True)
        times = []
        for value in range(dial.value() + STEP_DEG, dial.value() + 360, STEP_DEG):
            start = time.perf_counter()
            dial.setValue(value % 360)
            QApplication.processEvents()
            tab.view.viewport().repaint()
            times.append(time.perf_counter() - start)
        dial.setSliderDown(False)
        previews.append(sum(seen))
        steps.append(statistics.median(times))
        worst.append(max(times))
        viewport = tab.view.viewport().size()
        buffer = np.zeros((viewport.height(), viewport.width(), 3), np.uint8)
        t0 = time.perf_counter()
        for _ in range(20):
            buffer.copy()
        floors.append((time.perf_counter() - t0) / 20)
        tab.close_panes()
        tab.deleteLater()
        QApplication.processEvents()
    step = statistics.median(steps)
    print(
        json.dumps(
            {
                "benchmark": "oblique dial dragged through a full circle, 600 dpi TD3",
                "dpi": args.dpi,
                "runs": args.runs,
                "steps_per_turn": 360 // STEP_DEG - 1,
                "previews_shown_per_turn": previews,
                "step_ms_median": round(step * 1000, 1),
                "step_ms_worst": round(statistics.median(worst) * 1000, 1),
                "frames_per_second": round(1 / step, 1),
                "floor_copy_of_viewport_ms": round(statistics.median(floors) * 1000, 2),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
