"""A case's story against the stamps on its passport's visa pages (its ``travel.json``): the
earlier trips the traveller states are the stamped ones, no stamp is dated after the check, and
a claim the stamps contradict is there only where the truth records it
(``stamps_contradict_story``), over every template and many seeds; a pack's own cases are held
against its specimens' stamps on validation and import."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from docexam.cli import run
from docexam.core.cases.builder import trips_of
from docexam.core.cases.consistency import disagreements, stamp_disagreements
from docexam.core.cases.generate import TEMPLATES, make_case
from docexam.core.domain.travel import Direction, Stamp, TravelHistory
from docexam.core.pack.travel_file import travel_to_json
from tests.core.cases.conftest import holding
from tests.core.cases.test_case_import import course_pack

STATES = ("UTO", "ZRN", "QVL", "QNB", "QTK")
SEEDS = range(120)


def _span(trip: str) -> tuple[str, date, date]:
    state, _, days = trip.partition(" ")
    start, _, end = days.partition("..")
    return state, date.fromisoformat(start), date.fromisoformat(end)


@pytest.mark.parametrize("template", sorted(TEMPLATES))
def test_the_story_goes_on_from_the_stamps(template: str) -> None:
    nature = TEMPLATES[template].nature
    for seed in SEEDS:
        held = holding(STATES[seed % 5], 7000 + seed, nature=nature)
        assert held.travel is not None
        case = make_case(template, seed, held)
        found = stamp_disagreements(case, held.travel, date.fromisoformat(held.viz["issue_date"]))
        assert "stamped_after_check" not in found, (template, seed)
        assert found <= set(case.truth.indicators), (template, seed, found)
        stamped = trips_of(held.travel)
        if "stamps_contradict_story" not in case.truth.indicators:
            assert case.trip.history == stamped, (template, seed)
            continue
        claimed = [_span(h) for h in case.trip.history if h not in stamped]
        assert len(claimed) == 1 and set(stamped) <= set(case.trip.history)
        state, start, end = claimed[0]
        assert state == case.trip.destination.split()[0]
        assert date.fromisoformat(held.viz["issue_date"]) < start < end < case.date
        assert not any(start <= s.day <= end for s in held.travel.stamps)
        said = case.reply("return") or {}
        assert str(start.year) in said["en"] and str(start.year) in said["zh-Hans"]


def test_some_visitors_claim_a_trip_the_stamps_do_not_show() -> None:
    planted = [
        seed
        for seed in SEEDS
        if "stamps_contradict_story"
        in make_case("facilitated_visitor", seed, holding("QVL", seed)).truth.indicators
    ]
    assert len(planted) >= 10
    for seed in planted[:10]:  # an identity card has no visa pages to contradict anything
        card = make_case("facilitated_visitor", seed, holding("QVL", seed, "td1"))
        assert "stamps_contradict_story" not in card.truth.indicators


def test_claims_of_earlier_travel_follow_the_stamps() -> None:
    for seed in SEEDS:
        held = holding(STATES[seed % 5], 100 + seed)
        stamped = bool(trips_of(held.travel or TravelHistory()))
        nervous = make_case("nervous_first_flight", seed, held)
        first = any("first flight" in o["en"] for o in nervous.observations)
        assert first != stamped, seed
        worker = make_case("seasonal_worker", seed, held)
        host = worker.trip.destination.split()[0]
        been = any(h.startswith(host + " ") for h in worker.trip.history)
        assert ("been here before" in (worker.reply("work") or {})["en"]) == been, seed


def test_a_forged_stamp_breaks_the_story_and_the_case_must_say_so() -> None:
    held = holding("QNB", 5)
    assert held.travel is not None and held.travel.stamps
    case = make_case("tourist", 5, held)
    first = held.travel.stamps[0]
    fake = replace(first, direction=Direction.EXIT, state="QTK")  # out of a state never entered
    broken = replace(held.travel, stamps=(fake, *held.travel.stamps[1:]))
    assert "document_forged" in disagreements(case, held.viz, broken)
    late = Stamp(
        "QTK", "X ROAD", case.date.replace(year=case.date.year + 1), Direction.ENTRY, "p", 0, 0
    )
    later = replace(held.travel, stamps=(*held.travel.stamps, late))
    assert "stamped_after_check" in disagreements(case, held.viz, later)


def _stamp_the_examples(pack: Path) -> None:
    """The examples' specimen with the stamps of the trip they state (QNB, July 2009)."""
    stamps = (
        Stamp("QNB", "OSTERVIK AIRPORT", date(2009, 7, 1), Direction.ENTRY, "visa-1", 31, 34),
        Stamp("QNB", "OSTERVIK AIRPORT", date(2009, 7, 12), Direction.EXIT, "visa-1", 93, 34),
    )
    travel = travel_to_json(TravelHistory(stamps, (), ()))
    path = pack / "specimens" / "uto-td3-eriksson" / "travel.json"
    path.write_text(json.dumps(travel), encoding="utf-8")


def test_a_pack_case_is_held_against_its_specimens_stamps(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = course_pack(tmp_path / "fits")
    _stamp_the_examples(pack)
    assert run(["pack", "validate", str(pack)]) == 0, capsys.readouterr().err

    def claim_a_trip(data: dict) -> None:  # type: ignore[type-arg]
        data["cases"][3]["trip"]["history"].append("QNB 2010-05-01..2010-05-08")

    pack = course_pack(tmp_path / "claims", claim_a_trip)
    _stamp_the_examples(pack)
    assert run(["pack", "validate", str(pack)]) == 2
    err = capsys.readouterr().err
    assert "cases.json: cases[3]: the stamps of specimen 'uto-td3-eriksson'" in err, err
    assert "stamps_contradict_story" in err and "cases[2]" not in err
    assert run(["pack", "import", str(pack)]) == 2
