"""Exam keys are sealed at rest: a stored set's exercises (every key) and an ungraded answer's
objectives (an id can name the fraud) are sealed inside their JSON columns.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04

No column changes; the data does. Upgrading seals what an earlier docexam stored in the clear
(an exam in progress across the upgrade keeps no key readable); downgrading unseals it, so the
earlier docexam reads it again. The revision also tells an earlier docexam that this database
is newer than it, instead of letting it trip over sealed content. Both run inside the one
transaction ``docexam.store.db.upgrade`` opens.
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from docexam.core.domain.sealed import PREFIX, seal, unseal

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SEALED = "sealed_exercises"  # as docexam.store.convert writes it at this revision
SETS = sa.table("exercise_set", sa.column("id", sa.Integer), sa.column("content", sa.JSON))
ANSWERS = sa.table(
    "answer",
    sa.column("id", sa.Integer),
    sa.column("objectives", sa.JSON),
    sa.column("score", sa.Float),
)


def _sealed(objectives: list[Any]) -> bool:
    return len(objectives) == 1 and str(objectives[0]).startswith(PREFIX)


def upgrade() -> None:
    bind = op.get_bind()
    for key, content in bind.execute(sa.select(SETS.c.id, SETS.c.content)).all():
        if "exercises" in content:
            rest = {k: v for k, v in content.items() if k != "exercises"}
            sealed = rest | {SEALED: seal(content["exercises"])}
            bind.execute(SETS.update().where(SETS.c.id == key).values(content=sealed))
    ungraded = sa.select(ANSWERS.c.id, ANSWERS.c.objectives).where(ANSWERS.c.score.is_(None))
    for key, objectives in bind.execute(ungraded).all():
        if not _sealed(objectives):
            value = [seal(list(objectives))]
            bind.execute(ANSWERS.update().where(ANSWERS.c.id == key).values(objectives=value))


def downgrade() -> None:
    bind = op.get_bind()
    for key, content in bind.execute(sa.select(SETS.c.id, SETS.c.content)).all():
        if SEALED in content:
            rest = {k: v for k, v in content.items() if k != SEALED}
            plain = rest | {"exercises": unseal(content[SEALED])}
            bind.execute(SETS.update().where(SETS.c.id == key).values(content=plain))
    for key, objectives in bind.execute(sa.select(ANSWERS.c.id, ANSWERS.c.objectives)).all():
        if _sealed(objectives):
            value = list(unseal(objectives[0]))
            bind.execute(ANSWERS.update().where(ANSWERS.c.id == key).values(objectives=value))
