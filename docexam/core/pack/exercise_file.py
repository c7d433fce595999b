"""Exercise sets to JSON and back: ``exercises.json`` beside a pack's pack.json.

The file is checked against ``docexam/shipped/schema/exercises-v1.schema.json`` first (every
problem with its JSON path), then decoded; errors name the file and the field.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import Status
from docexam.core.exercise.errors import QuizError
from docexam.core.exercise.model import (
    AreaExercise,
    Asked,
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
    VerdictExercise,
)
from docexam.core.mrz import Position
from docexam.core.pack import schemas
from docexam.core.pack.codec import region_from_json, region_to_json
from docexam.core.pack.safejson import UntrustedJsonError, loads_unsealed

Json = dict[str, Any]
EXERCISES_FILE = "exercises.json"
FORMAT = "docexam-exercises"
FORMAT_VERSION = 1


def position_from_json(p: list[int]) -> Position:
    return Position(int(p[0]), int(p[1]))


def _region_json(e: ExpectedRegion) -> Json:
    out: Json = {"id": e.id, "page": e.page_id, "region": region_to_json(e.region)}
    out |= {"category": e.category, "name": e.name, "lights": [li.value for li in e.lights]}
    if e.parts:
        out["parts"] = [region_to_json(r) for r in e.parts]
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
        tuple(region_from_json(r) for r in d.get("parts", [])),
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
            if ex.neutral:
                out["neutral"] = [_region_json(e) for e in ex.neutral]
            if ex.level is not None:
                out["level"] = ex.level
        case VerdictExercise():
            out["specimen"] = ex.specimen.key
            out["expected"] = ex.expected.value
        case LightExercise():
            out["specimen"] = ex.specimen.key
            out["feature"] = _region_json(ex.feature)
            out["options"] = [li.value for li in ex.options]
            if ex.level is not None:
                out["level"] = ex.level
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
        case CaseExercise():
            out["specimen"] = ex.specimen.key
            out |= {"case": ex.case, "indicators": list(ex.indicators), "action": ex.action}
            out |= {"acceptable": list(ex.acceptable), "options": list(ex.options)}
            out |= {"actions": list(ex.actions), "question_seconds": ex.question_seconds}
            out["penalty"] = ex.penalty
        case ChipExercise():
            out["specimen"] = ex.specimen.key
            out["passes"] = ex.passes
            out["failing_step"] = ex.failing_step
            out["steps"] = list(ex.steps)
        case FaceExercise():
            out["specimen"] = ex.specimen.key
            out["against"] = ex.against
            out["seed"] = ex.seed
            out["difficulty"] = ex.difficulty
            out["same_person"] = ex.same_person
            out["differing"] = list(ex.differing)
            out["hidden"] = list(ex.hidden)
            out["features"] = list(ex.features)
            out["seconds"] = ex.seconds
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
            neutral=tuple(_region_from(e) for e in d.get("neutral", [])),
            level=d.get("level"),
        )
    if kind is ExerciseKind.VERDICT:
        return VerdictExercise(**common, specimen=ref, expected=Status(d["expected"]), **texts)
    if kind is ExerciseKind.CASE_FILE:
        return CaseExercise(
            **common,
            specimen=ref,
            case=d["case"],
            indicators=tuple(d["indicators"]),
            action=d["action"],
            acceptable=tuple(d.get("acceptable", ())),
            options=tuple(d["options"]),
            actions=tuple(d["actions"]),
            question_seconds=float(d.get("question_seconds", 75.0)),
            penalty=float(d.get("penalty", 0.5)),
            **texts,
        )
    if kind is ExerciseKind.CHIP_CHECK:
        return ChipExercise(
            **common,
            specimen=ref,
            passes=bool(d["passes"]),
            failing_step=d.get("failing_step"),
            steps=tuple(d["steps"]),
            **texts,
        )
    if kind is ExerciseKind.FACE_COMPARE:
        seconds = d.get("seconds")
        return FaceExercise(
            **common,
            specimen=ref,
            against=str(d["against"]),
            seed=int(d["seed"]),
            difficulty=float(d["difficulty"]),
            same_person=bool(d["same_person"]),
            differing=tuple(d["differing"]),
            # (Files written before features could be hidden: every feature was compared.)
            hidden=tuple(d.get("hidden", [])),
            features=tuple(d.get("features", [])),
            seconds=float(seconds) if seconds is not None else None,
            **texts,
        )
    if kind is ExerciseKind.WHICH_LIGHT:
        options = tuple(LightSource(li) for li in d["options"])
        return LightExercise(
            **common,
            specimen=ref,
            feature=_region_from(d["feature"]),
            options=options,
            **texts,
            level=d.get("level"),
        )
    findings = tuple(
        ExpectedFinding(
            f["code"],
            f["field"],
            tuple(position_from_json(p) for p in f["positions"]),
            tuple(position_from_json(p) for p in f.get("covers", [])),
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
    out: Json = {
        "id": s.id,
        "title": s.title,
        "description": s.description,
        "mode": s.mode.value,
        "time_limit_s": s.time_limit_s,
        "pass_mark": s.pass_mark,
    }
    if s.asked is not None:
        out["asked"] = {
            "specimens": list(s.asked.specimen_ids),
            "kinds": [k.value for k in s.asked.kinds],
        }
    return out | {"exercises": [exercise_to_json(e) for e in s.exercises]}


def set_from_json(d: Json) -> ExerciseSet:
    return ExerciseSet(
        d["id"],
        dict(d["title"]),
        tuple(exercise_from_json(e) for e in d["exercises"]),
        Mode(d.get("mode", "practice")),
        d.get("time_limit_s"),
        float(d.get("pass_mark", 0.6)),
        dict(d.get("description", {})),
        _asked_from(d.get("asked")),
    )


def _asked_from(d: Json | None) -> Asked | None:
    if d is None:
        return None
    return Asked(tuple(d["specimens"]), tuple(ExerciseKind(k) for k in d["kinds"]))


def file_to_json(sets: list[ExerciseSet]) -> Json:
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "sets": [set_to_json(s) for s in sets],
    }


def sets_from_file_json(data: Any, source: str = EXERCISES_FILE) -> list[ExerciseSet]:
    validator = schemas.validator(schemas.EXERCISES)
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
        # Unsealed: the library keeps an imported pack's exam sets sealed (pack.io.seal_exam_sets).
        data = loads_unsealed(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, UntrustedJsonError) as exc:
        raise QuizError(f"{path}: cannot read ({exc})") from exc
    return sets_from_file_json(data, str(path))


def write_exercises(pack_root: Path, sets: list[ExerciseSet]) -> Path:
    path = Path(pack_root) / EXERCISES_FILE
    text = json.dumps(file_to_json(sets), ensure_ascii=False, indent=2) + "\n"
    path.write_text(text, encoding="utf-8")
    return path
