"""The repository the UI calls: one method per thing a trainee or instructor does.

Each method is one short transaction, committed before it returns: an answer recorded is an
answer kept, even if the app is killed on the next line. Methods take and return plain values and
the dataclasses of :mod:`docexam.store.records`; no ORM object leaves this module.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, select, text, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from docexam.core.training import mastery as rule
from docexam.store import convert, set_rows
from docexam.store.db import WRITE_LOCK, StoreError, make_engine, upgrade
from docexam.store.location import database_url
from docexam.store.mastery_rows import update_mastery
from docexam.store.models import (
    AnswerRow,
    AttemptRow,
    ClassSessionRow,
    ExerciseSetRow,
    MasteryRow,
    TraineeRow,
    utcnow,
)
from docexam.store.records import (
    SOLUTION_SHOWN,
    Attempt,
    AttemptStatus,
    Grade,
    Mastery,
    ResumableAttempt,
    StoredAnswer,
    StoredSet,
    Trainee,
)
from docexam.store.retry import transaction


def open_store(url: str | None = None, *, migrate: bool = True) -> Store:
    """Open (and by default migrate to head) the results database at ``url`` or the default."""
    engine = make_engine(database_url(url))
    if migrate:
        upgrade(engine)
    return Store(engine)


class Store:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # Writers take SQLite's write lock when they begin: a reader that upgrades to a writer
        # after another seat committed fails at once (a WAL snapshot conflict), busy timeout or not.
        self._writers = sessionmaker(engine.execution_options(**WRITE_LOCK), expire_on_commit=False)
        self._withheld: bool | None = None  # see _keys_withheld

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _session(self) -> Session:
        return self._sessions()

    def _writer(self) -> Session:
        return self._writers()

    # Trainees -----------------------------------------------------------------------------
    @transaction
    def create_trainee(self, name: str, service: str = "", level: int = 1) -> Trainee:
        if not name.strip():
            raise StoreError("trainee name: must not be empty")
        if level not in (1, 2, 3):
            raise StoreError(f"trainee level: {level} is not 1, 2 or 3")
        row = TraineeRow(name=name.strip(), service=service.strip(), level=level)
        try:
            with self._writer() as s, s.begin():
                s.add(row)
        except IntegrityError as exc:
            raise StoreError(f"trainee {name!r} ({service}) already exists") from exc
        return convert.trainee(row)

    @transaction
    def list_trainees(self) -> list[Trainee]:
        with self._session() as s:
            rows = s.scalars(select(TraineeRow).order_by(TraineeRow.name, TraineeRow.id))
            return [convert.trainee(r) for r in rows]

    @transaction
    def trainee(self, trainee_id: int) -> Trainee:
        with self._session() as s:
            return convert.trainee(self._get(s, TraineeRow, trainee_id))

    # Exercise sets ------------------------------------------------------------------------
    @transaction
    def save_exercise_set(self, pack_id: str, content: Mapping[str, Any]) -> StoredSet:
        """Store (or update) an exercise set given as its JSON (``quiz.codec.set_to_json``),
        its exercises sealed (:func:`convert.seal_set`): they hold every key.

        A set that attempts already use is never changed: its answers are matched to its items
        by position, so new content goes into a new row keyed ``<id>@<content digest>``.
        """
        try:
            key = str(content["id"])
            values = {
                "title": dict(content["title"]),
                "mode": str(content["mode"]),
                "time_limit_s": content.get("time_limit_s"),
                "pass_mark": float(content["pass_mark"]),
                "item_count": len(content["exercises"]),
                "content": convert.seal_set(content),
                "updated_at": utcnow(),
            }
        except (KeyError, TypeError, ValueError) as exc:
            raise StoreError(f"exercise set: missing or bad field ({exc})") from exc
        with self._writer() as s, s.begin():
            row = set_rows.find(s, pack_id, key)
            if self._keys_withheld(s):
                return set_rows.add_unread(s, pack_id, key, values, content)
            if row is not None and row.content != values["content"] and set_rows.used(s, row.id):
                key = f"{key}@{set_rows.digest(content)}"
                row = set_rows.find(s, pack_id, key)
            if row is None:
                row = ExerciseSetRow(pack_id=pack_id, set_key=key, **values)
                s.add(row)
            else:
                for name, value in values.items():
                    setattr(row, name, value)
            s.flush()
            return convert.stored_set(row)

    def _keys_withheld(self, s: Session) -> bool:
        """Whether this connection's role may not read stored sets' items: a class trainee's
        role on a server set up by ``docexam class setup`` (``store/roles.py``)."""
        if self._withheld is None:
            if s.get_bind().dialect.name != "postgresql":
                self._withheld = False
            else:
                query = text("SELECT has_column_privilege('exercise_set', 'content', 'SELECT')")
                self._withheld = not s.scalar(query)
        return self._withheld

    def _stored_set(self, s: Session, row: ExerciseSetRow) -> StoredSet | None:
        """The set with its items, or None when the server withholds them from this role
        (an exam in progress, for a class trainee)."""
        if not self._keys_withheld(s):
            return convert.stored_set(row)
        content = s.scalar(text("SELECT docexam_class.set_content(:id)"), {"id": row.id})
        return None if content is None else convert.stored_set(row, content)

    # Attempts -----------------------------------------------------------------------------
    @transaction
    def start_attempt(
        self,
        trainee_id: int,
        exercise_set_id: int,
        mode: str | None = None,
        *,
        uid: str | None = None,
        class_session_id: int | None = None,
        started_at: datetime | None = None,
        within: Callable[[Connection, Attempt], None] | None = None,
    ) -> Attempt:
        """Start an attempt. A class workstation names it by ``uid``: starting it again (a
        resend after an outage) returns the attempt already stored. ``within`` runs in the same
        transaction (a seated workstation's outbox entry: one commit for both)."""
        with self._writer() as s, s.begin():
            self._get(s, TraineeRow, trainee_id)
            stored = self._get(s, ExerciseSetRow, exercise_set_id)
            if uid is not None:
                known = s.scalar(select(AttemptRow).where(AttemptRow.uid == uid))
                if known is not None:
                    return convert.attempt(known, stored)
            row = AttemptRow(
                trainee_id=trainee_id,
                exercise_set_id=exercise_set_id,
                mode=mode or stored.mode,
                status=AttemptStatus.IN_PROGRESS.value,
                time_limit_s=stored.time_limit_s,
                started_at=started_at or utcnow(),
                uid=uid,
                class_session_id=class_session_id,
            )
            s.add(row)
            s.flush()
            started = convert.attempt(row, stored)
            if within is not None:
                within(s.connection(), started)
            return started

    @transaction
    def record_answer(
        self,
        attempt_id: int,
        item_index: int,
        exercise_id: str,
        objectives: Sequence[str],
        payload: Mapping[str, Any],
        score: float,
        max_score: float,
        feedback: Mapping[str, Any],
        seconds: float,
        answered_at: datetime | None = None,
        *,
        solution_shown: bool = False,
        uid: str | None = None,
        within: Callable[[Connection, StoredAnswer], None] | None = None,
    ) -> StoredAnswer:
        """Keep one answer, committed before returning; it updates mastery at once when the
        core's rule says so (the first practice answer to an item), else at :meth:`finish_attempt`.

        An exam answer is kept without its score, maximum and feedback (the core's
        ``graded_when_answered``): they reach the database only as the ``grades`` of
        :meth:`finish_attempt`, so the file holds no verdict on an answer before submission;
        its objectives (whose ids may name the fraud) stay sealed until it is graded.
        An item whose solution the trainee asked to see is kept, flagged, and never counted.
        An answer sent again under its ``uid`` (a class workstation's resend) is not added twice.
        ``within`` runs in the same transaction, as for :meth:`start_attempt`.
        """
        try:
            with self._writer() as s, s.begin():
                if uid is not None:
                    known = s.scalar(select(AnswerRow).where(AnswerRow.uid == uid))
                    if known is not None:
                        return convert.answer(known)
                # Locked: on PostgreSQL a finish committing between this check and the insert
                # would otherwise close the attempt under an answer it never counts (SQLite's
                # writer holds the database lock from begin already).
                attempt = self._get(s, AttemptRow, attempt_id, lock=True)
                if attempt.status != AttemptStatus.IN_PROGRESS:
                    raise StoreError(f"attempt {attempt_id}: already {attempt.status}")
                when = answered_at or utcnow()
                if attempt.class_session_id is not None:
                    closes = s.scalar(
                        select(ClassSessionRow.closes_at).where(
                            ClassSessionRow.id == attempt.class_session_id
                        )
                    )
                    if closes is not None and when > closes:
                        raise StoreError(
                            f"attempt {attempt_id}: answered at {when:%H:%M:%S}, after its "
                            f"class session closed at {closes:%H:%M:%S} UTC"
                        )
                graded = rule.graded_when_answered(attempt.mode)
                row = AnswerRow(
                    attempt_id=attempt_id,
                    item_index=item_index,
                    exercise_id=exercise_id,
                    # An objective id can name the fraud ("L2.fraud.photo"): sealed until graded.
                    objectives=(
                        list(objectives) if graded else convert.seal_objectives(objectives)
                    ),
                    payload=dict(payload),
                    score=float(score) if graded else None,
                    max_score=float(max_score) if graded else None,
                    feedback=(
                        dict(feedback) | ({SOLUTION_SHOWN: True} if solution_shown else {})
                        if graded
                        else ({SOLUTION_SHOWN: True} if solution_shown else None)
                    ),
                    seconds=float(seconds),
                    answered_at=when,
                    uid=uid,
                )
                first = not self._answered(s, attempt_id, item_index)
                s.add(row)
                s.flush()
                if rule.counts_when_answered(attempt.mode, first, solution_shown=solution_shown):
                    update_mastery(s, attempt.trainee_id, [row])
                kept = convert.answer(row)
                if within is not None:
                    within(s.connection(), kept)
                return kept
        except SQLAlchemyError as exc:
            raise StoreError(f"attempt {attempt_id}: answer not stored ({exc})") from exc

    @transaction
    def finish_attempt(
        self,
        attempt_id: int,
        *,
        score: float | None = None,
        max_score: float | None = None,
        passed: bool | None = None,
        status: AttemptStatus = AttemptStatus.FINISHED,
        grades: Mapping[int, Grade] | None = None,
        within: Callable[[Connection, Attempt], None] | None = None,
    ) -> Attempt:
        """Close an attempt. Totals default to the sums over the latest answer of each item.

        ``grades`` (by item index) go onto the latest answer of each item first: an exam's
        answers were kept ungraded until now. An answer still ungraded counts nothing.

        An attempt is closed once: finishing one already finished or abandoned returns it as it
        is, so a second call (the exam clock and the Finish button at once) counts nothing twice.
        """
        with self._writer() as s, s.begin():
            # Claim the close with a compare-and-set UPDATE before reading anything: of two
            # concurrent calls only one matches (PostgreSQL re-checks the WHERE once the first
            # commits; SQLite runs one writer at a time), and that one alone counts mastery.
            claimed = s.connection().execute(
                update(AttemptRow)
                .where(
                    AttemptRow.id == attempt_id,
                    AttemptRow.status == AttemptStatus.IN_PROGRESS.value,
                )
                .values(status=status.value, finished_at=utcnow())
            )
            row = self._get(s, AttemptRow, attempt_id)
            stored = self._get(s, ExerciseSetRow, row.exercise_set_id)
            if claimed.rowcount == 0:
                return convert.attempt(row, stored)
            by_item = _latest(row.answers)
            for index, grade in (grades or {}).items():
                if index in by_item:
                    answer = by_item[index]
                    shown = bool((answer.feedback or {}).get(SOLUTION_SHOWN))
                    answer.score, answer.max_score = grade.score, grade.max_score
                    answer.objectives = list(convert.objectives(answer.objectives))
                    answer.feedback = dict(grade.feedback) | (
                        {SOLUTION_SHOWN: True} if shown else {}
                    )
            # The grades are written before the totals: on a class server a trainee's role may
            # grade an answer only while its attempt has no score yet (store/roles.py).
            s.flush()
            latest = [a for a in by_item.values() if a.score is not None]
            total = sum(a.score or 0.0 for a in latest)
            row.score = total if score is None else score
            row.max_score = (
                sum(a.max_score or 0.0 for a in latest) if max_score is None else max_score
            )
            if passed is None and status is AttemptStatus.FINISHED:
                # An ended practice or an abandoned attempt is neither passed nor failed.
                fraction = row.score / row.max_score if row.max_score else 0.0
                passed = fraction >= stored.pass_mark
            row.passed = passed
            if rule.counts_when_finished(row.mode, status is AttemptStatus.FINISHED):
                own = [a for a in latest if not (a.feedback or {}).get(SOLUTION_SHOWN)]
                update_mastery(s, row.trainee_id, own)
            s.flush()
            closed = convert.attempt(row, stored)
            if within is not None:  # the first close only, as for the counting above
                within(s.connection(), closed)
            return closed

    @transaction
    def unfinished_attempts(self, trainee_id: int | None = None) -> list[ResumableAttempt]:
        """Attempts still in progress (a crash, a closed laptop) with every answer given."""
        with self._session() as s:
            query = select(AttemptRow).where(AttemptRow.status == AttemptStatus.IN_PROGRESS.value)
            if trainee_id is not None:
                query = query.where(AttemptRow.trainee_id == trainee_id)
            out = []
            for row in s.scalars(query.order_by(AttemptRow.started_at, AttemptRow.id)):
                stored = self._get(s, ExerciseSetRow, row.exercise_set_id)
                exercise_set = self._stored_set(s, stored)
                if exercise_set is None:
                    # A class trainee's exam in progress: its items hold the keys, which the
                    # server releases only after the close (docs/class-mode.md, limits).
                    continue
                answers = tuple(convert.answer(a) for a in row.answers)
                out.append(ResumableAttempt(convert.attempt(row, stored), exercise_set, answers))
            return out

    @transaction
    def attempt_history(self, trainee_id: int) -> list[Attempt]:
        with self._session() as s:
            query = (
                select(AttemptRow, ExerciseSetRow)
                .join(ExerciseSetRow, AttemptRow.exercise_set_id == ExerciseSetRow.id)
                .where(AttemptRow.trainee_id == trainee_id)
                .order_by(AttemptRow.started_at.desc(), AttemptRow.id.desc())
            )
            return [convert.attempt(a, e) for a, e in s.execute(query)]

    @transaction
    def answers(self, attempt_id: int) -> list[StoredAnswer]:
        with self._session() as s:
            rows = s.scalars(
                select(AnswerRow).where(AnswerRow.attempt_id == attempt_id).order_by(AnswerRow.id)
            )
            return [convert.answer(r) for r in rows]

    @transaction
    def answered_exercises(self, trainee_id: int) -> frozenset[str]:
        """The ids of every exercise this trainee has answered, in any attempt and mode: an
        exam draws none of them, since practice feedback (or an earlier exam's review) gave
        their answers away."""
        with self._session() as s:
            query = (
                select(AnswerRow.exercise_id)
                .join(AttemptRow, AnswerRow.attempt_id == AttemptRow.id)
                .where(AttemptRow.trainee_id == trainee_id)
                .distinct()
            )
            return frozenset(s.scalars(query))

    # Mastery ------------------------------------------------------------------------------
    @transaction
    def mastery(self, trainee_id: int) -> list[Mastery]:
        with self._session() as s:
            rows = s.scalars(
                select(MasteryRow)
                .where(MasteryRow.trainee_id == trainee_id)
                .order_by(MasteryRow.objective_id)
            )
            return [convert.mastery(r) for r in rows]

    # Helpers ------------------------------------------------------------------------------
    @staticmethod
    def _get(s: Session, model: Any, key: int, *, lock: bool = False) -> Any:
        row = s.get(model, key, with_for_update=lock)
        if row is None:
            raise StoreError(f"{model.__tablename__} {key}: not found")
        return row

    @staticmethod
    def _answered(s: Session, attempt_id: int, item_index: int) -> bool:
        query = select(AnswerRow.id).where(
            AnswerRow.attempt_id == attempt_id, AnswerRow.item_index == item_index
        )
        return s.scalar(query.limit(1)) is not None


if TYPE_CHECKING:
    from docexam.store.port import TrainingStore

    def _store_is_a_training_store(store: Store) -> TrainingStore:
        # Never called: mypy fails here as soon as the Store and the Protocol the screens and
        # the quiz bridge call drift apart.
        return store


def _latest(answers: Sequence[AnswerRow]) -> dict[int, AnswerRow]:
    latest: dict[int, AnswerRow] = {}
    for answer in sorted(answers, key=lambda a: a.id):
        latest[answer.item_index] = answer
    return latest
