"""Official results and seated attempts that survive a crash.

An exam's official result is the instructor's: written at the session's close by the
instructor's client, which re-scores every stored answer from its raw payload with the keys,
into ``official_result``, a table a trainee's role may not write. A workstation's own grades
stay on ``attempt`` as the provisional result.

A workstation remembers, with each seated attempt, the class server and its seat (the session
as joined, and who it is on the server), so a restarted docexam resumes the attempt on its seat
and sends what waits in its outbox, even while the server is still out of reach.

Revision ID: 0005
Revises: 0004
Create Date: 2027-01-20
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

AWARE = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "official_result",
        sa.Column("attempt_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("max_score", sa.Float(), nullable=False),
        sa.Column("passed", sa.Boolean(), nullable=True),
        sa.Column("graded_at", AWARE, nullable=False),
        sa.ForeignKeyConstraint(
            ["attempt_id"],
            ["attempt.id"],
            name=op.f("fk_official_result_attempt_id_attempt"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("attempt_id", name=op.f("pk_official_result")),
    )
    op.add_column("class_outbox_attempt", sa.Column("server", sa.Text(), nullable=True))
    op.add_column("class_outbox_attempt", sa.Column("seat", sa.JSON(), nullable=True))


def downgrade() -> None:
    op.drop_column("class_outbox_attempt", "seat")
    op.drop_column("class_outbox_attempt", "server")
    op.drop_table("official_result")
