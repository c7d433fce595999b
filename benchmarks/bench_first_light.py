"""What a trainee waits for: each light pressed on a real generated specimen, in the viewer.

Offscreen Qt, the real ``SpecimenTab`` (so the same worker, engine, draft and pixmap path as the
app). Specimens from the generator: a 600 dpi TD3 passport, a TD1 card and a forged TD3. For each,
a fresh tab is opened, the trainee looks at white light for ``--look`` seconds, then presses one
light; printed per light: the time from the press to the first correct image on screen (the
screen-resolution draft, or the full render when it is already there) and to the full
resolution. Also: UV-A pressed the moment a specimen opens for the very first time, then in each
run again with the user's draft cache still empty (the generator's packs carry their pages'
drafts: every such opening is a page never drafted), the same for copies of the specimens
without those drafts (a pack from before they were carried, the draft cache cleared before each
opening: the page's images are decoded), a light on the reverse page right after turning to it,
and switching back to every light after visiting all.
The floor is a copy of one full-page output buffer, measured in the same run between presses.
Medians over ``--runs`` fresh tabs; the specimens alternate run by run.
Run: ``python benchmarks/bench_first_light.py [--runs 3] [--look 1] [--dpi 600]``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["DOCEXAM_DATA_DIR"] = tempfile.mkdtemp(prefix="docexam-bench-")
os.environ["DOCEXAM_CONFIG_DIR"] = tempfile.mkdtemp(prefix="docexam-bench-cfg-")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TARGET_MS = 100


def imported_first_openings(
    found: dict[str, object], work: Path, press: Any, params: object
) -> tuple[dict[str, tuple[float, float]], float]:
    """The specimens as a trainee gets new ones: a pack imported through the main window (which
    drafts its pages in the background), then each specimen opened from the library for the
    first time and UV-A pressed at once. Returns the times per kind and the drafting time."""
    from PySide6.QtWidgets import QApplication

    from docexam.core.domain.model import Pack
    from docexam.core.library.library import default_library
    from docexam.core.pack.io import write_pack
    from docexam.ui.main_window import MainWindow

    pack = Pack(
        id="bench-new",
        title={"en": "Benchmark specimens"},
        author="docexam benchmark",
        licence="CC0-1.0",
        languages=("en", "zh-Hans"),
        specimens=tuple(found.values()),  # type: ignore[arg-type]
    )
    write_pack(pack, work / "bench-new")
    window = MainWindow(default_library())
    window.show()
    flow = window.import_path(work / "bench-new")
    while flow.result_box is None:  # the import ends with its message box, which a person closes
        QApplication.processEvents()
        time.sleep(0.005)
    flow.result_box.close()
    if flow.pack is None:
        raise SystemExit(f"the import failed: {flow.result_box.detailedText()[:500]}")
    start = time.perf_counter()
    while window.drafter is None or not window.drafter.is_done():
        QApplication.processEvents()
        time.sleep(0.005)
    drafting = time.perf_counter() - start
    entries = {e.specimen_id: e for e in window.browser.model.entries() if e.pack_id == "bench-new"}
    out = {}
    for kind, specimen in found.items():
        tab = window.open_specimen(entries[specimen.id])  # type: ignore[attr-defined]
        assert tab is not None
        out[kind] = press(tab, params)
        window._close_tab(window.tabs.indexOf(tab))
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    return out, drafting


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--look", type=float, default=1.0, help="seconds on white light first")
    parser.add_argument("--dpi", type=float, default=600.0)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from docexam.core.domain.lights import LightSource
    from docexam.core.light import LightParams, Rendering
    from docexam.ui.app import create_application
    from docexam.ui.viewer.specimen_tab import SpecimenTab

    app = create_application()
    work = Path(tempfile.mkdtemp(prefix="docexam-bench-spec-"))
    from real_specimens import lights as every_light
    from real_specimens import real_specimens, without_drafts

    from docexam.core.light.draft_store import cache_folder

    found = real_specimens(args.dpi, work)
    older = without_drafts(found, work)
    lights: list[LightParams] = every_light()  # type: ignore[assignment]

    def press(tab: SpecimenTab, params: LightParams) -> tuple[float, float]:
        """Seconds from the press to the first image of ``params`` and to the full one."""
        seen: list[tuple[float, bool]] = []

        def rendered(rendering: Rendering, preview: bool) -> None:
            if rendering.params == params:
                seen.append((time.perf_counter(), preview))

        tab.pane.rendered.connect(rendered)
        start = time.perf_counter()
        tab.pane.show(params, False)  # what the light bar does on a press
        # A pixmap cache hit is shown inside show(): that is a frame, not a signal to wait for.
        while not any(not preview for _, preview in seen):
            current = tab.pane.renderer.current
            if (
                not seen
                and current is not None
                and current.params == params
                and (
                    tab.pane.view.pixmap().width() == tab.pane.engine.page_size(current.page_id)[0]
                )
            ):
                seen.append((time.perf_counter(), False))
                break
            QApplication.processEvents()
            time.sleep(0.0005)
        tab.view.viewport().repaint()
        tab.pane.rendered.disconnect(rendered)
        return seen[0][0] - start, next(t for t, p in seen if not p) - start

    from viewer_tabs import close_tab as close
    from viewer_tabs import open_tab as opened

    def look(seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            QApplication.processEvents()
            time.sleep(0.005)

    def floor_copy(tab: SpecimenTab) -> float:
        full = tab.pane.engine.render(tab.pane.page_id, LightParams(LightSource.VISIBLE)).image
        start = time.perf_counter()
        full.copy()
        return time.perf_counter() - start

    names = [p.describe() for p in lights]
    runs: dict[str, dict[str, list[float]]] = {
        kind: {
            **{f"first_image:{n}": [] for n in names},
            **{f"full:{n}": [] for n in names},
            "on_opening_first_image": [],
            "on_opening_full": [],
            "older_on_opening_first_image": [],
            "older_on_opening_full": [],
            "turned_page_first_image": [],
            "switch_back": [],
            "floor": [],
        }
        for kind in found
    }
    uv = LightParams(LightSource.UV365)
    first_ever: dict[str, tuple[float, float]] = {}
    for kind, specimen in found.items():  # never opened: no draft kept on disk yet
        tab = opened(specimen)
        first_ever[kind] = press(tab, uv)
        close(tab)
    after_import, drafting_s = imported_first_openings(found, work, press, uv)
    for _ in range(args.runs):
        for params in lights:  # a fresh tab per light: each is the first pressed
            for kind, specimen in found.items():  # specimens alternate
                tab = opened(specimen)
                look(args.look)
                first, full = press(tab, params)
                runs[kind][f"first_image:{params.describe()}"].append(first)
                runs[kind][f"full:{params.describe()}"].append(full)
                runs[kind]["floor"].append(floor_copy(tab))
                close(tab)
        for kind, specimen in found.items():
            tab = opened(specimen)
            first, full = press(tab, uv)
            runs[kind]["on_opening_first_image"].append(first)
            runs[kind]["on_opening_full"].append(full)
            close(tab)
            shutil.rmtree(cache_folder(), ignore_errors=True)  # never drafted, every run
            tab = opened(older[kind])
            first, full = press(tab, uv)
            runs[kind]["older_on_opening_first_image"].append(first)
            runs[kind]["older_on_opening_full"].append(full)
            close(tab)
            tab = opened(specimen)
            if len(tab.specimen.pages) > 1:
                tab.state.set_page(1)
                first, _ = press(tab, LightParams(LightSource.UV254))
                runs[kind]["turned_page_first_image"].append(first)
                tab.state.set_page(0)
            for params in lights:
                press(tab, params)
            for params in lights:
                runs[kind]["switch_back"].append(press(tab, params)[0])
            close(tab)

    def ms(values: list[float]) -> float:
        return round(statistics.median(values) * 1000, 1) if values else float("nan")

    result: dict[str, object] = {
        "dpi": args.dpi,
        "runs": args.runs,
        "look_s": args.look,
        "load_average": os.getloadavg(),
    }
    for kind, specimen in found.items():
        r = runs[kind]
        floor = ms(r["floor"])
        first = {n: ms(r[f"first_image:{n}"]) for n in names}
        full = {n: ms(r[f"full:{n}"]) for n in names}
        page = specimen.pages[0]  # type: ignore[attr-defined]
        result[kind] = {
            "features": len(page.features),
            "floor_copy_ms": floor,
            "first_image_ms": first,
            "first_image_worst_ms": max(first.values()),
            "first_image_worst_ratio_to_floor": round(max(first.values()) / floor, 1),
            "full_resolution_ms": full,
            "full_resolution_worst_ms": max(full.values()),
            "uv365_on_first_opening_ever_first_image_ms": round(first_ever[kind][0] * 1000, 1),
            "uv365_on_first_opening_ever_full_ms": round(first_ever[kind][1] * 1000, 1),
            "uv365_first_opening_after_import_first_image_ms": round(
                after_import[kind][0] * 1000, 1
            ),
            "uv365_first_opening_after_import_full_ms": round(after_import[kind][1] * 1000, 1),
            "uv365_on_opening_never_drafted_pack_draft_first_image_ms": ms(
                r["on_opening_first_image"]
            ),
            "uv365_on_opening_never_drafted_pack_draft_full_ms": ms(r["on_opening_full"]),
            "uv365_on_opening_never_drafted_no_pack_draft_first_image_ms": ms(
                r["older_on_opening_first_image"]
            ),
            "uv365_on_opening_never_drafted_no_pack_draft_full_ms": ms(r["older_on_opening_full"]),
            "uv254_on_turned_page_first_image_ms": ms(r["turned_page_first_image"]),
            "switch_back_median_ms": ms(r["switch_back"]),
            "switch_back_worst_ms": round(max(r["switch_back"]) * 1000, 1),
            "target_ms": TARGET_MS,
        }
    result["import_drafting_all_pages_s"] = round(drafting_s, 2)
    print(json.dumps(result, indent=2))
    app.quit()


if __name__ == "__main__":
    main()
