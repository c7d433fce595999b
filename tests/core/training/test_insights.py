"""What the stored feedback says a trainee misses most (plain dicts in, no store, no Qt)."""

from __future__ import annotations

from docexam.core.training.insights import weakest


def test_weakest_ranks_missed_categories_and_wrong_fraud_types() -> None:
    feedbacks = [
        {
            "items": [
                {"outcome": "miss", "category": "printing.guilloche"},
                {"outcome": "hit", "category": "printing.guilloche"},
                {"outcome": "miss", "category": "uv.fibres"},
                {"outcome": "wrong", "category": "", "expected": "photo_substitution"},
                {"outcome": "correct", "category": "", "expected": "counterfeit"},
            ]
        }
    ]
    categories, frauds = weakest(feedbacks)
    assert [w.code for w in categories] == ["uv.fibres", "printing.guilloche"]
    assert [(w.code, w.missed, w.seen) for w in frauds] == [("photo_substitution", 1, 1)]


def test_mrz_digits_are_not_fraud_types_and_nothing_missed_is_not_a_weakness() -> None:
    feedbacks = [
        {
            "items": [
                {"outcome": "wrong", "category": "", "expected": "7"},
                {"outcome": "hit", "category": "uv.fibres"},
                {"outcome": "correct", "category": "", "expected": "counterfeit"},
            ]
        },
        {},
    ]
    assert weakest(feedbacks) == ([], [])


def test_weakest_keeps_the_limit() -> None:
    items = [{"outcome": "miss", "category": f"cat.{i}"} for i in range(8)]
    categories, _ = weakest([{"items": items}], limit=3)
    assert [w.code for w in categories] == ["cat.0", "cat.1", "cat.2"]
