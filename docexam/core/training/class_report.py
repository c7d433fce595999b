"""A class's results as reports: the facts, the certificate rule, CSV and xAPI statements.

The store gathers the facts (:class:`ClassReport`); this module decides who may have a
certificate and writes the machine-readable forms; ``report_pdf`` draws the PDFs. No Qt, no SQL.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

# xAPI (Experience API 1.0.3) verbs; the activity ids live under a fictional academy's domain.
XAPI_VERSION = "1.0.3"
VERB_PASSED = "http://adlnet.gov/expapi/verbs/passed"
VERB_FAILED = "http://adlnet.gov/expapi/verbs/failed"
VERB_COMPLETED = "http://adlnet.gov/expapi/verbs/completed"
ACTIVITY_ROOT = "https://docexam.example/xapi"


@dataclass(frozen=True)
class SessionFact:
    session_id: int
    code: str
    set_key: str
    title: str
    mode: str  # "exam" or "practice"
    opens_at: datetime


@dataclass(frozen=True)
class ResultFact:
    """A trainee's attempt at a class session (the latest, if several)."""

    session_id: int
    status: str
    score: float | None
    max_score: float | None
    passed: bool | None
    finished_at: datetime | None
    # False: the workstation's own grade, until the instructor's client re-scores the session
    # at its close (``store/official.py``).
    official: bool = True

    @property
    def fraction(self) -> float | None:
        if self.score is None or not self.max_score:
            return None
        return self.score / self.max_score


@dataclass(frozen=True)
class TraineeReport:
    trainee_id: int
    name: str
    service: str
    level: int
    results: dict[int, ResultFact]  # by session id
    mastery: dict[str, float]  # objective -> 0..1


@dataclass(frozen=True)
class ClassReport:
    class_name: str
    course: str
    starts_on: date
    ends_on: date
    sessions: tuple[SessionFact, ...]  # in the order they opened
    trainees: tuple[TraineeReport, ...]

    @property
    def exams(self) -> tuple[SessionFact, ...]:
        return tuple(s for s in self.sessions if s.mode == "exam")

    def trainee(self, trainee_id: int) -> TraineeReport:
        for t in self.trainees:
            if t.trainee_id == trainee_id:
                return t
        raise KeyError(trainee_id)


def certificate_refusal(report: ClassReport, trainee: TraineeReport) -> str | None:
    """Why ``trainee`` may not have a certificate of completion, or None: one is given only to
    a trainee who passed every exam of the course's class sessions (and there was one)."""
    if not report.exams:
        return f"class {report.class_name!r}: no exam was given, so no certificate"
    missing = [
        s.set_key
        for s in report.exams
        if (r := trainee.results.get(s.session_id)) is None or r.passed is not True
    ]
    if missing:
        return f"{trainee.name}: has not passed the exam(s) {', '.join(missing)}"
    pending = [s.set_key for s in report.exams if not trainee.results[s.session_id].official]
    if pending:
        return (
            f"{trainee.name}: the exam(s) {', '.join(pending)} are not graded officially yet "
            "(close the session first)"
        )
    return None


def completed_on(report: ClassReport, trainee: TraineeReport) -> date | None:
    """The day of the last exam passed (the certificate's date)."""
    days = [
        r.finished_at.date()
        for s in report.exams
        if (r := trainee.results.get(s.session_id)) is not None and r.finished_at is not None
    ]
    return max(days) if days else None


def mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def class_mastery(report: ClassReport) -> dict[str, float]:
    """Objective -> the class's mean mastery over the trainees who have one."""
    objectives = sorted({o for t in report.trainees for o in t.mastery})
    found = {o: mean([t.mastery[o] for t in report.trainees if o in t.mastery]) for o in objectives}
    return {o: v for o, v in found.items() if v is not None}


def to_csv(report: ClassReport) -> str:
    """One row per trainee and session: the spreadsheet an academy's office asks for."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        ["class", "course", "trainee_id", "trainee", "service", "level", "session_code",
         "set", "mode", "status", "score", "max_score", "percent", "passed", "finished_at",
         "official"]
    )  # fmt: skip
    for t in report.trainees:
        for s in report.sessions:
            r = t.results.get(s.session_id)
            fraction = None if r is None else r.fraction
            writer.writerow(
                [
                    report.class_name, report.course, t.trainee_id, t.name, t.service, t.level,
                    s.code, s.set_key, s.mode,
                    "not taken" if r is None else r.status,
                    "" if r is None or r.score is None else f"{r.score:g}",
                    "" if r is None or r.max_score is None else f"{r.max_score:g}",
                    "" if fraction is None else f"{100 * fraction:.1f}",
                    "" if r is None or r.passed is None else ("yes" if r.passed else "no"),
                    "" if r is None or r.finished_at is None else r.finished_at.isoformat(),
                    "" if r is None else ("yes" if r.official else "provisional"),
                ]
            )  # fmt: skip
    return out.getvalue()


def xapi_statements(report: ClassReport, homepage: str = ACTIVITY_ROOT) -> list[dict[str, Any]]:
    """xAPI statements, one per finished attempt: passed/failed for an exam, completed for a
    practice set. Actors are accounts on the academy's docexam (no e-mail addresses)."""
    statements: list[dict[str, Any]] = []
    for t in report.trainees:
        for s in report.sessions:
            r = t.results.get(s.session_id)
            if r is None or r.finished_at is None:
                continue
            verb = (
                VERB_COMPLETED if s.mode != "exam" else (VERB_PASSED if r.passed else VERB_FAILED)
            )
            result: dict[str, Any] = {"completion": True}
            if r.score is not None and r.max_score:
                result["score"] = {"raw": r.score, "min": 0, "max": r.max_score,
                                   "scaled": round(r.score / r.max_score, 4)}  # fmt: skip
            if s.mode == "exam":
                result["success"] = bool(r.passed)
            statements.append(
                {
                    "version": XAPI_VERSION,
                    "actor": {
                        "objectType": "Agent",
                        "name": t.name,
                        "account": {"homePage": homepage, "name": f"trainee-{t.trainee_id}"},
                    },
                    "verb": {"id": verb, "display": {"en-US": verb.rsplit("/", 1)[1]}},
                    "object": {
                        "objectType": "Activity",
                        "id": f"{homepage}/sessions/{s.code}",
                        "definition": {
                            "name": {"en-US": s.title},
                            "type": "http://adlnet.gov/expapi/activities/assessment",
                        },
                    },
                    "result": result,
                    "context": {
                        "contextActivities": {
                            "grouping": [{"id": f"{homepage}/classes/{report.class_name}"}]
                        }
                    },
                    "timestamp": r.finished_at.isoformat(),
                }
            )
    return statements
