"""Opening the results database: which URL, engine settings, and migrating it to head.

SQLite in the user's data directory is the default (one workstation). ``DOCEXAM_DATABASE_URL``
points a class at one PostgreSQL server (``postgresql+psycopg://user@host/db``). Opening always
runs Alembic to head, so installing a newer docexam upgrades the database in place.
"""

from __future__ import annotations

import ast
import os
import re
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from docexam.core.domain.errors import DocexamError
from docexam.store.location import URL_ENV

if TYPE_CHECKING:  # Alembic (0.3 s to import) only when a database needs migrating
    from alembic.config import Config

PASSWORD_ENV = "DOCEXAM_DB_PASSWORD"
# Any constant works; it only has to be the same for every workstation of a class.
_MIGRATION_LOCK = 7_150_329
_WRITE_LOCK = "docexam_write_lock"  # execution option: take SQLite's write lock when beginning
WRITE_LOCK = {_WRITE_LOCK: True}


class StoreError(DocexamError):
    """The results database cannot be opened, upgraded or asked what was asked."""


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # WAL lets the UI read while an answer is written; foreign keys are off by default in SQLite.
    # synchronous stays FULL (the default) so a committed answer survives a power cut too.
    # Python's sqlite3 starts transactions only before INSERT/UPDATE/DELETE and runs CREATE TABLE
    # outside any: a first migration killed half-way left a database that could never be
    # migrated again. So the driver's own transaction handling is off, and ours (below) is on.
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    # IMMEDIATE takes the write lock at once: workstations migrating one new shared file queue
    # on it (within the busy timeout) instead of failing half-way through each other's DDL.
    mode = "IMMEDIATE" if conn.get_execution_options().get(_WRITE_LOCK) else "DEFERRED"
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: str) -> Engine:
    """An engine for ``url`` with the settings docexam relies on; StoreError if unusable."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"{URL_ENV}: not a database URL: {url!r}") from exc
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if backend == "postgresql":
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")  # psycopg 3, not psycopg2
        if parsed.password is None and os.environ.get(PASSWORD_ENV):
            # The URL names the server and the login; the secret comes from the environment
            # (or libpq's own PGPASSFILE, or a client certificate), never from a settings file.
            parsed = parsed.set(password=os.environ[PASSWORD_ENV])
        try:
            return create_engine(parsed, pool_pre_ping=True, pool_size=2, max_overflow=4)
        except ImportError as exc:
            raise StoreError(
                f"{URL_ENV}: PostgreSQL needs psycopg 3 (pip install 'docexam[postgres]')"
            ) from exc
    raise StoreError(f"{URL_ENV}: unsupported database {backend!r} (use sqlite or postgresql)")


def alembic_config(engine: Engine | None = None) -> Config:
    """An Alembic configuration without an ini file: the scripts ship inside the package."""
    from alembic.config import Config

    config = Config()
    location = resources.files("docexam.store") / "migrations"
    config.set_main_option("script_location", str(location))
    if engine is not None:
        url = engine.url.render_as_string(hide_password=False)
        # The option goes through configparser, where "%" starts an interpolation: a path with
        # a non-ASCII name ("Aydın", URL-encoded as %C4%B1) or a "%" would be refused.
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


_REVISION_LINE = re.compile(r"^(down_revision|revision)\b[^=\n]*=\s*(.+)$", re.MULTILINE)


def _scripts() -> dict[str, str | None]:
    """Each migration's revision and the one it follows, read from the scripts' own
    ``revision = ...`` lines: opening a database already at the head then needs no Alembic
    (importing it is half of opening the store, on every start). Alembic reads the same lines;
    tests/store check both agree."""
    found: dict[str, str | None] = {}
    versions = resources.files("docexam.store") / "migrations" / "versions"
    for script in versions.iterdir():
        if not script.name.endswith(".py"):
            continue
        values = dict(_REVISION_LINE.findall(script.read_text(encoding="utf-8")))
        if "revision" in values:
            down = ast.literal_eval(values.get("down_revision", "None"))
            found[str(ast.literal_eval(values["revision"]))] = None if down is None else str(down)
    return found


def head_revision() -> str:
    scripts = _scripts()
    [head] = set(scripts) - set(scripts.values())  # one line of history, no branches
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None when it has no tables yet), as Alembic keeps it."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return None if row is None else str(row[0])


def known_revisions() -> set[str]:
    return set(_scripts())


def check_not_newer(engine: Engine, current: str | None) -> None:
    """StoreError when the database was written by a newer docexam than this one."""
    if current is not None and current not in known_revisions():
        raise StoreError(
            f"{_safe(engine)}: the results database was written by a newer version of docexam "
            f"(database revision {current}; this docexam knows up to {head_revision()}). "
            "Install that newer docexam to train with it; your results in it are untouched."
        )


def upgrade(engine: Engine, revision: str = "head") -> str | None:
    """Migrate the database behind ``engine`` to ``revision``; returns the revision reached.

    The whole migration is one transaction on both engines: a process killed part-way leaves
    the database as it was, and the next start migrates it from there."""
    try:
        current = current_revision(engine)
        check_not_newer(engine, current)
        if current == head_revision() and revision == "head":
            return current  # the common case: nothing to do, no lock taken
        with engine.connect().execution_options(**{_WRITE_LOCK: True}) as conn, conn.begin():
            if conn.dialect.name == "postgresql":
                # Thirty workstations opening at once must not race to create the tables.
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _MIGRATION_LOCK})
            from alembic import command

            config = alembic_config(engine)
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
        return current_revision(engine)
    except SQLAlchemyError as exc:
        raise StoreError(f"{_safe(engine)}: cannot upgrade the results database ({exc})") from exc


def _safe(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=True)
