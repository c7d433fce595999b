"""exercises.json: round trip, schema errors that name the file and the field, answers as JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from docexam.core.domain.geometry import Polygon, Rect
from docexam.core.domain.lights import LightSource as L
from docexam.core.domain.model import Status
from docexam.core.mrz import Position
from docexam.core.pack.exercise_file import read_exercises, write_exercises
from docexam.core.training.quiz import (
    AreaAnswer,
    DrillAnswer,
    DrillResponse,
    LightAnswer,
    Mark,
    MrzAnswer,
    Point,
    QuizError,
    Verdict,
    VerdictAnswer,
    score,
)
from docexam.core.training.quiz.answer_codec import answer_from_json, answer_to_json, score_to_json

from .sample import AREA, exercise_set


def test_sets_round_trip_through_exercises_json(tmp_path: Path) -> None:
    sets = [exercise_set()]
    path = write_exercises(tmp_path, sets)
    assert path.name == "exercises.json"
    assert read_exercises(tmp_path) == sets


def test_parts_neutral_features_and_levels_round_trip(tmp_path: Path) -> None:
    from dataclasses import replace

    from docexam.core.training.quiz import ExpectedRegion

    from .sample import LIGHT, exercise_set

    fibres = ExpectedRegion(
        "fibres",
        "data",
        Rect(1, 1, 123, 86),
        "substrate.fibres",
        {"en": "Fibres"},
        (L.UV365,),
        parts=(Rect(10, 10, 3, 1), Polygon(((1, 1), (4, 1), (2, 3)))),
    )
    area = replace(AREA, expected=(*AREA.expected, fibres), neutral=(fibres,), level=2)
    sets = [replace(exercise_set(), exercises=(area, replace(LIGHT, level=3)))]
    write_exercises(tmp_path, sets)
    assert read_exercises(tmp_path) == sets


def test_a_pack_without_exercises_has_none(tmp_path: Path) -> None:
    assert read_exercises(tmp_path) == []


def test_schema_errors_name_the_file_and_field(tmp_path: Path) -> None:
    write_exercises(tmp_path, [exercise_set()])
    path = tmp_path / "exercises.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["sets"][0]["exercises"][1]["expected"] = "lost"
    data["sets"][0]["pass_mark"] = 3
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(QuizError) as err:
        read_exercises(tmp_path)
    assert str(path) in str(err.value)
    assert "sets/0/pass_mark" in str(err.value) and "sets/0/exercises/1" in str(err.value)


@pytest.mark.parametrize(
    "answer",
    [
        AreaAnswer(
            (
                Mark("data", Point(1, 2)),
                Mark("data", Rect(1, 2, 3, 4)),
                Mark("data", Polygon(((0, 0), (1, 0), (1, 1)))),
            )
        ),
        VerdictAnswer(Verdict.FORGERY, Status.COMBINED),
        VerdictAnswer(Verdict.GENUINE),
        LightAnswer((L.UV365, L.IR)),
        MrzAnswer((Position(2, 44),), ("birth_date",)),
        DrillAnswer((DrillResponse(Verdict.PSEUDO, Status.PSEUDO, 4.5), DrillResponse(None))),
    ],
)
def test_answers_round_trip(answer: object) -> None:
    data = json.loads(json.dumps(answer_to_json(answer)))  # type: ignore[arg-type]
    assert answer_from_json(data) == answer


def test_feedback_is_plain_json() -> None:
    data = score_to_json(score(AREA, AreaAnswer((Mark("data", Point(20, 30)),))))
    assert json.loads(json.dumps(data)) == data
    assert data["items"][0]["outcome"] == "hit" and data["items"][0]["lights"] == ["visible", "ir"]


def test_unreadable_stored_answer_is_a_quiz_error() -> None:
    with pytest.raises(QuizError, match="stored answer"):
        answer_from_json({"kind": "verdict", "verdict": "maybe"})
