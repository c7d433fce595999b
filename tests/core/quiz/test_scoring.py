"""Scoring edge cases: QTI-style area mapping, verdicts, lights, MRZ findings, drills."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from docexam.core.domain.geometry import Rect
from docexam.core.domain.lights import LightSource as L
from docexam.core.domain.model import Status
from docexam.core.mrz import Position
from docexam.core.training.quiz import (
    AreaAnswer,
    DrillAnswer,
    DrillResponse,
    ExpectedRegion,
    LightAnswer,
    Mark,
    MrzAnswer,
    Outcome,
    Point,
    QuizError,
    Verdict,
    VerdictAnswer,
    Why,
    max_score,
    score,
)
from docexam.core.training.quiz.first_line import Call, Decision, response

from .sample import AREA, DRILL, LIGHT, MRZ, VERDICT


def marks(*points: tuple[float, float], page: str = "data") -> AreaAnswer:
    return AreaAnswer(tuple(Mark(page, Point(x, y)) for x, y in points))


def test_no_marks_scores_zero_and_lists_every_miss() -> None:
    s = score(AREA, AreaAnswer())
    assert (s.earned, s.maximum) == (0.0, 4.0)
    assert {i.ref for i in s.of(Outcome.MISS)} == {"guilloche", "number", "portrait"}
    miss = next(i for i in s.of(Outcome.MISS) if i.ref == "number")
    assert miss.category == "numbering.document_number" and miss.lights == (L.UV365,)


def test_all_marks_score_full_with_reasons() -> None:
    s = score(AREA, marks((95, 40), (100, 17), (20, 30)), seconds=12.5)
    assert s.correct and s.earned == 4.0 and s.seconds == 12.5
    hit = next(i for i in s.of(Outcome.HIT) if i.ref == "guilloche")
    assert hit.reason == {"en": "Fine line rosette"} and L.UV365 in hit.lights


def test_nested_regions_go_to_the_smallest_first() -> None:
    # (100, 17) lies in both the guilloche and the number: the number takes it, then the
    # guilloche takes the second mark at the same place.
    s = score(AREA, marks((100, 17), (100, 17)))
    assert [i.ref for i in s.of(Outcome.HIT)] == ["number", "guilloche"]


WATERMARK = ExpectedRegion(
    "watermark",
    "data",
    Rect(90, 20, 30, 30),
    "substrate.watermark",
    {"en": "Watermark"},
    (L.TRANSMITTED,),
    parts=(Rect(90, 20, 30, 30), Rect(88, 18, 34, 34)),  # light and dark tones
)
FIBRES = ExpectedRegion(
    "fibres",
    "data",
    Rect(1, 1, 123, 86),
    "substrate.fibres",
    {"en": "Fibres"},
    (L.UV365,),
    parts=(Rect(10, 10, 3, 1), Rect(60, 70, 2, 2)),
)


def test_one_mark_on_a_sign_of_several_parts_finds_it_once() -> None:
    ex = replace(AREA, expected=(WATERMARK, FIBRES))
    s = score(ex, marks((100, 30), (89, 19), (11, 10.5)))
    assert [i.ref for i in s.of(Outcome.HIT)] == ["watermark", "fibres"]
    assert len(s.of(Outcome.DUPLICATE)) == 1 and not s.of(Outcome.MISS)
    assert s.correct and s.maximum == 2.0
    # Between the fibres is no fibre: the outline alone is not where a mark finds them.
    between = score(ex, marks((40, 40)))
    assert between.of(Outcome.FALSE_MARK) and not between.of(Outcome.HIT)


def test_a_genuine_feature_not_asked_is_neither_found_nor_false() -> None:
    ex = replace(AREA, expected=(WATERMARK,), neutral=(FIBRES,))
    s = score(ex, marks((100, 30), (61, 71), (40, 40)))
    [neutral] = s.of(Outcome.NEUTRAL)
    assert neutral.ref == "fibres" and neutral.code == Why.NOT_ASKED and neutral.points == 0
    assert len(s.of(Outcome.FALSE_MARK)) == 1  # (40, 40) lies on nothing
    assert s.earned == 1.0 - ex.penalty
    assert score(ex, marks((100, 30), (61, 71))).correct


def test_duplicates_earn_once_and_cost_nothing() -> None:
    s = score(AREA, marks((20, 30), (21, 31), (22, 32)))
    assert s.earned == 1.0
    assert len(s.of(Outcome.DUPLICATE)) == 2 and not s.of(Outcome.FALSE_MARK)


def test_marks_outside_the_page_or_on_another_page_are_false_marks() -> None:
    s = score(
        AREA,
        AreaAnswer(
            (
                Mark("data", Point(-1, 10)),
                Mark("data", Point(130, 10)),
                Mark("data", Rect(120, 80, 20, 20)),  # drawn region whose centre is off the page
                Mark("visa", Point(20, 30)),
            )
        ),
    )
    codes = [i.code for i in s.of(Outcome.FALSE_MARK)]
    assert codes == [Why.OUTSIDE_PAGE, Why.OUTSIDE_PAGE, Why.OUTSIDE_PAGE, Why.OTHER_PAGE]
    assert s.earned == 0.0


def test_false_marks_cost_the_penalty_and_the_total_is_bounded() -> None:
    s = score(AREA, marks((20, 30), (60, 80), (60, 81)))
    assert s.earned == pytest.approx(1.0 - 2 * 0.5)
    s = score(AREA, marks(*[(60, 80)] * 10))
    assert s.earned == 0.0  # never negative


def test_a_drawn_region_counts_at_its_centre() -> None:
    whole_page = AreaAnswer((Mark("data", Rect(0, 0, 125, 88)),))
    s = score(AREA, whole_page)
    assert s.earned == 0.0 and s.of(Outcome.FALSE_MARK)[0].code == Why.NO_FEATURE_HERE
    s = score(AREA, AreaAnswer((Mark("data", Rect(10, 20, 20, 20)),)))
    assert [i.ref for i in s.of(Outcome.HIT)] == ["portrait"]


coords = st.floats(min_value=-50, max_value=200, allow_nan=False)


@given(st.lists(st.tuples(coords, coords), max_size=30))
def test_area_score_is_always_within_bounds(points: list[tuple[float, float]]) -> None:
    s = score(AREA, marks(*points))
    assert 0.0 <= s.earned <= s.maximum == max_score(AREA)
    assert len(s.of(Outcome.HIT)) + len(s.of(Outcome.MISS)) == len(AREA.expected)


def test_verdict_full_partial_and_wrong() -> None:
    full = score(VERDICT, VerdictAnswer(Verdict.FORGERY, Status.PHOTO_SUBSTITUTION))
    partial = score(VERDICT, VerdictAnswer(Verdict.FORGERY, Status.DATA_ALTERATION))
    no_type = score(VERDICT, VerdictAnswer(Verdict.FORGERY))
    wrong = score(VERDICT, VerdictAnswer(Verdict.COUNTERFEIT, Status.COUNTERFEIT))
    assert (full.earned, partial.earned, no_type.earned, wrong.earned) == (1.0, 0.5, 0.5, 0.0)
    assert partial.items[0].code == Why.WRONG_FRAUD_TYPE
    assert wrong.items[0].expected == "photo_substitution"


def test_which_light_shares_and_penalises() -> None:
    assert score(LIGHT, LightAnswer((L.UV365,))).earned == 1.0
    assert score(LIGHT, LightAnswer((L.UV365, L.IR))).earned == 0.0
    s = score(LIGHT, LightAnswer(()))
    assert s.earned == 0.0 and s.of(Outcome.MISS)[0].ref == "uv365"
    assert score(LIGHT, LightAnswer((L.UV365, L.UV365))).earned == 1.0  # no double credit


def test_mrz_scores_per_finding() -> None:
    both = MrzAnswer((Position(2, 20), Position(2, 44)))
    assert score(MRZ, both).earned == 2.0
    one = score(MRZ, MrzAnswer((Position(2, 20),)))
    assert (one.earned, one.maximum) == (1.0, 2.0)
    by_field = score(MRZ, MrzAnswer(fields=("birth_date", "composite")))
    assert by_field.correct
    # the altered character itself is not wrong; a random position is
    assert score(MRZ, MrzAnswer((Position(2, 20), Position(2, 17)))).earned == 1.0
    assert score(MRZ, MrzAnswer((Position(2, 20), Position(1, 1)))).earned == 0.5
    assert score(MRZ, MrzAnswer((Position(1, 1),) * 3)).earned == 0.0


def test_mrz_without_findings_wants_no_answer() -> None:
    from dataclasses import replace

    clean = replace(MRZ, expected=())
    assert score(clean, MrzAnswer()).correct
    assert score(clean, MrzAnswer((Position(2, 1),))).earned == 0.0


def test_drill_scores_the_first_line_decision_in_its_time() -> None:
    answer = DrillAnswer(
        (
            DrillResponse(Verdict.GENUINE, None, 3.0),  # cleared a genuine document: right
            DrillResponse(Verdict.COUNTERFEIT, Status.COUNTERFEIT, 9.0),  # right, but too slow
            DrillResponse(Verdict.GENUINE, None, 5.0),  # cleared an impostor: a missed fraud
        )
    )
    s = score(DRILL, answer)
    assert [i.outcome for i in s.items] == [Outcome.CORRECT, Outcome.TIMEOUT, Outcome.WRONG]
    assert s.items[2].code == Call.MISSED_FRAUD and s.items[2].given == "clear"
    assert [i.seconds for i in s.items] == [3.0, 9.0, 5.0]
    assert (s.earned, s.maximum, s.seconds) == (1.0, 3.0, 17.0)
    short = score(DRILL, DrillAnswer((DrillResponse(None, None, 8.0),)))
    assert [i.outcome for i in short.items] == [Outcome.TIMEOUT] + [Outcome.UNANSWERED] * 2
    assert {i.code for i in short.items} == {Call.NO_DECISION}


def test_a_referral_earns_the_point_with_or_without_the_right_fraud_type() -> None:
    refer = response(Decision.REFER, None, 2.0)
    typed = response(Decision.REFER, Status.PHOTO_SUBSTITUTION, 2.0)
    needless = score(DRILL, DrillAnswer((refer,)))
    assert needless.items[0].outcome is Outcome.WRONG
    assert needless.items[0].code == Call.NEEDLESS_REFERRAL  # the first is genuine
    s = score(DRILL, DrillAnswer((response(Decision.CLEAR, None, 1.0), refer, typed)))
    assert [i.outcome for i in s.items] == [Outcome.CORRECT] * 3
    assert s.earned == 3.0
    assert s.items[1].code == "" and s.items[1].given == "refer"
    # A wrong fraud type is pointed out, not taken off: the second line names the type.
    assert s.items[2].code == Why.WRONG_FRAUD_TYPE
    assert s.items[2].given == "refer/photo_substitution"


def test_wrong_answer_type_is_a_readable_error() -> None:
    with pytest.raises(QuizError, match="does not answer a find_features exercise"):
        score(AREA, VerdictAnswer(Verdict.GENUINE))


def test_same_id_on_two_pages_are_two_regions_to_find() -> None:
    from dataclasses import replace

    from docexam.core.exercise.model import PageSize

    front = replace(AREA.expected[1], id="fraud", page_id="data")
    back = replace(front, page_id="visa")
    two_pages = replace(
        AREA, pages=(PageSize("data", 125, 88), PageSize("visa", 125, 88)), expected=(front, back)
    )
    x0, y0, x1, y1 = front.region.bounds()
    centre = ((x0 + x1) / 2, (y0 + y1) / 2)
    answer = AreaAnswer((Mark("data", Point(*centre)), Mark("visa", Point(*centre))))
    result = score(two_pages, answer)
    assert result.earned == result.maximum == 2 * front.points
    assert [i.outcome for i in result.items] == [Outcome.HIT, Outcome.HIT]
