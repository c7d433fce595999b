"""``docexam db upgrade``: bring the results database to this version's schema, in place."""

from __future__ import annotations

import argparse
from typing import Any

from docexam.cli.exits import EXIT_OK


def register(sub: Any) -> None:
    parser = sub.add_parser("db", help="the results database")
    cmds = parser.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = cmds.add_parser("upgrade", help="migrate the database to the latest schema")
    up.add_argument("--database-url", help="default: DOCEXAM_DATABASE_URL or the local file")
    up.set_defaults(func=_upgrade)


def _upgrade(args: argparse.Namespace) -> int:
    # Imported here: SQLAlchemy must not slow down every other command.
    from sqlalchemy.exc import SQLAlchemyError

    from docexam.store import StoreError
    from docexam.store.db import current_revision, make_engine, upgrade
    from docexam.store.location import database_url

    engine = make_engine(database_url(args.database_url))
    where = engine.url.render_as_string(hide_password=True)
    try:
        try:
            before = current_revision(engine)
        except SQLAlchemyError as exc:
            raise StoreError(f"{where}: cannot open the results database ({exc})") from exc
        reached = upgrade(engine)
    finally:
        engine.dispose()
    if before == reached:
        print(f"{where}: already at revision {reached} (latest)")
    else:
        print(f"{where}: upgraded from {before or 'an empty database'} to revision {reached}")
    return EXIT_OK
