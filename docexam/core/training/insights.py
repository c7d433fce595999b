"""What a trainee's stored answers say: which features and fraud types they miss most.

Plain functions over the stored feedback (``codec.score_to_json``), so the progress screen
only words the result. A feature category counts as missed when an expected region of that
category was missed; a fraud type when a verdict on it was wrong or only partly right.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from docexam.core.training.quiz import Outcome

MISSED = {Outcome.MISS.value}
WRONG = {Outcome.WRONG.value, Outcome.PARTIAL.value, Outcome.TIMEOUT.value}


@dataclass(frozen=True)
class Weakness:
    code: str  # a taxonomy category or a Status value
    missed: int
    seen: int

    @property
    def rate(self) -> float:
        return self.missed / self.seen if self.seen else 0.0


def _rank(missed: Counter[str], seen: Counter[str], limit: int) -> list[Weakness]:
    out = [Weakness(code, missed[code], seen[code]) for code in missed]
    out.sort(key=lambda w: (-w.rate, -w.missed, w.code))
    return out[:limit]


def weakest(
    feedbacks: Iterable[dict[str, Any]], limit: int = 5
) -> tuple[list[Weakness], list[Weakness]]:
    """(feature categories, fraud types) missed most, as a share of the times they came up."""
    cat_missed: Counter[str] = Counter()
    cat_seen: Counter[str] = Counter()
    fraud_missed: Counter[str] = Counter()
    fraud_seen: Counter[str] = Counter()
    for feedback in feedbacks:
        for item in feedback.get("items", []):
            outcome = str(item.get("outcome", ""))
            category = str(item.get("category") or "")
            expected = str(item.get("expected") or "")
            if category and outcome in MISSED | {Outcome.HIT.value}:
                cat_seen[category] += 1
                if outcome in MISSED:
                    cat_missed[category] += 1
            elif expected and not category and outcome in WRONG | {Outcome.CORRECT.value}:
                if expected.isdigit() or len(expected) == 1:
                    continue  # an MRZ digit, not a fraud type
                fraud_seen[expected] += 1
                if outcome in WRONG:
                    fraud_missed[expected] += 1
    return _rank(cat_missed, cat_seen, limit), _rank(fraud_missed, fraud_seen, limit)
