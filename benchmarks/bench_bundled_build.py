"""First start's bundled build in one process against several: ``ensure_bundled`` (what the app
runs on first start) over the first ``--jobs`` specimens of the shipped recipes, with one
builder and with the default (one per usable core, at most four), alternating, on empty cache
directories. Prints JSON: the median seconds of each to the last specimen landed, and the
cores this process may use. The floor is the one-builder run in the same conditions.

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

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from docexam.core.library.bundled import ensure_bundled, usable_cores
from docexam.core.library.bundled_location import RECIPES_FILE, load_recipes


def _trimmed(jobs: int, folder: Path) -> Path:
    """The shipped recipes cut to their first ``jobs`` specimens (the genuine packs come first)."""
    data = load_recipes(RECIPES_FILE)
    packs, left = [], jobs
    for pack in data["packs"]:
        if left <= 0:
            break
        packs.append({**pack, "specimens": pack["specimens"][:left]})
        left -= len(packs[-1]["specimens"])
    path = folder / "recipes.json"
    path.write_text(json.dumps({"dpi": data.get("dpi", 300), "packs": packs}), encoding="utf-8")
    return path


def _build(recipes: Path, workers: int | None) -> float:
    with tempfile.TemporaryDirectory() as cache:
        start = time.perf_counter()
        ensure_bundled(Path(cache), recipes_file=recipes, workers=workers)
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=6)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        recipes = _trimmed(args.jobs, Path(tmp))
        one: list[float] = []
        several: list[float] = []
        for _ in range(args.runs):
            one.append(_build(recipes, 1))
            several.append(_build(recipes, None))
    print(
        json.dumps(
            {
                "jobs": args.jobs,
                "cores": usable_cores(),
                "one_builder_s": round(statistics.median(one), 1),
                "default_builders_s": round(statistics.median(several), 1),
                "speedup": round(statistics.median(one) / statistics.median(several), 2),
            }
        )
    )


if __name__ == "__main__":
    main()
