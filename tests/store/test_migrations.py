"""Migrations: empty to head on both databases, models equal to the migrations, SQLite pragmas."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from docexam.store import Store
from docexam.store.db import alembic_config, current_revision, head_revision, make_engine, upgrade
from docexam.store.models import Base


def test_empty_database_upgrades_to_head_and_matches_the_models(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        assert current_revision(engine) is None
        assert upgrade(engine) == head_revision()
        assert {"trainee", "exercise_set", "attempt", "answer", "mastery"} <= set(
            inspect(engine).get_table_names()
        )
        # What `alembic check` does: autogenerate finds nothing to add, drop or alter.
        with engine.connect() as conn:
            diff = compare_metadata(
                MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata
            )
        assert diff == []
        assert upgrade(engine) == head_revision()  # idempotent: opening twice is harmless
    finally:
        engine.dispose()


def test_downgrade_to_base_and_back(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    upgrade(engine)
    with engine.begin() as conn:
        config = alembic_config(engine)
        config.attributes["connection"] = conn
        command.downgrade(config, "base")
    assert "trainee" not in inspect(engine).get_table_names()
    assert upgrade(engine) == head_revision()
    engine.dispose()


def test_sqlite_runs_in_wal_mode_with_foreign_keys(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    engine.dispose()


def test_keys_stored_in_the_clear_are_sealed_by_the_upgrade_and_back(db_url: str) -> None:
    """An exam left in progress across the upgrade to 0003 keeps no key readable; downgrading
    gives the earlier docexam its clear content back."""
    engine = make_engine(db_url)
    tables = Base.metadata.tables
    content = {"id": "s", "title": {"en": "S"}, "mode": "exam", "time_limit_s": 600,
               "pass_mark": 0.6, "exercises": [{"id": "v", "kind": "verdict",
                                                "expected": "photo_substitution"}]}  # fmt: skip
    try:
        assert upgrade(engine, "0002") == "0002"
        with engine.begin() as conn:
            conn.execute(
                tables["trainee"]
                .insert()
                .values(id=1, name="Li Wei", service="", level=1, created_at=datetime.now(UTC))
            )
            conn.execute(
                tables["exercise_set"]
                .insert()
                .values(
                    id=1,
                    pack_id="p",
                    set_key="s",
                    title={"en": "S"},
                    mode="exam",
                    time_limit_s=600,
                    pass_mark=0.6,
                    item_count=1,
                    content=content,
                    updated_at=datetime.now(UTC),
                )
            )
            conn.execute(
                tables["attempt"]
                .insert()
                .values(
                    id=1,
                    trainee_id=1,
                    exercise_set_id=1,
                    mode="exam",
                    status="in_progress",
                    started_at=datetime.now(UTC),
                )
            )
            conn.execute(
                tables["answer"]
                .insert()
                .values(
                    id=1,
                    attempt_id=1,
                    item_index=0,
                    exercise_id="v",
                    objectives=["L2.fraud.photo"],
                    payload={"kind": "verdict"},
                    seconds=3.0,
                    answered_at=datetime.now(UTC),
                )
            )

        def raw() -> str:
            with engine.connect() as conn:
                rows = conn.execute(text("SELECT content FROM exercise_set")).all()
                rows += conn.execute(text("SELECT objectives FROM answer")).all()
            return json.dumps([list(r) for r in rows], default=str)

        assert "photo_substitution" in raw() and "L2.fraud" in raw()
        assert upgrade(engine) == head_revision()
        assert "photo_substitution" not in raw() and "L2.fraud" not in raw()
        store = Store(engine)
        [resumable] = store.unfinished_attempts()
        assert resumable.exercise_set.content == content
        assert resumable.answers[0].objectives == ("L2.fraud.photo",)
        with engine.begin() as conn:
            config = alembic_config(engine)
            config.attributes["connection"] = conn
            command.downgrade(config, "0002")
        assert "photo_substitution" in raw() and "L2.fraud.photo" in raw()
    finally:
        engine.dispose()


def test_the_revisions_read_from_the_scripts_are_alembics() -> None:
    """Opening a database at the head skips Alembic: its revisions are read from the scripts."""
    from alembic.script import ScriptDirectory

    from docexam.store.db import alembic_config, head_revision, known_revisions

    script = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == script.get_current_head()
    assert known_revisions() == {rev.revision for rev in script.walk_revisions()}


def test_a_results_file_under_any_name_opens_and_migrates(tmp_path: Path) -> None:
    # A workstation's file named after its trainee; SQLAlchemy URL-encodes the name with "%".
    from docexam.store import open_store

    for name in ("Kemal Aydın", "100% 李伟", "plain"):
        store = open_store(f"sqlite:///{tmp_path / name}.sqlite")
        assert store.create_trainee(name).name == name
        store.close()
