"""Time one TD3 passport (data page + visa page, every layer, files written) at 600 dpi.

Prints JSON: the median of several runs in seconds and the target (3 s).
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from docexam.core.synth import build_specimen

RUNS = 5
TARGET_S = 3.0


def main() -> int:
    dpi = float(sys.argv[1]) if len(sys.argv) > 1 else 600.0
    times = []
    for run in range(RUNS):
        with tempfile.TemporaryDirectory() as tmp:
            start = time.perf_counter()
            build_specimen("UTO", "td3", run, dpi, Path(tmp))
            times.append(time.perf_counter() - start)
    median = statistics.median(times)
    result = {
        "benchmark": "generate_td3",
        "dpi": dpi,
        "runs": RUNS,
        "median_s": round(median, 3),
        "min_s": round(min(times), 3),
        "target_s": TARGET_S,
        "ok": median <= TARGET_S,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
