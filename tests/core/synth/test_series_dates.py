"""A state's older and newer series coexist: the older issued first, within its own period, and
its passports and cards still valid when the generated world is current (AS_OF)."""

from __future__ import annotations

from datetime import date

import pytest

from docexam.core.synth.booklet.travel import travel_for
from docexam.core.synth.compose import build_specimen
from docexam.core.synth.docdata import AS_OF, make_doc_data, series_period
from docexam.core.synth.states import STATES

CARRIED = ("td3", "td1", "td2")  # documents a holder carries for years; a visa is used up


@pytest.mark.parametrize("code", sorted(STATES))
def test_older_series_issued_first_and_both_valid_together(code: str) -> None:
    state = STATES[code]
    older, newer = state.series
    old_period, new_period = series_period(state, older), series_period(state, newer)
    assert old_period[1] < new_period[0] <= AS_OF
    issued: dict[str, list[date]] = {older: [], newer: []}
    for series, (first, last) in ((older, old_period), (newer, new_period)):
        for seed in range(60):
            for doc_type in (*CARRIED, "mrv-a"):
                doc = make_doc_data(state, doc_type, seed, series)
                where = (code, series, doc_type, seed, doc.issue)
                assert first <= doc.issue <= last, where  # within its series' period
                assert doc.issue < AS_OF, where
                if doc_type in CARRIED:
                    assert doc.expiry >= AS_OF, where  # still valid: a trainee meets it
                issued[series].append(doc.issue)
    assert max(issued[older]) < min(issued[newer])


@pytest.mark.parametrize("code", sorted(STATES))
def test_no_stamp_is_dated_after_the_world_is_current(code: str) -> None:
    stamped = 0
    for series in STATES[code].series:
        for seed in range(25):
            doc = make_doc_data(STATES[code], "td3", seed, series)
            history = travel_for(doc)
            for stamp in history.stamps:
                assert doc.issue <= stamp.day < AS_OF, (code, series, seed, stamp)
            for visa in history.visas:
                assert doc.issue <= visa.issued < AS_OF, (code, series, seed, visa)
            stamped += bool(history.stamps)
    assert stamped > 10  # most passports have travelled


def test_the_specimen_prints_its_series_issue_date() -> None:
    """Through the generator: the data page's issue date is the one drawn for its series."""
    for series in STATES["ZRN"].series:
        gen = build_specimen("ZRN", "td2", 4, 150, None, series)
        first, last = series_period(STATES["ZRN"], series)
        issue = date.fromisoformat(gen.specimen.viz["issue_date"])
        assert first <= issue <= last, (series, issue)
