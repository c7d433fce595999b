"""Scoring a case file: the indicators like an area answer (a point per indicator found, a
penalty per false one, bounded), and the action (two points; one for a defensible one). A
genuine traveller has no indicator to find: leaving the list empty is worth the point, and each
false indicator costs. The referral note is kept, never scored."""

from __future__ import annotations

from docexam.core.cases.indicators import ACTIONS, BY_ID, Action
from docexam.core.domain.model import I18nText
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


def _about(indicator: str) -> tuple[I18nText, I18nText]:
    """An indicator's name, and why it matters with what a specialist does (for feedback)."""
    known = BY_ID.get(indicator)
    if known is None:
        return {"en": indicator}, {}
    why = {k: f"{v} {known.specialist.get(k, '')}".strip() for k, v in known.explanation.items()}
    return known.name, why


def _action_name(value: str) -> I18nText:
    return ACTIONS.get(Action(value), {"en": value}) if value in set(Action) else {"en": value}


def score_case(ex: CaseExercise, answer: CaseAnswer, seconds: float | None = None) -> Score:
    marked = list(dict.fromkeys(answer.indicators))  # a mark given twice counts once
    items: list[FeedbackItem] = []
    earned = 0.0
    for ind in marked:
        if ind in ex.indicators:
            earned += 1.0
            name, about = _about(ind)
            items.append(FeedbackItem(Outcome.HIT, 1.0, ind, name=name, reason=about))
        else:
            earned -= ex.penalty
            name, _why = _about(ind)
            items.append(
                FeedbackItem(Outcome.FALSE_MARK, -ex.penalty, ind, Why.NOT_AN_INDICATOR, name=name)
            )
    for ind in ex.indicators:
        if ind not in marked:
            name, about = _about(ind)
            items.append(FeedbackItem(Outcome.MISS, 0.0, ind, name=name, reason=about))
    if not ex.indicators:  # nothing to find: the point is for finding nothing
        earned += 1.0
        clean = not marked
        items.append(FeedbackItem(Outcome.CORRECT if clean else Outcome.WRONG, 0.0, NOTHING))
    part = bounded(earned, indicator_points(ex))
    if answer.action == ex.action:
        why: str = ""
        outcome, points = Outcome.CORRECT, ACTION_POINTS
    elif answer.action in ex.acceptable:
        outcome, points, why = Outcome.PARTIAL, ACCEPTABLE_POINTS, Why.WRONG_ACTION
    elif answer.action is None:
        outcome, points, why = Outcome.UNANSWERED, 0.0, ""
    else:
        outcome, points, why = Outcome.WRONG, 0.0, Why.WRONG_ACTION
    action = FeedbackItem(
        outcome,
        points,
        "action",
        why,
        name=_action_name(ex.action),
        expected=ex.action,
        given=answer.action or "",
    )
    items.append(action)
    return Score(ex.id, part + points, case_max(ex), tuple(items), seconds)
