"""Scoring: pure functions of (exercise, answer) -> Score with itemised feedback.

Area answers follow QTI ``areaMapping``: each expected thing earns its points once, whichever of
its parts a mark lands on (a second mark on it is a duplicate, worth nothing and costing
nothing), each false mark costs the exercise's penalty, and the total is clamped to [0, maximum].
A mark on a genuine feature the item does not ask for is neutral: it neither earns nor costs. A
mark counts at its anchor (see :meth:`Mark.anchor`); a mark off the page or on another page is a
false mark. When an anchor lies in several expected things (the portrait inside the guilloche),
the one with the smallest part there not yet found takes it, so nested features can each be found.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from docexam.core.domain.geometry import Region
from docexam.core.domain.model import Status
from docexam.core.exercise.answers import (
    Answer,
    AreaAnswer,
    CaseAnswer,
    ChipAnswer,
    DrillAnswer,
    FaceAnswer,
    LightAnswer,
    Mark,
    MrzAnswer,
    VerdictAnswer,
)
from docexam.core.exercise.errors import QuizError
from docexam.core.exercise.model import (
    VERDICT_OF,
    AreaExercise,
    CaseExercise,
    ChipExercise,
    DrillExercise,
    Exercise,
    ExpectedRegion,
    FaceExercise,
    LightExercise,
    MrzExercise,
    VerdictExercise,
)
from docexam.core.training.quiz import first_line
from docexam.core.training.quiz.case_scoring import case_max, score_case
from docexam.core.training.quiz.face_scoring import face_points, score_face
from docexam.core.training.quiz.outcomes import FeedbackItem, Outcome, Score, Why, bounded

PARTIAL_VERDICT = 0.5  # right verdict class, wrong or missing fraud type


# How a chip item's answers are written in feedback (``expected``/``given``); the UI words them.
CHIP_PASS, CHIP_FAIL, NO_STEP = "chip:pass", "chip:fail", "step:none"
CHIP_POINTS = 2.0  # the verdict, and the failing step (or "none")


def _expected_item(outcome: Outcome, e: ExpectedRegion, points: float) -> FeedbackItem:
    return FeedbackItem(
        outcome, points, e.id, "", e.page_id, e.category, e.name, e.lights, e.reason
    )


def _area(region: Region) -> float:
    x0, y0, x1, y1 = region.bounds()
    return (x1 - x0) * (y1 - y0)


def _part_area(e: ExpectedRegion, x: float, y: float) -> float:
    """The area of the smallest part of ``e`` the point lies in."""
    return min(_area(r) for r in e.areas if r.contains(x, y))


@dataclass(frozen=True)
class _Neutral:
    feature: ExpectedRegion


def _classify(
    ex: AreaExercise, mark: Mark, hit: set[tuple[str, str]]
) -> ExpectedRegion | _Neutral | Why | None:
    """What a mark finds, the genuine feature it lands on unasked, why it is false, or None for
    a duplicate."""
    page = next((p for p in ex.pages if p.page_id == mark.page_id), None)
    if page is None:
        return Why.OTHER_PAGE
    x, y = mark.anchor()
    if not page.contains(x, y):
        return Why.OUTSIDE_PAGE
    inside = [e for e in ex.expected if e.page_id == mark.page_id and e.contains(x, y)]
    fresh = [e for e in inside if (e.page_id, e.id) not in hit]
    if fresh:
        return min(fresh, key=lambda e: _part_area(e, x, y))
    if inside:
        return None
    unasked = [e for e in ex.neutral if e.page_id == mark.page_id and e.contains(x, y)]
    if unasked:
        return _Neutral(min(unasked, key=lambda e: _part_area(e, x, y)))
    return Why.NO_FEATURE_HERE


def score_area(ex: AreaExercise, answer: AreaAnswer, seconds: float | None = None) -> Score:
    # Keyed by page too: ids are unique per page only, and an alteration may recur on two pages.
    hit: set[tuple[str, str]] = set()
    items: list[FeedbackItem] = []
    earned = 0.0
    for mark in answer.marks:
        found = _classify(ex, mark, hit)
        x, y = mark.anchor()
        where = f"{x:.1f},{y:.1f}"
        if isinstance(found, ExpectedRegion):
            hit.add((found.page_id, found.id))
            earned += found.points
            items.append(_expected_item(Outcome.HIT, found, found.points))
        elif isinstance(found, _Neutral):
            f = found.feature
            items.append(
                FeedbackItem(
                    Outcome.NEUTRAL,
                    0.0,
                    f.id,
                    Why.NOT_ASKED,
                    f.page_id,
                    f.category,
                    f.name,
                    f.lights,
                    given=where,
                )
            )
        elif found is None:
            items.append(FeedbackItem(Outcome.DUPLICATE, 0.0, page_id=mark.page_id, given=where))
        else:
            earned -= ex.penalty
            items.append(
                FeedbackItem(Outcome.FALSE_MARK, -ex.penalty, "", found, mark.page_id, given=where)
            )
    items += [
        _expected_item(Outcome.MISS, e, 0.0) for e in ex.expected if (e.page_id, e.id) not in hit
    ]
    return Score(ex.id, bounded(earned, ex.max_score), ex.max_score, tuple(items), seconds)


def _verdict_item(expected: Status, given: VerdictAnswer | None, ref: str) -> FeedbackItem:
    if given is None or given.verdict is None:
        return FeedbackItem(Outcome.UNANSWERED, 0.0, ref, expected=expected.value)
    cls = VERDICT_OF[expected]
    shown = given.verdict.value + (f"/{given.fraud_type.value}" if given.fraud_type else "")
    if given.verdict is not cls:
        return FeedbackItem(
            Outcome.WRONG, 0.0, ref, Why.WRONG_CLASS, expected=expected, given=shown
        )
    # A genuine document needs no fraud type; naming none (or "genuine") is right.
    right_type = given.fraud_type is expected or (
        expected is Status.GENUINE and given.fraud_type is None
    )
    if right_type:
        return FeedbackItem(Outcome.CORRECT, 1.0, ref, expected=expected, given=shown)
    return FeedbackItem(
        Outcome.PARTIAL, PARTIAL_VERDICT, ref, Why.WRONG_FRAUD_TYPE, expected=expected, given=shown
    )


def score_verdict(
    ex: VerdictExercise, answer: VerdictAnswer, seconds: float | None = None
) -> Score:
    item = _verdict_item(ex.expected, answer, ex.specimen.key)
    return Score(ex.id, item.points, 1.0, (item,), seconds)


def score_light(ex: LightExercise, answer: LightAnswer, seconds: float | None = None) -> Score:
    """Each revealing light picked earns 1/n of the point, each other light costs as much."""
    f = ex.feature
    right = set(f.lights)
    share = 1.0 / len(right) if right else 0.0
    items: list[FeedbackItem] = []
    earned = 0.0
    for light in dict.fromkeys(answer.lights):  # ordered, without repeats
        if light in right:
            earned += share
            items.append(
                FeedbackItem(
                    Outcome.CORRECT,
                    share,
                    light.value,
                    "",
                    f.page_id,
                    f.category,
                    f.name,
                    f.lights,
                    f.reason,
                )
            )
        else:
            earned -= share
            items.append(
                FeedbackItem(
                    Outcome.WRONG,
                    -share,
                    light.value,
                    Why.NOT_REVEALING,
                    f.page_id,
                    f.category,
                    f.name,
                    f.lights,
                    f.reason,
                )
            )
    for light in f.lights:
        if light not in answer.lights:
            items.append(
                FeedbackItem(
                    Outcome.MISS,
                    0.0,
                    light.value,
                    "",
                    f.page_id,
                    f.category,
                    f.name,
                    f.lights,
                    f.reason,
                )
            )
    maximum = 1.0 if right else 0.0
    return Score(ex.id, bounded(earned, maximum), maximum, tuple(items), seconds)


def score_mrz(ex: MrzExercise, answer: MrzAnswer, seconds: float | None = None) -> Score:
    """One point per expected finding, spotted by one of its positions or by its field name.
    A pick matching no finding costs the penalty, except a position a failing check digit
    covers (pointing at the altered character is not wrong). No finding: one point for "none"."""
    picked_pos = set(answer.positions)
    picked_fields = set(answer.fields)
    items: list[FeedbackItem] = []
    earned = 0.0
    for finding in ex.expected:
        found = bool(picked_pos & set(finding.positions)) or finding.field in picked_fields
        outcome = Outcome.HIT if found else Outcome.MISS
        earned += 1.0 if found else 0.0
        items.append(
            FeedbackItem(
                outcome,
                1.0 if found else 0.0,
                finding.field,
                finding.code,
                expected=finding.expected or "",
                given=finding.printed or "",
            )
        )
    neutral = {p for f in ex.expected for p in f.positions + f.covers}
    for pos in sorted(picked_pos - neutral):
        earned -= ex.penalty
        items.append(
            FeedbackItem(
                Outcome.FALSE_MARK, -ex.penalty, f"{pos.line}:{pos.column}", Why.NO_FINDING_HERE
            )
        )
    for name in sorted(picked_fields - {f.field for f in ex.expected}):
        earned -= ex.penalty
        items.append(FeedbackItem(Outcome.FALSE_MARK, -ex.penalty, name, Why.NO_FINDING_HERE))
    if not ex.expected:
        clean = not picked_pos and not picked_fields
        items.append(FeedbackItem(Outcome.CORRECT if clean else Outcome.WRONG, 1.0 if clean else 0))
        return Score(ex.id, 1.0 if clean else 0.0, 1.0, tuple(items), seconds)
    maximum = float(len(ex.expected))
    return Score(ex.id, bounded(earned, maximum), maximum, tuple(items), seconds)


def score_drill(ex: DrillExercise, answer: DrillAnswer, seconds: float | None = None) -> Score:
    """Per document, a point for the right first-line decision (clear or refer) in its time.
    A fraud type named on a referral is checked but costs nothing: the first line may leave it
    to the second."""
    items: list[FeedbackItem] = []
    for i, item in enumerate(ex.items):
        response = answer.responses[i] if i < len(answer.responses) else None
        key, expected = item.specimen.key, item.expected
        decision = first_line.decision_of(response)
        right = first_line.right_decision(expected)
        if response is not None and response.seconds > ex.seconds_per_item:
            fb = FeedbackItem(Outcome.TIMEOUT, 0.0, key, Why.TOO_SLOW, expected=expected)
        elif decision is None:
            late = response is not None  # the clock ran out on a shown document
            outcome = Outcome.TIMEOUT if late else Outcome.UNANSWERED
            fb = FeedbackItem(outcome, 0.0, key, first_line.Call.NO_DECISION, expected=expected)
        else:
            assert response is not None
            given = decision + (f"/{response.fraud_type}" if response.fraud_type else "")
            if decision is not right:
                code: str = (
                    first_line.Call.MISSED_FRAUD
                    if right is first_line.Decision.REFER
                    else first_line.Call.NEEDLESS_REFERRAL
                )
                fb = FeedbackItem(Outcome.WRONG, 0.0, key, code, expected=expected, given=given)
            else:
                typed = response.fraud_type
                code = Why.WRONG_FRAUD_TYPE if typed and typed is not expected else ""
                fb = FeedbackItem(Outcome.CORRECT, 1.0, key, code, expected=expected, given=given)
        items.append(_with_seconds(fb, response.seconds if response else None))
    total = sum(i.points for i in items)
    spent = seconds if seconds is not None else sum(r.seconds for r in answer.responses)
    return Score(ex.id, total, float(len(ex.items)), tuple(items), spent)


def _chip_words(passes: bool) -> str:
    return CHIP_PASS if passes else CHIP_FAIL


def _step_words(step: str | None) -> str:
    return f"step:{step}" if step else NO_STEP


def score_chip(ex: ChipExercise, answer: ChipAnswer, seconds: float | None = None) -> Score:
    """A point for the chip's verdict, a point for the failing step: the step the reader
    fails, or "none" for a chip that passes."""
    right = answer.passes is ex.passes
    verdict = FeedbackItem(
        Outcome.CORRECT if right else Outcome.WRONG,
        1.0 if right else 0.0,
        "verdict",
        "" if right else Why.WRONG_CHIP_VERDICT,
        expected=_chip_words(ex.passes),
        given=_chip_words(answer.passes),
    )
    expected = None if ex.passes else ex.failing_step
    given = None if answer.passes else answer.failing_step
    step_right = given == expected
    step = FeedbackItem(
        Outcome.CORRECT if step_right else Outcome.WRONG,
        1.0 if step_right else 0.0,
        "step",
        "" if step_right else Why.WRONG_STEP,
        expected=_step_words(expected),
        given=_step_words(given),
    )
    return Score(ex.id, verdict.points + step.points, CHIP_POINTS, (verdict, step), seconds)


def _with_seconds(item: FeedbackItem, seconds: float | None) -> FeedbackItem:
    return replace(item, seconds=seconds)


def max_score(exercise: Exercise) -> float:
    """What an item is worth, known without an answer (an unanswered item still counts)."""
    match exercise:
        case AreaExercise():
            return exercise.max_score
        case LightExercise():
            return 1.0 if exercise.feature.lights else 0.0
        case MrzExercise():
            return float(len(exercise.expected)) or 1.0
        case DrillExercise():
            return float(len(exercise.items))
        case ChipExercise():
            return CHIP_POINTS
        case FaceExercise():
            return face_points(exercise)
        case CaseExercise():
            return case_max(exercise)
    return 1.0


def score(exercise: Exercise, answer: Answer, seconds: float | None = None) -> Score:
    """Score ``answer`` to ``exercise``; QuizError when the answer is of the wrong kind."""
    match exercise, answer:
        case AreaExercise(), AreaAnswer():
            return score_area(exercise, answer, seconds)
        case VerdictExercise(), VerdictAnswer():
            return score_verdict(exercise, answer, seconds)
        case LightExercise(), LightAnswer():
            return score_light(exercise, answer, seconds)
        case MrzExercise(), MrzAnswer():
            return score_mrz(exercise, answer, seconds)
        case DrillExercise(), DrillAnswer():
            return score_drill(exercise, answer, seconds)
        case ChipExercise(), ChipAnswer():
            return score_chip(exercise, answer, seconds)
        case FaceExercise(), FaceAnswer():
            return score_face(exercise, answer, seconds)
        case CaseExercise(), CaseAnswer():
            return score_case(exercise, answer, seconds)
    raise QuizError(
        f"exercise {exercise.id!r}: a {type(answer).__name__} does not answer a "
        f"{exercise.kind} exercise"
    )
