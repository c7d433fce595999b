"""The results schema as SQLAlchemy 2 typed ORM classes; Alembic migrations mirror it exactly.

Every datetime is stored and returned as timezone-aware UTC (:class:`UtcDateTime`), because
SQLite keeps no offset and a class server may run in any zone. JSON columns hold what the core
serialises (answers, feedback, exercise sets), so the schema does not change when an exercise
type is added.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Stable constraint names: Alembic can alter them later, and SQLite batch mode needs them.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """A datetime that must be aware going in and is always aware (UTC) coming out."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; use datetime.now(UTC)")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        # SQLite returns naive values; they were written as UTC.
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UtcDateTime, dict[str, Any]: JSON}  # noqa: RUF012


class TraineeRow(Base):
    __tablename__ = "trainee"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    service: Mapped[str] = mapped_column(String(200), default="")
    level: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (UniqueConstraint("name", "service", name="uq_trainee_name_service"),)


class ExerciseSetRow(Base):
    __tablename__ = "exercise_set"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pack_id: Mapped[str] = mapped_column(String(200))
    set_key: Mapped[str] = mapped_column(String(200))
    title: Mapped[dict[str, Any]] = mapped_column(JSON)
    mode: Mapped[str] = mapped_column(String(20))
    time_limit_s: Mapped[float | None] = mapped_column(Float)
    pass_mark: Mapped[float] = mapped_column(Float)
    item_count: Mapped[int] = mapped_column(Integer)
    # The whole set, for resuming. Deferred: a class trainee's role may not select it (the
    # sealed items hold the keys, ``store/roles.py``), so it is loaded only when asked for.
    content: Mapped[dict[str, Any]] = mapped_column(JSON, deferred=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (UniqueConstraint("pack_id", "set_key", name="uq_exercise_set_pack_key"),)


class AttemptRow(Base):
    __tablename__ = "attempt"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainee.id", ondelete="CASCADE"))
    exercise_set_id: Mapped[int] = mapped_column(ForeignKey("exercise_set.id"))
    mode: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), default="in_progress")
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column()
    time_limit_s: Mapped[float | None] = mapped_column(Float)
    score: Mapped[float | None] = mapped_column(Float)
    max_score: Mapped[float | None] = mapped_column(Float)
    passed: Mapped[bool | None] = mapped_column()
    # A class session's attempt: started by a workstation under a uid of its own, so a start
    # sent again after the server was out of reach finds the attempt instead of adding one.
    # No foreign key: see migration 0004 (SQLite could not add it without risking the answers).
    class_session_id: Mapped[int | None] = mapped_column(Integer)
    uid: Mapped[str | None] = mapped_column(String(36), index=True, unique=True)

    answers: Mapped[list[AnswerRow]] = relationship(
        back_populates="attempt", order_by="AnswerRow.id", cascade="all, delete-orphan"
    )

    __table_args__ = (Index("ix_attempt_trainee_status", "trainee_id", "status"),)


class AnswerRow(Base):
    __tablename__ = "answer"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempt.id", ondelete="CASCADE"))
    item_index: Mapped[int] = mapped_column(Integer)
    exercise_id: Mapped[str] = mapped_column(String(200))
    objectives: Mapped[list[str]] = mapped_column(JSON)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    # None while an exam is in progress (``mastery.graded_when_answered``): set at its finish.
    score: Mapped[float | None] = mapped_column(Float)
    max_score: Mapped[float | None] = mapped_column(Float)
    feedback: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    seconds: Mapped[float] = mapped_column(Float)
    answered_at: Mapped[datetime] = mapped_column(default=utcnow)
    uid: Mapped[str | None] = mapped_column(String(36), index=True, unique=True)  # resends

    attempt: Mapped[AttemptRow] = relationship(back_populates="answers")

    __table_args__ = (Index("ix_answer_attempt_item", "attempt_id", "item_index"),)


