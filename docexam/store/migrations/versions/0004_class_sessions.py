"""Class sessions: classes, their trainees, the sets given to them, the workstations seated,
and uids on attempts and answers so a workstation's resend after an outage adds nothing twice.

Revision ID: 0004
Revises: 0003
Create Date: 2027-01-10

New tables and nullable columns only: an earlier docexam's rows stay as they are, and the
downgrade drops what this revision added.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

AWARE = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "class_group",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("course", sa.String(length=200), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("created_at", AWARE, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_class_group")),
        sa.UniqueConstraint("name", name=op.f("uq_class_group_name")),
    )
    op.create_table(
        "class_member",
        sa.Column("class_id", sa.Integer(), nullable=False),
        sa.Column("trainee_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["class_id"],
            ["class_group.id"],
            name=op.f("fk_class_member_class_id_class_group"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["trainee_id"],
            ["trainee.id"],
            name=op.f("fk_class_member_trainee_id_trainee"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("class_id", "trainee_id", name=op.f("pk_class_member")),
    )
    op.create_table(
        "class_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("class_id", sa.Integer(), nullable=False),
        sa.Column("exercise_set_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=12), nullable=False),
        sa.Column("opens_at", AWARE, nullable=False),
        sa.Column("closes_at", AWARE, nullable=True),
        sa.Column("created_at", AWARE, nullable=False),
        sa.ForeignKeyConstraint(
            ["class_id"],
            ["class_group.id"],
            name=op.f("fk_class_session_class_id_class_group"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["exercise_set_id"],
            ["exercise_set.id"],
            name=op.f("fk_class_session_exercise_set_id_exercise_set"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_class_session")),
        sa.UniqueConstraint("code", name=op.f("uq_class_session_code")),
    )
    op.create_table(
        "seat",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("trainee_id", sa.Integer(), nullable=False),
        sa.Column("item_index", sa.Integer(), nullable=False),
        sa.Column("last_seen_at", AWARE, nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["class_session.id"],
            name=op.f("fk_seat_session_id_class_session"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["trainee_id"],
            ["trainee.id"],
            name=op.f("fk_seat_trainee_id_trainee"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("session_id", "trainee_id", name=op.f("pk_seat")),
    )
    # Plain ADD COLUMN, not batch mode: SQLite's batch copy drops and recreates ``attempt``,
    # and with foreign keys on, dropping it would cascade-delete every answer.
    # No foreign key on attempt.class_session_id: SQLite can add one only by recreating
    # ``attempt`` (batch mode), and with foreign keys on, dropping it cascade-deletes every
    # answer; nor could a downgrade drop such a column again. Sessions are never deleted.
    op.add_column("attempt", sa.Column("class_session_id", sa.Integer(), nullable=True))
    op.add_column("attempt", sa.Column("uid", sa.String(length=36), nullable=True))
    op.create_index(op.f("ix_attempt_uid"), "attempt", ["uid"], unique=True)
    op.add_column("answer", sa.Column("uid", sa.String(length=36), nullable=True))
    op.create_index(op.f("ix_answer_uid"), "answer", ["uid"], unique=True)
    # A seated workstation's outbox lives in its results file: an answer and its entry are
    # one transaction (one fsync), and a crash cannot keep one without the other.
    op.create_table(
        "class_outbox",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uid", sa.String(length=80), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("body", sa.JSON(), nullable=False),
        sa.Column("sent", sa.Boolean(), nullable=False),
        sa.Column("refused", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_class_outbox")),
        sa.UniqueConstraint("uid", name=op.f("uq_class_outbox_uid")),
    )
    op.create_table(
        "class_outbox_attempt",
        sa.Column("local_id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["local_id"],
            ["attempt.id"],
            name=op.f("fk_class_outbox_attempt_local_id_attempt"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("local_id", name=op.f("pk_class_outbox_attempt")),
        sa.UniqueConstraint("uid", name=op.f("uq_class_outbox_attempt_uid")),
    )


def downgrade() -> None:
    op.drop_table("class_outbox_attempt")
    op.drop_table("class_outbox")
    op.drop_index(op.f("ix_answer_uid"), table_name="answer")
    op.drop_index(op.f("ix_attempt_uid"), table_name="attempt")
    op.drop_column("answer", "uid")
    op.drop_column("attempt", "uid")
    op.drop_column("attempt", "class_session_id")
    op.drop_table("seat")
    op.drop_table("class_session")
    op.drop_table("class_member")
    op.drop_table("class_group")
