"""Benchmark: check 100,000 MRZs (every format, about one in five with an error).

Prints JSON with the median rate of 5 runs. Run: ``.venv/bin/python benchmarks/bench_mrz.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from docexam.core.mrz import MrzData, MrzFormat, build_mrz, check_mrz

REFERENCE = date(2025, 6, 1)
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ALNUM = LETTERS + "0123456789"
CODES = {"TD1": "I", "TD2": "I", "TD3": "P", "MRV-A": "V", "MRV-B": "V"}


def _word(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(LETTERS) for _ in range(n))


def _corpus(size: int, seed: int) -> list[tuple[str, ...]]:
    """``size`` MRZs; a fifth carry one random substitution (usually a check-digit finding)."""
    rng = random.Random(seed)
    distinct: list[tuple[str, ...]] = []
    for _ in range(2000):
        fmt = rng.choice(list(MrzFormat))
        birth = REFERENCE - timedelta(days=rng.randrange(1, 365 * 90))
        data = MrzData(
            document_code=CODES[fmt],
            issuing_state="UTO",
            document_number="".join(rng.choice(ALNUM) for _ in range(rng.randint(6, 9))),
            surname=_word(rng, rng.randint(3, 14)),
            given_names=" ".join(_word(rng, rng.randint(2, 9)) for _ in range(rng.randint(0, 3))),
            nationality=rng.choice(["UTO", "UTA", "D"]),
            birth_date=birth,
            sex=rng.choice("MFX"),
            expiry_date=REFERENCE + timedelta(days=rng.randrange(-3000, 3650)),
            optional_data="".join(rng.choice(ALNUM) for _ in range(rng.randint(0, 7))),
            format=fmt,
        )
        lines = list(build_mrz(data).lines)
        if rng.random() < 0.2:
            li = rng.randrange(len(lines))
            col = rng.randrange(len(lines[li]))
            lines[li] = lines[li][:col] + rng.choice(ALNUM + "<") + lines[li][col + 1 :]
        distinct.append(tuple(lines))
    return [distinct[i % len(distinct)] for i in range(size)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    corpus = [("\n".join(lines)) for lines in _corpus(args.count, seed=9303)]
    rates = []
    cpu_rates = []  # CPU time of this process: less disturbed by other work on a shared machine
    invalid = 0
    for _ in range(args.runs):
        start, cpu_start = time.perf_counter(), time.process_time()
        invalid = sum(not check_mrz(text, reference=REFERENCE).valid for text in corpus)
        rates.append(len(corpus) / (time.perf_counter() - start))
        cpu_rates.append(len(corpus) / (time.process_time() - cpu_start))
    result = {
        "benchmark": "check_mrz",
        "count": len(corpus),
        "runs": args.runs,
        "invalid_in_corpus": invalid,
        "rate_per_second_median": round(statistics.median(rates)),
        "rates_per_second": [round(r) for r in rates],
        "cpu_rate_per_second_median": round(statistics.median(cpu_rates)),
        "target_per_second": 50_000,
        "python": platform.python_version(),
        "load_average_1min": os.getloadavg()[0],
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
