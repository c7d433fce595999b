"""Results-store figures: time to store one answer (SQLite, PostgreSQL) and a class of 30
workstations storing 200 answers each at once into one PostgreSQL server (none may be lost).

    .venv/bin/python benchmarks/bench_store.py [--answers 300] [--workstations 30] [--per 200]

Prints JSON (medians and p95 in milliseconds). PostgreSQL: DOCEXAM_BENCH_POSTGRES_URL, default
the local server; a scratch database is created and dropped. Targets: an answer in <= 20 ms.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
import uuid
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from docexam.store import Store, open_store
from docexam.store.models import AnswerRow

ADMIN = os.environ.get(
    "DOCEXAM_BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
FEEDBACK = {"exercise": "x", "earned": 1.0, "maximum": 2.0, "items": [{"outcome": "hit"}] * 4}
PAYLOAD = {"kind": "area", "marks": [{"page": "data", "shape": "point", "x": 20, "y": 30}] * 3}


def _attempt(store: Store, name: str) -> int:
    trainee = store.create_trainee(name, "bench", 1)
    content = {
        "id": "bench",
        "title": {"en": "Bench"},
        "mode": "practice",
        "pass_mark": 0.6,
        "exercises": [{"id": str(i)} for i in range(1000)],
    }
    stored = store.save_exercise_set("bench", content)
    return store.start_attempt(trainee.id, stored.id).id


def _store_answers(store: Store, attempt_id: int, n: int, objectives: list[str]) -> list[float]:
    times = []
    for i in range(n):
        t0 = time.perf_counter()
        store.record_answer(attempt_id, i, f"ex-{i}", objectives, PAYLOAD, 1.0, 2.0, FEEDBACK, 4.2)
        times.append((time.perf_counter() - t0) * 1000.0)
    return times


def _summary(times: list[float]) -> dict[str, float]:
    ordered = sorted(times)
    return {
        "median_ms": round(statistics.median(ordered), 3),
        "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))], 3),
        "n": len(ordered),
    }


def bench_single(url: str, n: int) -> dict[str, float]:
    store = open_store(url)
    try:
        attempt = _attempt(store, f"single-{uuid.uuid4().hex[:6]}")
        _store_answers(store, attempt, 10, ["L1.uv.substrate"])  # warm the pool and caches
        return _summary(_store_answers(store, attempt, n, ["L1.uv.substrate", "L1.uv.inks"]))
    finally:
        store.close()


def _workstation(url: str, index: int, per: int, start_at: float) -> tuple[int, list[float]]:
    """One workstation: its own process and connection, as a PC in the classroom would be."""
    store = open_store(url, migrate=False)
    try:
        attempt = _attempt(store, f"trainee-{index}")
        time.sleep(max(0.0, start_at - time.time()))  # everyone starts together
        return attempt, _store_answers(store, attempt, per, ["L1.drill.verdict"])
    finally:
        store.close()


def bench_class(url: str, workstations: int, per: int) -> dict[str, Any]:
    open_store(url).close()  # migrate once, as the instructor's machine would
    start_at = time.time() + 5.0
    ctx = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workstations, mp_context=ctx) as pool:
        futures = [pool.submit(_workstation, url, i, per, start_at) for i in range(workstations)]
        done = []
        errors = []
        for f in futures:
            try:
                done.append(f.result())
            except Exception as exc:  # reported in the JSON, never hidden
                errors.append(f"{type(exc).__name__}: {exc}")
    wall = time.time() - start_at
    attempts = [a for a, _ in done]
    store = open_store(url, migrate=False)
    with store.engine.connect() as conn:
        stored = conn.execute(
            select(func.count()).select_from(AnswerRow).where(AnswerRow.attempt_id.in_(attempts))
        ).scalar_one()
    store.close()
    expected = workstations * per
    return {
        "workstations": workstations,
        "answers_each": per,
        "answers_expected": expected,
        "answers_stored": stored,
        "lost": expected - stored,
        "errors": errors[:5],
        "wall_s": round(wall, 3),
        "throughput_answers_per_s": round(stored / wall, 1),
        "latency_under_load": _summary([t for _, r in done for t in r]),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--answers", type=int, default=300)
    parser.add_argument("--workstations", type=int, default=30)
    parser.add_argument("--per", type=int, default=200)
    parser.add_argument("--postgres", default=ADMIN, help="admin URL of the PostgreSQL server")
    args = parser.parse_args()
    out: dict[str, Any] = {"target_ms": 20}
    with tempfile.TemporaryDirectory() as tmp:
        out["sqlite_store_answer"] = bench_single(
            f"sqlite:///{Path(tmp) / 'r.sqlite'}", args.answers
        )
    admin = create_engine(args.postgres, isolation_level="AUTOCOMMIT")
    name = f"docexam_bench_{uuid.uuid4().hex[:8]}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:
        out["postgresql"] = f"skipped: server unreachable ({type(exc).__name__})"
        print(json.dumps(out, indent=2))
        return 0
    url = make_url(args.postgres).set(database=name).render_as_string(hide_password=False)
    try:
        out["postgresql_store_answer"] = bench_single(url, args.answers)
        out["postgresql_class"] = bench_class(url, args.workstations, args.per)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    print(json.dumps(out, indent=2))
    return 1 if out["postgresql_class"]["lost"] else 0


if __name__ == "__main__":
    sys.exit(main())
