"""Exercises, answers and scores to JSON and back; ``exercises.json`` beside a pack's pack.json.

The file is checked against ``docexam/schema/exercises-v1.schema.json`` first (every problem with
its JSON path), then decoded; errors name the file and the field.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema

from docexam.core.lights import LightSource
from docexam.core.model import Status
from docexam.core.mrz import Position
from docexam.core.pack_codec import region_from_json, region_to_json
from docexam.core.quiz.answers import (
    Answer,
    AreaAnswer,
    DrillAnswer,
    DrillResponse,
    LightAnswer,
    Mark,
    MrzAnswer,
    Point,
    VerdictAnswer,
)
from docexam.core.quiz.errors import QuizError
from docexam.core.quiz.model import (
    AreaExercise,
    DrillExercise,
    DrillItem,
    Exercise,
    ExerciseKind,
    ExerciseSet,
    ExpectedFinding,
    ExpectedRegion,
    LightExercise,
    Mode,
    MrzExercise,
    MrzTask,
    PageSize,
    SpecimenRef,
    Verdict,
    VerdictExercise,
)
from docexam.core.quiz.scoring import Score
from docexam.core.safejson import UntrustedJsonError, loads_untrusted

Json = dict[str, Any]
EXERCISES_FILE = "exercises.json"
FORMAT = "docexam-exercises"
FORMAT_VERSION = 1


def _pos(p: list[int]) -> Position:
    return Position(int(p[0]), int(p[1]))


def _region_json(e: ExpectedRegion) -> Json:
    out: Json = {"id": e.id, "page": e.page_id, "region": region_to_json(e.region)}
    out |= {"category": e.category, "name": e.name, "lights": [li.value for li in e.lights]}
    return out | {"reason": e.reason, "points": e.points}


def _region_from(d: Json) -> ExpectedRegion:
    return ExpectedRegion(
        d["id"],
        d["page"],
        region_from_json(d["region"]),
        d["category"],
        dict(d["name"]),
        tuple(LightSource(li) for li in d.get("lights", [])),
        dict(d.get("reason", {})),
        float(d.get("points", 1.0)),
    )


def exercise_to_json(ex: Exercise) -> Json:
    out: Json = {"id": ex.id, "kind": ex.kind.value, "objectives": list(ex.objectives)}
    match ex:
        case AreaExercise():
            out["specimen"] = ex.specimen.key
            out["pages"] = [[p.page_id, p.width_mm, p.height_mm] for p in ex.pages]
            out["light"] = ex.light.value
            out["penalty"] = ex.penalty
            out["expected"] = [_region_json(e) for e in ex.expected]
        case VerdictExercise():
            out["specimen"] = ex.specimen.key
            out["expected"] = ex.expected.value
        case LightExercise():
            out["specimen"] = ex.specimen.key
            out["feature"] = _region_json(ex.feature)
            out["options"] = [li.value for li in ex.options]
        case MrzExercise():
            out["specimen"] = ex.specimen.key
            out["task"] = ex.task.value
            out["lines"] = list(ex.lines)
            out["penalty"] = ex.penalty
            out["expected"] = [
                {
                    "code": f.code,
                    "field": f.field,
                    "positions": [list(p) for p in f.positions],
                    "covers": [list(p) for p in f.covers],
                    "printed": f.printed,
                    "expected": f.expected,
                }
                for f in ex.expected
            ]
        case DrillExercise():
            out["items"] = [[i.specimen.key, i.expected.value] for i in ex.items]
            out["seconds_per_item"] = ex.seconds_per_item
    return out | {"prompt": ex.prompt, "explanation": ex.explanation}


def exercise_from_json(d: Json) -> Exercise:
    kind = ExerciseKind(d["kind"])
    common: Json = {"id": d["id"], "objectives": tuple(d["objectives"])}
    texts: Json = {
        "prompt": dict(d.get("prompt", {})),
        "explanation": dict(d.get("explanation", {})),
    }
    if kind is ExerciseKind.DRILL:
        items = tuple(DrillItem(SpecimenRef.parse(k), Status(s)) for k, s in d["items"])
        return DrillExercise(**common, items=items, seconds_per_item=d["seconds_per_item"], **texts)
    ref = SpecimenRef.parse(d["specimen"])
    if kind in (ExerciseKind.FIND_FEATURES, ExerciseKind.MARK_ALTERATIONS):
        pages = tuple(PageSize(p, float(w), float(h)) for p, w, h in d["pages"])
        expected = tuple(_region_from(e) for e in d["expected"])
        return AreaExercise(
            **common,
            specimen=ref,
            pages=pages,
            expected=expected,
            kind=kind,
            light=LightSource(d.get("light", "visible")),
            penalty=float(d.get("penalty", 0.5)),
            **texts,
        )
    if kind is ExerciseKind.VERDICT:
        return VerdictExercise(**common, specimen=ref, expected=Status(d["expected"]), **texts)
    if kind is ExerciseKind.WHICH_LIGHT:
        options = tuple(LightSource(li) for li in d["options"])
        return LightExercise(
            **common, specimen=ref, feature=_region_from(d["feature"]), options=options, **texts
        )
    findings = tuple(
        ExpectedFinding(
            f["code"],
            f["field"],
            tuple(_pos(p) for p in f["positions"]),
            tuple(_pos(p) for p in f.get("covers", [])),
            f.get("printed"),
            f.get("expected"),
        )
        for f in d["expected"]
    )
    return MrzExercise(
        **common,
        specimen=ref,
        task=MrzTask(d["task"]),
        lines=tuple(d["lines"]),
        expected=findings,
        penalty=float(d.get("penalty", 0.5)),
        **texts,
    )


def set_to_json(s: ExerciseSet) -> Json:
    return {
        "id": s.id,
        "title": s.title,
        "description": s.description,
        "mode": s.mode.value,
        "time_limit_s": s.time_limit_s,
        "pass_mark": s.pass_mark,
        "exercises": [exercise_to_json(e) for e in s.exercises],
    }


def set_from_json(d: Json) -> ExerciseSet:
    return ExerciseSet(
        d["id"],
        dict(d["title"]),
        tuple(exercise_from_json(e) for e in d["exercises"]),
        Mode(d.get("mode", "practice")),
        d.get("time_limit_s"),
        float(d.get("pass_mark", 0.6)),
        dict(d.get("description", {})),
    )


@cache
def _schema() -> Json:
    text = (resources.files("docexam") / "schema" / "exercises-v1.schema.json").read_text("utf-8")
    schema: Json = json.loads(text)
    return schema


def file_to_json(sets: list[ExerciseSet]) -> Json:
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "sets": [set_to_json(s) for s in sets],
    }


def sets_from_file_json(data: Any, source: str = EXERCISES_FILE) -> list[ExerciseSet]:
    validator = jsonschema.Draft202012Validator(_schema())
    problems = [
        f"{source}: {'/'.join(str(p) for p in e.absolute_path) or '(top)'}: {e.message}"
        for e in sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.path)))
    ]
    if problems:
        raise QuizError("; ".join(problems[:10]))
    try:
        return [set_from_json(s) for s in data["sets"]]
    except (KeyError, ValueError, TypeError) as exc:
        raise QuizError(f"{source}: invalid exercise ({exc})") from exc


def read_exercises(pack_root: Path) -> list[ExerciseSet]:
    """The exercise sets of a pack directory; an empty list when it has no exercises.json."""
    path = Path(pack_root) / EXERCISES_FILE
    if not path.is_file():
        return []
    try:
        data = loads_untrusted(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, UntrustedJsonError) as exc:
        raise QuizError(f"{path}: cannot read ({exc})") from exc
    return sets_from_file_json(data, str(path))


def write_exercises(pack_root: Path, sets: list[ExerciseSet]) -> Path:
    path = Path(pack_root) / EXERCISES_FILE
    text = json.dumps(file_to_json(sets), ensure_ascii=False, indent=2) + "\n"
    path.write_text(text, encoding="utf-8")
    return path


# Answers and scores ---------------------------------------------------------------------------
def _shape_json(mark: Mark) -> Json:
    if isinstance(mark.shape, Point):
        return {"shape": "point", "x": mark.shape.x, "y": mark.shape.y}
    return region_to_json(mark.shape)


def answer_to_json(answer: Answer) -> Json:
    match answer:
        case AreaAnswer():
            marks = [{"page": m.page_id, **_shape_json(m)} for m in answer.marks]
            return {"kind": "area", "marks": marks}
        case VerdictAnswer():
            fraud = answer.fraud_type.value if answer.fraud_type else None
            return {"kind": "verdict", "verdict": answer.verdict.value, "fraud_type": fraud}
        case LightAnswer():
            return {"kind": "light", "lights": [li.value for li in answer.lights]}
        case MrzAnswer():
            return {
                "kind": "mrz",
                "positions": [list(p) for p in answer.positions],
                "fields": list(answer.fields),
            }
        case DrillAnswer():
            return {
                "kind": "drill",
                "responses": [
                    {
                        "verdict": r.verdict.value if r.verdict else None,
                        "fraud_type": r.fraud_type.value if r.fraud_type else None,
                        "seconds": r.seconds,
                    }
                    for r in answer.responses
                ],
            }


def _mark_from(d: Json) -> Mark:
    shape = {k: v for k, v in d.items() if k != "page"}
    if shape.get("shape") == "point":
        return Mark(d["page"], Point(float(shape["x"]), float(shape["y"])))
    return Mark(d["page"], region_from_json(shape))


def answer_from_json(d: Json) -> Answer:
    try:
        kind = d["kind"]
        if kind == "area":
            return AreaAnswer(tuple(_mark_from(m) for m in d["marks"]))
        if kind == "verdict":
            fraud = Status(d["fraud_type"]) if d.get("fraud_type") else None
            return VerdictAnswer(Verdict(d["verdict"]), fraud)
        if kind == "light":
            return LightAnswer(tuple(LightSource(li) for li in d["lights"]))
        if kind == "mrz":
            return MrzAnswer(tuple(_pos(p) for p in d["positions"]), tuple(d["fields"]))
        if kind == "drill":
            return DrillAnswer(
                tuple(
                    DrillResponse(
                        Verdict(r["verdict"]) if r.get("verdict") else None,
                        Status(r["fraud_type"]) if r.get("fraud_type") else None,
                        float(r.get("seconds", 0.0)),
                    )
                    for r in d["responses"]
                )
            )
    except (KeyError, ValueError, TypeError) as exc:
        raise QuizError(f"stored answer: unreadable ({exc})") from exc
    raise QuizError(f"stored answer: unknown kind {kind!r}")


def score_to_json(s: Score) -> Json:
    """Feedback as stored with the answer (enums become their values)."""
    items = []
    for item in s.items:
        d = asdict(item)
        d["outcome"] = item.outcome.value
        d["lights"] = [li.value for li in item.lights]
        items.append(d)
    return {
        "exercise": s.exercise_id,
        "earned": s.earned,
        "maximum": s.maximum,
        "seconds": s.seconds,
        "items": items,
    }
