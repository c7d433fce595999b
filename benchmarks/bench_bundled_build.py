"""First start's bundled build in one process against several: ``generate_bundled`` (what the
app's first start runs in its worker: ``ensure_bundled``, each specimen drafted as it lands)
over the first ``--jobs`` specimens of the shipped recipes (0: all, with the case files), with
one builder and with the default (one per usable core, at most four), alternating, on empty
cache directories. Prints JSON: the median seconds of each to the last specimen landed and
drafted, and the cores this process may use. The floor is the one-builder run in the same
conditions.

Run: ``PYTHONPATH=. .venv/bin/python benchmarks/bench_bundled_build.py [--jobs 6] [--runs 3]``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, cast

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from docexam.core.library import bundled
from docexam.core.library.bundled import MAX_WORKERS, jobs_of, usable_cores
from docexam.core.library.bundled_location import RECIPES_FILE, load_recipes
from docexam.ui.bundled_build import generate_bundled
from docexam.ui.common.worker import Job


def _trimmed(jobs: int, folder: Path) -> Path:
    """The shipped recipes cut to their first ``jobs`` specimens, in the order a first start
    builds them (genuine packs, then forgeries, then chip frauds); 0 keeps them all."""
    data = load_recipes(RECIPES_FILE)
    left = jobs or 10**6
    out: dict[str, Any] = {"dpi": data.get("dpi", 300)}
    for kind, items in (
        ("packs", "specimens"),
        ("forgery_packs", "jobs"),
        ("chip_fraud_packs", "jobs"),
    ):
        out[kind] = []
        for pack in data.get(kind, []):
            if left > 0:
                out[kind].append({**pack, items: pack[items][:left]})
                left -= len(out[kind][-1][items])
    if not jobs and "cases" in data:  # the whole set ends with its traveller case files
        out["cases"] = data["cases"]
    path = folder / "recipes.json"
    path.write_text(json.dumps(out), encoding="utf-8")
    return path


class _Job:
    """The worker's side of the app's task, without a window: never cancelled, progress kept."""

    def progress(self, done: int, total: int, note: str = "") -> None:
        pass

    def cancelled(self) -> bool:
        return False


def _build(recipes: Path, workers: int | None) -> float:
    with tempfile.TemporaryDirectory() as cache:
        # The app passes no builder count: one builder is this module's cap set to one.
        bundled.MAX_WORKERS = workers or MAX_WORKERS
        start = time.perf_counter()
        generate_bundled(cast(Job, _Job()), Path(cache), recipes, Path(cache) / "drafts")
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=6, help="0: the whole set")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        recipes = _trimmed(args.jobs, Path(tmp))
        count = len(list(jobs_of(load_recipes(recipes))))
        one: list[float] = []
        several: list[float] = []
        for _ in range(args.runs):
            one.append(_build(recipes, 1))
            several.append(_build(recipes, None))
    print(
        json.dumps(
            {
                "jobs": count,
                "cores": usable_cores(),
                "one_builder_s": round(statistics.median(one), 1),
                "default_builders_s": round(statistics.median(several), 1),
                "speedup": round(statistics.median(one) / statistics.median(several), 2),
            }
        )
    )


if __name__ == "__main__":
    main()
