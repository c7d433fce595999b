"""Exercises, answers, pure scoring and the quiz session (Qt-free, SQL-free).

``model`` says what is asked (with its ground truth), ``answers`` what a trainee answers,
``scoring`` turns (exercise, answer) into a Score with feedback, ``session`` is the state machine
the UI drives, ``codec`` reads and writes ``exercises.json``, ``generate`` builds exercises from
the specimens of packs. See ``docs/exercises.md``.
"""

from docexam.core.exercise.answers import (
    Answer,
    AreaAnswer,
    CaseAnswer,
    ChipAnswer,
    DrillAnswer,
    DrillResponse,
    FaceAnswer,
    LightAnswer,
    Mark,
    MrzAnswer,
    Point,
    VerdictAnswer,
)
from docexam.core.exercise.errors import QuizError
from docexam.core.exercise.model import (
    VERDICT_OF,
    AreaExercise,
    CaseExercise,
    ChipExercise,
    DrillExercise,
    DrillItem,
    Exercise,
    ExerciseKind,
    ExerciseSet,
    ExpectedFinding,
    ExpectedRegion,
    FaceExercise,
    LightExercise,
    Mode,
    MrzExercise,
    MrzTask,
    PageSize,
    SpecimenRef,
    Verdict,
    VerdictExercise,
)
from docexam.core.training.quiz.outcomes import FeedbackItem, Outcome, Score, Why
from docexam.core.training.quiz.scoring import max_score, score
from docexam.core.training.quiz.session import ItemRecord, QuizSession, SessionResult, SessionState

__all__ = [
    "VERDICT_OF",
    "Answer",
    "AreaAnswer",
    "AreaExercise",
    "CaseAnswer",
    "CaseExercise",
    "ChipAnswer",
    "ChipExercise",
    "DrillAnswer",
    "DrillExercise",
    "DrillItem",
    "DrillResponse",
    "Exercise",
    "ExerciseKind",
    "ExerciseSet",
    "ExpectedFinding",
    "ExpectedRegion",
    "FaceAnswer",
    "FaceExercise",
    "FeedbackItem",
    "ItemRecord",
    "LightAnswer",
    "LightExercise",
    "Mark",
    "Mode",
    "MrzAnswer",
    "MrzExercise",
    "MrzTask",
    "Outcome",
    "PageSize",
    "Point",
    "QuizError",
    "QuizSession",
    "Score",
    "SessionResult",
    "SessionState",
    "SpecimenRef",
    "Verdict",
    "VerdictAnswer",
    "VerdictExercise",
    "Why",
    "max_score",
    "score",
]
