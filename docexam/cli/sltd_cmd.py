"""``docexam sltd query NUMBER``: the simulated stolen and lost travel document database."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from docexam import paths
from docexam.cli.exits import EXIT_FINDINGS, EXIT_INVALID, EXIT_OK
from docexam.core.library.library import default_library
from docexam.core.library.sltd import library_sltd
from docexam.core.pack.sltd_file import SltdEntry, normalise

REPORT_WORDS = {
    "stolen_blank": "stolen blank",
    "stolen": "stolen document",
    "lost": "lost document",
    "revoked": "revoked document",
}


def hit_line(entry: SltdEntry) -> str:
    return (
        f"HIT: {REPORT_WORDS.get(entry.report, entry.report)}, "
        f"reported {entry.reported.isoformat()} by {entry.state}"
    )


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "sltd", help="the simulated stolen and lost travel document (SLTD) database"
    )
    cmds = parser.add_subparsers(dest="sltd_command", metavar="ACTION", required=True)
    query = cmds.add_parser(
        "query", help="query a document number (exit 0 no hit, 1 hit, 2 unusable number)"
    )
    query.add_argument("number")
    query.add_argument("--json", action="store_true", help="print the hits as JSON")
    query.set_defaults(func=_query)


def _query(args: argparse.Namespace) -> int:
    number = normalise(args.number)
    if not number.isalnum() or not number.isascii():
        print(
            f"error: {args.number!r} is not a document number (letters and digits)", file=sys.stderr
        )
        return EXIT_INVALID
    sltd = library_sltd(default_library(), paths.cache_dir() / "catalogue")
    for problem in sltd.problems:
        print(f"warning: {problem}", file=sys.stderr)
    hits = sltd.query(number)
    if args.json:
        rows = [
            {
                "number": e.number,
                "state": e.state,
                "report": e.report,
                "reported": e.reported.isoformat(),
                "document": e.document,
            }
            for e in hits
        ]
        print(json.dumps({"number": number, "hits": rows}, indent=1))
    elif not hits:
        print(f"{number}: no hit")
    for entry in [] if args.json else hits:
        print(f"{number}: {hit_line(entry)}")
    return EXIT_FINDINGS if hits else EXIT_OK
