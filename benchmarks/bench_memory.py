"""Memory a trainee's open pages hold, measured in the real app on a library built beforehand.

1. Build (its own process, skipped when ``--data-dir`` already holds the built set): the bundled
   set exactly as a first start builds it (``generate_bundled``: each specimen drafted onto disk
   as it lands), in ``--data-dir`` or a fresh folder. Nothing of the generator is left in the
   processes that measure.
2. Each measure is a fresh process running the real entry point (``docexam.__main__.main``: the
   translations, the results store, the library of that data folder), driven from its event
   loop once the library is usable. Its RSS then is the *floor*: the app before any tab.
   - ``page``: the bundled 600 dpi TD3 passport opened from the library (``open_specimen``, as a
     double click does), every light pressed in turn on its data page (the light bar's actions,
     each IR filter) and rendered at full resolution; printed: what the page's light engine
     holds (its own count), the tab's pixmaps, the budget's count, and the RSS grown from the
     floor.
   - ``tabs``: the first ``--tabs`` specimens of the library opened one after another, UV-A
     pressed in each (a trainee leafing through the set); RSS after each tab, what the tabs hold
     by the shared budget's count (``docexam.core.light.budget``) against its limit, and the RSS
     once every tab is closed again.
Parts alternate over ``--runs``; figures are medians, each run's values listed too, with the
machine's load average. Run: ``python benchmarks/bench_memory.py [--data-dir DIR] [--runs 3]``.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MB = 1024 * 1024
PAGE_PACK = "docexam-fine-detail"  # the bundled set's 600 dpi TD3 passport


def rss() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def mb(n: float) -> float:
    return round(n / MB, 1)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", help="a data folder with the bundled set built (or to build)")
    parser.add_argument("--tabs", type=int, default=20)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--part", choices=["build", "page", "tabs"])
    args = parser.parse_args()
    if args.part is not None:
        os.environ["DOCEXAM_DATA_DIR"] = args.data_dir
        print(json.dumps(build(args) if args.part == "build" else measure(args)))
        return
    data = args.data_dir or tempfile.mkdtemp(prefix="docexam-bench-memory-")
    result: dict[str, Any] = {"benchmark": "memory of open tabs, the real app", "data_dir": data}
    result["build"] = _run("build", data, args)
    runs: dict[str, list[dict[str, Any]]] = {"page": [], "tabs": []}
    for _ in range(args.runs):
        for part in runs:  # alternating, each in a fresh process
            runs[part].append(_run(part, data, args))
    result["one_600dpi_td3_page_every_light"] = _medians(runs["page"])
    result[f"{args.tabs}_tabs_uv365_each"] = _medians(runs["tabs"])
    result["targets_mb"] = {"page_engine": 300, "tabs_rss": 1536}
    print(json.dumps(result, indent=2))


def _run(part: str, data: str, args: Any) -> dict[str, Any]:
    command = [sys.executable, __file__, "--part", part, "--data-dir", data]
    command += ["--tabs", str(args.tabs)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env["DOCEXAM_CONFIG_DIR"] = tempfile.mkdtemp(prefix="docexam-bench-cfg-")
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise SystemExit(f"bench_memory --part {part} failed:\n{done.stderr[-3000:]}")
    out: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return out


def _medians(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Each number's median over the runs (lists: element by element), and the runs' values."""
    out: dict[str, Any] = {}
    for key, first in runs[0].items():
        values = [r[key] for r in runs]
        if isinstance(first, (int, float)) and not isinstance(first, bool):
            out[key] = round(statistics.median(values), 1)
            if len(runs) > 1:
                out[f"{key}_runs"] = values
        elif isinstance(first, list) and any(v != first for v in values):
            out[key] = [round(statistics.median(col), 1) for col in zip(*values, strict=False)]
        else:
            out[key] = first
    return out


def build(args: Any) -> dict[str, Any]:
    """The bundled set as a first start builds it (drafts included), unless it is there."""
    from docexam import paths
    from docexam.core.library.bundled_location import bundled_target, is_built
    from docexam.core.light.draft_store import cache_folder
    from docexam.ui.bundled_build import generate_bundled

    target = bundled_target(paths.cache_dir())
    if is_built(target):
        return {"bundled_set": str(target), "built_now": False}

    class Unattended:  # the Job a first start's worker hands generate_bundled
        def cancelled(self) -> bool:
            return False

        def progress(self, done: int, total: int, note: str = "") -> None:
            print(f"built {done} of {total}", file=sys.stderr, flush=True)

    start = time.perf_counter()
    generate_bundled(Unattended(), paths.cache_dir(), drafts=cache_folder())  # type: ignore[arg-type]
    return {"bundled_set": str(target), "built_now": True, "seconds": time.perf_counter() - start}


