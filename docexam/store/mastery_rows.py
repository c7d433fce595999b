"""Mastery rows: each answer folded into its objectives' tallies, inside the transaction that
records it."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from docexam.core.training import mastery as rule
from docexam.store import convert
from docexam.store.models import AnswerRow, MasteryRow, utcnow


def update_mastery(s: Session, trainee_id: int, answers: Sequence[AnswerRow]) -> None:
    """Fold each answer into its objectives' tallies by the core's rule and store the result.

    The rule is computed here in Python, not in SQL, so it has one home. Each tally row is
    created if missing, then locked and read inside this transaction (FOR UPDATE on
    PostgreSQL; on SQLite the insert already holds the one write lock), so workstations of a
    class writing at once never lose an update; objectives are locked in sorted order, so two
    such transactions cannot deadlock.
    """
    insert = postgresql.insert if s.get_bind().dialect.name == "postgresql" else sqlite.insert
    table = MasteryRow.__table__.c
    empty = rule.Tally()
    now = utcnow()
    rows: dict[str, MasteryRow] = {}
    for objective in sorted({o for a in answers for o in convert.objectives(a.objectives)}):
        s.execute(
            insert(MasteryRow)
            .values(
                trainee_id=trainee_id,
                objective_id=objective,
                level=empty.level,
                answers=empty.answers,
                earned=empty.earned,
                possible=empty.possible,
                updated_at=now,
            )
            .on_conflict_do_nothing(index_elements=[table.trainee_id, table.objective_id])
        )
        rows[objective] = s.scalars(
            select(MasteryRow)
            .where(MasteryRow.trainee_id == trainee_id, MasteryRow.objective_id == objective)
            .with_for_update()
            .execution_options(populate_existing=True)
        ).one()
    for answer in answers:
        for objective in convert.objectives(answer.objectives):
            row = rows[objective]
            tally = rule.fold(convert.tally(row), answer.score or 0.0, answer.max_score or 0.0)
            row.level, row.answers = tally.level, tally.answers
            row.earned, row.possible = tally.earned, tally.possible
            row.updated_at = now
