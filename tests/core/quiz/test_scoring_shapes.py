"""Scoring marks against regions of every shape: concave outlines, edges, nesting, page borders."""

from __future__ import annotations

from dataclasses import replace

from docexam.core.domain.geometry import Ellipse, Polygon, Rect
from docexam.core.training.quiz import (
    AreaAnswer,
    AreaExercise,
    ExpectedRegion,
    Mark,
    Outcome,
    PageSize,
    Point,
    Why,
    score,
)

from .sample import AREA, GUILLOCHE

# An altered date whose footprint is a "U" around an untouched printed box (the notch).
FOOTPRINT = Polygon(
    ((40, 40), (70, 40), (70, 70), (60, 70), (60, 50), (50, 50), (50, 70), (40, 70))
)
ALTERATION = replace(GUILLOCHE, id="alteration", region=FOOTPRINT, points=2.0)
# A seal printed inside the base of the U.
SEAL = replace(GUILLOCHE, id="seal", region=Ellipse(55, 45, 3, 3), points=1.0)
EXERCISE = AreaExercise(
    "shapes", ("L2.fraud.alteration",), AREA.specimen, (PageSize("data", 125, 88),), (ALTERATION,)
)


def points(*xy: tuple[float, float]) -> AreaAnswer:
    return AreaAnswer(tuple(Mark("data", Point(x, y)) for x, y in xy))


def test_a_mark_in_either_arm_of_a_concave_region_finds_it_once() -> None:
    s = score(EXERCISE, points((45, 60), (65, 60)))
    assert [i.outcome for i in s.items] == [Outcome.HIT, Outcome.DUPLICATE]
    assert s.earned == s.maximum == 2.0


def test_a_mark_in_the_notch_of_a_concave_region_is_a_false_mark() -> None:
    s = score(EXERCISE, points((55, 60)))
    [false] = s.of(Outcome.FALSE_MARK)
    assert false.code == Why.NO_FEATURE_HERE and false.given == "55.0,60.0"
    assert s.earned == 0.0 and [i.ref for i in s.of(Outcome.MISS)] == ["alteration"]


def test_marks_exactly_on_a_corner_or_an_edge_of_the_outline_count() -> None:
    for where in [(70, 70), (40, 40), (50, 50), (60, 60), (55, 40), (70, 55), (50, 65)]:
        s = score(EXERCISE, points(where))
        assert s.of(Outcome.HIT), where


def test_the_smallest_region_under_a_mark_takes_it_first() -> None:
    nested = replace(EXERCISE, expected=(ALTERATION, SEAL))
    s = score(nested, points((55, 45), (55, 45), (55, 45)))
    assert [(i.outcome, i.ref) for i in s.items] == [
        (Outcome.HIT, "seal"),
        (Outcome.HIT, "alteration"),
        (Outcome.DUPLICATE, ""),
    ]
    assert s.correct


def test_a_drawn_concave_mark_counts_at_the_middle_of_its_box_not_on_its_outline() -> None:
    # The trainee outlines the U itself; its middle lies in the notch, where nothing is.
    drawn = AreaAnswer((Mark("data", FOOTPRINT),))
    s = score(EXERCISE, drawn)
    assert s.of(Outcome.FALSE_MARK) and not s.of(Outcome.HIT)
    in_notch = replace(SEAL, id="printed-box", region=Rect(51, 52, 8, 17))
    s = score(replace(EXERCISE, expected=(ALTERATION, in_notch)), drawn)
    assert [i.ref for i in s.of(Outcome.HIT)] == ["printed-box"]


def test_marks_on_the_page_border_are_on_the_page_and_beyond_it_are_not() -> None:
    corner = replace(SEAL, id="corner", region=Rect(0, 0, 125, 88))
    exercise = replace(EXERCISE, expected=(corner,), penalty=0.25)
    on_border = score(exercise, points((0, 0), (125, 88)))
    assert [i.outcome for i in on_border.items] == [Outcome.HIT, Outcome.DUPLICATE]
    beyond = score(exercise, points((125.01, 88), (0, -0.01)))
    assert [i.code for i in beyond.of(Outcome.FALSE_MARK)] == [Why.OUTSIDE_PAGE] * 2


def test_a_region_without_area_cannot_be_hit_even_on_its_line() -> None:
    line = ExpectedRegion(
        "line", "data", Polygon(((10, 10), (20, 20), (30, 30))), "printing.microprint", {}
    )
    s = score(replace(EXERCISE, expected=(line,)), points((20, 20), (15, 15)))
    assert not s.of(Outcome.HIT) and len(s.of(Outcome.FALSE_MARK)) == 2
