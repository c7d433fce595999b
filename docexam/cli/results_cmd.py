"""``docexam results export``: every stored answer as CSV for an instructor's spreadsheet."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from docexam.cli.exits import EXIT_OK


def register(sub: Any) -> None:
    parser = sub.add_parser("results", help="trainees' results")
    cmds = parser.add_subparsers(dest="results_command", metavar="ACTION", required=True)
    exp = cmds.add_parser("export", help="one row per answer given")
    exp.add_argument("--format", choices=["csv"], default="csv")
    exp.add_argument("-o", "--output", type=Path, help="file to write (default: standard output)")
    exp.add_argument("--database-url", help="default: DOCEXAM_DATABASE_URL or the local file")
    exp.set_defaults(func=_export)


def _export(args: argparse.Namespace) -> int:
    # Imported here: SQLAlchemy must not slow down every other command.
    from docexam.store import StoreError, open_store
    from docexam.store.export import write_csv

    store = open_store(args.database_url)
    try:
        if args.output is None:
            count = write_csv(store, sys.stdout)
        else:
            # Written beside the target and renamed: a failure never leaves half a file.
            part = args.output.with_name(args.output.name + ".part")
            try:
                with part.open("w", encoding="utf-8", newline="") as out:
                    count = write_csv(store, out)
                os.replace(part, args.output)
            except OSError as exc:
                part.unlink(missing_ok=True)
                raise StoreError(f"{args.output}: cannot write ({exc.strerror})") from exc
            except BaseException:
                part.unlink(missing_ok=True)
                raise
            print(f"wrote {count} answer(s) to {args.output}", file=sys.stderr)
    finally:
        store.close()
    return EXIT_OK