def measure(args: Any) -> dict[str, Any]:
    """Runs the real entry point; the measure happens in its event loop, then it quits."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    result: dict[str, Any] = {}
    exec_ = QApplication.exec

    def driven(app: QApplication) -> int:

        def run() -> None:
            try:
                window = _usable(app)
                if args.part == "page":
                    result.update(_one_page(window))
                else:
                    result.update(_tabs(window, args.tabs))
            finally:
                app.quit()

        QTimer.singleShot(0, run)
        return exec_()  # type: ignore[call-arg]

    QApplication.exec = driven  # type: ignore[method-assign,assignment]
    from docexam.__main__ import main as docexam_main

    docexam_main([])
    return result


def _wait(done: Any, timeout_s: float = 600.0) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > end:
            raise TimeoutError("the app did not get there in time")
        QApplication.processEvents()
        time.sleep(0.002)


def _wait_ms(ms: int) -> None:
    end = time.monotonic() + ms / 1000
    _wait(lambda: time.monotonic() > end)


def _usable(app: Any) -> Any:
    """The main window once its library is listed and its store open."""
    window = None

    def ready() -> bool:
        nonlocal window
        window = next((w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow"), None)
        return (
            window is not None
            and not window.store_pending
            and window.browser.model.rowCount() > 0
            and window.builder is None
        )

    _wait(ready)
    return window


def _settle(tab: Any) -> None:
    """Until the tab's light is on screen at full resolution and the worker is idle."""
    from PySide6.QtWidgets import QApplication

    page_px = tab.pane.engine.page_size(tab.pane.page_id)

    def shown() -> bool:
        # The state's params now: the afterglow clock of "UV off" moves them on while it renders.
        current, wanted = tab.pane.renderer.current, tab.state.params
        full = tab.view.pixmap().width() == page_px[0]
        return current is not None and current.params == wanted and full

    _wait(shown)
    tab.pane.renderer.wait()  # the preparations queued behind the render
    QApplication.processEvents()


def _press(tab: Any, light: Any, cutoff: int | None = None) -> None:
    """As a trainee does: the light bar's button, then the IR filter's choice."""
    action = tab.light_bar.actions_by_light.get(light)
    if action is not None:
        action.trigger()
    else:
        tab.state.set_light(light)
    if cutoff is not None:
        tab.state.adjust(ir_cutoff_nm=cutoff)
    _settle(tab)


def _floor() -> int:
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    gc.collect()
    return rss()


def _one_page(window: Any) -> dict[str, Any]:
    from docexam.core.domain.lights import IR_CUTOFFS_NM, LightSource
    from docexam.core.light.budget import BUDGET

    entry = next(e for e in window.browser.model.entries() if e.pack_id == PAGE_PACK)
    floor = _floor()
    load = os.getloadavg()[0]
    tab = window.open_specimen(entry)
    _settle(tab)
    for light in LightSource:
        if light in (LightSource.VISIBLE, LightSource.IR) or not tab.state.allows(light):
            continue
        _press(tab, light)
    for cutoff in IR_CUTOFFS_NM:
        _press(tab, LightSource.IR, cutoff)
    engine, renderer = tab.pane.engine, tab.pane.renderer
    return {
        "specimen": entry.key,
        "page_px": list(engine.page_size(tab.pane.page_id)),
        "engine_holds_mb": mb(engine.nbytes),
        "pixmaps_mb": mb(renderer.held_bytes() - engine.held_bytes()),
        "budget_holds_mb": mb(BUDGET.held()),
        "floor_rss_mb": mb(floor),
        "rss_mb": mb(rss()),
        "rss_growth_mb": mb(rss() - floor),
        "load_average": round((load + os.getloadavg()[0]) / 2, 1),
    }


def _tabs(window: Any, count: int) -> dict[str, Any]:
    from docexam.core.domain.lights import LightSource
    from docexam.core.light.budget import BUDGET

    entries = window.browser.model.entries()[:count]
    floor = _floor()
    load = os.getloadavg()[0]
    after: list[float] = []
    tabs = []
    for entry in entries:
        tab = window.open_specimen(entry)
        _settle(tab)
        _press(tab, LightSource.UV365)
        tabs.append(tab)
        after.append(mb(rss()))
    held = {t.pane.page_id + "@" + t.specimen.id: mb(t.pane.renderer.held_bytes()) for t in tabs}
    out = {
        "tabs": len(tabs),
        "floor_rss_mb": mb(floor),
        "rss_after_each_tab_mb": after,
        "rss_mb": after[-1],
        "tabs_add_mb": round(after[-1] - mb(floor), 1),
        "budget_holds_mb": mb(BUDGET.held()),
        "budget_limit_mb": mb(BUDGET.limit),
        "largest_tab_holds_mb": max(held.values()),
        "load_average": 0.0,
    }
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    for index in reversed(range(window.tabs.count())):  # as each tab's close button does
        if window.tabs.widget(index) in tabs:
            window.tabs.tabCloseRequested.emit(index)

    tabs.clear()
    del tab
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    from docexam.ui.main_window import GIVE_BACK_AFTER_MS

    _wait_ms(GIVE_BACK_AFTER_MS + 200)  # the app gives a closed tab's memory back
    out["rss_after_closing_all_mb"] = mb(rss())
    out["load_average"] = round((load + os.getloadavg()[0]) / 2, 1)
    return out


if __name__ == "__main__":
    main()
