"""The study viewer on a 600 dpi TD3 page: open, switch light, pan/zoom frame rate, loupe rate.

Offscreen Qt. Frame times come from the view's paint events. Prints JSON with medians.
"""

from __future__ import annotations

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

RUNS = 5


def main() -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication

    from docexam.core.domain.lights import LightSource
    from docexam.core.light import LightParams
    from docexam.core.synth import generate_specimen
    from docexam.ui.app import create_application
    from docexam.ui.viewer.specimen_tab import SpecimenTab

    app = create_application()
    work = Path(tempfile.mkdtemp(prefix="docexam-bench-spec-"))
    specimen = generate_specimen("UTO", "td3", 7, dpi=600, workdir=work)
    page_px = None

    def wait_rendered(tab: SpecimenTab) -> None:
        tab.pane.renderer.wait()
        QApplication.processEvents()

    open_times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        tab = SpecimenTab(specimen)
        tab.resize(1600, 1000)
        tab.show()
        wait_rendered(tab)
        tab.view.viewport().repaint()
        open_times.append(time.perf_counter() - start)
        page_px = tab.view.page_px
        tab.close()
        tab.deleteLater()
        QApplication.processEvents()

    tab = SpecimenTab(specimen)
    tab.resize(1600, 1000)
    tab.show()
    wait_rendered(tab)
    for light in (LightSource.UV365, LightSource.IR, LightSource.VISIBLE):
        tab.state.set_light(light)
        wait_rendered(tab)
    switch_times = []
    for light in (LightSource.UV365, LightSource.IR, LightSource.VISIBLE) * 3:
        start = time.perf_counter()
        tab.state.set_light(light)  # the light bar, the panes and their renderers follow
        tab.view.viewport().repaint()
        switch_times.append(time.perf_counter() - start)
        current = tab.pane.renderer.current
        assert current is not None and current.params.light is light  # at once, from the cache

    frames: list[float] = []
    last = [time.perf_counter()]

    def painted() -> None:
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
    pan_frames = frames[1:]
    tab.view.painted.disconnect(painted)

    tab.state.set_loupe(True)
    tab.state.set_loupe_power(10)
    loupe_times = []
    for i in range(120):
        pos = QPoint(200 + (i * 7) % 1000, 150 + (i * 5) % 600)
        start = time.perf_counter()
        tab.view.mouse_moved.emit(pos)
        tab.pane.loupe.repaint()
        loupe_times.append(time.perf_counter() - start)

    oblique_times = []
    for i in range(30):
        tab.light_bar.azimuth.setValue((i * 12) % 360)
        start = time.perf_counter()
        tab.pane.show(LightParams(LightSource.OBLIQUE, azimuth_deg=i * 12.0), True)
        tab.view.viewport().repaint()
        oblique_times.append(time.perf_counter() - start)
    tab.close()

    median_frame = statistics.median(pan_frames)
    print(
        json.dumps(
            {
                "benchmark": "study viewer, 600 dpi TD3 page",
                "page_px": page_px,
                "open_specimen_ms": round(statistics.median(open_times) * 1000, 1),
                "switch_to_rendered_light_ms": round(statistics.median(switch_times) * 1000, 1),
                "pan_zoom_fps": round(1.0 / median_frame, 1),
                "loupe_updates_per_s": round(1.0 / statistics.median(loupe_times), 1),
                "oblique_drag_viewport_renders_per_s": round(
                    1.0 / statistics.median(oblique_times), 1
                ),
                "targets": {
                    "open_specimen_ms": 300,
                    "switch_to_rendered_light_ms": 16,
                    "pan_zoom_fps": 30,
                    "loupe_updates_per_s": 30,
                },
            },
            indent=2,
        )
    )
    app.quit()


if __name__ == "__main__":
    main()
