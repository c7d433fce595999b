"""A class's results, gathered for its reports (``core.training.class_report``) through the
store's own calls: the class, its sessions, each member's attempts and mastery. Scores are the
official ones (``store/official.py``) where the instructor graded the session, else the
workstation's own, marked provisional."""

from __future__ import annotations

from docexam.core.domain.model import text_for
from docexam.core.training.class_report import (
    ClassReport,
    ResultFact,
    SessionFact,
    TraineeReport,
)
from docexam.store.classes import Classroom
from docexam.store.official import Grader
from docexam.store.records import SchoolClass
from docexam.store.repository import Store


def read_class_report(store: Store, group: SchoolClass) -> ClassReport:
    room = Classroom(store)
    sessions = sorted(room.sessions(group.id), key=lambda s: (s.opens_at, s.id))
    # A session that closed (by its limit, or with no instructor there) is graded officially
    # here; grading again re-scores, so an answer that reached the server late counts.
    grader = Grader(store)
    for session in sessions:
        if session.closes_at is not None and session.closes_at <= session.server_now:
            grader.grade_session(session.id)
    facts = tuple(
        SessionFact(s.id, s.code, s.set_key, text_for(s.title) or s.set_key, s.mode, s.opens_at)
        for s in sessions
    )
    trainees = []
    for trainee_id in group.trainee_ids:
        trainee = store.trainee(trainee_id)
        results: dict[int, ResultFact] = {}
        history = store.attempt_history(trainee_id)
        official = grader.official(a.id for a in history)
        for attempt in reversed(history):  # the latest one wins
            # The same set given twice is one stored set: the attempt belongs to the last
            # session of that set opened when it started (a seat starts at the opening).
            given = [
                s
                for s in sessions
                if s.exercise_set_id == attempt.exercise_set_id and s.opens_at <= attempt.started_at
            ]
            if given:
                graded = official.get(attempt.id)
                score, top, passed = graded or (attempt.score, attempt.max_score, attempt.passed)
                results[given[-1].id] = ResultFact(
                    given[-1].id,
                    attempt.status.value,
                    score,
                    top,
                    passed,
                    attempt.finished_at,
                    official=graded is not None,
                )
        mastery = {m.objective_id: m.level for m in store.mastery(trainee_id)}
        trainees.append(
            TraineeReport(
                trainee.id, trainee.name, trainee.service, trainee.level, results, mastery
            )
        )
    return ClassReport(
        group.name,
        group.course,
        group.starts_on,
        group.ends_on,
        facts,
        tuple(sorted(trainees, key=lambda t: (t.name, t.trainee_id))),
    )
