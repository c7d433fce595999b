"""Classes and class sessions: what an instructor sets up and what a workstation joins.

An instructor creates a class (course, dates, trainees) and gives it a session: an exercise set
or exam under a short code, opening for everyone at one time and closing at another. A
workstation joins by that code, sits (a heartbeat with the item on screen), and sends its
attempt and answers through the :class:`docexam.store.seat.Seat` outbox. The dashboard's facts
are read here, in one query each; the figures are computed by ``core.training.classroom``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, func, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from docexam.core.training import classroom as rules
from docexam.store import convert
from docexam.store.db import WRITE_LOCK, StoreError
from docexam.store.models import (
    AnswerRow,
    AttemptRow,
    ClassMemberRow,
    ClassRow,
    ClassSessionRow,
    ExerciseSetRow,
    OfficialResultRow,
    SeatRow,
    TraineeRow,
    utcnow,
)
from docexam.store.official import Grader
from docexam.store.records import ClassSession, SchoolClass
from docexam.store.repository import Store
from docexam.store.retry import transaction

_CODE_TRIES = 20


class Classroom:
    """Class and session calls on the same database as ``store``."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._sessions = sessionmaker(store.engine, expire_on_commit=False)
        self._writers = sessionmaker(
            store.engine.execution_options(**WRITE_LOCK), expire_on_commit=False
        )

    # Instructor -----------------------------------------------------------------------------
    @transaction
    def create_class(
        self,
        name: str,
        course: str,
        starts_on: date,
        ends_on: date,
        trainee_ids: Iterable[int] = (),
    ) -> SchoolClass:
        if not name.strip():
            raise StoreError("class name: must not be empty")
        if ends_on < starts_on:
            raise StoreError(f"class {name!r}: ends on {ends_on} before it starts on {starts_on}")
        with self._writers() as s, s.begin():
            if s.scalar(select(ClassRow.id).where(ClassRow.name == name.strip())) is not None:
                raise StoreError(f"class {name!r} already exists")
            row = ClassRow(
                name=name.strip(), course=course.strip(), starts_on=starts_on, ends_on=ends_on
            )
            s.add(row)
            s.flush()
            self._add_members(s, row.id, trainee_ids)
            return self._class(s, row)

    @transaction
    def add_trainees(self, class_id: int, trainee_ids: Iterable[int]) -> SchoolClass:
        with self._writers() as s, s.begin():
            row = self._get_class(s, class_id)
            self._add_members(s, class_id, trainee_ids)
            return self._class(s, row)

    @transaction
    def classes(self) -> list[SchoolClass]:
        with self._sessions() as s:
            rows = s.scalars(select(ClassRow).order_by(ClassRow.starts_on.desc(), ClassRow.name))
            return [self._class(s, r) for r in rows]

    @transaction
    def school_class(self, class_id: int) -> SchoolClass | None:
        with self._sessions() as s:
            row = s.get(ClassRow, class_id)
            return None if row is None else self._class(s, row)

    @transaction
    def class_by_name(self, name: str) -> SchoolClass:
        with self._sessions() as s:
            row = s.scalar(select(ClassRow).where(ClassRow.name == name))
            if row is None:
                known = ", ".join(s.scalars(select(ClassRow.name).order_by(ClassRow.name)))
                raise StoreError(f"class {name!r}: not found (classes: {known or 'none yet'})")
            return self._class(s, row)

    def start_session(
        self,
        class_id: int,
        pack_id: str,
        content: Mapping[str, Any],
        opens_at: datetime | None = None,
    ) -> ClassSession:
        """Give a set (as ``quiz.codec.set_to_json``) to a class under a new code. It opens at
        ``opens_at`` (default now) and closes its time limit later (an exam); none: open until
        the instructor closes it."""
        stored = self.store.save_exercise_set(pack_id, content)
        return self._new_session(class_id, stored.id, opens_at)

    @transaction
    def _new_session(self, class_id: int, set_id: int, opens_at: datetime | None) -> ClassSession:
        with self._writers() as s, s.begin():
            self._get_class(s, class_id)
            stored = s.get(ExerciseSetRow, set_id)
            assert stored is not None  # saved just before
            opens = opens_at or self._now(s)
            closes = rules.closing_time(
                opens, stored.time_limit_s if stored.mode == "exam" else None
            )
            for _ in range(_CODE_TRIES):
                code = rules.new_code()
                if s.scalar(select(ClassSessionRow.id).where(ClassSessionRow.code == code)) is None:
                    break
            else:
                raise StoreError("class session: no free code found; try again")
            row = ClassSessionRow(
                class_id=class_id,
                exercise_set_id=set_id,
                code=code,
                opens_at=opens,
                closes_at=closes,
            )
            s.add(row)
            s.flush()
            return self._session_record(s, row)

    def close_session(self, session_id: int) -> ClassSession:
        """Close a session now (an instructor ending it early, or one without a limit; one
        that closed by its limit stays as it was), then grade it officially."""
        closed = self._close_now(session_id)
        Grader(self.store).grade_session(session_id)
        return closed

    @transaction
    def _close_now(self, session_id: int) -> ClassSession:
        with self._writers() as s, s.begin():
            row = self._get_session(s, session_id)
            now = self._now(s)
            if row.closes_at is None or row.closes_at > now:
                row.closes_at = max(now, row.opens_at)
            s.flush()
            return self._session_record(s, row)

    @transaction
    def sessions(self, class_id: int) -> list[ClassSession]:
        with self._sessions() as s:
            rows = s.scalars(
                select(ClassSessionRow)
                .where(ClassSessionRow.class_id == class_id)
                .order_by(ClassSessionRow.opens_at.desc(), ClassSessionRow.id.desc())
            )
            return [self._session_record(s, r) for r in rows]

    @transaction
    def session(self, session_id: int) -> ClassSession:
        with self._sessions() as s:
            return self._session_record(s, self._get_session(s, session_id))

    # Workstation ----------------------------------------------------------------------------
    @transaction
    def join(self, typed_code: str) -> ClassSession:
        """The session a code names (a trainee's role sees only its own classes' sessions)."""
        code = rules.normalise_code(typed_code)
        with self._sessions() as s:
            row = s.scalar(select(ClassSessionRow).where(ClassSessionRow.code == code))
            if row is None:
                raise StoreError(f"class code {code}: no session of your classes has this code")
            return self._session_record(s, row)

    @transaction
    def my_trainee_id(self) -> int | None:
        """The trainee this connection signs in as, on a class server (``store/roles.py``)."""
        with self._sessions() as s:
            if s.get_bind().dialect.name != "postgresql":
                return None
            exists = s.scalar(text("SELECT to_regprocedure('docexam_class.my_trainee_id()')"))
            if exists is None:
                return None
            found = s.scalar(text("SELECT docexam_class.my_trainee_id()"))
            return None if found is None else int(found)

    @transaction
    def attempt_by_uid(self, uid: str) -> int | None:
        with self._sessions() as s:
            found = s.scalar(select(AttemptRow.id).where(AttemptRow.uid == uid))
            return None if found is None else int(found)

    @transaction
    def sit(self, session_id: int, trainee_id: int, item_index: int) -> None:
        """A workstation's heartbeat: it is there, showing ``item_index``."""
        with self._writers() as s, s.begin():
            dialect = s.get_bind().dialect.name
            insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
            now = utcnow()
            statement = insert(SeatRow).values(
                session_id=session_id,
                trainee_id=trainee_id,
                item_index=item_index,
                last_seen_at=now,
            )
            s.execute(
                statement.on_conflict_do_update(
                    index_elements=[SeatRow.session_id, SeatRow.trainee_id],
                    set_={"item_index": item_index, "last_seen_at": now},
                )
            )

    # Dashboard ------------------------------------------------------------------------------
    @transaction
    def dashboard(self, session_id: int) -> rules.Dashboard:
        with self._sessions() as s:
            session = self._get_session(s, session_id)
            now = self._now(s)
            latest_attempt = (
                select(AttemptRow.trainee_id, func.max(AttemptRow.id).label("attempt_id"))
                .where(AttemptRow.class_session_id == session_id)
                .group_by(AttemptRow.trainee_id)
                .subquery()
            )
            seat_rows = s.execute(
                select(
                    TraineeRow.id,
                    TraineeRow.name,
                    SeatRow.last_seen_at,
                    SeatRow.item_index,
                    AttemptRow,
                    OfficialResultRow,
                )
                .join(ClassMemberRow, ClassMemberRow.trainee_id == TraineeRow.id)
                .outerjoin(
                    SeatRow,
                    and_(SeatRow.trainee_id == TraineeRow.id, SeatRow.session_id == session_id),
                )
                .outerjoin(latest_attempt, latest_attempt.c.trainee_id == TraineeRow.id)
                .outerjoin(AttemptRow, AttemptRow.id == latest_attempt.c.attempt_id)
                .outerjoin(OfficialResultRow, OfficialResultRow.attempt_id == AttemptRow.id)
                .where(ClassMemberRow.class_id == session.class_id)
            )
            seats = [
                rules.SeatFact(
                    trainee_id=tid,
                    name=name,
                    last_seen_at=seen,
                    item_index=item,
                    attempt_id=None if a is None else a.id,
                    status=None if a is None else a.status,
                    score=_pick(a, o, "score"),
                    max_score=_pick(a, o, "max_score"),
                    passed=_pick(a, o, "passed"),
                    official=o is not None,
                )
                for tid, name, seen, item, a, o in seat_rows
            ]
            answer_rows = s.execute(
                select(
                    AttemptRow.trainee_id,
                    AnswerRow.id,
                    AnswerRow.item_index,
                    AnswerRow.exercise_id,
                    AnswerRow.objectives,
                    AnswerRow.score,
                    AnswerRow.max_score,
                )
                .join(AttemptRow, AnswerRow.attempt_id == AttemptRow.id)
                .where(AttemptRow.class_session_id == session_id)
            )
            answers = [
                rules.AnswerFact(
                    tid,
                    aid,
                    item,
                    exercise,
                    convert.objectives(objs) if score is not None else (),
                    score,
                    top,
                )
                for tid, aid, item, exercise, objs, score, top in answer_rows
            ]
            return rules.summarise(seats, answers, now)

    # Helpers --------------------------------------------------------------------------------
    @staticmethod
    def _now(s: Session) -> datetime:
        if s.get_bind().dialect.name == "postgresql":
            now: datetime = s.scalar(text("SELECT now()"))
            return now
        return utcnow()

    @staticmethod
    def _add_members(s: Session, class_id: int, trainee_ids: Iterable[int]) -> None:
        for trainee_id in sorted(set(trainee_ids)):
            if s.get(TraineeRow, trainee_id) is None:
                raise StoreError(f"trainee {trainee_id}: not found")
            if s.get(ClassMemberRow, (class_id, trainee_id)) is None:
                s.add(ClassMemberRow(class_id=class_id, trainee_id=trainee_id))
        try:
            s.flush()
        except IntegrityError as exc:
            raise StoreError(f"class {class_id}: trainees not added ({exc.orig})") from exc

    @staticmethod
    def _get_class(s: Session, class_id: int) -> ClassRow:
        row = s.get(ClassRow, class_id)
        if row is None:
            raise StoreError(f"class {class_id}: not found")
        return row

    @staticmethod
    def _get_session(s: Session, session_id: int) -> ClassSessionRow:
        row = s.get(ClassSessionRow, session_id)
        if row is None:
            raise StoreError(f"class session {session_id}: not found")
        return row

    @staticmethod
    def _class(s: Session, row: ClassRow) -> SchoolClass:
        members = s.scalars(
            select(ClassMemberRow.trainee_id)
            .where(ClassMemberRow.class_id == row.id)
            .order_by(ClassMemberRow.trainee_id)
        )
        return SchoolClass(row.id, row.name, row.course, row.starts_on, row.ends_on, tuple(members))

    def _session_record(self, s: Session, row: ClassSessionRow) -> ClassSession:
        group = self._get_class(s, row.class_id)
        stored = s.get(ExerciseSetRow, row.exercise_set_id)
        assert stored is not None  # a foreign key
        return ClassSession(
            id=row.id,
            class_id=row.class_id,
            class_name=group.name,
            course=group.course,
            exercise_set_id=stored.id,
            pack_id=stored.pack_id,
            set_key=stored.set_key,
            title=dict(stored.title),
            mode=stored.mode,
            item_count=stored.item_count,
            pass_mark=stored.pass_mark,
            code=row.code,
            opens_at=row.opens_at,
            closes_at=row.closes_at,
            server_now=self._now(s),
        )


def _pick(attempt: AttemptRow | None, official: OfficialResultRow | None, column: str) -> Any:
    """The official result's value once the instructor graded the attempt, else the
    workstation's own (provisional)."""
    row = official if official is not None else attempt
    return None if row is None else getattr(row, column)
