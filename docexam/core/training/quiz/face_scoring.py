"""Scoring of a face comparison: the same-person verdict, and with a morphological comparison
each feature recorded as agreeing, differing, or not to be compared (one of the photos does
not show it)."""

from __future__ import annotations

from docexam.core.exercise.answers import FaceAnswer
from docexam.core.exercise.model import FaceExercise
from docexam.core.training.quiz.first_line import Call
from docexam.core.training.quiz.outcomes import FeedbackItem, Outcome, Score, Why

# A face item's answers in feedback: the verdict, and per feature (ref "feature:<name>").
SAME_PERSON, OTHER_PERSON, AGREES, DIFFERS = "face:same", "face:other", "agrees", "differs"
HIDDEN = "hidden"  # the feature cannot be compared: a photo does not show it


def _person_words(same: bool | None) -> str:
    return "" if same is None else SAME_PERSON if same else OTHER_PERSON


def score_face(ex: FaceExercise, answer: FaceAnswer, seconds: float | None = None) -> Score:
    """The verdict earns one point (none once the quick check's time has run out). The
    morphological comparison adds one more, shared among its features: each feature recorded
    as it truly is (cannot be compared when ``hidden`` names it, else differ when
    ``differing`` names it, else agree) earns 1/len(features); one left unrecorded earns
    nothing. The verdict weighs as much as all the features together."""
    late = ex.seconds is not None and seconds is not None and seconds > ex.seconds
    right = answer.same_person is ex.same_person and not late
    outcome = Outcome.TIMEOUT if late else Outcome.CORRECT if right else Outcome.WRONG
    if answer.same_person is None and not late:
        outcome = Outcome.UNANSWERED
    # The clock ran out with no verdict (the quick check answers "no decision" for the trainee).
    slow = Call.NO_DECISION if answer.same_person is None else Why.TOO_SLOW
    verdict = FeedbackItem(
        outcome,
        1.0 if right else 0.0,
        "person",
        slow if late else "" if right else Why.WRONG_PERSON,
        expected=_person_words(ex.same_person),
        given=_person_words(answer.same_person),
    )
    items = [verdict]
    share = 1.0 / len(ex.features) if ex.features else 0.0
    for feature in ex.features:
        truth = _truth(ex, feature)
        given = _given(answer, feature)
        ok = given == truth
        outcome = Outcome.CORRECT if ok else Outcome.UNANSWERED if not given else Outcome.WRONG
        items.append(
            FeedbackItem(
                outcome,
                share if ok else 0.0,
                f"feature:{feature}",
                "" if ok or not given else _why(truth, given),
                expected=truth,
                given=given,
            )
        )
    return Score(ex.id, sum(i.points for i in items), face_points(ex), tuple(items), seconds)


def _truth(ex: FaceExercise, feature: str) -> str:
    if feature in ex.hidden:  # (whatever the faces are: a photo does not show it)
        return HIDDEN
    return DIFFERS if feature in ex.differing else AGREES


def _why(truth: str, given: str) -> str:
    if truth == HIDDEN:
        return Why.NOT_SHOWN
    return Why.SHOWN if given == HIDDEN else Why.WRONG_FEATURE


def _given(answer: FaceAnswer, feature: str) -> str:
    for word, recorded in ((DIFFERS, answer.differs), (AGREES, answer.agrees)):
        if feature in recorded:
            return word
    return HIDDEN if feature in answer.hidden else ""


def face_points(ex: FaceExercise) -> float:
    return 2.0 if ex.features else 1.0
