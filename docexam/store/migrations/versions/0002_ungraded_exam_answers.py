"""Exam answers are stored ungraded until the exam is finished: answer score, maximum and
feedback may be NULL.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01

Existing rows keep their values; nothing is lost either way, so the downgrade only refuses
while an ungraded answer exists (it could not be given a grade here).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = (("score", sa.Float()), ("max_score", sa.Float()), ("feedback", sa.JSON()))


def upgrade() -> None:
    with op.batch_alter_table("answer") as batch:
        for name, kind in COLUMNS:
            batch.alter_column(name, existing_type=kind, nullable=True)


def downgrade() -> None:
    ungraded = op.get_bind().scalar(sa.text("SELECT COUNT(*) FROM answer WHERE score IS NULL"))
    if ungraded:
        raise RuntimeError(
            f"{ungraded} exam answers are not graded yet: finish those exams before downgrading"
        )
    with op.batch_alter_table("answer") as batch:
        for name, kind in COLUMNS:
            batch.alter_column(name, existing_type=kind, nullable=False)