class MasteryRow(Base):
    __tablename__ = "mastery"

    trainee_id: Mapped[int] = mapped_column(
        ForeignKey("trainee.id", ondelete="CASCADE"), primary_key=True
    )
    objective_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    level: Mapped[float] = mapped_column(Float)  # 0..1, exponentially weighted
    answers: Mapped[int] = mapped_column(Integer)
    earned: Mapped[float] = mapped_column(Float)
    possible: Mapped[float] = mapped_column(Float)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class ClassRow(Base):
    """A class: a course given to a group of trainees between two dates."""

    __tablename__ = "class_group"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    course: Mapped[str] = mapped_column(String(200))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ClassMemberRow(Base):
    __tablename__ = "class_member"

    class_id: Mapped[int] = mapped_column(
        ForeignKey("class_group.id", ondelete="CASCADE"), primary_key=True
    )
    trainee_id: Mapped[int] = mapped_column(
        ForeignKey("trainee.id", ondelete="CASCADE"), primary_key=True
    )


class ClassSessionRow(Base):
    """An exercise set or exam given to a class: opens for everyone at once, closes at a time."""

    __tablename__ = "class_session"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    class_id: Mapped[int] = mapped_column(ForeignKey("class_group.id", ondelete="CASCADE"))
    exercise_set_id: Mapped[int] = mapped_column(ForeignKey("exercise_set.id"))
    code: Mapped[str] = mapped_column(String(12), unique=True)
    opens_at: Mapped[datetime] = mapped_column()
    closes_at: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class SeatRow(Base):
    """A workstation in a session: its last sign of life and the item on its screen."""

    __tablename__ = "seat"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("class_session.id", ondelete="CASCADE"), primary_key=True
    )
    trainee_id: Mapped[int] = mapped_column(
        ForeignKey("trainee.id", ondelete="CASCADE"), primary_key=True
    )
    item_index: Mapped[int] = mapped_column(Integer, default=0)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)


class OutboxRow(Base):
    """A workstation's entry still to send to the class server (kept in its own results file,
    written in the same transaction as the answer it carries: one commit, one fsync)."""

    __tablename__ = "class_outbox"

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    uid: Mapped[str] = mapped_column(String(80), unique=True)
    kind: Mapped[str] = mapped_column(String(10))
    body: Mapped[dict[str, Any]] = mapped_column()
    sent: Mapped[bool] = mapped_column(default=False)
    refused: Mapped[str | None] = mapped_column(Text)


class OutboxAttemptRow(Base):
    """Which server attempt (by uid, in which session) a local attempt is."""

    __tablename__ = "class_outbox_attempt"

    local_id: Mapped[int] = mapped_column(
        ForeignKey("attempt.id", ondelete="CASCADE"), primary_key=True
    )
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    session_id: Mapped[int] = mapped_column()
    # Where to resume it after a crash (migration 0005): the server's address, without a
    # password, and the seat (the session as joined, and the trainee's id on the server).
    server: Mapped[str | None] = mapped_column(Text)
    seat: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class OfficialResultRow(Base):
    """An attempt's official result: re-scored by the instructor's client at the session's
    close from the stored answers (a trainee's role may not write this table)."""

    __tablename__ = "official_result"

    attempt_id: Mapped[int] = mapped_column(
        ForeignKey("attempt.id", ondelete="CASCADE"), primary_key=True
    )
    score: Mapped[float] = mapped_column(Float)
    max_score: Mapped[float] = mapped_column(Float)
    passed: Mapped[bool | None] = mapped_column()
    graded_at: Mapped[datetime] = mapped_column(default=utcnow)


__all__ = [
    "AnswerRow",
    "AttemptRow",
    "Base",
    "ClassMemberRow",
    "ClassRow",
    "ClassSessionRow",
    "ExerciseSetRow",
    "MasteryRow",
    "OfficialResultRow",
    "OutboxAttemptRow",
    "OutboxRow",
    "SeatRow",
    "TraineeRow",
    "UtcDateTime",
    "utcnow",
]
