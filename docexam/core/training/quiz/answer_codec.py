"""A trainee's answers and their scores to JSON and back, as the results store keeps them."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import Status
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
from docexam.core.exercise.model import Verdict
from docexam.core.pack.codec import region_from_json, region_to_json
from docexam.core.pack.exercise_file import position_from_json
from docexam.core.training.quiz.outcomes import Score

Json = dict[str, Any]


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
        case ChipAnswer():
            return {"kind": "chip", "passes": answer.passes, "failing_step": answer.failing_step}
        case FaceAnswer():
            return {
                "kind": "face",
                "same_person": answer.same_person,
                "differs": list(answer.differs),
                "agrees": list(answer.agrees),
                "hidden": list(answer.hidden),
            }
        case CaseAnswer():
            return {
                "kind": "case",
                "indicators": list(answer.indicators),
                "action": answer.action,
                "note": answer.note,
                "questions": list(answer.questions),
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
            return MrzAnswer(
                tuple(position_from_json(p) for p in d["positions"]), tuple(d["fields"])
            )
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
        if kind == "chip":
            step = d.get("failing_step")
            return ChipAnswer(bool(d["passes"]), str(step) if step else None)
        if kind == "face":
            same = d.get("same_person")
            return FaceAnswer(
                None if same is None else bool(same),
                tuple(str(f) for f in d.get("differs", [])),
                tuple(str(f) for f in d.get("agrees", [])),
                tuple(str(f) for f in d.get("hidden", [])),
            )
        if kind == "case":
            action = d.get("action")
            return CaseAnswer(
                tuple(str(i) for i in d["indicators"]),
                str(action) if action else None,
                str(d.get("note", "")),
                tuple(str(q) for q in d.get("questions", ())),
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
