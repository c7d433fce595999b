"""The study viewer as a trainee uses it, on real generated specimens.

Offscreen Qt, the real ``SpecimenTab`` (its worker, engine, drafts and pixmaps, as the app) on
what the generator makes: a 600 dpi TD3 passport, a TD1 card and a forged TD3
(``real_specimens.py``). Per specimen, in a fresh tab each run (the specimens alternate):

- opening: from creating the tab to the page on screen under white light, the first image
  (the draft or the page) and the full-resolution page, on the specimen's first opening ever
  (first run: no draft on disk) and on openings again (later runs);
- switching back to a light already seen, after pressing every light once and waiting for each;
- panning and zooming (frame times from the view's paint events), the loupe following the mouse;
- dragging the oblique dial through a full circle in 3-degree steps (as ``bench_dial.py``).

The floors are measured in the same run: a copy of one full-page output buffer, and of one
viewport-sized buffer (for the frame rates). Medians of ``--runs``.
Run: ``python benchmarks/bench_viewer.py [--runs 3] [--dpi 600]``.
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
sys.path.insert(0, str(Path(__file__).resolve().parent))

STEP_DEG = 3


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dpi", type=float, default=600.0)
    args = parser.parse_args()

    import numpy as np
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication, QDial

    from docexam.core.domain.lights import LightSource
    from docexam.core.light import LightParams, Rendering
    from docexam.ui.app import create_application
    from docexam.ui.viewer.specimen_tab import SpecimenTab

    create_application()
    from real_specimens import lights, median_ms, real_specimens
    from viewer_tabs import close_tab, open_tab

    work = Path(tempfile.mkdtemp(prefix="docexam-bench-spec-"))
    found = real_specimens(args.dpi, work)
    every: list[LightParams] = lights()  # type: ignore[assignment]
    runs: dict[str, dict[str, list[float]]] = {kind: {} for kind in found}

    def add(kind: str, key: str, value: float) -> None:
        runs[kind].setdefault(key, []).append(value)

    def wait_for(tab: SpecimenTab, params: LightParams) -> tuple[float, float]:
        """Seconds from now to the first image of ``params`` on screen and to the full one."""
        seen: list[tuple[float, bool]] = []

        def rendered(rendering: Rendering, preview: bool) -> None:
            if rendering.params == params:
                seen.append((time.perf_counter(), preview))

        tab.pane.rendered.connect(rendered)
        start = time.perf_counter()
        if tab.pane.renderer.current is None or tab.pane.renderer.current.params != params:
            tab.pane.show(params, False)  # what the light bar does on a press
        while not any(not preview for _, preview in seen):
            current = tab.pane.renderer.current
            full_width = tab.pane.engine.page_size(tab.pane.page_id)[0]
            shown = tab.pane.view.pixmap().width() == full_width  # e.g. inside show()
            if not seen and current is not None and current.params == params and shown:
                seen.append((time.perf_counter(), False))
                break
            QApplication.processEvents()
            time.sleep(0.0005)
        tab.view.viewport().repaint()
        tab.pane.rendered.disconnect(rendered)
        return seen[0][0] - start, next(t for t, p in seen if not p) - start

    def viewport_floor(tab: SpecimenTab) -> float:
        size = tab.view.viewport().size()
        buffer = np.zeros((size.height(), size.width(), 3), np.uint8)
        start = time.perf_counter()
        for _ in range(20):
            buffer.copy()
        return (time.perf_counter() - start) / 20

    white = LightParams(LightSource.VISIBLE)
    for run in range(args.runs):
        for kind, specimen in found.items():
            start = time.perf_counter()
            tab = open_tab(specimen)
            first, full = wait_for(tab, white)
            opened = time.perf_counter() - start
            # The first opening ever (no draft on disk yet), then openings again.
            when = "first_opening" if run == 0 else "open_again"
            add(kind, f"{when}_first_image", opened - (full - first))
            add(kind, f"{when}_full", opened)
            page = tab.pane.engine.render(tab.pane.page_id, white).image
            t0 = time.perf_counter()
            page.copy()
            add(kind, "floor_page", time.perf_counter() - t0)
            add(kind, "floor_viewport", viewport_floor(tab))
            for params in every:
                wait_for(tab, params)
            for params in (*every, white):
                add(kind, "switch_back", wait_for(tab, params)[0])

            frames: list[float] = []
            last = [time.perf_counter()]

            def painted(frames: list[float] = frames, last: list[float] = last) -> None:
                now = time.perf_counter()
                frames.append(now - last[0])
                last[0] = now

            tab.view.painted.connect(painted)
            tab.view.set_zoom(0.6)
            bar_h, bar_v = tab.view.horizontalScrollBar(), tab.view.verticalScrollBar()
            last[0] = time.perf_counter()
            for i in range(120):
                if i % 30 == 0:
                    tab.view.set_zoom(tab.view.zoom() * (1.25 if i % 60 == 0 else 0.8))
                bar_h.setValue((bar_h.value() + 37) % max(bar_h.maximum(), 1))
                bar_v.setValue((bar_v.value() + 23) % max(bar_v.maximum(), 1))
                tab.view.viewport().repaint()
            tab.view.painted.disconnect(painted)
            add(kind, "pan_frame", statistics.median(frames[1:]))

            tab.state.set_loupe(True)
            tab.state.set_loupe_power(10)
            loupe = []
            for i in range(120):
                pos = QPoint(200 + (i * 7) % 1000, 150 + (i * 5) % 500)
                t0 = time.perf_counter()
                tab.view.mouse_moved.emit(pos)
                tab.pane.loupe.repaint()
                loupe.append(time.perf_counter() - t0)
            add(kind, "loupe_step", statistics.median(loupe))
            tab.state.set_loupe(False)

            wait_for(tab, LightParams(LightSource.OBLIQUE))
            dial = tab.findChild(QDial, "azimuth")
            assert dial is not None and dial.isEnabled(), "the oblique light shows its dial"
            dial.setSliderDown(True)
            steps = []
            for value in range(dial.value() + STEP_DEG, dial.value() + 360, STEP_DEG):
                t0 = time.perf_counter()
                dial.setValue(value % 360)
                QApplication.processEvents()
                tab.view.viewport().repaint()
                steps.append(time.perf_counter() - t0)
            dial.setSliderDown(False)
            add(kind, "dial_step", statistics.median(steps))
            add(kind, "dial_step_worst", max(steps))
            close_tab(tab)

    ms = median_ms
    result: dict[str, object] = {
        "benchmark": "study viewer, real generated specimens",
        "dpi": args.dpi,
        "runs": args.runs,
        "load_average": os.getloadavg(),
    }
    for kind in found:
        r = runs[kind]
        result[kind] = {
            "floor_copy_page_ms": ms(r["floor_page"]),
            "floor_copy_viewport_ms": ms(r["floor_viewport"]),
            "first_opening_first_image_ms": ms(r["first_opening_first_image"]),
            "first_opening_full_ms": ms(r["first_opening_full"]),
            "open_again_first_image_ms": ms(r.get("open_again_first_image", [float("nan")])),
            "open_again_full_ms": ms(r.get("open_again_full", [float("nan")])),
            "switch_back_median_ms": ms(r["switch_back"]),
            "switch_back_worst_ms": round(max(r["switch_back"]) * 1000, 1),
            "pan_zoom_fps": round(1000 / ms(r["pan_frame"]), 1),
            "loupe_updates_per_s": round(1000 / ms(r["loupe_step"]), 1),
            "oblique_dial_step_ms": ms(r["dial_step"]),
            "oblique_dial_fps": round(1000 / ms(r["dial_step"]), 1),
            "oblique_dial_worst_step_ms": ms(r["dial_step_worst"]),
        }
    result["targets"] = {"first_image_ms": 100, "pan_zoom_fps": 30, "loupe_updates_per_s": 30}
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
