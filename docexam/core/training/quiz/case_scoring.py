"""Scoring a case file: the indicators like an area answer (a point per indicator found, a
penalty per false one, bounded), and the action (two points; one for a defensible one). A
genuine traveller has no indicator to find: leaving the list empty is worth the point, and each
false indicator costs. The referral note is kept, never scored."""

from __future__ import annotations

from docexam.core.exercise.answers import CaseAnswer
from docexam.core.exercise.model import CaseExercise
from docexam.core.training.quiz.outcomes import FeedbackItem, Outcome, Score, Why, bounded

ACTION_POINTS = 2.0
ACCEPTABLE_POINTS = 1.0
NOTHING = "none"  # the ref of a genuine case's "nothing to mark" item


def indicator_points(ex: CaseExercise) -> float:
    return float(len(ex.indicators)) or 1.0


def case_max(ex: CaseExercise) -> float:
    return indicator_points(ex) + ACTION_POINTS


def score_case(ex: CaseExercise, answer: CaseAnswer, seconds: float | None = None) -> Score:
    marked = list(dict.fromkeys(answer.indicators))  # a mark given twice counts once
    items: list[FeedbackItem] = []
    earned = 0.0
    for ind in marked:
        if ind in ex.indicators:
            earned += 1.0
            items.append(FeedbackItem(Outcome.HIT, 1.0, ind))
        else:
            earned -= ex.penalty
            items.append(FeedbackItem(Outcome.FALSE_MARK, -ex.penalty, ind, Why.NOT_AN_INDICATOR))
    items += [FeedbackItem(Outcome.MISS, 0.0, i) for i in ex.indicators if i not in marked]
    if not ex.indicators:  # nothing to find: the point is for finding nothing
        earned += 1.0
        clean = not marked
        items.append(FeedbackItem(Outcome.CORRECT if clean else Outcome.WRONG, 0.0, NOTHING))
    part = bounded(earned, indicator_points(ex))
    if answer.action == ex.action:
        outcome, points, why = Outcome.CORRECT, ACTION_POINTS, ""
    elif answer.action in ex.acceptable:
        outcome, points, why = Outcome.PARTIAL, ACCEPTABLE_POINTS, Why.WRONG_ACTION
    elif answer.action is None:
        outcome, points, why = Outcome.UNANSWERED, 0.0, ""
    else:
        outcome, points, why = Outcome.WRONG, 0.0, Why.WRONG_ACTION
    action = FeedbackItem(
        outcome, points, "action", why, expected=ex.action, given=answer.action or ""
    )
    items.append(action)
    return Score(ex.id, part + points, case_max(ex), tuple(items), seconds)
