"""Time one forged specimen (TD3 at 300 dpi, both pages written) from an already-built genuine.

Prints JSON: the median over every fraud type and runs, the median per fraud type, and the
target (2 s).
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from docexam.core.synth import build_specimen
from docexam.core.synth.forgery import FRAUD_OPERATIONS, forge

RUNS = 3
TARGET_S = 2.0


def main() -> int:
    dpi = float(sys.argv[1]) if len(sys.argv) > 1 else 300.0
    genuine = build_specimen("UTO", "td3", 7, dpi)
    per_fraud: dict[str, float] = {}
    times: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        for fraud in FRAUD_OPERATIONS:
            runs = []
            for run in range(RUNS):
                start = time.perf_counter()
                forge(genuine, fraud, run, Path(tmp) / f"{fraud}-{run}", difficulty=1)
                runs.append(time.perf_counter() - start)
            per_fraud[fraud] = round(statistics.median(runs), 3)
            times += runs
    median = statistics.median(times)
    result = {
        "benchmark": "forge_td3",
        "dpi": dpi,
        "runs_per_fraud": RUNS,
        "median_s": round(median, 3),
        "max_s": round(max(times), 3),
        "median_per_fraud_s": per_fraud,
        "target_s": TARGET_S,
        "ok": median <= TARGET_S,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
