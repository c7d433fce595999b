"""``docexam library list``."""

from __future__ import annotations

import argparse
from typing import Any

from docexam.cli.exits import EXIT_OK
from docexam.core.domain.model import text_for
from docexam.core.library.library import default_library


def register(sub: Any) -> None:
    parser = sub.add_parser("library", help="the packs in your specimen library")
    cmds = parser.add_subparsers(dest="library_command", metavar="ACTION", required=True)
    listing = cmds.add_parser("list", help="list the packs and how many specimens each holds")
    listing.set_defaults(func=_list)

    remove = cmds.add_parser("remove", help="remove an imported pack from the library")
    remove.add_argument("pack_id")
    remove.set_defaults(func=_remove)


def _list(args: argparse.Namespace) -> int:
    del args
    entries = default_library().entries()
    if not entries:
        print("the library is empty; import a pack with: docexam pack import PATH")
    for entry in entries:
        origin = "bundled" if entry.bundled else "imported"
        print(
            f"{entry.pack_id:<24} {entry.specimen_count:>4} specimen(s)  {origin:<8}  "
            f"{text_for(entry.title)}"
        )
    return EXIT_OK


def _remove(args: argparse.Namespace) -> int:
    default_library().remove(args.pack_id)
    print(f"removed pack {args.pack_id!r}")
    return EXIT_OK
