"""The rule that checks a travel story (domain/travel.py), stated case by case."""

from __future__ import annotations

from datetime import date

from docexam.core.domain.travel import Direction, Stamp, TravelHistory, Visa, story_findings

ISSUE, EXPIRY = date(2022, 3, 1), date(2032, 2, 28)
IN, OUT = Direction.ENTRY, Direction.EXIT


def _s(state: str, day: date, way: Direction) -> Stamp:
    return Stamp(state, "PORT", day, way, "visa-4", 30.0, 30.0)


def _codes(history: TravelHistory) -> list[tuple[str, int]]:
    return [(f.code, f.stamp) for f in story_findings(history, ISSUE, EXPIRY)]


def test_a_plain_trip_and_a_stay_abroad_are_consistent() -> None:
    trip = (_s("ZRN", date(2023, 1, 5), IN), _s("ZRN", date(2023, 1, 9), OUT))
    still_abroad = (_s("QNB", date(2023, 6, 1), IN),)
    assert _codes(TravelHistory(trip + still_abroad)) == []


def test_a_stamp_outside_the_validity_is_found() -> None:
    early = _s("ZRN", date(2022, 2, 1), IN)
    late = _s("QNB", date(2032, 3, 1), IN)
    assert _codes(TravelHistory((early, late))) == [("before_issue", 0), ("after_expiry", 1)]


def test_an_exit_without_entry_is_found_in_time_order() -> None:
    # Listed out of order: the exit of 9 January precedes the entry of 20 January.
    stamps = (_s("ZRN", date(2023, 1, 20), IN), _s("ZRN", date(2023, 1, 9), OUT))
    assert _codes(TravelHistory(stamps)) == [("exit_without_entry", 1)]
    twice = (
        _s("ZRN", date(2023, 1, 5), IN),
        _s("ZRN", date(2023, 1, 9), OUT),
        _s("ZRN", date(2023, 1, 12), OUT),
    )
    assert _codes(TravelHistory(twice)) == [("exit_without_entry", 2)]


def test_same_day_exit_then_entry_at_a_land_border_is_consistent() -> None:
    stamps = (
        _s("QNB", date(2023, 1, 9), IN),
        _s("ZRN", date(2023, 1, 5), IN),
        _s("ZRN", date(2023, 1, 9), OUT),
    )
    assert _codes(TravelHistory(stamps)) == []


def test_an_entry_needs_a_visa_valid_that_day_where_one_is_required() -> None:
    entry = _s("ZRN", date(2023, 1, 5), IN)
    visa = Visa("ZRN", date(2022, 12, 20), date(2023, 3, 20), "visa-4", 60.0, 30.0)
    late_visa = Visa("ZRN", date(2023, 1, 8), date(2023, 4, 8), "visa-4", 60.0, 30.0)
    need = ("ZRN",)
    assert _codes(TravelHistory((entry,), (visa,), need)) == []
    assert _codes(TravelHistory((entry,), (late_visa,), need)) == [("entry_without_visa", 0)]
    assert _codes(TravelHistory((entry,), (), need)) == [("entry_without_visa", 0)]
    assert _codes(TravelHistory((entry,), (), ())) == []  # no visa required


def test_findings_are_worded_in_both_languages() -> None:
    (finding,) = story_findings(TravelHistory((_s("ZRN", date(2023, 1, 9), OUT),)), ISSUE, EXPIRY)
    assert "ZRN" in finding.text["en"] and "ZRN" in finding.text["zh-Hans"]
