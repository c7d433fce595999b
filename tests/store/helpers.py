"""A tiny exercise set and answers, as the JSON the quiz codec writes."""

from __future__ import annotations

from typing import Any

from docexam.store import Attempt, Grade, Store, StoredSet, Trainee


def set_json(key: str = "set-1", mode: str = "practice", items: int = 3) -> dict[str, Any]:
    return {
        "id": key,
        "title": {"en": "Drill", "zh-Hans": "练习"},
        "mode": mode,
        "time_limit_s": 600 if mode == "exam" else None,
        "pass_mark": 0.6,
        # Real verdict items (every one genuine): the instructor's official grading re-scores
        # the stored answers with them.
        "exercises": [
            {
                "id": f"ex-{i}",
                "kind": "verdict",
                "objectives": ["L2.fraud.photo"],
                "specimen": f"utopia-basic/specimen-{i}",
                "expected": "genuine",
                "prompt": {},
                "explanation": {},
            }
            for i in range(items)
        ],
    }


def begin(
    store: Store, mode: str = "practice", name: str = "Li Wei"
) -> tuple[Trainee, StoredSet, Attempt]:
    trainee = store.create_trainee(name, "Border Police", 1)
    stored = store.save_exercise_set("utopia-basic", set_json(mode=mode))
    attempt = store.start_attempt(trainee.id, stored.id)
    return trainee, stored, attempt


def answer(
    store: Store, attempt_id: int, index: int, score: float, objective: str = "L1.uv.substrate"
) -> None:
    store.record_answer(
        attempt_id,
        index,
        f"ex-{index}",
        [objective],
        {"kind": "verdict", "verdict": "genuine"},
        score,
        1.0,
        {"items": []},
        seconds=4.5,
    )


def grades(scores: dict[int, float]) -> dict[int, Grade]:
    """What the quiz gives an exam's finish: each item's grade (its answers were kept without)."""
    return {i: Grade(score, 1.0, {"items": [], "earned": score}) for i, score in scores.items()}
